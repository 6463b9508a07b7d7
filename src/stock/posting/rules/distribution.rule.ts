import { Inject, Injectable } from '@nestjs/common';
import { DomainError, invalidFields } from '../../../common/problem/problem';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { RecordMovementRequest } from '../../dto/movement.dto';
import { ProductRecord } from '../ledger-store';
import { countedAs, figuresOf } from '../figures';
import { LinePlanner } from '../line-planner';
import { LinePlan, MovementRule, PostingCommand, PostingContext } from '../movement-rule';
import { lineMovementErrors, refuseInvalid } from './movement-request';

/**
 * Stock handed out to clients: the named lot, or FEFO over the usable lots; counts its contacts and how it reached
 * them. The rules a field checker applies: a virtual contact receives no needle-syringes, and more needle-syringe
 * units per contact than NEEDLES_PER_CONTACT_CAP need a reason from a fixed list (a peer collecting for others has one).
 */
@Injectable()
export class DistributionRule implements MovementRule<'distribution'> {
  readonly type = 'distribution';
  readonly countsTowardDailyLimit = true;
  readonly inactivePoint = 'This point is deactivated; it cannot record movements.';

  constructor(
    private readonly planner: LinePlanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  check(command: PostingCommand<'distribution'>): void {
    const errors = lineMovementErrors(command.input, { contacts: true }, (line, index, add) => {
      if (line.quantity < 1) add(index, 'quantity', 'quantity must be at least 1');
      if (line.reason !== undefined) add(index, 'reason', 'distributions have no reason');
    });
    refuseInvalid(errors, command.occurredAt);
  }

  async plan({ manager, command, occurredAt, today }: PostingContext<'distribution'>): Promise<LinePlan> {
    const products = await this.planner.loadProducts(manager, command.input.lines, false);
    this.checkReach(command.input, products);
    const lines = await this.planner.issueLines(manager, command.point, command.input.lines, occurredAt, today, products);
    return { lines: countedAs(lines, figuresOf('distribution', occurredAt, command.point)), products };
  }

  private checkReach(request: RecordMovementRequest, products: Map<string, ProductRecord>): void {
    const naloxone = request.lines.some((line) => products.get(line.productId)?.category === 'naloxone');
    if (!naloxone) {
      const fields = (['naloxoneRefillReason', 'overdoseReversals'] as const).filter((field) => request[field] !== undefined && request[field] !== null);
      if (fields.length > 0) throw invalidFields(fields.map((field) => ({ field, messages: [`${field} goes with a distribution of naloxone; this one has none`] })));
    }
    const needles = request.lines.filter((line) => products.get(line.productId)?.category === 'needle_syringe').reduce((sum, line) => sum + line.quantity, 0);
    if (needles === 0) return;
    if (request.contactType === 'virtual') {
      throw new DomainError('VIRTUAL_CONTACT_NO_NEEDLES', 'A virtual contact (phone, chat) cannot receive needle-syringes: record them with the contact in person.', {
        errors: [{ field: 'contactType', messages: ['a virtual contact receives no needle-syringes'] }],
      });
    }
    const cap = this.config.needlesPerContactCap;
    const contacts = request.contacts;
    const exempt = request.channel === 'peer_secondary' || (request.aboveCapReason !== undefined && request.aboveCapReason !== null);
    if (contacts === undefined || contacts === null || exempt || needles <= contacts * cap) return;
    throw new DomainError(
      'ABOVE_CONTACT_CAP',
      `${needles} needle-syringes for ${contacts} contact(s) is more than ${cap} per contact: say why (aboveCapReason: collecting_for_others, long_interval or group_supply), or correct the numbers.`,
      { cap, needles, contacts, errors: [{ field: 'aboveCapReason', messages: [`needed above ${cap} needle-syringes per contact`] }] },
    );
  }
}
