import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/problem/problem';
import { NotificationsService } from '../notifications/notifications.service';

/**
 * What shipments need to know about resupply requests, inside the shipment's own transaction: a shipment against a
 * request goes from the supplier to the requester and never beyond the approved quantities; afterwards the request's
 * status follows its shipments (partially shipped, shipped, received).
 */
@Injectable()
export class ResupplyShipping {
  constructor(private readonly notifications: NotificationsService) {}

  async assertShippable(
    manager: EntityManager,
    requestId: string,
    fromPointId: string,
    toPointId: string,
    lines: { productId: string; quantity: number }[],
  ): Promise<void> {
    const [request] = await manager.query(
      `SELECT status, point_id AS "pointId", supplier_point_id AS "supplierPointId" FROM resupply_requests WHERE id = $1 FOR UPDATE`,
      [requestId],
    );
    const refuse = (detail: string) =>
      new DomainError('REQUEST_NOT_SHIPPABLE', detail, { errors: [{ field: 'resupplyRequestId', messages: [detail] }] });
    if (!request) throw refuse(`There is no resupply request ${requestId}.`);
    if (!['approved', 'partially_shipped'].includes(request.status)) throw refuse(`The request is ${request.status}; only approved requests are shipped.`);
    if (request.supplierPointId !== fromPointId || request.pointId !== toPointId) {
      throw refuse('A shipment for this request goes from the supplier it was addressed to, to the point that asked.');
    }
    const sending = new Map<string, number>();
    for (const line of lines) sending.set(line.productId, (sending.get(line.productId) ?? 0) + line.quantity);
    const room: { productId: string; code: string; approved: number; shipped: number }[] = await manager.query(
      `SELECT l.product_id AS "productId", pd.code, COALESCE(l.approved_quantity, 0) AS approved,
              COALESCE((SELECT sum(sl.quantity_sent) FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id
                         WHERE s.resupply_request_id = $1 AND s.status <> 'cancelled' AND sl.product_id = l.product_id), 0)::int AS shipped
         FROM resupply_request_lines l JOIN products pd ON pd.id = l.product_id WHERE l.request_id = $1`,
      [requestId],
    );
    for (const [productId, quantity] of sending) {
      const line = room.find((entry) => entry.productId === productId);
      if (!line) throw refuse(`Product ${productId} was not requested.`);
      if (line.shipped + quantity > line.approved) {
        throw new DomainError(
          'EXCEEDS_APPROVED',
          `${line.code}: ${line.approved} approved, ${line.shipped} already shipped; ${quantity} more is too much (at most ${Math.max(0, line.approved - line.shipped)}).`,
          { productId, approved: line.approved, shipped: line.shipped },
        );
      }
    }
  }

  /** Brings the request's status in line with its shipments and records the change in its history. */
  async afterShipmentChanged(manager: EntityManager, requestId: string, actorId: string): Promise<void> {
    const [figures] = await manager.query(
      `SELECT r.status,
              bool_and(COALESCE(shipped.quantity, 0) >= COALESCE(l.approved_quantity, 0)) AS complete,
              (SELECT count(*) FROM shipments s WHERE s.resupply_request_id = r.id AND s.status <> 'cancelled')::int AS shipments,
              (SELECT count(*) FROM shipments s WHERE s.resupply_request_id = r.id AND s.status = 'in_transit')::int AS in_transit
         FROM resupply_requests r
         JOIN resupply_request_lines l ON l.request_id = r.id
         LEFT JOIN LATERAL (
           SELECT sum(sl.quantity_sent) AS quantity FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id
            WHERE s.resupply_request_id = r.id AND s.status <> 'cancelled' AND sl.product_id = l.product_id) shipped ON true
        WHERE r.id = $1
        GROUP BY r.id, r.status`,
      [requestId],
    );
    if (!figures || !['approved', 'partially_shipped', 'shipped', 'received'].includes(figures.status)) return;
    const status =
      figures.shipments === 0 ? 'approved' : !figures.complete ? 'partially_shipped' : figures.in_transit > 0 ? 'shipped' : 'received';
    if (status === figures.status) return;
    await manager.query(`UPDATE resupply_requests SET status = $2, updated_at = now() WHERE id = $1`, [requestId, status]);
    const [event] = await manager.query(
      `INSERT INTO resupply_request_events (request_id, status, actor_id, details) VALUES ($1, $2, $3, '{}') RETURNING id::text`,
      [requestId, status, actorId],
    );
    await this.notifications.requestEvent(manager, { requestId, status, actorId, eventId: event.id });
  }
}
