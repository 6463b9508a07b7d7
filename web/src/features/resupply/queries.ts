import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { cachedRead } from '../../api/cached-read';
import type { components } from '../../api/schema';
import { db } from '../../db/db';
import { useLiveQuery } from '../../db/live-query';
import type { ResupplyRequestRecord } from '../outbox/outbox-types';

export type ResupplyRequest = components['schemas']['ResupplyRequestResponse'];

/** The point's own resupply requests with their status, newest first; kept for offline use. */
export function useOwnRequests(pointId: string) {
  return useQuery({
    queryKey: ['resupply-requests', pointId],
    queryFn: () =>
      cachedRead(`resupply-requests:${pointId}`, (signal) =>
        api.GET('/api/v1/resupply-requests', { params: { query: { role: 'requester', pointId, limit: 50 } }, signal }),
      ),
    enabled: pointId !== '',
  });
}

/** The suggested quantities (max months x AMC - usable - in transit, in packs) for a new request; kept for offline use. */
export function useSuggestion(pointId: string) {
  return useQuery({
    queryKey: ['resupply-suggestion', pointId],
    queryFn: () => cachedRead(`resupply-suggestion:${pointId}`, (signal) => api.GET('/api/v1/points/{id}/resupply-suggestion', { params: { path: { id: pointId } }, signal })),
    enabled: pointId !== '',
  });
}

/** Requests made on this phone that the server has not taken yet (waiting, or refused and not discarded). */
export function useRequestsOnPhone(pointId: string): ResupplyRequestRecord[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.outbox.where('status').anyOf('pending', 'refused').toArray()).filter(
        (record): record is ResupplyRequestRecord => record.kind === 'resupply_request' && record.pointId === pointId,
      ),
    [pointId],
  );
}
