import { isStockout } from './stockout';

describe('the one definition of a stock-out', () => {
  const none = { usable: 0, inUse: false, expected: false, alreadyOut: false };

  it('needs an empty shelf', () => {
    expect(isStockout({ usable: 1, inUse: true, expected: true, alreadyOut: true })).toBe(false);
  });

  it('is a stock-out of a product the point uses, is expected to carry, or was already out of', () => {
    expect(isStockout({ ...none, inUse: true })).toBe(true);
    expect(isStockout({ ...none, expected: true })).toBe(true);
    expect(isStockout({ ...none, alreadyOut: true })).toBe(true);
  });

  it('is not a stock-out of a product the point neither uses nor carries', () => {
    expect(isStockout(none)).toBe(false);
  });
});
