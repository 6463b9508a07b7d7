import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The database connection dies at COMMIT: the service cannot know whether the write was recorded, so it must not say
 * "nothing was recorded" (nor answer 500); it answers 503 asking for the same request again, which is recorded once.
 */
describe('a database failure during COMMIT', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let staff: string;
  let ngo: string;
  let kit: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  /** The next COMMIT of the service finds its connection cut, as when the database server dies at that moment. */
  function cutConnectionAtNextCommit(): jest.SpyInstance {
    const commit = PostgresQueryRunner.prototype.commitTransaction;
    return jest.spyOn(PostgresQueryRunner.prototype, 'commitTransaction').mockImplementationOnce(async function (this: PostgresQueryRunner) {
      (this.databaseConnection as Client & { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      return commit.call(this);
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    staff = await t.token('staff.lsm.cibinong');
    ngo = ids.point('LSM-CBN-01');
    kit = ids.point('OUT-CBN-01');
    await t.http().post(`/api/v1/points/${ngo}/movements`).set(auth(staff)).send({
      id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'Dinkes Kabupaten Bogor',
      lines: [{ productId: ids.product('SWAB-ALC'), quantity: 1000, lotNumber: 'COMMIT-SW', expiryDate: '2029-06', fundingSource: 'APBD' }],
    }).expect(201);
  });
  afterAll(() => t.close());

  it.each([
    ['a movement', () => ({ path: `/api/v1/points/${ngo}/movements`, body: { id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), lines: [{ productId: ids.product('SWAB-ALC'), quantity: 5 }] } })],
    ['a shipment', () => ({ path: '/api/v1/shipments', body: { id: randomUUID(), fromPointId: ngo, toPointId: kit, lines: [{ productId: ids.product('SWAB-ALC'), quantity: 5 }] } })],
    ['a resupply request', () => ({ path: '/api/v1/resupply-requests', body: { id: randomUUID(), pointId: kit, lines: [{ productId: ids.product('SWAB-ALC'), quantity: 5 }] } })],
  ])('%s: 503 asking for the same request again, then recorded once', async (_name, build) => {
    const { path, body } = build();
    const token = path.startsWith('/api/v1/resupply') ? await t.token('outreach.cibinong') : staff;
    const spy = cutConnectionAtNextCommit();
    try {
      const failed = await t.http().post(path).set(auth(token)).send(body);
      expect(spy).toHaveBeenCalled();
      expect(failed.status).toBe(503);
      expect(failed.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retrySameRequest: true });
      expect(failed.body.detail).toMatch(/same id/);
    } finally {
      spy.mockRestore();
    }
    const retry = await t.http().post(path).set(auth(token)).send(body);
    expect(retry.status).toBe(201);
    const table = path.startsWith('/api/v1/resupply') ? 'resupply_requests' : 'movements';
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE id = $1`, [body.id]);
    expect(n).toBe(1);
  });
});
