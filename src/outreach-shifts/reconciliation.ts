import { FieldError } from '../common/problem/problem';

/** How a difference between the ledger and the counted bag is explained (docs/outreach-shifts.md). */
export const SHIFT_EXPLANATIONS = ['unrecorded', 'lost', 'damaged', 'found'] as const;
export type ShiftExplanation = (typeof SHIFT_EXPLANATIONS)[number];

/** One product of the bag as the officer counted it at the end of the shift, with what explains a difference. */
export interface ShiftCount {
  productId: string;
  counted: number;
  unrecorded?: number;
  lost?: number;
  damaged?: number;
  found?: number;
}

/** What the ledger says one product of the bag should be at the close. */
export interface ShiftProductFigures {
  productId: string;
  productCode: string;
  /** Usable at the kit before the issue. */
  opening: number;
  issued: number;
  /** Handed out as recorded at the kit during the shift (distributions less their reversals). */
  distributed: number;
  /** Usable at the kit now: what the count should find. */
  expected: number;
}

/** A product's reconciliation as it is kept: every explanation filled in (0 when none). */
export interface Reconciled extends ShiftProductFigures {
  counted: number;
  otherChange: number;
  unrecorded: number;
  lost: number;
  damaged: number;
  found: number;
}

/**
 * Checks the counts against the ledger's figures and returns each product's reconciliation, or the field errors in
 * plain words. Every product of the bag is counted once, and nothing else. Less than expected must be explained in
 * full as handed out but not recorded, lost or damaged; more than expected only as found (a recorded hand-out that
 * did not happen); an exact count needs no explanation. So counted = expected + found - unrecorded - lost - damaged,
 * which the database checks too.
 */
export function reconcile(figures: ShiftProductFigures[], counts: ShiftCount[]): { errors: FieldError[]; products: Reconciled[] } {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, messages: [message] });
  const byProduct = new Map(figures.map((figure) => [figure.productId, figure]));
  const products: Reconciled[] = [];
  counts.forEach((count, index) => {
    const figure = byProduct.get(count.productId);
    if (!figure) return add(`counts[${index}].productId`, 'this product was not in the bag of this shift');
    if (counts.findIndex((other) => other.productId === count.productId) !== index) return add(`counts[${index}].productId`, 'this product is counted twice');
    const [unrecorded, lost, damaged, found] = SHIFT_EXPLANATIONS.map((name) => count[name] ?? 0);
    const difference = count.counted - figure.expected;
    const short = unrecorded + lost + damaged;
    if (difference < 0 && (short !== -difference || found > 0)) {
      add(
        `counts[${index}]`,
        `${figure.productCode}: ${-difference} fewer than the ${figure.expected} expected; say how many were handed out but not recorded, lost or damaged (together ${-difference})`,
      );
    } else if (difference > 0 && (found !== difference || short > 0)) {
      add(`counts[${index}]`, `${figure.productCode}: ${difference} more than the ${figure.expected} expected; if a recorded hand-out did not happen, give found: ${difference}`);
    } else if (difference === 0 && short + found > 0) {
      add(`counts[${index}]`, `${figure.productCode}: the count matches the ${figure.expected} expected, so there is nothing to explain`);
    } else {
      products.push({ ...figure, counted: count.counted, otherChange: figure.expected - figure.opening - figure.issued + figure.distributed, unrecorded, lost, damaged, found });
    }
  });
  for (const figure of figures) {
    if (!counts.some((count) => count.productId === figure.productId)) {
      add('counts', `${figure.productCode} is missing: count it too (0 if nothing is left)`);
    }
  }
  return { errors, products: errors.length > 0 ? [] : products };
}
