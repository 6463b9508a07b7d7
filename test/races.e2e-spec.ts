import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/** Copies of one request sent at once, as a phone retrying while its first attempt is still in flight. */
const COPIES = 12;
/** Rounds per route: a race that loses once in a hundred shows within a few hundred racing requests. */
const ROUNDS = Number(process.env.RACE_ROUNDS ?? 8);

jest.setTimeout(120_000);

/** Counts of the race suite, printed at the end for docs/reliability.md. */
const figures = { requests: 0, rounds: 0, violations: 0 };

describe('identical requests racing each other all get the original answer', () => {
  let t: TestApp;
  let staff: string;
  let officer: string;
  let outreach: string;
  let dic: string;
  let kit: string;
  let swab: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const post = (url: string, token: string, body: Record<string, unknown> = {}) => t.http().post(url).set(auth(token)).send(body);

  /** Sends COPIES copies at once; every copy gets the same success and body, exactly one is not marked replayed. */
  async function race(send: () => Promise<Response>, status: number): Promise<Response> {
    const responses = await Promise.all(Array.from({ length: COPIES }, send));
    figures.requests += responses.length;
    figures.rounds += 1;
    const summary = responses.map((response) => `${response.status} ${response.body?.code ?? ''}`.trim());
    if (summary.some((entry) => entry !== String(status))) figures.violations += 1;
    expect(summary).toEqual(Array(COPIES).fill(String(status)));
    for (const response of responses) expect(response.body).toEqual(responses[0].body);
    expect(responses.filter((response) => response.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    return responses[0];
  }

  beforeAll(async () => {
    t = await createTestApp();
    const ids = await demoIds(t.dataSource);
    swab = ids.product('SWAB-ALC');
    const admin = await t.token('admin');
    dic = (await post('/api/v1/points', admin, { code: 'RACE-DIC', name: 'DIC (race test)', type: 'drop_in_centre', regencyCode: '32.01' }).expect(201)).body.id;
    kit = (await post('/api/v1/points', admin, { code: 'RACE-KIT', name: 'Outreach kit (race test)', type: 'outreach', regencyCode: '32.01', supplierPointId: dic }).expect(201)).body.id;
    const password = 'race-test-password';
    await post('/api/v1/users', admin, { username: 'staff.race', password, role: 'point_staff', pointIds: [dic] }).expect(201);
    await post('/api/v1/users', admin, { username: 'outreach.race', password, role: 'outreach_officer', pointIds: [kit] }).expect(201);
    staff = await t.token('staff.race', password);
    outreach = await t.token('outreach.race', password);
    officer = await t.token('dinkes.bogor');
    await post(`/api/v1/points/${dic}/movements`, staff, {
      id: randomUUID(),
      type: 'receipt',
      occurredAt: new Date().toISOString(),
      source: 'Dinkes Kabupaten Bogor',
      lines: [{ productId: swab, quantity: 100_000, lotNumber: 'RACE-SW', expiryDate: '2029-06', fundingSource: 'GLOBAL_FUND' }],
    }).expect(201);
  });
  afterAll(async () => {
    process.stdout.write(`race suite: ${figures.rounds} rounds, ${figures.requests} racing requests, ${figures.violations} rounds with a wrong answer\n`);
    await t.close();
  });

  it('movements and their reversals', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const distribution = { id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), lines: [{ productId: swab, quantity: 3 }] };
      const recorded = await race(() => post(`/api/v1/points/${dic}/movements`, staff, distribution), 201);
      const reversal = { id: randomUUID(), type: 'reversal', occurredAt: new Date().toISOString(), reversesMovementId: recorded.body.id, lines: [] };
      await race(() => post(`/api/v1/points/${dic}/movements`, staff, reversal), 201);
    }
    const [{ movements }] = await t.dataSource.query(`SELECT count(*)::int AS movements FROM movements WHERE point_id = $1`, [dic]);
    expect(movements).toBe(1 + 2 * ROUNDS);
  });

  it('shipments: dispatch, receipt and cancellation', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dispatch = () => ({ id: randomUUID(), fromPointId: dic, toPointId: kit, lines: [{ productId: swab, quantity: 10 }] });
      const first = dispatch();
      const shipment = await race(() => post('/api/v1/shipments', staff, first), 201);
      const lotId = shipment.body.lines[0].lotId;
      const receipt = { id: randomUUID(), lines: [{ lotId, quantityReceived: 10 }] };
      await race(() => post(`/api/v1/shipments/${shipment.body.id}/receive`, outreach, receipt), 201);
      const second = dispatch();
      const other = await race(() => post('/api/v1/shipments', staff, second), 201);
      const cancellation = { id: randomUUID(), note: 'packed by mistake' };
      await race(() => post(`/api/v1/shipments/${other.body.id}/cancel`, staff, cancellation), 201);
    }
    const [{ shipments }] = await t.dataSource.query(`SELECT count(*)::int AS shipments FROM shipments WHERE from_point_id = $1`, [dic]);
    expect(shipments).toBe(2 * ROUNDS);
  });

  it('resupply requests and their decisions', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [toApprove, toReject, toCancel] = [1, 2, 3].map(() => ({ id: randomUUID(), pointId: kit, lines: [{ productId: swab, quantity: 400 }] }));
      const approved = await race(() => post('/api/v1/resupply-requests', outreach, toApprove), 201);
      await race(() => post(`/api/v1/resupply-requests/${approved.body.id}/approve`, staff, { lines: [{ productId: swab, approvedQuantity: 300 }] }), 200);
      const rejected = await race(() => post('/api/v1/resupply-requests', outreach, toReject), 201);
      await race(() => post(`/api/v1/resupply-requests/${rejected.body.id}/reject`, officer, { reason: 'enough stock in the kit' }), 200);
      const cancelled = await race(() => post('/api/v1/resupply-requests', outreach, toCancel), 201);
      await race(() => post(`/api/v1/resupply-requests/${cancelled.body.id}/cancel`, outreach), 200);
    }
    const statuses = await t.dataSource.query(`SELECT status, count(*)::int AS n FROM resupply_requests WHERE point_id = $1 GROUP BY 1 ORDER BY 1`, [kit]);
    expect(statuses).toEqual([
      { status: 'approved', n: ROUNDS },
      { status: 'cancelled', n: ROUNDS },
      { status: 'rejected', n: ROUNDS },
    ]);
    const [{ events }] = await t.dataSource.query(
      `SELECT count(*)::int AS events FROM resupply_request_events e JOIN resupply_requests r ON r.id = e.request_id WHERE r.point_id = $1`,
      [kit],
    );
    expect(events).toBe(6 * ROUNDS);
  });
});
