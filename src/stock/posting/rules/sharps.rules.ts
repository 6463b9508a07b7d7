import { Inject, Injectable } from '@nestjs/common';
import { DomainError, FieldError, invalidField } from '../../../common/problem/problem';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { RecordSharpsRequest } from '../../../sharps/dto/sharps.dto';
import { takesSharps } from '../../../sharps/sharps-receivers';
import { SharpsLine } from '../ledger-store';
import { LinePlan, MovementRule, PostingCommand, PostingContext } from '../movement-rule';
import { refuseInvalid } from './movement-request';

/** Left out or null: the validation pipe lets both through for an optional field. */
const absent = (value: unknown): boolean => value === undefined || value === null;

const INACTIVE = 'This point is deactivated; it cannot record sharps.';

/** The fields each kind of sharps movement carries; any other is refused, so nothing is recorded that was not meant. null is absence. */
export function sharpsErrors(request: RecordSharpsRequest): FieldError[] {
  const errors: FieldError[] = [];
  const refuse = (field: keyof RecordSharpsRequest, message: string) => errors.push({ field, messages: [message] });
  const only = (field: keyof RecordSharpsRequest, kind: RecordSharpsRequest['type'], what: string) => {
    if (request.type !== kind && !absent(request[field])) refuse(field, `only ${what} carry ${field}`);
  };
  only('syringes', 'return', 'returns');
  only('countMethod', 'return', 'returns');
  only('toPointId', 'handover', 'hand-overs');
  only('destructionMethod', 'destruction', 'destructions');
  if (request.type === 'return') {
    const syringes = request.syringes ?? 0;
    if (syringes === 0 && (request.containers ?? 0) === 0) refuse('syringes', 'a return records the syringes that came back, the full containers, or both');
    if (syringes > 0 && absent(request.countMethod)) refuse('countMethod', 'say whether the syringes were counted or estimated from how full the containers were');
    if (syringes === 0 && !absent(request.countMethod)) refuse('countMethod', 'a count method goes with syringes');
  } else {
    if ((request.containers ?? 0) < 1) refuse('containers', `a ${request.type === 'handover' ? 'hand-over' : 'destruction'} moves at least one full container`);
    if (request.type === 'handover' && absent(request.toPointId)) refuse('toPointId', 'name the point that takes the containers');
    if (request.type === 'destruction' && absent(request.destructionMethod)) refuse('destructionMethod', 'say how the containers were destroyed');
  }
  return errors;
}

function check(command: { input: RecordSharpsRequest | { request: RecordSharpsRequest }; occurredAt?: Date }): void {
  const request = 'request' in command.input ? command.input.request : command.input;
  refuseInvalid(sharpsErrors(request), command.occurredAt);
}

/** Used syringes back at the point, and the full containers they filled or came in: never stock, never consumption. */
@Injectable()
export class SharpsReturnRule implements MovementRule<'sharps_return'> {
  readonly type = 'sharps_return';
  readonly countsTowardDailyLimit = false;
  readonly inactivePoint = INACTIVE;

  check(command: PostingCommand<'sharps_return'>): void {
    check(command);
  }

  async plan({ command }: PostingContext<'sharps_return'>): Promise<LinePlan> {
    const request = command.input;
    const syringes = request.syringes ?? 0;
    const line: SharpsLine = {
      pointId: command.point.id,
      countsAs: 'sharps_return',
      syringes,
      syringesEstimated: syringes > 0 ? request.countMethod === 'estimated' : null,
      containers: request.containers ?? 0,
      destructionMethod: null,
    };
    return { lines: [], products: new Map(), sharps: [line] };
  }
}

/** Full containers handed to another point (a puskesmas that destroys them): out of this point, into that one. */
@Injectable()
export class SharpsHandoverRule implements MovementRule<'sharps_handover'> {
  readonly type = 'sharps_handover';
  readonly countsTowardDailyLimit = false;
  readonly inactivePoint = INACTIVE;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  check(command: PostingCommand<'sharps_handover'>): void {
    check(command);
    const { request, to } = command.input;
    if (to?.id === command.point.id) throw invalidField('toPointId', 'a hand-over goes to another point');
    // Destruction is arranged within the regency: containers go to a point that destroys them, or back to the supplier.
    if (!to || !takesSharps(to, command.point, this.config.sharpsDestructionPointTypes)) {
      throw new DomainError(
        'UNKNOWN_POINT',
        `Point ${request.toPointId} does not take sharps from here: hand full containers to an active point of this regency that destroys them (${this.config.sharpsDestructionPointTypes.join(', ')}) or to this point's supplier.`,
        { errors: [{ field: 'toPointId', messages: ['not a point that takes sharps from here (GET /points/{pointId}/sharps/receivers)'] }] },
      );
    }
  }

  async plan({ command }: PostingContext<'sharps_handover'>): Promise<LinePlan> {
    const containers = command.input.request.containers!;
    const line = (pointId: string, change: number): SharpsLine => ({
      pointId,
      countsAs: 'sharps_handover',
      syringes: 0,
      syringesEstimated: null,
      containers: change,
      destructionMethod: null,
    });
    return { lines: [], products: new Map(), sharps: [line(command.point.id, -containers), line(command.input.to!.id, containers)] };
  }
}

/** Full containers destroyed at a point of a type that destroys sharps (SHARPS_DESTRUCTION_POINT_TYPES): the Berita Acara Pemusnahan. */
@Injectable()
export class SharpsDestructionRule implements MovementRule<'sharps_destruction'> {
  readonly type = 'sharps_destruction';
  readonly countsTowardDailyLimit = false;
  readonly inactivePoint = INACTIVE;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  check(command: PostingCommand<'sharps_destruction'>): void {
    check(command);
    if (!this.config.sharpsDestructionPointTypes.includes(command.point.type)) {
      throw new DomainError(
        'SHARPS_DESTRUCTION_NOT_ALLOWED',
        `Sharps are not destroyed at a ${command.point.type.replace(/_/g, ' ')}: hand the full containers over to a point that destroys them (${this.config.sharpsDestructionPointTypes.join(', ')}).`,
      );
    }
  }

  async plan({ command }: PostingContext<'sharps_destruction'>): Promise<LinePlan> {
    const request = command.input;
    const line: SharpsLine = {
      pointId: command.point.id,
      countsAs: 'sharps_destruction',
      syringes: 0,
      syringesEstimated: null,
      containers: -request.containers!,
      destructionMethod: request.destructionMethod!,
    };
    return { lines: [], products: new Map(), sharps: [line] };
  }
}
