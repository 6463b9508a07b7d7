export interface LoginLimits {
  /** Failed attempts allowed per username and client address within `windowSeconds`. */
  limit: number;
  windowSeconds: number;
  /** Failed attempts allowed per username from all addresses together within `accountWindowSeconds`. */
  accountLimit: number;
  accountWindowSeconds: number;
}

/** Above this many remembered keys, expired ones are swept: a flood of made-up usernames cannot grow memory for long. */
const SWEEP_ABOVE_KEYS = 10_000;

/**
 * Counts failed logins, never successful ones: many phones behind one carrier address, or ten colleagues behind one
 * office router, all log in as long as each types their own password right.
 *
 * - per username and client address: one guesser is slowed down without blocking anyone else at that address;
 * - per username from every address: guessing one account from many addresses (a botnet, or forged addresses) stops
 *   at the account limit. The price is that such an attack blocks that one account until its window passes.
 *
 * A blocked attempt is not checked and not counted, so retrying while blocked does not move the end of the block.
 * State is kept in memory: one service process, one set of counters (a restart forgets them).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until this username may try again from this address, or 0 when it may try now. */
  retryAfterSeconds(username: string, address: string): number {
    const now = this.now();
    const waits = [
      this.wait(pairKey(username, address), this.limits.limit, this.limits.windowSeconds, now),
      this.wait(accountKey(username), this.limits.accountLimit, this.limits.accountWindowSeconds, now),
    ];
    return Math.max(...waits);
  }

  recordFailure(username: string, address: string): void {
    const now = this.now();
    if (this.failures.size > SWEEP_ABOVE_KEYS) this.sweep(now);
    for (const key of [pairKey(username, address), accountKey(username)]) {
      const times = this.failures.get(key) ?? [];
      times.push(now);
      this.failures.set(key, times);
    }
  }

  /** A correct password clears that address's failures for the username; the account's count only ages out. */
  recordSuccess(username: string, address: string): void {
    this.failures.delete(pairKey(username, address));
  }

  private wait(key: string, limit: number, windowSeconds: number, now: number): number {
    const windowMs = windowSeconds * 1000;
    const times = (this.failures.get(key) ?? []).filter((time) => time > now - windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    if (times.length < limit) return 0;
    // Blocked until enough of the failures in the window have aged out to fall below the limit.
    const freedAt = times[times.length - limit] + windowMs;
    return Math.max(1, Math.ceil((freedAt - now) / 1000));
  }

  private sweep(now: number): void {
    const longest = Math.max(this.limits.windowSeconds, this.limits.accountWindowSeconds) * 1000;
    for (const [key, times] of this.failures) {
      if (times[times.length - 1] <= now - longest) this.failures.delete(key);
    }
  }
}

const pairKey = (username: string, address: string) => `pair\n${normalise(username)}\n${address}`;
const accountKey = (username: string) => `account\n${normalise(username)}`;
const normalise = (username: string) => username.trim().toLowerCase();
