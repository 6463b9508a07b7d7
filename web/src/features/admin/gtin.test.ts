import { describe, expect, it } from 'vitest';
import { gtinProblem } from './gtin';

describe('gtinProblem', () => {
  it('takes GTINs whose check digit is right, of every GS1 length', () => {
    expect(gtinProblem('4006381333931')).toBeUndefined();
    expect(gtinProblem('96385074')).toBeUndefined();
    expect(gtinProblem('036000291452')).toBeUndefined();
    expect(gtinProblem('08991234567891')).toBeUndefined();
  });

  it('says what is wrong otherwise, with the right check digit', () => {
    expect(gtinProblem('4006381333932')).toEqual({ problem: 'checkDigit', expected: 1 });
    expect(gtinProblem('12345')).toEqual({ problem: 'length' });
    expect(gtinProblem('40063813339A1')).toEqual({ problem: 'digits' });
  });
});
