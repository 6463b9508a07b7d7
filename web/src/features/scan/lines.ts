/** A line of a form that counts lots (stock count, shipment receipt). */
export interface LotLine {
  lotId: string;
  productId: string;
  lotNumber: string;
}

/**
 * The line a scan is about: same product and same lot number (compared as printed, ignoring case and spaces around).
 * A code without a lot (an EAN-13) names a line only when the product has a single one; otherwise there is no answer.
 */
export function matchLine<T extends LotLine>(lines: T[], productId: string, lotNumber: string | undefined): T | undefined {
  const ofProduct = lines.filter((line) => line.productId === productId);
  if (lotNumber === undefined) return ofProduct.length === 1 ? ofProduct[0] : undefined;
  const wanted = lotNumber.trim().toUpperCase();
  return ofProduct.find((line) => line.lotNumber.trim().toUpperCase() === wanted);
}

/** The counted value after one more scanned item: an empty field counts from zero. */
export function countOneMore(counted: string): string {
  const current = /^\d+$/.test(counted.trim()) ? Number(counted.trim()) : 0;
  return String(current + 1);
}
