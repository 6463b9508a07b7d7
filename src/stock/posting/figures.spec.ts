import { countedAs, figuresOf, localMonth } from './figures';

const jakarta = { id: 'dic', timeZone: 'Asia/Jakarta' };

describe('what a ledger line counts as (decided when it is posted)', () => {
  it('dates consumption in the point\'s own local month (WIB, WITA, WIT) at the month\'s edges', () => {
    // 31 October 2026, 23:30 in each zone: still October locally, already November in the next zone east.
    expect(localMonth(new Date('2026-10-31T16:30:00Z'), 'Asia/Jakarta')).toBe('2026-10-01'); // 23:30 WIB
    expect(localMonth(new Date('2026-10-31T16:30:00Z'), 'Asia/Makassar')).toBe('2026-11-01'); // 00:30 WITA
    expect(localMonth(new Date('2026-10-31T14:30:00Z'), 'Asia/Jayapura')).toBe('2026-10-01'); // 23:30 WIT
    expect(localMonth(new Date('2026-10-31T15:00:00Z'), 'Asia/Jayapura')).toBe('2026-11-01'); // 00:00 WIT
    expect(localMonth(new Date('2028-02-29T16:59:59Z'), 'Asia/Jakarta')).toBe('2028-02-01');
    expect(localMonth(new Date('2028-02-29T17:00:00Z'), 'Asia/Jakarta')).toBe('2028-03-01');
  });

  it('counts a distribution as consumption of its month', () => {
    expect(figuresOf('distribution', new Date('2026-10-31T16:30:00Z'), jakarta)).toEqual({ countsAs: 'distribution', consumedIn: '2026-10-01' });
    expect(figuresOf('distribution', new Date('2026-10-31T16:30:00Z'), { id: 'dic', timeZone: 'Asia/Makassar' }).consumedIn).toBe('2026-11-01');
  });

  it('counts supply to a point the sender supplies as the sender\'s consumption, and no other shipment', () => {
    const at = new Date('2026-11-02T03:00:00Z');
    expect(figuresOf('shipment_dispatch', at, jakarta, { supplierPointId: 'dic' })).toEqual({ countsAs: 'shipment_dispatch', consumedIn: '2026-11-01' });
    expect(figuresOf('shipment_dispatch', at, jakarta, { supplierPointId: 'dinkes' })).toEqual({ countsAs: 'shipment_dispatch', consumedIn: null });
    expect(figuresOf('shipment_dispatch', at, jakarta, { supplierPointId: null }).consumedIn).toBeNull();
    expect(figuresOf('shipment_dispatch', at, jakarta).consumedIn).toBeNull();
  });

  it('takes consumption back when a point it supplies sends stock back (an outreach bag\'s remainder), and no other receipt', () => {
    const at = new Date('2026-11-02T03:00:00Z');
    // The receipt's lines add stock, so consumption in the month goes down by what came back.
    expect(figuresOf('shipment_receipt', at, jakarta, { supplierPointId: 'dic' })).toEqual({ countsAs: 'shipment_receipt', consumedIn: '2026-11-01' });
    expect(figuresOf('shipment_receipt', at, jakarta, { supplierPointId: 'dinkes' }).consumedIn).toBeNull();
    expect(figuresOf('shipment_receipt', at, jakarta, { supplierPointId: null }).consumedIn).toBeNull();
    expect(figuresOf('shipment_receipt', at, jakarta).consumedIn).toBeNull();
  });

  it('never counts receipts from outside, adjustments or counts as consumption', () => {
    const at = new Date('2026-11-02T03:00:00Z');
    for (const type of ['receipt', 'adjustment', 'stock_count'] as const) {
      expect(figuresOf(type, at, jakarta, { supplierPointId: 'dic' })).toEqual({ countsAs: type, consumedIn: null });
    }
  });

  it('gives every line of a movement the movement\'s figures', () => {
    const figures = { countsAs: 'distribution' as const, consumedIn: '2026-11-01' };
    expect(countedAs([{ lotId: 'a' }, { lotId: 'b' }], figures)).toEqual([{ lotId: 'a', figures }, { lotId: 'b', figures }]);
  });
});
