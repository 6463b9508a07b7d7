import { LineFigures } from './figures';
import { RecordedLine } from './movement-rule';

/** A lot of a shipment with a signed quantity, as a transit or loss line names it. */
export interface ShipmentLot {
  productId: string;
  lotId: string;
  lotNumber: string;
  expiryDate: string;
  quantity: number;
  reason?: RecordedLine['reason'];
}

/**
 * Lines on a shipment's `transit` account (stock on its way: +sent at dispatch, -sent at receipt or cancellation) or
 * its `loss` account (+missing at receipt, with the reason). With the shelf lines of the same movement they balance
 * like double entries, so every unit is always somewhere in the ledger (migrations/1795441300000-TransitInTheLedger.ts).
 * These lines are never consumption.
 */
export function offShelfLines(account: 'transit' | 'loss', shipmentId: string, lots: ShipmentLot[], countsAs: LineFigures['countsAs']): RecordedLine[] {
  return lots
    .filter((lot) => lot.quantity !== 0)
    .map((lot) => ({
      productId: lot.productId,
      lotId: lot.lotId,
      lotNumber: lot.lotNumber,
      expiryDate: lot.expiryDate,
      quantity: lot.quantity,
      reason: lot.reason ?? null,
      figures: { countsAs, consumedIn: null },
      offShelf: { account, shipmentId },
    }));
}

/** Shelf lines summed per lot (FEFO may take one lot in several lines), with the opposite sign: what went on the road. */
export function perLotOpposite(lines: RecordedLine[]): ShipmentLot[] {
  const byLot = new Map<string, ShipmentLot>();
  for (const line of lines) {
    const lot = byLot.get(line.lotId) ?? { productId: line.productId, lotId: line.lotId, lotNumber: line.lotNumber, expiryDate: line.expiryDate, quantity: 0 };
    lot.quantity -= line.quantity;
    byLot.set(line.lotId, lot);
  }
  return [...byLot.values()];
}
