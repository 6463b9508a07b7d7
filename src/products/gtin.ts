import { ValidateBy } from 'class-validator';

/**
 * GS1 GTINs (GTIN-8, -12, -13, -14). The same trade item has one number whatever its printed length, so GTINs are
 * kept as 14 digits (left-padded with zeros), which is also how a GS1 DataMatrix carries them (AI 01).
 */
export function isValidGtin(text: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(text)) return false;
  const digits = [...text].map(Number);
  const check = digits.pop()!;
  // Weights 3, 1, 3, … from the digit next to the check digit leftwards.
  const sum = digits.reverse().reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

export function normaliseGtin(text: string): string {
  return text.padStart(14, '0');
}

/** Validates a GTIN with its check digit and stores it as 14 digits. */
export function IsGtin(): PropertyDecorator {
  return ValidateBy({
    name: 'isGtin',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isValidGtin(value),
      defaultMessage: (args) =>
        typeof args?.value === 'string' && /^(\d{8}|\d{12,14})$/.test(args.value)
          ? `${args.property} ${args.value} has a wrong check digit: check the number under the barcode`
          : `${args?.property} must be a GTIN of 8, 12, 13 or 14 digits`,
    },
  });
}

/** Class-transformer hook: keeps a valid GTIN as 14 digits, anything else as sent (validation then names it). */
export const gtinTransform = ({ value }: { value: unknown }) => (typeof value === 'string' && isValidGtin(value) ? normaliseGtin(value) : value);
