/** A lot's stock at a point, as far as allocation needs to know. */
export interface LotStock {
  lotId: string;
  productId: string;
  lotNumber: string;
  expiryDate: string;
  /** What may be taken (for a backdated movement: without a later running balance going negative). */
  quantity: number;
  /** The lot's balance at the movement's date, when read from the ledger. */
  balanceAt?: number;
  /** The later date whose running balance limits `quantity`, if any. */
  limitedAt?: Date | null;
}

export interface Allocation {
  lotId: string;
  quantity: number;
}

/**
 * First expired, first out: takes `quantity` from the usable lots (not expired on `today`), earliest expiry first,
 * possibly across several lots. Returns undefined when the usable stock is not enough. `lots` is updated in place so
 * several lines of one movement draw from the same stock.
 */
export function allocateFefo(lots: LotStock[], productId: string, quantity: number, today: string): Allocation[] | undefined {
  const usable = lots
    .filter((lot) => lot.productId === productId && lot.quantity > 0 && lot.expiryDate >= today)
    .sort((a, b) => a.expiryDate.localeCompare(b.expiryDate) || a.lotNumber.localeCompare(b.lotNumber) || a.lotId.localeCompare(b.lotId));
  const available = usable.reduce((sum, lot) => sum + lot.quantity, 0);
  if (available < quantity) return undefined;

  const allocations: Allocation[] = [];
  let remaining = quantity;
  for (const lot of usable) {
    if (remaining === 0) break;
    const taken = Math.min(lot.quantity, remaining);
    lot.quantity -= taken;
    remaining -= taken;
    allocations.push({ lotId: lot.lotId, quantity: taken });
  }
  return allocations;
}
