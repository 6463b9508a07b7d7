import { allocateFefo, LotStock } from './fefo';

const lot = (lotId: string, lotNumber: string, expiryDate: string, quantity: number, productId = 'P'): LotStock => ({ lotId, productId, lotNumber, expiryDate, quantity });

describe('allocateFefo (first expired, first out)', () => {
  const today = '2026-12-02';

  it('takes the earliest expiry first and splits across lots', () => {
    const lots = [lot('late', 'A-2', '2028-01-31', 10), lot('early', 'Z-1', '2027-01-31', 4)];
    expect(allocateFefo(lots, 'P', 6, today)).toEqual([
      { lotId: 'early', quantity: 4 },
      { lotId: 'late', quantity: 2 },
    ]);
    // The stock is updated in place, so a second line of the same movement draws from what is left.
    expect(lots.map((entry) => [entry.lotId, entry.quantity])).toEqual([['late', 8], ['early', 0]]);
    expect(allocateFefo(lots, 'P', 3, today)).toEqual([{ lotId: 'late', quantity: 3 }]);
  });

  it('breaks a tie of expiry dates by lot number, then by lot id, whatever order the lots come in', () => {
    const sameDay = [lot('id-2', 'B-7', '2027-06-30', 5), lot('id-9', 'A-3', '2027-06-30', 5), lot('id-1', 'A-3', '2027-06-30', 5)];
    expect(allocateFefo(sameDay, 'P', 12, today)).toEqual([
      { lotId: 'id-1', quantity: 5 },
      { lotId: 'id-9', quantity: 5 },
      { lotId: 'id-2', quantity: 2 },
    ]);
    const reversed = [lot('id-1', 'A-3', '2027-06-30', 5), lot('id-9', 'A-3', '2027-06-30', 5), lot('id-2', 'B-7', '2027-06-30', 5)].reverse();
    expect(allocateFefo(reversed, 'P', 7, today)).toEqual([
      { lotId: 'id-1', quantity: 5 },
      { lotId: 'id-9', quantity: 2 },
    ]);
  });

  it('never takes an expired lot, another product or an empty lot; a lot expiring today is still usable', () => {
    const lots = [lot('expired', 'E', '2026-12-01', 50), lot('other', 'O', '2026-12-05', 50, 'Q'), lot('empty', 'N', '2026-12-03', 0), lot('today', 'T', today, 2), lot('next', 'X', '2027-03-31', 1)];
    expect(allocateFefo(lots, 'P', 3, today)).toEqual([
      { lotId: 'today', quantity: 2 },
      { lotId: 'next', quantity: 1 },
    ]);
  });

  it('answers undefined and takes nothing when the usable stock is not enough', () => {
    const lots = [lot('a', 'A', '2027-01-31', 2), lot('expired', 'E', '2026-11-30', 100)];
    expect(allocateFefo(lots, 'P', 3, today)).toBeUndefined();
    expect(lots.map((entry) => entry.quantity)).toEqual([2, 100]);
  });
});
