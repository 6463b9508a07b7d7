import { Injectable } from '@nestjs/common';
import { REASON_DIRECTION } from '../../ledger-rules';
import { countedAs, figuresOf } from '../figures';
import { LinePlanner } from '../line-planner';
import { LinePlan, MovementRule, PostingCommand, PostingContext } from '../movement-rule';
import { lineMovementErrors, refuseInvalid } from './movement-request';

/**
 * A change to a named lot with its reason: the reason gives the direction (damaged, lost, stolen, expired_write_off
 * remove; found adds); a correction carries its own sign.
 */
@Injectable()
export class AdjustmentRule implements MovementRule<'adjustment'> {
  readonly type = 'adjustment';
  readonly countsTowardDailyLimit = true;
  readonly inactivePoint = 'This point is deactivated; it cannot record movements.';

  constructor(private readonly planner: LinePlanner) {}

  check(command: PostingCommand<'adjustment'>): void {
    const errors = lineMovementErrors(command.input, {}, (line, index, add) => {
      if (!line.lotId) add(index, 'lotId', 'an adjustment names the lot');
      if (!line.reason) add(index, 'reason', 'an adjustment needs a reason');
      else if (line.reason === 'correction' ? line.quantity === 0 : line.quantity < 1) {
        add(index, 'quantity', line.reason === 'correction' ? 'a correction cannot be 0' : 'quantity must be at least 1 (the reason decides the direction)');
      }
    });
    refuseInvalid(errors, command.occurredAt);
  }

  async plan({ manager, command, occurredAt, today }: PostingContext<'adjustment'>): Promise<LinePlan> {
    const products = await this.planner.loadProducts(manager, command.input.lines, false);
    const lines = await this.planner.lotChanges(manager, command.point, command.input, products, occurredAt, today, (line) => ({
      change: line.reason === 'correction' ? line.quantity : REASON_DIRECTION[line.reason!] * line.quantity,
      counted: null,
    }));
    return { lines: countedAs(lines, figuresOf('adjustment', occurredAt, command.point)), products };
  }
}
