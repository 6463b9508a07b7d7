import { parse } from 'csv-parse/sync';
import { neutraliseFormula, toCsv } from './csv';

describe('CSV cells', () => {
  it('keeps a spreadsheet from running text as a formula', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+62 812', '-1+1', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    expect(neutraliseFormula('Puskesmas Kopo')).toBe('Puskesmas Kopo');
  });

  it('leaves numbers alone, negative ones included', () => {
    const csv = toCsv([{ name: '=1+2', quantity: -5 }], { header: true, columns: ['name', 'quantity'] });
    expect(parse(csv, { columns: true })).toEqual([{ name: "'=1+2", quantity: '-5' }]);
  });
});
