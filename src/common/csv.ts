import { stringify } from 'csv-stringify/sync';

/** What a spreadsheet reads as the start of a formula (OWASP "CSV injection"): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text cells that a spreadsheet would run as a formula get a leading apostrophe, so a point, lot or donor name such
 * as `=HYPERLINK(...)` shows as text. Numbers are not text and stay as they are, negative ones included.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Every CSV pasokan answers with goes through here. */
export function toCsv(rows: object[], options: { header: boolean; columns: string[] }): string {
  return stringify(rows, { ...options, cast: { string: neutraliseFormula } });
}
