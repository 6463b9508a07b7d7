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

/** The points this point sends to: the active points it supplies (GET /points/{id}/recipients). Kept for offline use. */
export function useDestinations(pointId: string) {
  return useQuery({
    queryKey: ['destinations', pointId],
    queryFn: () =>
      cachedRead<Destination[]>(`destinations:${pointId}`, async (signal) => {
        const { data, response } = await api.GET('/api/v1/points/{id}/recipients', { params: { path: { id: pointId } }, signal });
        return { data: data?.map((point) => ({ pointId: point.id, name: point.name })), response };
      }),
    enabled: pointId !== '',
  });
}

export type RequestToFulfil = components['schemas']['ResupplyRequestResponse'];

/**
 * Approved requests this point is the supplier of and has not shipped in full: a dispatch can fulfil one (the server
 * then follows the request to receipt). Kept for offline use.
 */
export function useRequestsToFulfil(pointId: string) {
  return useQuery({
    queryKey: ['requests-to-fulfil', pointId],
    queryFn: () =>
      cachedRead<RequestToFulfil[]>(`requests-to-fulfil:${pointId}`, async (signal) => {
        const { data, response } = await api.GET('/api/v1/resupply-requests', { params: { query: { role: 'supplier', pointId, limit: 50 } }, signal });
        return {
          data: data?.items.filter((request) => request.supplierPointId === pointId && (request.status === 'approved' || request.status === 'partially_shipped')),
          response,
        };
      }),
    enabled: pointId !== '',
  });
}

/** What is still to be sent for a request: approved minus shipped, per product (products approved at 0 left out). */
export function stillToSend(request: RequestToFulfil): Record<string, number> {
  const left: Record<string, number> = {};
  for (const line of request.lines) {
    const quantity = (line.approvedQuantity ?? 0) - line.shippedQuantity;
    if (quantity > 0) left[line.productId] = quantity;
  }
  return left;
}
