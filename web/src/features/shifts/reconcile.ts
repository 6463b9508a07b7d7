import { parseWhole } from '../../components/NumberField';
import type { Shift } from './queries';

/** What was typed for one product at the close (empty means not entered). */
export interface CountEntry {
  counted: string;
  unrecorded: string;
  lost: string;
  damaged: string;
  found: string;
}

export const EMPTY_COUNT: CountEntry = { counted: '', unrecorded: '', lost: '', damaged: '', found: '' };

export interface Reconciliation {
  /** counted - expected; undefined until counted. */
  difference: number | undefined;
  /** What is still to explain (0 when explained; negative when more is explained than the difference). */
  remaining: number;
  /** Counted, and any difference explained exactly. */
  complete: boolean;
}

const amount = (value: string) => parseWhole(value) ?? 0;

/**
 * A count against what the ledger expects: fewer than expected is explained by handed out unrecorded, lost and
 * damaged together; more than expected by found. The server refuses the close otherwise (SHIFT_DIFFERENCE_UNEXPLAINED).
 */
export function reconcile(expected: number, entry: CountEntry): Reconciliation {
  const counted = parseWhole(entry.counted);
  if (counted === undefined) return { difference: undefined, remaining: 0, complete: false };
  const difference = counted - expected;
  const explained = difference < 0 ? amount(entry.unrecorded) + amount(entry.lost) + amount(entry.damaged) : difference > 0 ? amount(entry.found) : 0;
  const remaining = Math.abs(difference) - explained;
  return { difference, remaining, complete: remaining === 0 };
}

export type CountRequest = { productId: string; counted: number; unrecorded?: number; lost?: number; damaged?: number; found?: number };

/** The close's line for a product: only the explanations that fit the difference's direction, and none that are 0. */
export function countRequest(productId: string, expected: number, entry: CountEntry): CountRequest {
  const counted = amount(entry.counted);
  const request: CountRequest = { productId, counted };
  const fields = counted < expected ? (['unrecorded', 'lost', 'damaged'] as const) : counted > expected ? (['found'] as const) : [];
  for (const field of fields) if (amount(entry[field]) > 0) request[field] = amount(entry[field]);
  return request;
}

/** The bag of the kit's last shift, to prefill the next: its products that were issued, with the quantities issued. */
export function prefillFromLastShift(last: Shift | null | undefined): Record<string, string> {
  return Object.fromEntries((last?.products ?? []).filter((product) => product.issued > 0).map((product) => [product.productId, String(product.issued)]));
}

/**
 * The id a submission is sent with: the same for the same body (a double tap or a retry after a lost answer is
 * recorded once), a new one once the form says something else (a reused id with another body is refused).
 */
export function attemptId(previous: { key: string; id: string } | undefined, body: unknown, newId: () => string): { key: string; id: string } {
  const key = JSON.stringify(body);
  return previous?.key === key ? previous : { key, id: newId() };
}
