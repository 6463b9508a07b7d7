import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { cachedRead } from '../../api/cached-read';
import type { components } from '../../api/schema';
import type { Point } from '../points/queries';

export type Shift = components['schemas']['ShiftResponse'];
export type ShiftProduct = components['schemas']['ShiftProductResponse'];

/**
 * The outreach kits this point supplies (its active recipients of type outreach): a point with one can start shifts.
 * Kept on the phone so the stock page shows the same links offline.
 */
export function useSuppliedKits(pointId: string, enabled = true) {
  return useQuery({
    queryKey: ['shift-kits', pointId],
    queryFn: () =>
      cachedRead<Point[]>(`shift-kits:${pointId}`, async (signal) => {
        const { data, response } = await api.GET('/api/v1/points/{id}/recipients', { params: { path: { id: pointId } }, signal });
        return { data: data?.filter((point) => point.type === 'outreach'), response };
      }),
    enabled: enabled && pointId !== '',
  });
}

/** Shifts are read live (never from the phone's copy): a count is only worth comparing with what the server has now. */
async function shiftPage(query: { kitPointId?: string; issuingPointId?: string; status?: 'open' | 'closed'; limit: number }, signal: AbortSignal) {
  const { data, error } = await api.GET('/api/v1/outreach-shifts', { params: { query }, signal });
  if (!data) throw new Error(error ? JSON.stringify(error) : 'no answer');
  return data.items;
}

/** The open shifts issued by a point, one per kit at most. */
export function useOpenShiftsIssuedBy(pointId: string) {
  return useQuery({
    queryKey: ['shifts', 'open', 'issued-by', pointId],
    queryFn: ({ signal }) => shiftPage({ issuingPointId: pointId, status: 'open', limit: 100 }, signal),
    enabled: pointId !== '',
  });
}

/** The kit's open shift, if any (undefined while unknown or offline). */
export function useOpenShiftOfKit(kitPointId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['shifts', 'open', 'kit', kitPointId],
    queryFn: async ({ signal }) => (await shiftPage({ kitPointId, status: 'open', limit: 1 }, signal))[0] ?? null,
    enabled: enabled && kitPointId !== '',
  });
}

/** The kit's last shift, whose bag prefills the next one. */
export function useLastShiftOfKit(kitPointId: string) {
  return useQuery({
    queryKey: ['shifts', 'last', kitPointId],
    queryFn: async ({ signal }) => (await shiftPage({ kitPointId, limit: 1 }, signal))[0] ?? null,
    enabled: kitPointId !== '',
  });
}

export function useShift(shiftId: string) {
  return useQuery({
    queryKey: ['shifts', 'one', shiftId],
    queryFn: async ({ signal }) => {
      const { data, error } = await api.GET('/api/v1/outreach-shifts/{id}', { params: { path: { id: shiftId } }, signal });
      if (!data) throw new Error(error ? JSON.stringify(error) : 'no answer');
      return data;
    },
    retry: false,
  });
}
