import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/problem/problem';
import { ResupplyShipping } from '../../../resupply/resupply-shipping';
import { countedAs, figuresOf } from '../figures';
import { LinePlanner } from '../line-planner';
import { offShelfLines, perLotOpposite } from '../transit';
import { LinePlan, MovementRule, PostingContext } from '../movement-rule';

/**
 * Stock leaving the sender for another point (the command's point is the sender): the named lot or FEFO, as a
 * distribution, to a receiver that is active and may hold the products, within the approved quantities of the
 * resupply request it answers. The units leave the sender's shelf for the shipment's transit account; the shipment
 * is written before the lines (transit lines name it), its lines after.
 */
@Injectable()
export class ShipmentDispatchRule implements MovementRule<'shipment_dispatch'> {
  readonly type = 'shipment_dispatch';
  readonly countsTowardDailyLimit = true;
  readonly inactivePoint = 'Both points must be active to ship between them.';

  constructor(
    private readonly planner: LinePlanner,
    private readonly resupply: ResupplyShipping,
  ) {}

  async plan({ manager, actor, command, occurredAt, today }: PostingContext<'shipment_dispatch'>): Promise<LinePlan> {
    const { request, to } = command.input;
    const from = command.point;
    if (!to.active) throw new DomainError('INACTIVE_POINT', this.inactivePoint);
    if (request.resupplyRequestId) await this.resupply.assertShippable(manager, request.resupplyRequestId, from.id, to.id, request.lines);
    const products = await this.planner.loadProducts(manager, request.lines, false);
    request.lines.forEach((line, index) => this.planner.assertMayHold(to, products.get(line.productId)!, index));
    const shelf = countedAs(await this.planner.issueLines(manager, from, request.lines, occurredAt, today, products), figuresOf('shipment_dispatch', occurredAt, from, to));
    return {
      // Sender's shelf -> the shipment's transit account.
      lines: [...shelf, ...offShelfLines('transit', request.id, perLotOpposite(shelf), 'shipment_dispatch')],
      products,
      before: async () => {
        await manager.query(
          `INSERT INTO shipments (id, from_point_id, to_point_id, status, note, resupply_request_id, dispatch_movement_id, dispatched_at)
           VALUES ($1, $2, $3, 'in_transit', $4, $5, $1, $6)`,
          [request.id, from.id, to.id, request.note ?? null, request.resupplyRequestId ?? null, occurredAt],
        );
      },
      after: async () => {
        await manager.query(
          `INSERT INTO shipment_lines (shipment_id, lot_id, product_id, quantity_sent)
           SELECT $1, t.lot_id, t.product_id, sum(-t.quantity)
             FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS t(lot_id, product_id, quantity)
            GROUP BY t.lot_id, t.product_id`,
          [request.id, shelf.map((line) => line.lotId), shelf.map((line) => line.productId), shelf.map((line) => line.quantity)],
        );
        if (request.resupplyRequestId) await this.resupply.afterShipmentChanged(manager, request.resupplyRequestId, actor.id);
      },
    };
  }
}
