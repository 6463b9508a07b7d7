import { receiptWarnings } from './receipt-warnings';

describe('receiptWarnings', () => {
  const line = (lotNumber: string, expiryDate: string) => ({ lotId: `id-${lotNumber}`, lotNumber, expiryDate, productId: 'swab' });
  const critical = () => 30;

  it('warns about a lot already expired and one inside the critical window, and says nothing of the others', () => {
    const warnings = receiptWarnings([line('OLD', '2026-11-30'), line('SOON', '2026-12-31'), line('GOOD', '2027-06-30'), line('EDGE', '2027-01-02')], critical, '2026-12-02');
    expect(warnings.map((warning) => [warning.code, warning.lineNo, warning.lotNumber, warning.daysToExpiry])).toEqual([
      ['LOT_EXPIRED_ON_RECEIPT', 1, 'OLD', -2],
      ['LOT_EXPIRES_SOON', 2, 'SOON', 29],
    ]);
  });

  it('counts a lot expiring today as usable today, and soon', () => {
    expect(receiptWarnings([line('TODAY', '2026-12-02')], critical, '2026-12-02')).toEqual([expect.objectContaining({ code: 'LOT_EXPIRES_SOON', daysToExpiry: 0 })]);
  });
});
