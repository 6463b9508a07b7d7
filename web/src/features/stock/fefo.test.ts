import { describe, expect, it } from 'vitest';
import { daysToExpiry, planFefo } from './fefo';

const lots = [
  { lotId: 'l3', lotNumber: 'C', expiryDate: '2027-06-30', quantity: 100 },
  { lotId: 'l1', lotNumber: 'A', expiryDate: '2026-12-01', quantity: 50 },
  { lotId: 'l2', lotNumber: 'B', expiryDate: '2026-12-31', quantity: 30 },
];

describe('FEFO as shown on the phone', () => {
  it('takes the earliest-expiring usable lot first, across lots, skipping the expired one', () => {
    // On 2 Dec 2026 lot A (expired 1 Dec) is not usable: 30 from B, then 20 from C.
    expect(planFefo(lots, 50, '2026-12-02')).toEqual({
      takes: [
        { lotId: 'l2', lotNumber: 'B', expiryDate: '2026-12-31', quantity: 30 },
        { lotId: 'l3', lotNumber: 'C', expiryDate: '2027-06-30', quantity: 20 },
      ],
      short: 0,
    });
  });

  it('counts a lot as usable on its expiry date', () => {
    expect(planFefo(lots, 10, '2026-12-01').takes).toEqual([{ lotId: 'l1', lotNumber: 'A', expiryDate: '2026-12-01', quantity: 10 }]);
  });

  it('says how much the usable stock lacks', () => {
    expect(planFefo(lots, 200, '2026-12-02').short).toBe(70);
  });

  it('counts days to expiry from the local date', () => {
    expect(daysToExpiry('2026-12-31', '2026-12-02')).toBe(29);
    expect(daysToExpiry('2026-12-01', '2026-12-02')).toBe(-1);
  });
});
