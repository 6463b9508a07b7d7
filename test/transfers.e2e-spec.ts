import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Who may move stock between which points (docs/api.md, "Moving stock between points"): along the supply chain the
 * sending point's people; a lateral transfer needs the district health office.
 */
describe('moving stock between points', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.token(username)}` });
  const ship = async (username: string, fromCode: string, toCode: string, quantity = 2) =>
    t
      .http()
      .post('/api/v1/shipments')
      .set(await auth(username))
      .send({ id: randomUUID(), fromPointId: ids.point(fromCode), toPointId: ids.point(toCode), lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantity }] });
  const shipments = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM shipments'))[0].n as number;
  const setActive = async (code: string, active: boolean) =>
    t.http().patch(`/api/v1/points/${ids.point(code)}`).set(await auth('admin')).send({ active }).expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    // Stock to move at the Cibinong NGO office and the Bandung drop-in centre.
    for (const [username, code] of [['staff.lsm.cibinong', 'LSM-CBN-01'], ['staff.dic.bandung', 'DIC-BDG-01']]) {
      await t
        .http()
        .post(`/api/v1/points/${ids.point(code)}/movements`)
        .set(await auth(username))
        .send({
          id: randomUUID(),
          type: 'receipt',
          occurredAt: new Date().toISOString(),
          source: 'Dinkes',
          lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantity: 100, lotNumber: 'XFER-1', expiryDate: '2029-01', fundingSource: 'GLOBAL_FUND' }],
        })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it('point staff and outreach officers ship along their supply chain: to the points they supply and back to their supplier', async () => {
    const sent = await ship('staff.lsm.cibinong', 'LSM-CBN-01', 'OUT-CBN-01');
    expect(sent.status).toBe(201);
    await t
      .http()
      .post(`/api/v1/shipments/${sent.body.id}/receive`)
      .set(await auth('outreach.cibinong'))
      .send({ id: randomUUID(), lines: [{ lotId: sent.body.lines[0].lotId, quantityReceived: 2 }] })
      .expect(201);
    expect((await ship('outreach.cibinong', 'OUT-CBN-01', 'LSM-CBN-01', 1)).status).toBe(201);
  });

  it('point staff cannot send a lateral transfer: it needs Dinkes approval, and says so', async () => {
    const before = await shipments();
    const response = await ship('staff.dic.bandung', 'DIC-BDG-01', 'PKM-BDG-KOPO');
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'LATERAL_TRANSFER_NEEDS_APPROVAL', errors: [{ field: 'toPointId' }] });
    expect(response.body.detail).toMatch(/district officer/);
    expect(await shipments()).toBe(before);
  });

  it('the district officer sends a lateral transfer within their regencies; the receiving point confirms it', async () => {
    const sent = await ship('dinkes.bandung', 'DIC-BDG-01', 'PKM-BDG-KOPO');
    expect(sent.status).toBe(201);
    const lotId = sent.body.lines[0].lotId;
    await t
      .http()
      .post(`/api/v1/shipments/${sent.body.id}/receive`)
      .set(await auth('staff.pkm.kopo'))
      .send({ id: randomUUID(), lines: [{ lotId, quantityReceived: 2 }] })
      .expect(201);
  });

  it('a lateral transfer into another regency needs an administrator', async () => {
    const response = await ship('dinkes.bandung', 'DIC-BDG-01', 'LSM-CBN-01');
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('LATERAL_TRANSFER_NEEDS_APPROVAL');
    expect((await ship('admin', 'DIC-BDG-01', 'LSM-CBN-01')).status).toBe(201);
  });

  it('a district officer moves stock of the points of their regency but does not record their distributions', async () => {
    const response = await t
      .http()
      .post(`/api/v1/points/${ids.point('DIC-BDG-01')}/movements`)
      .set(await auth('dinkes.bandung'))
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 1, lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantity: 1 }] });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('OUT_OF_SCOPE');
  });

  it('a shipment cannot be received at, or cancelled back to, a deactivated point', async () => {
    const toKopo = await ship('dinkes.bandung', 'DIC-BDG-01', 'PKM-BDG-KOPO');
    expect(toKopo.status).toBe(201);
    await setActive('PKM-BDG-KOPO', false);
    try {
      const received = await t
        .http()
        .post(`/api/v1/shipments/${toKopo.body.id}/receive`)
        .set(await auth('staff.pkm.kopo'))
        .send({ id: randomUUID(), lines: [{ lotId: toKopo.body.lines[0].lotId, quantityReceived: 2 }] });
      expect(received.status).toBe(422);
      expect(received.body.code).toBe('INACTIVE_POINT');
    } finally {
      await setActive('PKM-BDG-KOPO', true);
    }

    await setActive('DIC-BDG-01', false);
    try {
      const cancelled = await t.http().post(`/api/v1/shipments/${toKopo.body.id}/cancel`).set(await auth('dinkes.bandung')).send({ id: randomUUID() });
      expect(cancelled.status).toBe(422);
      expect(cancelled.body.code).toBe('INACTIVE_POINT');
    } finally {
      await setActive('DIC-BDG-01', true);
    }
    const [{ status }] = await t.dataSource.query('SELECT status FROM shipments WHERE id = $1', [toKopo.body.id]);
    expect(status).toBe('in_transit');
  });
});
