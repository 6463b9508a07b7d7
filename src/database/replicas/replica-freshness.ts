/**
 * How fresh a streaming replica is, as a time: "it holds every transaction committed before `freshAsOf`". The primary
 * is sampled regularly: the time first, then its WAL insert position, so a transaction whose commit was acknowledged
 * before that time has its commit record below that position. A replica that has replayed past a sample's position
 * holds everything committed before the sample's time. Lag is `now - freshAsOf`: on an idle, caught-up replica it is
 * at most one sampling interval, and it grows without bound while a replica stops replaying or cannot be reached.
 */
export class ReplicaFreshness {
  /** Samples of the primary not yet known to be replayed, oldest first. */
  private samples: { at: number; lsn: bigint }[] = [];
  private fresh: number | undefined;

  /** A sample of the primary: `at` (ms) was taken before its position `lsn` was read. */
  sampled(at: number, lsn: string): void {
    this.samples.push({ at, lsn: parseLsn(lsn) });
    // A replica that is far behind must not make the list grow for ever: the oldest samples are dropped, which only
    // makes its freshness look older than it is.
    if (this.samples.length > 1_000) this.samples.splice(0, this.samples.length - 1_000);
  }

  /** The replica has replayed up to `replayLsn`: every sample at or below it is behind us. */
  replayed(replayLsn: string): void {
    const replay = parseLsn(replayLsn);
    let caughtUp = -1;
    for (let index = 0; index < this.samples.length && this.samples[index].lsn <= replay; index++) caughtUp = index;
    if (caughtUp < 0) return;
    this.fresh = Math.max(this.fresh ?? 0, this.samples[caughtUp].at);
    this.samples.splice(0, caughtUp);
  }

  /** Every transaction committed before this time (ms) is on the replica; undefined until a sample was replayed. */
  get freshAsOf(): number | undefined {
    return this.fresh;
  }

  lagMs(now: number): number | undefined {
    return this.fresh === undefined ? undefined : Math.max(0, now - this.fresh);
  }
}

/** A PostgreSQL log sequence number (`16/B374D848`) as a number that compares. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text);
  if (!match) throw new Error(`not a PostgreSQL LSN: ${text}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}
