import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { cachedRead } from '../../api/cached-read';
import type { components } from '../../api/schema';

export type Alert = components['schemas']['AlertResponse'];

/** The point's open alerts (expiring and expired lots, stock-outs, overdue shipments…), kept on the phone. */
export function useOpenAlerts(pointId: string) {
  return useQuery({
    queryKey: ['alerts', pointId],
    queryFn: () => cachedRead(`alerts:${pointId}`, (signal) => api.GET('/api/v1/alerts', { params: { query: { pointId, status: 'open', limit: 50 } }, signal })),
    enabled: pointId !== '',
  });
}
