/**
 * Numbers and dates in the user's language (Indonesian by default: 1.250, 2 Des 2026) and in the point's own time
 * zone (WIB/WITA/WIT), whatever zone the phone is set to.
 */
export type Language = 'id' | 'en';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** A calendar date such as an expiry ("2026-12-02" -> "2 Des 2026"); it has no time zone of its own. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, day)));
}

/** A moment, shown as the point's local date and time with its zone's name (WIB, WITA, WIT). */
export function formatDateTime(instant: string | Date, language: Language, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(date);
  return `${text} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}

/** Indonesia's three zones by their everyday names. */
const ZONE_NAMES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** The calendar date at the point now, as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(instant);
}
