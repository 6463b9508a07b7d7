import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../common/problem/problem';
import { localDate } from '../../expiry-dates';
import { undoneFiguresSql } from '../figures';
import { SHARPS_MOVEMENT_TYPES } from '../../ledger-rules';
import { SharpsLine } from '../ledger-store';
import { LinePlanner, productNames } from '../line-planner';
import { LinePlan, MovementRule, PostingCommand, PostingContext, RecordedLine } from '../movement-rule';
import { headerErrors, refuseInvalid } from './movement-request';

/** The movement types a reversal may undo: what a user records at a point, except a reversal. */
const REVERSIBLE: string[] = ['receipt', 'distribution', 'adjustment', 'stock_count', 'kit_assembly', 'kit_disassembly', ...SHARPS_MOVEMENT_TYPES];

/**
 * The exact opposite of an earlier movement of the same point (its stock lines, or a sharps movement's sharps lines), refused if the stock it would remove is no longer
 * there or it would bring a restricted product back where it may not be held. It has no lines of its own and is never
 * refused by the daily limit: undoing a movement must always be possible. The database allows one reversal per movement.
 */
@Injectable()
export class ReversalRule implements MovementRule<'reversal'> {
  readonly type = 'reversal';
  readonly countsTowardDailyLimit = false;
  readonly inactivePoint = 'This point is deactivated; it cannot record movements.';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: LinePlanner,
  ) {}

  /** Checked before anything is claimed, so that a movement elsewhere is reported as not found whatever its state. */
  async check(command: PostingCommand<'reversal'>): Promise<void> {
    const request = command.input;
    const errors = headerErrors(request, {});
    if (!request.reversesMovementId) errors.push({ field: 'reversesMovementId', messages: ['a reversal names the movement it reverses'] });
    if (request.lines.length > 0) errors.push({ field: 'lines', messages: ['a reversal has no lines: it records the exact opposite of the reversed movement'] });
    refuseInvalid(errors, command.occurredAt);

    const [target] = await this.dataSource.query(`SELECT type, point_id AS "pointId" FROM movements WHERE id = $1`, [request.reversesMovementId]);
    if (!target || target.pointId !== command.point.id) {
      throw new DomainError('MOVEMENT_NOT_FOUND', `There is no movement ${request.reversesMovementId} at this point to reverse.`, {
        errors: [{ field: 'reversesMovementId', messages: ['no such movement at this point'] }],
      });
    }
    if (!REVERSIBLE.includes(target.type)) {
      throw new DomainError(
        'NOT_REVERSIBLE',
        target.type === 'reversal'
          ? 'A reversal cannot itself be reversed; record the movement again instead.'
          : 'Shipment movements are undone through the shipment (cancel while in transit), not by reversal.',
      );
    }
  }

  async plan({ manager, command, occurredAt }: PostingContext<'reversal'>): Promise<LinePlan> {
    const point = command.point;
    const lines: RecordedLine[] = await manager.query(
      `SELECT ll.product_id AS "productId", ll.lot_id AS "lotId", -ll.quantity AS quantity, ll.reason, l.lot_number AS "lotNumber",
              to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate", ${undoneFiguresSql('ll')} AS figures
         FROM ledger_lines ll JOIN lots l ON l.id = ll.lot_id
        WHERE ll.movement_id = $1 AND ll.quantity <> 0 AND ll.account = 'stock' ORDER BY ll.line_no`,
      [command.input.reversesMovementId],
    );
    // Stock coming back (a reversed distribution) must be allowed here now, as for any other way in.
    const products = await this.planner.loadProducts(manager, lines, false);
    for (const line of lines) {
      const product = products.get(line.productId)!;
      if (line.quantity > 0 && product.restricted && !point.mayHoldRestricted) {
        throw new DomainError('RESTRICTED_PRODUCT', `Reversing would bring ${product.code} back to this point, which may no longer hold restricted products.`, {
          errors: [{ field: 'reversesMovementId', messages: ['would bring a restricted product back to a point not allowed to hold it'] }],
        });
      }
    }
    const stock = await this.planner.lockStock(manager, point.id, lines.map((line) => line.productId), occurredAt, lines.map((line) => line.lotId));
    for (const line of lines) {
      const { lotNumber } = line;
      const product = products.get(line.productId)!;
      const held = stock.find((entry) => entry.lotId === line.lotId);
      const available = held?.quantity ?? 0;
      if (available + line.quantity < 0) {
        throw new DomainError(
          'INSUFFICIENT_STOCK',
          `Reversing needs ${-line.quantity} of ${product.code} (${product.name}) lot ${lotNumber} but only ${available} is still here` +
            (held?.limitedAt ? ` on ${localDate(held.limitedAt, point.timeZone)}` : '') +
            ': it has been used, moved or written off since.',
          {
            available: {
              productId: line.productId,
              ...productNames(product),
              lotId: line.lotId,
              lotNumber,
              quantity: available,
              ...(held?.limitedAt ? { limitedOn: localDate(held.limitedAt, point.timeZone) } : {}),
            },
          },
        );
      }
      if (held) held.quantity += line.quantity;
      else stock.push({ lotId: line.lotId, productId: line.productId, lotNumber, expiryDate: line.expiryDate, quantity: line.quantity });
    }
    // A sharps movement's lines, undone: the trigger refuses it if containers handed over or returned are gone since.
    const sharps: SharpsLine[] = await manager.query(
      `SELECT point_id AS "pointId", counts_as AS "countsAs", -syringes AS syringes, syringes_estimated AS "syringesEstimated",
              -containers AS containers, destruction_method AS "destructionMethod"
         FROM sharps_lines WHERE movement_id = $1 ORDER BY line_no`,
      [command.input.reversesMovementId],
    );
    return { lines, products, ...(sharps.length > 0 ? { sharps } : {}) };
  }
}
