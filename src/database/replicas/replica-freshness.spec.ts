import { readerUrl, replicaName } from './read-database';
import { OwnWrites } from './read-context';
import { parseLsn, ReplicaFreshness } from './replica-freshness';

describe('ReplicaFreshness', () => {
  it('is fresh as of the newest sample of the primary the replica has replayed', () => {
    const replica = new ReplicaFreshness();
    replica.sampled(1_000, '0/100');
    replica.replayed('0/FF');
    expect(replica.freshAsOf).toBeUndefined(); // not even the first sample is on the replica yet
    replica.sampled(2_000, '0/200');
    replica.sampled(3_000, '0/300');
    replica.replayed('0/250');
    expect(replica.freshAsOf).toBe(2_000);
    expect(replica.lagMs(3_500)).toBe(1_500);
  });

  it('keeps its freshness while the primary is idle, and lets the lag grow while replay is stuck', () => {
    const replica = new ReplicaFreshness();
    for (let at = 0; at <= 5_000; at += 1_000) {
      replica.sampled(at, '0/500'); // nothing written on the primary
      replica.replayed('0/500');
    }
    expect(replica.lagMs(5_000)).toBe(0);
    replica.sampled(6_000, '0/900'); // a write the replica does not replay
    for (let at = 7_000; at <= 20_000; at += 1_000) {
      replica.sampled(at, '0/900');
      replica.replayed('0/500');
    }
    expect(replica.freshAsOf).toBe(5_000);
    expect(replica.lagMs(20_000)).toBe(15_000);
    replica.replayed('0/900');
    expect(replica.freshAsOf).toBe(20_000);
  });

  it('never goes back in time', () => {
    const replica = new ReplicaFreshness();
    replica.sampled(1_000, '0/100');
    replica.replayed('0/100');
    replica.replayed('0/50');
    expect(replica.freshAsOf).toBe(1_000);
  });

  it('compares positions across the 4 GB boundary of the LSN text', () => {
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(parseLsn('16/B374D848')).toBe(0x16b374d848n);
    expect(() => parseLsn('nonsense')).toThrow(/LSN/);
  });
});

describe('OwnWrites', () => {
  it("holds a user's reads to their last write until it is old enough to be on every replica still used", () => {
    const writes = new OwnWrites(10_000);
    expect(writes.notBefore('u1', 1_000)).toBeUndefined();
    writes.begin('u1');
    expect(writes.notBefore('u1', 1_500)).toBe(1_500); // a write still running: only a replica fresh as of now would do
    writes.begin('u1');
    writes.end('u1', 2_000);
    expect(writes.notBefore('u1', 2_100)).toBe(2_100); // the second one still runs
    writes.end('u1', 3_000);
    expect(writes.notBefore('u1', 4_000)).toBe(3_000);
    expect(writes.notBefore('u2', 4_000)).toBeUndefined();
    expect(writes.notBefore('u1', 13_001)).toBeUndefined();
    expect(writes.notBefore(undefined, 4_000)).toBeUndefined();
  });
});

describe('replica URLs', () => {
  const primary = 'postgres://pasokan_app:s3cret@db-primary:5432/pasokan';

  it('reads as the service writes when the replica URL names no user or database', () => {
    expect(readerUrl('postgres://db-replica:5433', primary)).toBe('postgres://pasokan_app:s3cret@db-replica:5433/pasokan');
    expect(readerUrl('postgres://reader:other@db-replica/pasokan_copy', primary)).toBe('postgres://reader:other@db-replica/pasokan_copy');
  });

  it('names a replica without its credentials', () => {
    expect(replicaName('postgres://reader:other@db-replica/pasokan')).toBe('db-replica:5432/pasokan');
  });
});
