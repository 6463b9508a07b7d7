export interface UsableLot {
  lotId: string;
  expiryDate: string;
  quantity: number;
}

/**
 * How much of each usable lot will still be on hand at its expiry: the lots are used in FEFO order at `dailyUse`
 * units a day from `today`, each through its expiry day. Returns the quantity at risk per lot id.
 */
export function quantityAtRisk(lots: UsableLot[], dailyUse: number, today: string): Map<string, number> {
  const atRisk = new Map<string, number>();
  let ahead = 0;
  const sorted = [...lots].sort((a, b) => a.expiryDate.localeCompare(b.expiryDate) || a.lotId.localeCompare(b.lotId));
  for (const lot of sorted) {
    const days = (Date.parse(`${lot.expiryDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000 + 1;
    const usedOfThisLot = Math.max(0, Math.floor(dailyUse * days - ahead));
    atRisk.set(lot.lotId, Math.max(0, lot.quantity - usedOfThisLot));
    ahead += lot.quantity;
  }
  return atRisk;
}
