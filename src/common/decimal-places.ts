import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimals, judged by value rather than by its text: class-validator's
 * `IsNumber({ maxDecimalPlaces })` splits `String(value)` on the dot and throws (a 500) on numbers JavaScript prints in
 * exponent form, such as 0.0000001 or 1e21.
 */
export function hasAtMostDecimals(value: unknown, places: number): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

export function IsNumberWithDecimals(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isNumberWithDecimals', constraints: [places], validator: { validate: (value) => hasAtMostDecimals(value, places) } }, options);
}
