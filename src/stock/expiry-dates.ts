const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An expiry date as printed on the pack: `YYYY-MM-DD`, or `YYYY-MM` meaning the last day of that month.
 * Returns `YYYY-MM-DD`, or undefined when the date does not exist (2027-02-30, month 13).
 */
export function normaliseExpiryDate(text: string): string | undefined {
  const month = YEAR_MONTH.exec(text);
  if (month) {
    const [year, monthNumber] = [Number(month[1]), Number(month[2])];
    if (monthNumber < 1 || monthNumber > 12) return undefined;
    const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
    return `${month[1]}-${month[2]}-${String(lastDay).padStart(2, '0')}`;
  }
  const day = YEAR_MONTH_DAY.exec(text);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    const exists = date.getUTCFullYear() === Number(day[1]) && date.getUTCMonth() === Number(day[2]) - 1 && date.getUTCDate() === Number(day[3]);
    return exists ? text : undefined;
  }
  return undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) at an instant in a time zone: "today" at a point. */
export function localDate(instant: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

/** A lot is usable through its whole expiry day, in the point's local time. */
export function isExpired(expiryDate: string, today: string): boolean {
  return expiryDate < today;
}

/** Whole days from `today` to `expiryDate` (negative once expired). */
export function daysBetween(today: string, expiryDate: string): number {
  return Math.round((Date.parse(`${expiryDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
