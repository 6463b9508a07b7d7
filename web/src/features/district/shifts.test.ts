import { describe, expect, it } from 'vitest';
import { elapsedSince, explanationsOf, monthOf, monthRange, productsWithDifference, type ShiftProduct } from './shifts';

const line = (figures: Partial<ShiftProduct>): ShiftProduct =>
  ({ productId: 'p', productCode: 'NS-1ML-LDS-29G', productName: 'Syringe', productNameId: null, opening: 0, issued: 100, distributed: 60, otherChange: 0, expected: 40,
    counted: null, difference: null, unrecorded: null, lost: null, damaged: null, found: null, returned: null, ...figures }) as ShiftProduct;

describe('how long a shift has run', () => {
  const started = '2026-12-04T01:00:00.000Z';
  const at = (iso: string) => elapsedSince(started, new Date(iso));

  it('says under a minute for a shift just started, and for a clock slightly behind the server', () => {
    expect(at('2026-12-04T01:00:59.000Z')).toEqual({ unit: 'lessThanMinute' });
    expect(at('2026-12-04T00:59:00.000Z')).toEqual({ unit: 'lessThanMinute' });
  });

  it('counts whole minutes, then whole hours up to two days, then days', () => {
    expect(at('2026-12-04T01:59:59.000Z')).toEqual({ unit: 'minutes', count: 59 });
    expect(at('2026-12-04T06:20:00.000Z')).toEqual({ unit: 'hours', count: 5 });
    expect(at('2026-12-06T00:59:00.000Z')).toEqual({ unit: 'hours', count: 47 });
    expect(at('2026-12-06T01:00:00.000Z')).toEqual({ unit: 'days', count: 2 });
    expect(at('2026-12-11T12:00:00.000Z')).toEqual({ unit: 'days', count: 7 });
  });
});

describe('what explained a difference', () => {
  it('lists the non-zero explanations, lost first and found last', () => {
    // 40 expected, 35 counted: 3 handed out unrecorded, 2 lost.
    expect(explanationsOf(line({ counted: 35, difference: -5, unrecorded: 3, lost: 2, damaged: 0, found: 0 }))).toEqual([
      { kind: 'lost', quantity: 2 },
      { kind: 'unrecorded', quantity: 3 },
    ]);
    expect(explanationsOf(line({ counted: 44, difference: 4, unrecorded: 0, lost: 0, damaged: 0, found: 4 }))).toEqual([{ kind: 'found', quantity: 4 }]);
  });

  it('has nothing to say for an open shift or an exact count', () => {
    expect(explanationsOf(line({}))).toEqual([]);
    expect(explanationsOf(line({ counted: 40, difference: 0, unrecorded: 0, lost: 0, damaged: 0, found: 0 }))).toEqual([]);
  });

  it('keeps only the products whose count differed', () => {
    const short = line({ productCode: 'NS', counted: 39, difference: -1, lost: 1 });
    const exact = line({ productCode: 'SWAB', counted: 40, difference: 0 });
    expect(productsWithDifference([short, exact, line({ productCode: 'OPEN' })])).toEqual([short]);
  });
});

describe('the totals period', () => {
  it('defaults to the month of the date given', () => {
    expect(monthOf(new Date(2026, 0, 31, 23, 59))).toBe('2026-01');
    expect(monthOf(new Date(2026, 11, 1))).toBe('2026-12');
  });

  it('keeps from before to, moving the other end along', () => {
    expect(monthRange('2026-03', '2026-05', 'from')).toEqual({ from: '2026-03', to: '2026-05' });
    expect(monthRange('2026-07', '2026-05', 'from')).toEqual({ from: '2026-07', to: '2026-07' });
    expect(monthRange('2026-05', '2026-02', 'to')).toEqual({ from: '2026-02', to: '2026-02' });
  });
});
