import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { cachedRead } from '../../api/cached-read';
import { db } from '../../db/db';
import { useLiveQuery } from '../../db/live-query';
import { localDate } from '../../i18n/format';
import { useSession } from '../auth/session';
import { useProducts } from '../points/queries';
import { projectStock, type KitContents } from './projection';

export function useStock(pointId: string) {
  return useQuery({
    queryKey: ['stock', pointId],
    queryFn: () => cachedRead(`stock:${pointId}`, (signal) => api.GET('/api/v1/points/{pointId}/stock', { params: { path: { pointId } }, signal })),
    enabled: pointId !== '',
  });
}

/** Stock as the user can use it now: the server's last answer with the phone's own unsent captures applied. */
export function useProjectedStock(pointId: string, timeZone: string | undefined) {
  const stock = useStock(pointId);
  const session = useSession();
  const records = useLiveQuery(() => db.outbox.where('username').equals(session?.username ?? '').toArray(), [session?.username]);
  const today = localDate(new Date(), timeZone ?? 'Asia/Jakarta');
  const catalogue = useProducts().data?.data.items;
  const kits: KitContents = Object.fromEntries((catalogue ?? []).filter((product) => (product.components?.length ?? 0) > 0).map((product) => [product.id, product.components]));
  const answer = stock.data;
  const products = answer && records ? projectStock(answer.data, records, answer.savedAt, pointId, today, kits) : undefined;
  return { query: stock, products, today, savedAt: answer?.savedAt, fromCache: answer?.fromCache ?? false };
}
