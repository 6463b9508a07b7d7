/**
 * A lot number as printed is keyed by hand in many ways: `swab-alc-a`, `SWAB-ALC-A`, `SWAB-ALC-A ` or `LDS 2611A`.
 * They name one lot, so lot numbers are stored and looked up upper case without spaces (the database checks it).
 */
export function normaliseLotNumber(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** Class-transformer hook for lot numbers in bodies and queries. */
export const lotNumberTransform = ({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseLotNumber(value) : value);
