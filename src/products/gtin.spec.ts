import { isValidGtin, normaliseGtin } from './gtin';

describe('GTIN check digits', () => {
  it('accepts GTINs whose check digit is right, in every length', () => {
    expect(isValidGtin('4006381333931')).toBe(true); // GTIN-13
    expect(isValidGtin('96385074')).toBe(true); // GTIN-8
    expect(isValidGtin('036000291452')).toBe(true); // GTIN-12 (UPC-A)
    expect(isValidGtin('10614141000415')).toBe(true); // GTIN-14
  });

  it('refuses a wrong check digit, a typo, and anything that is not 8, 12, 13 or 14 digits', () => {
    expect(isValidGtin('4006381333932')).toBe(false);
    expect(isValidGtin('4006383133931')).toBe(false); // two digits swapped
    expect(isValidGtin('12345678901')).toBe(false);
    expect(isValidGtin('40063813339a')).toBe(false);
  });

  it('keeps every GTIN as 14 digits, so a GTIN-13 and its GTIN-14 form are one product', () => {
    expect(normaliseGtin('4006381333931')).toBe('04006381333931');
    expect(normaliseGtin('04006381333931')).toBe('04006381333931');
  });
});
