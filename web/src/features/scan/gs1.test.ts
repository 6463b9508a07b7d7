import { describe, expect, it } from 'vitest';
import { parseScan, validGtin } from './gs1';

const GS = '\u001d';

describe('parseScan', () => {
  it('reads a GS1 DataMatrix with the symbology identifier and a group separator after the lot', () => {
    expect(parseScan(`]d2010950600013435210ABC123${GS}17270531`)).toEqual({
      ok: true,
      item: { gtin: '09506000134352', lotNumber: 'ABC123', expiryDate: '2027-05-31' },
    });
  });

  it('reads the same element string without symbology identifier, with a leading FNC1, and with the lot last', () => {
    expect(parseScan(`${GS}01095060001343521727053110ABC123`)).toEqual({
      ok: true,
      item: { gtin: '09506000134352', lotNumber: 'ABC123', expiryDate: '2027-05-31' },
    });
  });

  it('reads GS1-128 from a keyboard wedge (]C1, trailing Enter) and the human readable form', () => {
    expect(parseScan(`]C1010950600013435217280229${GS}10L-77\r\n`)).toEqual({
      ok: true,
      item: { gtin: '09506000134352', lotNumber: 'L-77', expiryDate: '2028-02-29' },
    });
    expect(parseScan('(01)09506000134352(17)270531(10)ABC123')).toEqual({
      ok: true,
      item: { gtin: '09506000134352', lotNumber: 'ABC123', expiryDate: '2027-05-31' },
    });
  });

  it('takes day 00 as the last day of the month, leap years included', () => {
    expect(parseScan(`]d201095060001343521728020010X`)).toEqual({
      ok: true,
      item: { gtin: '09506000134352', lotNumber: 'X', expiryDate: '2028-02-29' },
    });
    expect(parseScan(']d20109506000134352172611001099')).toMatchObject({ item: { expiryDate: '2026-11-30', lotNumber: '99' } });
  });

  it('puts a 2-digit year in the century of the GS1 sliding window (49 years ahead, 50 back)', () => {
    const year = new Date().getFullYear() % 100;
    const ahead = String((year + 20) % 100).padStart(2, '0');
    const behind = String((year + 60) % 100).padStart(2, '0');
    const expiry = (yy: string) => (parseScan(`0109506000134352${'17'}${yy}0101`) as { item: { expiryDate: string } }).item.expiryDate;
    expect(expiry(ahead)).toBe(`${new Date().getFullYear() + 20}-01-01`);
    expect(Number(expiry(behind).slice(0, 4))).toBeLessThan(new Date().getFullYear());
    expect(expiry('49')).toBe('2049-01-01');
  });

  it('reads GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14 and pads them to 14 digits', () => {
    expect(parseScan('96385074')).toEqual({ ok: true, item: { gtin: '00000096385074' } });
    expect(parseScan('036000291452')).toEqual({ ok: true, item: { gtin: '00036000291452' } });
    expect(parseScan('4006381333931')).toEqual({ ok: true, item: { gtin: '04006381333931' } });
    expect(parseScan(']E04006381333931')).toEqual({ ok: true, item: { gtin: '04006381333931' } });
    expect(parseScan('10614141000415')).toEqual({ ok: true, item: { gtin: '10614141000415' } });
  });

  it('refuses a GTIN with a wrong check digit, bare or inside an element string', () => {
    expect(parseScan('4006381333932')).toEqual({ ok: false, reason: 'checkDigit', gtin: '04006381333932' });
    expect(parseScan(`]d2010950600013435310ABC${GS}17270531`)).toMatchObject({ ok: false, reason: 'checkDigit' });
  });

  it('calls anything else unreadable', () => {
    expect(parseScan('hello')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseScan('')).toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('validGtin', () => {
  it('checks the mod-10 digit of every length', () => {
    expect(['96385074', '036000291452', '4006381333931', '10614141000415'].every(validGtin)).toBe(true);
    expect(['96385075', '036000291453', '4006381333930', '10614141000416', '123'].some(validGtin)).toBe(false);
  });
});
