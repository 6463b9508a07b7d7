import { FUNDING_SOURCES } from '../stock/ledger-rules';

/** A component lot drawn into a kit lot at assembly: its units, expiry and funding. */
export interface DrawnLot {
  lotId: string;
  productId: string;
  /** Units drawn (positive). */
  quantity: number;
  expiryDate: string;
  fundingSource: string;
  donorName: string | null;
}

/**
 * What the new kit lot says of itself: it expires with its earliest-expiring component (YYYY-MM-DD compares as text),
 * and it carries the funding source that paid for most of its units (ties: in FUNDING_SOURCES order, then donor
 * name). Every component lot and its own funding source stays recorded with the kit lot (`kit_lot_sources`), so the
 * whole split remains traceable; a lot has one funding source, so the kit lot names the main one.
 */
export function kitLotIdentity(drawn: DrawnLot[]): { expiryDate: string; fundingSource: string; donorName: string | null } {
  if (drawn.length === 0) throw new Error('a kit lot is made of at least one component lot');
  const expiryDate = drawn.reduce((earliest, lot) => (lot.expiryDate < earliest ? lot.expiryDate : earliest), drawn[0].expiryDate);
  const units = new Map<string, { fundingSource: string; donorName: string | null; quantity: number }>();
  for (const lot of drawn) {
    const key = `${lot.fundingSource}\n${lot.donorName ?? ''}`;
    const entry = units.get(key) ?? { fundingSource: lot.fundingSource, donorName: lot.donorName, quantity: 0 };
    entry.quantity += lot.quantity;
    units.set(key, entry);
  }
  const order = (source: string) => (FUNDING_SOURCES as readonly string[]).indexOf(source);
  const [main] = [...units.values()].sort(
    (a, b) => b.quantity - a.quantity || order(a.fundingSource) - order(b.fundingSource) || (a.donorName ?? '').localeCompare(b.donorName ?? ''),
  );
  return { expiryDate, fundingSource: main.fundingSource, donorName: main.donorName };
}

/** A component lot a kit lot was made from, with what is still inside the kits of that lot. */
export interface SourceLot {
  lotId: string;
  productId: string;
  expiryDate: string;
  /** Units of the lot inside the kit lot's kits now: drawn at assembly, less what disassemblies returned. */
  inside: number;
}

/**
 * Where the components of `kits` disassembled kits go back: for each component, `perKit x kits` units into the kit
 * lot's own source lots of that component, earliest-expiring first (as the assembly drew them), never more than is
 * still inside. Returns null when the sources cannot cover it (the kit lot's records do not add up: a bug).
 */
export function componentsBack(contents: { productId: string; perKit: number }[], sources: SourceLot[], kits: number): { lotId: string; productId: string; quantity: number }[] | null {
  const back: { lotId: string; productId: string; quantity: number }[] = [];
  for (const component of contents) {
    let left = component.perKit * kits;
    const lots = sources.filter((lot) => lot.productId === component.productId && lot.inside > 0).sort((a, b) => a.expiryDate.localeCompare(b.expiryDate) || a.lotId.localeCompare(b.lotId));
    for (const lot of lots) {
      if (left === 0) break;
      const take = Math.min(left, lot.inside);
      back.push({ lotId: lot.lotId, productId: lot.productId, quantity: take });
      left -= take;
    }
    if (left > 0) return null;
  }
  return back;
}
