import { describe, expect, it } from 'vitest';
import { countOneMore, matchLine } from './lines';

const lines = [
  { lotId: 'a', productId: 'condom', lotNumber: 'L-1' },
  { lotId: 'b', productId: 'condom', lotNumber: 'L-2' },
  { lotId: 'c', productId: 'naloxone', lotNumber: 'N1' },
];

describe('matchLine', () => {
  it('finds the line of the same product and lot, as printed whatever the case', () => {
    expect(matchLine(lines, 'condom', 'l-2')?.lotId).toBe('b');
    expect(matchLine(lines, 'naloxone', 'L-2')).toBeUndefined();
    expect(matchLine(lines, 'condom', 'L-3')).toBeUndefined();
  });

  it('takes a code without a lot only when the product has a single line', () => {
    expect(matchLine(lines, 'naloxone', undefined)?.lotId).toBe('c');
    expect(matchLine(lines, 'condom', undefined)).toBeUndefined();
  });
});

describe('countOneMore', () => {
  it('counts each scanned item once, from zero for an empty field', () => {
    expect(countOneMore('')).toBe('1');
    expect(countOneMore('41')).toBe('42');
  });
});
