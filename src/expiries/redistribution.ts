/** A lot that will still be on hand when it expires, at the point that holds it. */
export interface LotAtRisk {
  pointId: string;
  productId: string;
  restricted: boolean;
  lotId: string;
  lotNumber: string;
  expiryDate: string;
  daysToExpiry: number;
  quantityAtRisk: number;
}

/** A point that could take stock: how fast it uses each product and what it already holds, by expiry date. */
export interface Receiver {
  pointId: string;
  mayHoldRestricted: boolean;
  /** Points this one may receive from: same regency or linked in the supply chain. */
  reachableFrom: Set<string>;
  dailyConsumption: Map<string, number>;
  /** Usable stock per product, each with its expiry date. */
  stock: Map<string, { expiryDate: string; quantity: number }[]>;
}

export interface Suggestion {
  fromPointId: string;
  toPointId: string;
  productId: string;
  lotId: string;
  lotNumber: string;
  expiryDate: string;
  daysToExpiry: number;
  quantity: number;
  /** How much the receiver would use by the expiry date, and how much of its own stock it would use first. */
  receiverUseBeforeExpiry: number;
  receiverStockAhead: number;
}

/** Below this many days before expiry a transfer is not worth suggesting: it would not arrive and be used in time. */
export const MIN_DAYS_TO_MOVE = 14;

/**
 * Plans transfers of stock that would otherwise expire: for each lot at risk (soonest expiry first), the receivers
 * that would use it before it expires get as much as they can use, after their own stock that expires no later (they
 * hand that out first, FEFO) and after what was already suggested to them. Restricted products go only to points
 * that may hold them.
 */
export function planRedistribution(lots: LotAtRisk[], receivers: Receiver[]): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const promised = new Map<string, { expiryDate: string; quantity: number }[]>();
  const sorted = [...lots].sort((a, b) => a.daysToExpiry - b.daysToExpiry || a.lotId.localeCompare(b.lotId));

  for (const lot of sorted) {
    if (lot.daysToExpiry < MIN_DAYS_TO_MOVE || lot.quantityAtRisk <= 0) continue;
    let remaining = lot.quantityAtRisk;
    const capacities = receivers
      .filter((receiver) => receiver.pointId !== lot.pointId && receiver.reachableFrom.has(lot.pointId))
      .filter((receiver) => !lot.restricted || receiver.mayHoldRestricted)
      .map((receiver) => {
        const daily = receiver.dailyConsumption.get(lot.productId) ?? 0;
        const useBeforeExpiry = Math.floor(daily * (lot.daysToExpiry + 1));
        const ahead = [...(receiver.stock.get(lot.productId) ?? []), ...(promised.get(`${receiver.pointId}/${lot.productId}`) ?? [])]
          .filter((entry) => entry.expiryDate <= lot.expiryDate)
          .reduce((sum, entry) => sum + entry.quantity, 0);
        return { receiver, useBeforeExpiry, ahead, capacity: useBeforeExpiry - ahead };
      })
      .filter((candidate) => candidate.capacity > 0)
      .sort((a, b) => b.capacity - a.capacity || a.receiver.pointId.localeCompare(b.receiver.pointId));

    for (const candidate of capacities) {
      if (remaining === 0) break;
      const quantity = Math.min(remaining, candidate.capacity);
      remaining -= quantity;
      const key = `${candidate.receiver.pointId}/${lot.productId}`;
      promised.set(key, [...(promised.get(key) ?? []), { expiryDate: lot.expiryDate, quantity }]);
      suggestions.push({
        fromPointId: lot.pointId,
        toPointId: candidate.receiver.pointId,
        productId: lot.productId,
        lotId: lot.lotId,
        lotNumber: lot.lotNumber,
        expiryDate: lot.expiryDate,
        daysToExpiry: lot.daysToExpiry,
        quantity,
        receiverUseBeforeExpiry: candidate.useBeforeExpiry,
        receiverStockAhead: candidate.ahead,
      });
    }
  }
  return suggestions;
}
