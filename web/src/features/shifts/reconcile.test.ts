import { describe, expect, it } from 'vitest';
import { attemptId, countRequest, EMPTY_COUNT, prefillFromLastShift, reconcile } from './reconcile';
import type { Shift } from './queries';

describe('reconciling a bag at the close', () => {
  it('is incomplete until counted', () => {
    expect(reconcile(40, EMPTY_COUNT)).toEqual({ difference: undefined, remaining: 0, complete: false });
  });

  it('needs nothing explained when the count matches the ledger', () => {
    expect(reconcile(40, { ...EMPTY_COUNT, counted: '40' })).toEqual({ difference: 0, remaining: 0, complete: true });
  });

  it('explains 5 short with 2 unrecorded, 2 lost and 1 damaged, and says what is left to explain before', () => {
    expect(reconcile(40, { ...EMPTY_COUNT, counted: '35', unrecorded: '2', lost: '2' })).toEqual({ difference: -5, remaining: 1, complete: false });
    expect(reconcile(40, { ...EMPTY_COUNT, counted: '35', unrecorded: '2', lost: '2', damaged: '1' })).toEqual({ difference: -5, remaining: 0, complete: true });
  });

  it('does not accept more explained than the shortfall, nor found for a shortfall', () => {
    expect(reconcile(40, { ...EMPTY_COUNT, counted: '38', lost: '3' })).toEqual({ difference: -2, remaining: -1, complete: false });
    expect(reconcile(40, { ...EMPTY_COUNT, counted: '38', found: '2' }).complete).toBe(false);
  });

  it('explains 3 over with found only', () => {
    expect(reconcile(40, { ...EMPTY_COUNT, counted: '43', lost: '3' }).complete).toBe(false);
    expect(reconcile(40, { ...EMPTY_COUNT, counted: '43', found: '3' })).toEqual({ difference: 3, remaining: 0, complete: true });
  });

  it('sends only the explanations of the difference\'s direction, none at 0', () => {
    const entry = { counted: '35', unrecorded: '0', lost: '5', damaged: '', found: '9' };
    expect(countRequest('p', 40, entry)).toEqual({ productId: 'p', counted: 35, lost: 5 });
    expect(countRequest('p', 30, entry)).toEqual({ productId: 'p', counted: 35, found: 9 });
    expect(countRequest('p', 35, entry)).toEqual({ productId: 'p', counted: 35 });
  });
});

describe('starting a shift', () => {
  it('prefills the bag with what the last shift issued', () => {
    const last = { products: [{ productId: 'ns', issued: 100 }, { productId: 'swab', issued: 0 }, { productId: 'condom', issued: 20 }] } as unknown as Shift;
    expect(prefillFromLastShift(last)).toEqual({ ns: '100', condom: '20' });
    expect(prefillFromLastShift(null)).toEqual({});
  });

  it('sends a retried form with the same id and a changed one with a new id', () => {
    let n = 0;
    const next = () => `id-${++n}`;
    const first = attemptId(undefined, { lines: [1] }, next);
    expect(attemptId(first, { lines: [1] }, next)).toBe(first);
    expect(attemptId(first, { lines: [2] }, next).id).toBe('id-2');
  });
});
