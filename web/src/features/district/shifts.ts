import type { Schemas } from './api';

export type ShiftProduct = Schemas['ShiftProductResponse'];

/** How long a shift has run, in the largest unit that reads naturally ("5 jam", not "300 menit"). */
export type Elapsed = { unit: 'lessThanMinute' } | { unit: 'minutes' | 'hours' | 'days'; count: number };

export function elapsedSince(startedAt: string, now: Date): Elapsed {
  const minutes = Math.floor((now.getTime() - new Date(startedAt).getTime()) / 60_000);
  if (minutes < 1) return { unit: 'lessThanMinute' };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  // Up to two days in hours: a shift left open overnight reads "30 jam", which says more than "1 hari".
  if (hours < 48) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.floor(hours / 24) };
}

export const EXPLANATIONS = ['lost', 'damaged', 'unrecorded', 'found'] as const;
export type Explanation = (typeof EXPLANATIONS)[number];

/** What explained a product's difference at the close, the non-zero parts only, in a fixed order. */
export function explanationsOf(product: ShiftProduct): { kind: Explanation; quantity: number }[] {
  return EXPLANATIONS.flatMap((kind) => {
    const quantity = product[kind] ?? 0;
    return quantity > 0 ? [{ kind, quantity }] : [];
  });
}

/** The products of a closed shift whose count differed from the ledger. */
export function productsWithDifference(products: ShiftProduct[]): ShiftProduct[] {
  return products.filter((product) => (product.difference ?? 0) !== 0);
}

/** The month of a date in the browser's calendar, as YYYY-MM (the totals' default period is this month). */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** A month range kept in order: moving one end past the other moves both. */
export function monthRange(from: string, to: string, changed: 'from' | 'to'): { from: string; to: string } {
  if (from <= to) return { from, to };
  return changed === 'from' ? { from, to: from } : { from: to, to };
}
