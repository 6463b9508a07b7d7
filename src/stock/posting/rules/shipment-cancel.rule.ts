import { Injectable } from '@nestjs/common';
import { ResupplyShipping } from '../../../resupply/resupply-shipping';
import { undoneFiguresSql } from '../figures';
import { LinePlan, MovementRule, PostingContext, RecordedLine } from '../movement-rule';
import { offShelfLines } from '../transit';
import { afterRequestShipment, lockInTransit } from './shipment-records';

/**
 * A shipment still in transit goes back to the sender (the command's point), exactly as sent. Like a reversal it undoes
 * a movement, so the daily limit never refuses it; the sender must still be active to take the stock back.
 */
@Injectable()
export class ShipmentCancelRule implements MovementRule<'shipment_cancel'> {
  readonly type = 'shipment_cancel';
  readonly countsTowardDailyLimit = false;
  readonly inactivePoint = 'The sending point is deactivated; the stock cannot go back to it. Reactivate it first.';

  constructor(private readonly resupply: ResupplyShipping) {}

  async plan({ manager, actor, command, occurredAt }: PostingContext<'shipment_cancel'>): Promise<LinePlan> {
    const { request, shipmentId } = command.input;
    await lockInTransit(manager, shipmentId);
    const shelf: RecordedLine[] = await manager.query(
      `SELECT sl.product_id AS "productId", sl.lot_id AS "lotId", sl.quantity_sent AS quantity, l.lot_number AS "lotNumber",
              to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate", figures.value AS figures
         FROM shipment_lines sl JOIN lots l ON l.id = sl.lot_id
         -- Every line of a dispatch counts alike: the cancellation takes back what the dispatch counted, in its month.
         CROSS JOIN LATERAL (SELECT ${undoneFiguresSql('dl')} AS value FROM shipments s JOIN ledger_lines dl ON dl.movement_id = s.dispatch_movement_id
                              WHERE s.id = sl.shipment_id AND dl.account = 'stock' LIMIT 1) figures
        WHERE sl.shipment_id = $1 ORDER BY sl.lot_id`,
      [shipmentId],
    );
    return {
      // The shipment's transit account -> back to the sender's shelf.
      lines: [...shelf, ...offShelfLines('transit', shipmentId, shelf.map((line) => ({ ...line, quantity: -line.quantity })), 'shipment_dispatch')],
      // The answer is the shipment, which names its products itself.
      products: new Map(),
      after: async () => {
        await manager.query(`UPDATE shipments SET status = 'cancelled', cancel_movement_id = $2, cancelled_at = $3 WHERE id = $1`, [shipmentId, request.id, occurredAt]);
        await afterRequestShipment(manager, this.resupply, shipmentId, actor.id);
      },
    };
  }
}
