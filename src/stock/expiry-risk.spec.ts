import { quantityAtRisk } from './expiry-risk';

describe('quantityAtRisk', () => {
  it('uses the lots in FEFO order at the daily rate, each through its expiry day', () => {
    const risk = quantityAtRisk(
      [
        { lotId: 'b', expiryDate: '2027-02-01', quantity: 100 },
        { lotId: 'a', expiryDate: '2027-01-02', quantity: 100 },
      ],
      1,
      '2026-11-23',
    );
    // a: 41 days (23 Nov to 2 Jan) at 1 a day -> 41 used, 59 at risk; b: 71 days -> 71 - 100 ahead -> all 100 at risk.
    expect(Object.fromEntries(risk)).toEqual({ a: 59, b: 100 });
  });

  it('puts everything at risk where nothing is used, and nothing where use outpaces stock', () => {
    expect(quantityAtRisk([{ lotId: 'a', expiryDate: '2027-01-02', quantity: 10 }], 0, '2026-11-23').get('a')).toBe(10);
    expect(quantityAtRisk([{ lotId: 'a', expiryDate: '2027-01-02', quantity: 10 }], 5, '2026-11-23').get('a')).toBe(0);
  });
});
