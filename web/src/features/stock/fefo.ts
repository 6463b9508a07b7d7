/** A lot's stock at a point as the app holds it. */
export interface LotQuantity {
  lotId: string;
  lotNumber: string;
  expiryDate: string;
  quantity: number;
}

export interface LotTake {
  lotId: string;
  lotNumber: string;
  expiryDate: string;
  quantity: number;
}

/** A lot is usable through its expiry date, counted at the point's local date (the server's rule). */
export function isUsable(lot: { expiryDate: string }, today: string): boolean {
  return lot.expiryDate >= today;
}

/** Days from `today` to the expiry date (both YYYY-MM-DD); negative once expired. */
export function daysToExpiry(expiryDate: string, today: string): number {
  return Math.round((Date.parse(`${expiryDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * First expired, first out, as the server will apply it: the usable lots, earliest expiry first, possibly across
 * several. Shown to the user so they hand out those lots; never asked. `short` is what the usable stock lacks.
 */
export function planFefo(lots: LotQuantity[], quantity: number, today: string): { takes: LotTake[]; short: number } {
  const usable = lots
    .filter((lot) => lot.quantity > 0 && isUsable(lot, today))
    .sort((a, b) => a.expiryDate.localeCompare(b.expiryDate) || a.lotNumber.localeCompare(b.lotNumber) || a.lotId.localeCompare(b.lotId));
  const takes: LotTake[] = [];
  let remaining = quantity;
  for (const lot of usable) {
    if (remaining <= 0) break;
    const taken = Math.min(lot.quantity, remaining);
    takes.push({ lotId: lot.lotId, lotNumber: lot.lotNumber, expiryDate: lot.expiryDate, quantity: taken });
    remaining -= taken;
  }
  return { takes, short: Math.max(0, remaining) };
}
