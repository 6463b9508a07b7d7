import type { components } from '../../api/schema';
import type { OutboxRecord } from '../outbox/outbox-types';
import { isUsable, planFefo } from './fefo';

export type ProductStock = components['schemas']['ProductStockResponse'];

/**
 * The stock the phone last got from the server, with what was captured since applied on top: records still waiting,
 * and records sent after that copy was taken. Refused records changed nothing. This is what the user can hand out now.
 */
export function projectStock(stock: ProductStock[], records: OutboxRecord[], savedAt: string, pointId: string, today: string): ProductStock[] {
  const projected = stock.map((product) => ({ ...product, lots: product.lots.map((lot) => ({ ...lot })) }));
  const unseen = records
    .filter((record) => record.pointId === pointId)
    .filter((record) => record.status === 'pending' || (record.status === 'sent' && (record.sentAt ?? '') > savedAt))
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  for (const record of unseen) {
    if (record.body.type !== 'distribution') continue;
    for (const line of record.body.lines) {
      const product = projected.find((candidate) => candidate.productId === line.productId);
      if (!product) continue;
      for (const take of planFefo(product.lots, line.quantity, today).takes) {
        const lot = product.lots.find((candidate) => candidate.lotId === take.lotId)!;
        lot.quantity -= take.quantity;
      }
    }
  }
  for (const product of projected) {
    product.onHand = product.lots.reduce((sum, lot) => sum + lot.quantity, 0);
    product.usable = product.lots.filter((lot) => isUsable(lot, today)).reduce((sum, lot) => sum + lot.quantity, 0);
    product.expired = product.onHand - product.usable;
  }
  return projected;
}
