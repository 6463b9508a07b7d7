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

/** How the fields are separated: `semicolon` is what a spreadsheet set to Indonesian expects (see CsvDialect). */
export const CSV_SEPARATORS = ['comma', 'semicolon'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * Excel with Indonesian regional settings splits fields on `;` and reads `408,89` as a number (and `408.89` as text or
 * 40889), and guesses the encoding unless the file starts with a UTF-8 byte order mark. `semicolon` gives it all three.
 */
export const UTF8_BOM = '\uFEFF';

/** Every CSV pasokan answers with goes through here. */
export function toCsv(rows: object[], options: { header: boolean; columns: string[]; separator?: CsvSeparator }): string {
  const semicolon = options.separator === 'semicolon';
  return stringify(rows, {
    header: options.header,
    columns: options.columns,
    delimiter: semicolon ? ';' : ',',
    cast: { string: neutraliseFormula, number: (value) => (semicolon ? String(value).replace('.', ',') : String(value)) },
  });
}
