import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { cachedRead } from '../../api/cached-read';
import type { components } from '../../api/schema';
import { db } from '../../db/db';
import { useLiveQuery } from '../../db/live-query';

export type Shipment = components['schemas']['ShipmentResponse'];

/** Shipments dispatched to the point and not received yet, kept on the phone like the stock. */
export function useInboundShipments(pointId: string) {
  return useQuery({
    queryKey: ['shipments', 'inbound', pointId],
    queryFn: () =>
      cachedRead(`shipments:inbound:${pointId}`, (signal) =>
        api.GET('/api/v1/shipments', { params: { query: { direction: 'inbound', pointId, status: 'in_transit', limit: 50 } }, signal }),
      ),
    enabled: pointId !== '',
  });
}

/**
 * Shipments to the point received on this phone and not refused: no longer shown as on their way, even before the
 * server's list is read again (or while there is no connection). Undefined until the outbox has been read.
 */
export function useReceivedOnPhone(pointId: string): Set<string> | undefined {
  const ids = useLiveQuery(
    async () =>
      (await db.outbox.where('status').anyOf('pending', 'sent').toArray()).flatMap((record) =>
        record.kind === 'shipment_receipt' && record.pointId === pointId ? [record.shipmentId] : [],
      ),
    [pointId],
  );
  return ids && new Set(ids);
}

export interface Destination {
  pointId: string;
  name: string;
}

/**
 * The points this point sends to. A point's staff see only their own points (GET /points is scoped), so these come
 * from what the point shipped before and from the resupply requests it received as supplier. Kept for offline use.
 */
export function useDestinations(pointId: string) {
  return useQuery({
    queryKey: ['destinations', pointId],
    queryFn: () =>
      cachedRead<Destination[]>(`destinations:${pointId}`, async (signal) => {
        const [shipped, requested] = await Promise.all([
          api.GET('/api/v1/shipments', { params: { query: { direction: 'outbound', pointId, limit: 100 } }, signal }),
          api.GET('/api/v1/resupply-requests', { params: { query: { role: 'supplier', limit: 100 } }, signal }),
        ]);
        if (!shipped.data || !requested.data) return { data: undefined, response: shipped.data ? requested.response : shipped.response };
        const all = [
          ...shipped.data.items.filter((shipment) => shipment.fromPointId === pointId).map((shipment) => ({ pointId: shipment.toPointId, name: shipment.toPointName })),
          ...requested.data.items.filter((request) => request.supplierPointId === pointId).map((request) => ({ pointId: request.pointId, name: request.pointName })),
        ];
        const unique = [...new Map(all.map((destination) => [destination.pointId, destination])).values()].sort((a, b) => a.name.localeCompare(b.name));
        return { data: unique, response: shipped.response };
      }),
    enabled: pointId !== '',
  });
}
