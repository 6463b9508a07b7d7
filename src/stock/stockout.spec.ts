import { isStockout, ProductAfterMovement, stockoutChanges } from './stockout';

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

describe('what a movement changes in stock-outs', () => {
  const state = (productId: string, over: Partial<ProductAfterMovement> = {}): ProductAfterMovement => ({
    productId, usable: 0, openPeriod: false, openAlert: false, expected: false, ...over,
  });

  it('opens a stock-out when the movement took the last usable unit out, and tells people once it began', () => {
    expect(stockoutChanges([{ productId: 'a', quantity: -3 }], [state('a')])).toEqual({ toOpen: ['a'], began: ['a'], ended: [] });
  });

  it('opens one for an expected product that arrived unusable, without a unit taken out', () => {
    expect(stockoutChanges([{ productId: 'a', quantity: 5 }], [state('a', { expected: true })])).toEqual({ toOpen: ['a'], began: ['a'], ended: [] });
    expect(stockoutChanges([{ productId: 'a', quantity: 5 }], [state('a')])).toEqual({ toOpen: [], began: [], ended: [] });
  });

  it('completes a half-open stock-out without telling anyone again, and ends it when usable stock is back', () => {
    expect(stockoutChanges([{ productId: 'a', quantity: -1 }], [state('a', { openPeriod: true })])).toEqual({ toOpen: ['a'], began: [], ended: [] });
    expect(stockoutChanges([{ productId: 'a', quantity: -1 }], [state('a', { openPeriod: true, openAlert: true })])).toEqual({ toOpen: [], began: [], ended: [] });
    expect(stockoutChanges([{ productId: 'a', quantity: 4 }], [state('a', { usable: 4, openPeriod: true, openAlert: true })])).toEqual({ toOpen: [], began: [], ended: ['a'] });
  });
});
