import { localDate } from './expiry-dates';

/** A ledger line of the same point and lot dated after the movement being recorded, in ledger order. */
export interface LaterLine {
  occurredAt: Date;
  quantity: number;
}

export interface BalanceFrom {
  /** The lot's balance at the movement's date: the current balance without the lines dated after it. */
  balanceAt: number;
  /** What a line dated then may take without the running balance going negative at any later date. */
  available: number;
  /** The date of the later line that limits `available` below `balanceAt`, or null. */
  limitedAt: Date | null;
}

/**
 * A backdated line changes every running balance after its date, so what it may take is the lowest of them:
 * balance at its date + min(0, lowest running sum of the later lines). With no later lines this is the current
 * balance, so a movement dated now needs nothing else.
 */
export function balanceFrom(current: number, later: LaterLine[]): BalanceFrom {
  const balanceAt = current - later.reduce((sum, line) => sum + line.quantity, 0);
  let running = balanceAt;
  let available = balanceAt;
  let limitedAt: Date | null = null;
  for (const line of later) {
    running += line.quantity;
    if (running < available) {
      available = running;
      limitedAt = line.occurredAt;
    }
  }
  return { balanceAt, available, limitedAt };
}

/** The first local date a movement may still be dated on, `backdatingDays` before the point's today. */
export function earliestDatable(now: Date, timeZone: string, backdatingDays: number): string {
  const today = localDate(now, timeZone);
  return new Date(Date.parse(`${today}T00:00:00Z`) - backdatingDays * 86_400_000).toISOString().slice(0, 10);
}
