import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { cachedRead } from '../../api/cached-read';
import type { components } from '../../api/schema';
import { db } from '../../db/db';
import { useLiveQuery } from '../../db/live-query';
import type { SharpsRecord } from '../outbox/outbox-types';

export type SharpsPage = components['schemas']['SharpsMovementPage'];
export type SharpsReceiver = components['schemas']['PointResponse'];

/** The point's recent sharps movements and the full containers it holds (GET /points/{id}/sharps), kept for offline use. */
export function useSharps(pointId: string) {
  return useQuery({
    queryKey: ['sharps', pointId],
    queryFn: () => cachedRead<SharpsPage>(`sharps:${pointId}`, (signal) => api.GET('/api/v1/points/{pointId}/sharps', { params: { path: { pointId }, query: { limit: 20 } }, signal })),
    enabled: pointId !== '',
  });
}

/** Where the point may hand its full containers (GET /points/{id}/sharps/receivers), kept for offline use. */
export function useSharpsReceivers(pointId: string) {
  return useQuery({
    queryKey: ['sharps-receivers', pointId],
    queryFn: () =>
      cachedRead<SharpsReceiver[]>(`sharps-receivers:${pointId}`, (signal) => api.GET('/api/v1/points/{pointId}/sharps/receivers', { params: { path: { pointId } }, signal })),
    enabled: pointId !== '',
  });
}

/** Sharps records of the point on this phone that the server's list may not show yet (waiting, or refused). */
export function useSharpsOnPhone(pointId: string): SharpsRecord[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.outbox.where('status').anyOf('pending', 'refused').toArray()).filter((record): record is SharpsRecord => record.kind === 'sharps' && record.pointId === pointId),
    [pointId],
  );
}

/**
 * The full containers the point holds as far as this phone knows: the server's figure, less what waits on the phone to
 * leave (hand-overs, destructions), plus what waits to come in (returns). Never below zero on screen.
 */
export function containersKnown(held: number, waiting: SharpsRecord[]): number {
  const change = waiting
    .filter((record) => record.status === 'pending')
    .reduce((sum, record) => sum + (record.body.type === 'return' ? 1 : -1) * (record.body.containers ?? 0), 0);
  return Math.max(0, held + change);
}
