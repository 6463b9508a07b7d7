/** Shared input shaping for DTOs (class-transformer `@Transform`), so every endpoint treats text the same way. */
type Input = { value: unknown };

export const trim = ({ value }: Input) => (typeof value === 'string' ? value.trim() : value);
export const upperTrim = ({ value }: Input) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
export const lowerTrim = ({ value }: Input) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
/** Query strings carry booleans as text. */
export const queryBoolean = ({ value }: Input) => (value === 'true' ? true : value === 'false' ? false : value);

/** Kemendagri regency/city code, e.g. 32.73. */
export const REGENCY_CODE = /^\d{2}\.\d{2}$/;
/** Kemendagri province code, e.g. 32 (the part of a regency code before the dot). */
export const PROVINCE_CODE = /^\d{2}$/;
/** SQL for the province of a regency code column (32.73 -> 32). */
export const provinceOf = (regencyColumn: string) => `split_part(${regencyColumn}, '.', 1)`;
