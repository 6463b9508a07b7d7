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
 * server's list is read again (or while there is no connection).
 */
export function useReceivedOnPhone(pointId: string): Set<string> {
  const ids = useLiveQuery(
    async () =>
      (await db.outbox.where('status').anyOf('pending', 'sent').toArray()).flatMap((record) =>
        record.kind === 'shipment_receipt' && record.pointId === pointId ? [record.shipmentId] : [],
      ),
    [pointId],
  );
  return new Set(ids ?? []);
}
