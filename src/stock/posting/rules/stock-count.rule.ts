import { Injectable } from '@nestjs/common';
import { countedAs, figuresOf } from '../figures';
import { LinePlanner } from '../line-planner';
import { LinePlan, MovementRule, PostingCommand, PostingContext } from '../movement-rule';
import { lineMovementErrors, refuseInvalid } from './movement-request';

/**
 * A count of named lots: each line's change is the counted quantity minus the balance at the count's own date (a
 * backdated count states the stock then); a difference needs a reason that fits its direction.
 */
@Injectable()
export class StockCountRule implements MovementRule<'stock_count'> {
  readonly type = 'stock_count';
  readonly countsTowardDailyLimit = true;
  readonly inactivePoint = 'This point is deactivated; it cannot record movements.';

  constructor(private readonly planner: LinePlanner) {}

  check(command: PostingCommand<'stock_count'>): void {
    const request = command.input;
    const errors = lineMovementErrors(request, {}, (line, index, add) => {
      if (!line.lotId) add(index, 'lotId', 'a stock count line names the lot counted');
      if (line.quantity < 0) add(index, 'quantity', 'the counted quantity cannot be negative');
      if (request.lines.findIndex((other) => other.lotId === line.lotId) !== index) add(index, 'lotId', 'this lot is counted twice');
    });
    refuseInvalid(errors, command.occurredAt);
  }

  async plan({ manager, command, occurredAt, today }: PostingContext<'stock_count'>): Promise<LinePlan> {
    const products = await this.planner.loadProducts(manager, command.input.lines, false);
    const lines = await this.planner.lotChanges(manager, command.point, command.input, products, occurredAt, today, (line, held) => ({
      change: line.quantity - held,
      counted: line.quantity,
    }));
    return { lines: countedAs(lines, figuresOf('stock_count', occurredAt, command.point)), products };
  }
}
