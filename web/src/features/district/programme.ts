import type { Schemas } from './api';

type CoverageRow = Schemas['CoverageRow'];

/** The month `months` before `month` (YYYY-MM); a negative count goes forward. */
export function monthsBefore(month: string, months: number): string {
  const [year, number] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, number - 1 - months, 1));
  return date.toISOString().slice(0, 7);
}

/** Every month from `from` to `to` (YYYY-MM, both included), at most `limit` of them; none when `from` is after `to`. */
export function monthsBetween(from: string, to: string, limit = 24): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length < limit; month = monthsBefore(month, -1)) months.push(month);
  return months;
}

/** A year the reports accept, as typed: four digits from 2000 to 2100 (a half-typed "20" asks nothing yet). */
export function isReportYear(value: string): boolean {
  return /^\d{4}$/.test(value) && Number(value) >= 2000 && Number(value) <= 2100;
}

/**
 * The regencies an estimate can be recorded for, as [code, "code name"]: a district officer's own regencies (named
 * from the coverage rows where they appear), an administrator's the regencies the page's report covers.
 */
export function estimateRegencies(rows: CoverageRow[], ownRegencies: string[]): [string, string][] {
  const names = new Map(rows.filter((row) => row.regencyCode !== null).map((row) => [row.regencyCode!, row.name]));
  const codes = ownRegencies.length > 0 ? ownRegencies : [...names.keys()];
  return codes.map((code) => [code, names.has(code) ? `${code} ${names.get(code)}` : code]);
}
