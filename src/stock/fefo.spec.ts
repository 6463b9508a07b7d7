import { allocateFefo, LotStock } from './fefo';

const lot = (lotId: string, expiryDate: string, quantity: number, productId = 'p1'): LotStock => ({
  lotId,
  productId,
  lotNumber: lotId.toUpperCase(),
  expiryDate,
  quantity,
});

describe('FEFO allocation', () => {
  it('takes the earliest-expiring usable lot first and skips expired ones', () => {
    const lots = [lot('late', '2027-12-31', 50), lot('expired', '2026-10-31', 100), lot('early', '2027-01-31', 30)];
    expect(allocateFefo(lots, 'p1', 40, '2026-11-23')).toEqual([
      { lotId: 'early', quantity: 30 },
      { lotId: 'late', quantity: 10 },
    ]);
    expect(lots.map((l) => l.quantity)).toEqual([40, 100, 0]);
  });

  it('refuses when usable stock is short, whatever expired stock there is', () => {
    const lots = [lot('expired', '2026-10-31', 100), lot('ok', '2027-01-31', 5)];
    expect(allocateFefo(lots, 'p1', 6, '2026-11-23')).toBeUndefined();
    expect(lots[1].quantity).toBe(5);
  });

  it('still uses a lot on its expiry day', () => {
    expect(allocateFefo([lot('today', '2026-11-23', 5)], 'p1', 5, '2026-11-23')).toEqual([{ lotId: 'today', quantity: 5 }]);
  });

  it('only draws from the requested product', () => {
    const lots = [lot('other', '2027-01-01', 100, 'p2'), lot('mine', '2027-06-01', 3)];
    expect(allocateFefo(lots, 'p1', 3, '2026-11-23')).toEqual([{ lotId: 'mine', quantity: 3 }]);
  });
});
