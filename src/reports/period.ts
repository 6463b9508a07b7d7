import { DomainError } from '../common/problem/problem';

/** The longest period one report covers. */
export const MAX_PERIOD_MONTHS = 24;

/** Refuses a period `from`..`to` (YYYY-MM, inclusive) that ends before it starts or spans more than MAX_PERIOD_MONTHS. */
export function assertPeriod(query: { from: string; to: string }): void {
  const months = monthIndex(query.to) - monthIndex(query.from);
  if (months >= 0 && months < MAX_PERIOD_MONTHS) return;
  const message = months < 0 ? 'must not be before from' : `must be at most ${MAX_PERIOD_MONTHS} months after from (inclusive)`;
  throw new DomainError('VALIDATION_FAILED', `Please correct these fields. to: ${message}`, { errors: [{ field: 'to', messages: [message] }] });
}

function monthIndex(month: string): number {
  const [year, number] = month.split('-').map(Number);
  return year * 12 + number - 1;
}
