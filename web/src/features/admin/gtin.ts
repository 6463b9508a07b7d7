/**
 * What is wrong with a GTIN as typed (GS1: 8, 12, 13 or 14 digits, the last a check digit), in a word the screen turns
 * into plain language; undefined when it is right. The server checks the same (src/products/gtin.ts).
 */
export type GtinProblem = 'digits' | 'length' | 'checkDigit';

export function gtinProblem(value: string): { problem: GtinProblem; expected?: number } | undefined {
  const text = value.replace(/\s+/g, '');
  if (!/^\d+$/.test(text)) return { problem: 'digits' };
  if (![8, 12, 13, 14].includes(text.length)) return { problem: 'length' };
  const digits = [...text].map(Number);
  const check = digits.pop()!;
  // From the right, the digits before the check digit weigh 3, 1, 3, …
  const sum = digits.reverse().reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 3 : 1), 0);
  const expected = (10 - (sum % 10)) % 10;
  return expected === check ? undefined : { problem: 'checkDigit', expected };
}
