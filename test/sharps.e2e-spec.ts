import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Used syringes and sharps containers (issue 18 item 1, docs/needle-programme.md): returns, hand-overs for destruction
 * and destructions go through the posting pipeline to the sharps ledger, never to stock; a point never hands over or
 * destroys more full containers than it holds; the return ratio per point, regency and month.
 */
describe('sharps: returns, hand-overs and destruction', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let api: ReturnType<typeof ledgerApi>;
  const dic = () => ids.point('DIC-BDG-01');
  const pkm = () => ids.point('PKM-BDG-KOPO');
  const now = () => new Date().toISOString();

  const send = async (username: string, pointId: string, body: object) =>
    t
      .http()
      .post(`/api/v1/points/${pointId}/sharps`)
      .set('Authorization', `Bearer ${await t.token(username)}`)
      .send({ id: randomUUID(), occurredAt: now(), ...body });
  const record = async (username: string, pointId: string, body: object) => {
    const response = await send(username, pointId, body);
    if (response.status !== 201) throw new Error(`answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const refused = async (status: number, code: string, username: string, pointId: string, body: object) => {
    const response = await send(username, pointId, body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    return response.body;
  };
  const held = async (pointId: string) =>
    Number((await t.dataSource.query(`SELECT COALESCE(sum(containers), 0) AS c FROM sharps_holdings WHERE point_id = $1`, [pointId]))[0].c);
  const reverse = async (username: string, pointId: string, movementId: string) =>
    t
      .http()
      .post(`/api/v1/points/${pointId}/movements`)
      .set('Authorization', `Bearer ${await t.token(username)}`)
      .send({ id: randomUUID(), type: 'reversal', occurredAt: now(), reversesMovementId: movementId, lines: [] });
  /** Everything stock is made of at a point: balances, consumption and the ledger's line count. */
  const stockOf = async (pointId: string) => ({
    balances: await t.dataSource.query(`SELECT lot_id, quantity FROM stock_balances WHERE point_id = $1 ORDER BY lot_id`, [pointId]),
    consumption: await t.dataSource.query(`SELECT product_id, month, consumed FROM consumption_months WHERE point_id = $1 ORDER BY 1, 2`, [pointId]),
    lines: Number((await t.dataSource.query(`SELECT count(*) AS n FROM ledger_lines WHERE point_id = $1`, [pointId]))[0].n),
  });

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    api = ledgerApi(t, ids);
  });
  afterAll(() => t.close());

  it('keeps returned syringes out of stock: a return, a hand-over and a destruction change no balance, no consumption and no ledger line', async () => {
    const before = { dic: await stockOf(dic()), pkm: await stockOf(pkm()) };
    const returned = await record('staff.dic.bandung', dic(), { type: 'return', syringes: 240, countMethod: 'counted', containers: 2 });
    expect(returned).toMatchObject({
      type: 'sharps_return',
      pointId: dic(),
      lines: [{ lineNo: 1, countsAs: 'sharps_return', pointId: dic(), pointCode: 'DIC-BDG-01', syringes: 240, syringesEstimated: false, containers: 2, destructionMethod: null }],
    });
    const handover = await record('staff.dic.bandung', dic(), { type: 'handover', containers: 2, toPointId: pkm() });
    expect(handover.lines.map((line: { pointCode: string; containers: number }) => [line.pointCode, line.containers])).toEqual([
      ['DIC-BDG-01', -2],
      ['PKM-BDG-KOPO', 2],
    ]);
    const destroyed = await record('staff.pkm.kopo', pkm(), { type: 'destruction', containers: 2, destructionMethod: 'incinerator' });
    expect(destroyed).toMatchObject({ type: 'sharps_destruction', lines: [{ containers: -2, destructionMethod: 'incinerator' }] });
    expect({ dic: await stockOf(dic()), pkm: await stockOf(pkm()) }).toEqual(before);
    // The receiver sees the hand-over among its sharps movements; the movement reads back with its sharps lines.
    const list = await t.http().get(`/api/v1/points/${pkm()}/sharps`).set('Authorization', `Bearer ${await t.token('staff.pkm.kopo')}`).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([handover.id, destroyed.id]));
    expect(list.body.containersHeld).toBe(0);
    const movement = await t.http().get(`/api/v1/movements/${returned.id}`).set('Authorization', `Bearer ${await t.token('staff.dic.bandung')}`).expect(200);
    expect(movement.body).toMatchObject({ type: 'sharps_return', lines: [], sharps: [{ syringes: 240, containers: 2 }] });
  });

  it('never hands over or destroys more full containers than the point holds, and writes nothing when it refuses', async () => {
    await record('staff.dic.bandung', dic(), { type: 'return', containers: 1 });
    const start = { dic: await held(dic()), pkm: await held(pkm()) };
    const movements = Number((await t.dataSource.query(`SELECT count(*) AS n FROM movements`))[0].n);
    await refused(422, 'SHARPS_NOT_HELD', 'staff.dic.bandung', dic(), { type: 'handover', containers: start.dic + 1, toPointId: pkm() });
    await refused(422, 'SHARPS_NOT_HELD', 'staff.pkm.kopo', pkm(), { type: 'destruction', containers: start.pkm + 1, destructionMethod: 'needle_destroyer' });
    // A drop-in centre does not destroy sharps: it hands them over.
    await refused(422, 'SHARPS_DESTRUCTION_NOT_ALLOWED', 'staff.dic.bandung', dic(), { type: 'destruction', containers: 1, destructionMethod: 'incinerator' });
    expect({ dic: await held(dic()), pkm: await held(pkm()) }).toEqual(start);
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM movements`))[0].n)).toBe(movements);
  });

  it('lets exactly one of two destructions of the same last container through', async () => {
    await record('staff.pkm.kopo', pkm(), { type: 'return', containers: 1 });
    const start = await held(pkm());
    const both = await Promise.all(
      [0, 1].map(() => send('staff.pkm.kopo', pkm(), { type: 'destruction', containers: start, destructionMethod: 'incinerator' })),
    );
    expect(both.map((response) => response.status).sort()).toEqual([201, 422]);
    expect(both.find((response) => response.status === 422)!.body.code).toBe('SHARPS_NOT_HELD');
    expect(await held(pkm())).toBe(0);
  });

  it('answers a retry once, refuses the same id with another request, and undoes a movement only while what it moved is still there', async () => {
    const id = randomUUID();
    const body = { id, type: 'return', containers: 3, occurredAt: now() };
    const first = await send('staff.dic.bandung', dic(), body);
    const retry = await send('staff.dic.bandung', dic(), body);
    expect([first.status, retry.status, retry.headers['idempotent-replayed']]).toEqual([201, 201, 'true']);
    expect(retry.body).toEqual(first.body);
    await refused(422, 'IDEMPOTENCY_KEY_REUSED', 'staff.dic.bandung', dic(), { ...body, containers: 4 });

    const handover = await record('staff.dic.bandung', dic(), { type: 'handover', containers: 3, toPointId: pkm() });
    const destroyed = await record('staff.pkm.kopo', pkm(), { type: 'destruction', containers: 3, destructionMethod: 'licensed_waste_carrier' });
    // The containers handed over are destroyed: the hand-over cannot be undone...
    const blocked = await reverse('staff.dic.bandung', dic(), handover.id);
    expect([blocked.status, blocked.body.code]).toEqual([422, 'SHARPS_NOT_HELD']);
    // ...until the destruction is undone (recorded by mistake), which brings them back to the puskesmas.
    const undone = await reverse('staff.pkm.kopo', pkm(), destroyed.id);
    expect(undone.status).toBe(201);
    expect(undone.body.sharps).toEqual([expect.objectContaining({ countsAs: 'sharps_destruction', containers: 3, destructionMethod: 'licensed_waste_carrier' })]);
    const dicBefore = await held(dic());
    expect((await reverse('staff.dic.bandung', dic(), handover.id)).status).toBe(201);
    expect(await held(dic())).toBe(dicBefore + 3);
  });

  it('refuses what does not fit the kind of movement, in plain words, and records nothing', async () => {
    const missing = await refused(400, 'VALIDATION_FAILED', 'staff.dic.bandung', dic(), { type: 'return', syringes: 10 });
    expect(missing.errors).toEqual([{ field: 'countMethod', messages: [expect.stringContaining('counted or estimated')] }]);
    await refused(400, 'VALIDATION_FAILED', 'staff.dic.bandung', dic(), { type: 'return' });
    await refused(400, 'VALIDATION_FAILED', 'staff.dic.bandung', dic(), { type: 'handover', containers: 1, toPointId: pkm(), syringes: 5, countMethod: 'counted' });
    await refused(400, 'VALIDATION_FAILED', 'staff.pkm.kopo', pkm(), { type: 'destruction', containers: 1 });
    await refused(400, 'VALIDATION_FAILED', 'staff.dic.bandung', dic(), { type: 'return', containers: 1, clientName: 'Budi' });
    // Containers go to a point of the same regency that destroys them (or to the supplier), never to itself.
    await refused(422, 'UNKNOWN_POINT', 'staff.dic.bandung', dic(), { type: 'handover', containers: 1, toPointId: ids.point('LSM-CBN-01') });
    await refused(422, 'UNKNOWN_POINT', 'staff.pkm.kopo', pkm(), { type: 'handover', containers: 1, toPointId: dic() });
    const receivers = await t.http().get(`/api/v1/points/${dic()}/sharps/receivers`).set('Authorization', `Bearer ${await t.token('staff.dic.bandung')}`).expect(200);
    // Its supplier (the Bandung health office) first, then the puskesmas; nothing of another regency, not itself.
    expect(receivers.body.map((point: { code: string }) => point.code)).toEqual(['DINKES-3273', 'PKM-BDG-KOPO']);
    await refused(400, 'VALIDATION_FAILED', 'staff.dic.bandung', dic(), { type: 'handover', containers: 1, toPointId: dic() });
    // Nobody records sharps at a point outside their own.
    const outside = await send('staff.pkm.kopo', dic(), { type: 'return', containers: 1 });
    expect([403, 404]).toContain(outside.status);
  });

  it('takes containers to a hospital of the regency, which destroys them and may hold naloxone', async () => {
    const created = await t.http().post('/api/v1/points').set('Authorization', `Bearer ${await t.token('admin')}`)
      .send({ code: 'RS-BDG-HASAN', name: 'RSUP Hasan Sadikin', type: 'hospital', regencyCode: '32.73' }).expect(201);
    expect(created.body).toMatchObject({ type: 'hospital', mayHoldRestricted: true });
    const receivers = await t.http().get(`/api/v1/points/${dic()}/sharps/receivers`).set('Authorization', `Bearer ${await t.token('staff.dic.bandung')}`).expect(200);
    expect(receivers.body.map((point: { code: string }) => point.code)).toContain('RS-BDG-HASAN');
    await record('staff.dic.bandung', dic(), { type: 'return', containers: 1 });
    await record('staff.dic.bandung', dic(), { type: 'handover', containers: 1, toPointId: created.body.id });
    const destroyed = await record('admin', created.body.id, { type: 'destruction', containers: 1, destructionMethod: 'incinerator' });
    expect(destroyed.lines).toEqual([expect.objectContaining({ pointCode: 'RS-BDG-HASAN', containers: -1 })]);
    expect(await held(created.body.id)).toBe(0);
  });

  it('reports the return ratio per point and regency and month in the programme report: syringes returned over sets distributed', async () => {
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    const report = async () =>
      (await t.http().get('/api/v1/reports/programme').query({ from: month, to: month, regencyCode: '32.73' }).set('Authorization', `Bearer ${await t.token('dinkes.bandung')}`).expect(200)).body;
    type Row = { month: string; pointCode: string; distributed: number; returned: number; returnedEstimated: number; returnRatio: number };
    const rowOf = (body: { items: Row[] }, code: string) => body.items.find((row) => row.pointCode === code && row.month === month);
    const before = await report();
    const was = rowOf(before, 'DIC-BDG-01');

    await api.receive('DIC-BDG-01', 'NS-1ML-LDS-29G', 1000, 'SHARPS-RATIO');
    await api.distribute('DIC-BDG-01', 'NS-1ML-LDS-29G', 400, { contacts: 10 });
    await record('staff.dic.bandung', dic(), { type: 'return', syringes: 100, countMethod: 'counted' });
    await record('staff.dic.bandung', dic(), { type: 'return', syringes: 60, countMethod: 'estimated', containers: 1 });

    const after = await report();
    const row = rowOf(after, 'DIC-BDG-01')!;
    expect(row.distributed - (was?.distributed ?? 0)).toBe(400);
    expect(row.returned - (was?.returned ?? 0)).toBe(160);
    expect(row.returnedEstimated - (was?.returnedEstimated ?? 0)).toBe(60);
    expect(row.returnRatio).toBeCloseTo(row.returned / row.distributed, 3);
    const regency = after.regencies.find((total: { month: string }) => total.month === month);
    const points = after.items.filter((item: { month: string }) => item.month === month);
    expect(regency.returned).toBe(points.reduce((sum: number, item: { returned: number }) => sum + item.returned, 0));
    expect(regency.pointId).toBeNull();

    const csv = await t.http().get('/api/v1/reports/programme').query({ from: month, to: month, format: 'csv' }).set('Authorization', `Bearer ${await t.token('dinkes.bandung')}`).expect(200);
    expect(csv.text.split('\n')[0]).toContain('Rasio pengembalian');
    await t.http().get('/api/v1/reports/programme').query({ from: month, to: month, regencyCode: '32.01' }).set('Authorization', `Bearer ${await t.token('dinkes.bandung')}`).expect(403);
  });
});
