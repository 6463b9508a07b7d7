import { hasAtMostDecimals } from './decimal-places';

describe('numbers with at most one decimal', () => {
  it('accepts whole numbers and tenths, including ones binary floating point cannot hold exactly', () => {
    for (const value of [0, 1, 2.5, 0.1, 0.3, 36, 1e21]) expect(hasAtMostDecimals(value, 1)).toBe(true);
  });

  it('refuses finer numbers, exponent forms included, and what is not a finite number', () => {
    for (const value of [0.0000001, 1e-7, 1.25, 2.55, Number.NaN, Number.POSITIVE_INFINITY, '1.5', null]) {
      expect(hasAtMostDecimals(value, 1)).toBe(false);
    }
  });
});
