import { Injectable } from '@nestjs/common';
import { countedAs, figuresOf } from '../figures';
import { LinePlanner } from '../line-planner';
import { LinePlan, MovementRule, PostingCommand, PostingContext } from '../movement-rule';
import { lineMovementErrors, refuseInvalid } from './movement-request';

/** Stock handed out to clients: the named lot, or FEFO over the usable lots; counts its contacts. */
@Injectable()
export class DistributionRule implements MovementRule<'distribution'> {
  readonly type = 'distribution';
  readonly countsTowardDailyLimit = true;
  readonly inactivePoint = 'This point is deactivated; it cannot record movements.';

  constructor(private readonly planner: LinePlanner) {}

  check(command: PostingCommand<'distribution'>): void {
    const errors = lineMovementErrors(command.input, { contacts: true }, (line, index, add) => {
      if (line.quantity < 1) add(index, 'quantity', 'quantity must be at least 1');
      if (line.reason !== undefined) add(index, 'reason', 'distributions have no reason');
    });
    refuseInvalid(errors, command.occurredAt);
  }

  async plan({ manager, command, occurredAt, today }: PostingContext<'distribution'>): Promise<LinePlan> {
    const products = await this.planner.loadProducts(manager, command.input.lines, false);
    const lines = await this.planner.issueLines(manager, command.point, command.input.lines, occurredAt, today, products);
    return { lines: countedAs(lines, figuresOf('distribution', occurredAt, command.point)), products };
  }
}
