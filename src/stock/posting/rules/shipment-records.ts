import { EntityManager } from 'typeorm';
import { DomainError } from '../../../common/problem/problem';
import { ResupplyShipping } from '../../../resupply/resupply-shipping';

/** Locks the shipment, which must still be in transit: it is received or cancelled once. */
export async function lockInTransit(manager: EntityManager, shipmentId: string): Promise<void> {
  const [row] = await manager.query(`SELECT status FROM shipments WHERE id = $1 FOR UPDATE`, [shipmentId]);
  if (row.status !== 'in_transit') {
    throw new DomainError('SHIPMENT_NOT_IN_TRANSIT', `This shipment was already ${row.status}.`, { shipmentStatus: row.status });
  }
}

/** A shipment against a resupply request moves the request's status on. */
export async function afterRequestShipment(manager: EntityManager, resupply: ResupplyShipping, shipmentId: string, actorId: string): Promise<void> {
  const [{ requestId }] = await manager.query(`SELECT resupply_request_id AS "requestId" FROM shipments WHERE id = $1`, [shipmentId]);
  if (requestId) await resupply.afterShipmentChanged(manager, requestId, actorId);
}
