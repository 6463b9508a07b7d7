/** What replaces redacted text. The database accepts exactly this as the new value of history's free text. */
export const REDACTED = '[redacted]';

/** Keys of free text in the JSON of audit entries and request events (names, notes, reasons, comments). */
export const FREE_TEXT_KEYS = new Set(['name', 'nameId', 'unit', 'note', 'comment', 'reason', 'source', 'donorName', 'lotNumber']);

/**
 * A copy of `value` with the string values of free-text keys replaced by REDACTED, at any depth. Numbers, ids, dates
 * and every other key are kept: the figures stay as they were.
 */
export function redactJson(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key !== undefined && FREE_TEXT_KEYS.has(key) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((item) => redactJson(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, redactJson(item, name)]));
  }
  return value;
}
