import { LotAtRisk, planRedistribution, Receiver } from './redistribution';

const lot = (overrides: Partial<LotAtRisk> = {}): LotAtRisk => ({
  pointId: 'dic',
  productId: 'swab',
  restricted: false,
  lotId: 'lot-a',
  lotNumber: 'A',
  expiryDate: '2027-01-31',
  daysToExpiry: 60,
  quantityAtRisk: 500,
  ...overrides,
});

const receiver = (pointId: string, daily: number, overrides: Partial<Receiver> = {}): Receiver => ({
  pointId,
  mayHoldRestricted: false,
  reachableFrom: new Set(['dic']),
  dailyConsumption: new Map([['swab', daily]]),
  stock: new Map(),
  ...overrides,
});

describe('planRedistribution', () => {
  it('sends stock at risk to the points that will use it before it expires, the biggest users first', () => {
    // 61 days of use (through the expiry day): 5/day -> 305, 2/day -> 122.
    const suggestions = planRedistribution([lot()], [receiver('kit', 2), receiver('pkm', 5)]);
    expect(suggestions.map((s) => [s.toPointId, s.quantity])).toEqual([
      ['pkm', 305],
      ['kit', 122],
    ]);
  });

  it('counts the receiver\'s own stock expiring no later, which it hands out first', () => {
    const stock = new Map([['swab', [{ expiryDate: '2027-01-15', quantity: 200 }, { expiryDate: '2027-06-30', quantity: 900 }]]]);
    const [suggestion] = planRedistribution([lot()], [receiver('pkm', 5, { stock })]);
    expect(suggestion).toMatchObject({ quantity: 105, receiverUseBeforeExpiry: 305, receiverStockAhead: 200 });
  });

  it('does not promise the same capacity twice across lots', () => {
    const suggestions = planRedistribution(
      [lot({ lotId: 'lot-a', daysToExpiry: 60 }), lot({ lotId: 'lot-b', lotNumber: 'B', daysToExpiry: 60 })],
      [receiver('pkm', 5)],
    );
    expect(suggestions.reduce((sum, s) => sum + s.quantity, 0)).toBe(305);
  });

  it('keeps restricted products at points that may hold them, and skips points out of reach', () => {
    const naloxone = lot({ restricted: true, quantityAtRisk: 10 });
    expect(planRedistribution([naloxone], [receiver('ngo', 5)])).toEqual([]);
    expect(planRedistribution([naloxone], [receiver('pkm', 5, { mayHoldRestricted: true })])).toHaveLength(1);
    expect(planRedistribution([lot()], [receiver('elsewhere', 5, { reachableFrom: new Set(['other']) })])).toEqual([]);
  });

  it('does not suggest moving what expires too soon to arrive and be used', () => {
    expect(planRedistribution([lot({ daysToExpiry: 10 })], [receiver('pkm', 50)])).toEqual([]);
  });
});
