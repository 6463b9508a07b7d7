import { REDACTED, redactJson } from './free-text';

describe('redacting free text in JSON history', () => {
  it('replaces names, notes, reasons and comments at any depth and keeps figures and ids', () => {
    const approval = { lines: [{ productId: 'a0e1', approvedQuantity: 400, comment: 'call Budi 0812 3456 7890' }], reason: null };
    expect(redactJson(approval)).toEqual({ lines: [{ productId: 'a0e1', approvedQuantity: 400, comment: REDACTED }], reason: null });
    const point = { id: 'p1', code: 'DIC-01', name: 'DIC of Budi', type: 'drop_in_centre', mayHoldRestricted: false, tags: ['x'] };
    expect(redactJson(point)).toEqual({ ...point, name: REDACTED });
  });

  it('leaves JSON without free text as it is', () => {
    const levels = [{ productId: 'x', minMonths: 1, maxMonths: 3, expectedMonthlyUse: null }];
    expect(redactJson(levels)).toEqual(levels);
    expect(redactJson(null)).toBeNull();
  });
});
