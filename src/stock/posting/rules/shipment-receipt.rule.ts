import { Injectable } from '@nestjs/common';
import { DomainError, FieldError } from '../../../common/problem/problem';
import { ResupplyShipping } from '../../../resupply/resupply-shipping';
import { LinePlanner } from '../line-planner';
import { countedAs, figuresOf } from '../figures';
import { LinePlan, MovementRule, PlannedLine, PostingContext } from '../movement-rule';
import { offShelfLines } from '../transit';
import { afterRequestShipment, lockInTransit } from './shipment-records';

const mismatch = (errors: FieldError[]) =>
  new DomainError('SHIPMENT_RECEIPT_MISMATCH', `The receipt does not match the shipment. ${errors.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; ')}`, {
    errors,
  });

/**
 * What arrived of a shipment in transit, at the receiver (the command's point): every lot of the shipment once, no
 * more than was sent, a shortfall with its reason. What arrived goes from the shipment's transit account into the
 * receiver's stock, if it may still hold it; what did not, into the shipment's loss account with its reason.
 */
@Injectable()
export class ShipmentReceiptRule implements MovementRule<'shipment_receipt'> {
  readonly type = 'shipment_receipt';
  readonly countsTowardDailyLimit = true;
  readonly inactivePoint = 'The receiving point is deactivated; it cannot take stock in. Reactivate it first.';

  constructor(
    private readonly planner: LinePlanner,
    private readonly resupply: ResupplyShipping,
  ) {}

  async plan({ manager, actor, command, occurredAt }: PostingContext<'shipment_receipt'>): Promise<LinePlan> {
    const { request, shipmentId } = command.input;
    const to = command.point;
    await lockInTransit(manager, shipmentId);
    const sent: { lotId: string; productId: string; quantitySent: number; lotNumber: string; expiryDate: string }[] = await manager.query(
      `SELECT sl.lot_id AS "lotId", sl.product_id AS "productId", sl.quantity_sent AS "quantitySent", l.lot_number AS "lotNumber",
              to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate"
         FROM shipment_lines sl JOIN lots l ON l.id = sl.lot_id WHERE sl.shipment_id = $1`,
      [shipmentId],
    );
    const errors: FieldError[] = [];
    request.lines.forEach((line, index) => {
      const sentLine = sent.find((candidate) => candidate.lotId === line.lotId);
      const field = (name: string, message: string) => errors.push({ field: `lines[${index}].${name}`, messages: [message] });
      if (!sentLine) return field('lotId', 'this lot is not in the shipment');
      if (request.lines.findIndex((other) => other.lotId === line.lotId) !== index) return field('lotId', 'this lot is listed twice');
      if (line.quantityReceived > sentLine.quantitySent) return field('quantityReceived', `more than the ${sentLine.quantitySent} sent`);
      if (line.quantityReceived < sentLine.quantitySent && !line.discrepancyReason) {
        return field('discrepancyReason', `${sentLine.quantitySent - line.quantityReceived} missing: say why (damaged, lost, stolen, ...)`);
      }
      if (line.quantityReceived === sentLine.quantitySent && line.discrepancyReason) field('discrepancyReason', 'everything arrived: there is no discrepancy');
    });
    for (const sentLine of sent) {
      if (!request.lines.some((line) => line.lotId === sentLine.lotId)) {
        errors.push({ field: 'lines', messages: [`lot ${sentLine.lotId} of the shipment is missing; give 0 if none of it arrived`] });
      }
    }
    if (errors.length > 0) throw mismatch(errors);

    // Stock a point sends back to its own supplier takes the supplier's consumption back (./figures).
    const [sender]: { supplierPointId: string | null }[] = await manager.query(
      `SELECT f.supplier_point_id AS "supplierPointId" FROM shipments s JOIN points f ON f.id = s.from_point_id WHERE s.id = $1`,
      [shipmentId],
    );
    const planned: PlannedLine[] = request.lines
      .filter((line) => line.quantityReceived > 0)
      .map((line) => {
        const { productId, lotNumber, expiryDate } = sent.find((s) => s.lotId === line.lotId)!;
        return { productId, lotId: line.lotId, quantity: line.quantityReceived, lotNumber, expiryDate };
      });
    // The shipment's transit account -> the receiver's shelf, and what did not arrive -> the shipment's loss account.
    const lines = [
      ...countedAs(planned, figuresOf('shipment_receipt', occurredAt, command.point, sender)),
      ...offShelfLines('transit', shipmentId, sent.map((lot) => ({ ...lot, quantity: -lot.quantitySent })), 'shipment_receipt'),
      ...offShelfLines(
        'loss',
        shipmentId,
        request.lines.map((line) => {
          const lot = sent.find((candidate) => candidate.lotId === line.lotId)!;
          return { ...lot, quantity: lot.quantitySent - line.quantityReceived, reason: line.discrepancyReason ?? null };
        }),
        'shipment_receipt',
      ),
    ];
    // The point may have lost the right to hold naloxone since the shipment left (e.g. RESTRICTED_POINT_TYPES changed).
    const products = await this.planner.loadProducts(manager, lines, false);
    request.lines.forEach((line, index) => {
      const productId = sent.find((candidate) => candidate.lotId === line.lotId)!.productId;
      if (line.quantityReceived > 0 && products.get(productId)!.restricted && !to.mayHoldRestricted) {
        throw new DomainError('RESTRICTED_PRODUCT', `Line ${index + 1}: ${products.get(productId)!.code} is a restricted product and this point may no longer hold it. The sender can cancel the shipment.`, {
          errors: [{ field: `lines[${index}].lotId`, messages: ['restricted product not allowed at this point'] }],
        });
      }
    });
    return {
      lines,
      products,
      after: async () => {
        await manager.query(
          `UPDATE shipment_lines sl SET quantity_received = t.received, discrepancy_reason = t.reason
             FROM unnest($2::uuid[], $3::int[], $4::text[]) AS t(lot_id, received, reason)
            WHERE sl.shipment_id = $1 AND sl.lot_id = t.lot_id`,
          [shipmentId, request.lines.map((l) => l.lotId), request.lines.map((l) => l.quantityReceived), request.lines.map((l) => l.discrepancyReason ?? null)],
        );
        await manager.query(`UPDATE shipments SET status = 'received', receipt_movement_id = $2, received_at = $3 WHERE id = $1`, [shipmentId, request.id, occurredAt]);
        await afterRequestShipment(manager, this.resupply, shipmentId, actor.id);
      },
    };
  }
}
