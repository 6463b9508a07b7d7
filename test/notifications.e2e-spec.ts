import { randomUUID } from 'node:crypto';
import { NotificationsScan } from '../src/notifications/notifications-scan';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

type Notification = { id: string; kind: string; pointId: string | null; subjectId: string | null; details: Record<string, unknown>; readAt: string | null };

/**
 * In-app notifications: who is told what (the requester, the supplier, the district office, the receiving point),
 * never the one who acted, once per event whatever retries and scans repeat, only in the reader's own list, and
 * with no text anyone typed.
 */
describe('notifications', () => {
  let t: TestApp;
  let admin: string;
  let dicStaff: string;
  let outreach: string;
  let bogor: string;
  let bandung: string;
  let dic: string;
  let kit: string;
  let swab: string;
  const password = 'notifications-test-password';
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const post = (url: string, token: string, body: Record<string, unknown> = {}) => t.http().post(url).set(auth(token)).send(body);
  const mine = async (token: string, query: Record<string, string> = {}) =>
    (await t.http().get('/api/v1/notifications').set(auth(token)).query(query).expect(200)).body as { items: Notification[]; total: number; unread: number };
  const about = async (token: string, subjectId: string) => (await mine(token, { limit: '200' })).items.filter((item) => item.subjectId === subjectId);

  beforeAll(async () => {
    t = await createTestApp();
    const ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    swab = ids.product('SWAB-ALC');
    dic = (await post('/api/v1/points', admin, { code: 'NT-DIC', name: 'DIC Cibinong (notifications)', type: 'drop_in_centre', regencyCode: '32.01' }).expect(201)).body.id;
    kit = (await post('/api/v1/points', admin, { code: 'NT-KIT', name: 'Outreach kit (notifications)', type: 'outreach', regencyCode: '32.01', supplierPointId: dic }).expect(201)).body.id;
    await post('/api/v1/users', admin, { username: 'staff.nt.dic', password, role: 'point_staff', pointIds: [dic] }).expect(201);
    await post('/api/v1/users', admin, { username: 'outreach.nt', password, role: 'outreach_officer', pointIds: [kit] }).expect(201);
    dicStaff = await t.token('staff.nt.dic', password);
    outreach = await t.token('outreach.nt', password);
    bogor = await t.token('dinkes.bogor');
    bandung = await t.token('dinkes.bandung');
    await post(`/api/v1/points/${dic}/movements`, dicStaff, {
      id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'Dinkes Kabupaten Bogor',
      lines: [{ productId: swab, quantity: 1000, lotNumber: 'NT-SW', expiryDate: '2029-06', fundingSource: 'APBD' }],
    }).expect(201);
  });
  afterAll(() => t.close());

  it('tells the supplier and the district office of a request, the requester of its decision and shipment, the kit of what is coming', async () => {
    const request = await post('/api/v1/resupply-requests', outreach, { id: randomUUID(), pointId: kit, lines: [{ productId: swab, quantity: 500 }] }).expect(201);
    const id = request.body.id as string;
    const submitted = await about(dicStaff, id);
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({ kind: 'request_submitted', pointId: kit, details: { pointCode: 'NT-KIT', requestId: id, products: 1 }, readAt: null });
    expect((await about(bogor, id)).map((item) => item.kind)).toEqual(['request_submitted']);
    // Not the one who asked, and not another regency's office.
    expect(await about(outreach, id)).toEqual([]);
    expect(await about(bandung, id)).toEqual([]);

    await post(`/api/v1/resupply-requests/${id}/approve`, dicStaff, { lines: [{ productId: swab, approvedQuantity: 400 }] }).expect(200);
    expect((await about(outreach, id)).map((item) => [item.kind, item.details.changed])).toEqual([['request_approved', true]]);
    expect((await about(dicStaff, id)).map((item) => item.kind)).toEqual(['request_submitted']);

    const shipmentId = randomUUID();
    const shipment = { id: shipmentId, fromPointId: dic, toPointId: kit, resupplyRequestId: id, lines: [{ productId: swab, quantity: 400 }] };
    await post('/api/v1/shipments', dicStaff, shipment).expect(201);
    // A retry of the same shipment tells nobody again.
    await post('/api/v1/shipments', dicStaff, shipment).expect(201);
    expect((await about(outreach, id)).map((item) => [item.kind, item.details.status ?? null])).toEqual([['request_shipped', 'shipped'], ['request_approved', null]]);
    const sent = await about(outreach, shipmentId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'shipment_sent', pointId: kit, details: { pointCode: 'NT-DIC', units: 400, products: 1, toPointId: kit } });
    expect(await about(dicStaff, shipmentId)).toEqual([]);
  });

  it('tells the requester of a rejection without copying the reason someone typed', async () => {
    const request = await post('/api/v1/resupply-requests', outreach, { id: randomUUID(), pointId: kit, lines: [{ productId: swab, quantity: 5 }] }).expect(201);
    await post(`/api/v1/resupply-requests/${request.body.id}/reject`, bogor, { reason: 'Ask again next week please' }).expect(200);
    const [rejected] = await about(outreach, request.body.id);
    expect(rejected.kind).toBe('request_rejected');
    expect(JSON.stringify(rejected.details)).not.toContain('next week');
    // The office that decided is not told of its own decision; the drop-in centre (the supplier) is not told either.
    expect((await about(bogor, request.body.id)).map((item) => item.kind)).toEqual(['request_submitted']);
  });

  it('tells the point and its district office once when a product runs out', async () => {
    const [stock] = await t.dataSource.query(`SELECT quantity FROM stock_balances WHERE point_id = $1 AND product_id = $2`, [dic, swab]);
    const distribute = (quantity: number) => post(`/api/v1/points/${dic}/movements`, dicStaff, { id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 1, lines: [{ productId: swab, quantity }] }).expect(201);
    await distribute(stock.quantity - 1);
    expect((await about(dicStaff, swab)).filter((item) => item.kind === 'stockout')).toEqual([]);
    await distribute(1);
    const out = (await about(dicStaff, swab)).filter((item) => item.kind === 'stockout');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ pointId: dic, details: { pointCode: 'NT-DIC', productCode: 'SWAB-ALC' } });
    expect((await about(bogor, swab)).filter((item) => item.kind === 'stockout' && item.pointId === dic)).toHaveLength(1);
    expect((await about(bandung, swab)).filter((item) => item.pointId === dic)).toEqual([]);
    // Stock back and out again the same day: still one notification for the day.
    await post(`/api/v1/points/${dic}/movements`, dicStaff, {
      id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'Dinkes Kabupaten Bogor',
      lines: [{ productId: swab, quantity: 3, lotNumber: 'NT-SW', expiryDate: '2029-06', fundingSource: 'APBD' }],
    }).expect(201);
    await distribute(3);
    expect((await about(dicStaff, swab)).filter((item) => item.kind === 'stockout')).toHaveLength(1);
  });

  it('finds stock expiring within 30 days and a report due, once each, in the daily scan', async () => {
    const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await post(`/api/v1/points/${dic}/movements`, dicStaff, {
      id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'Dinkes Kabupaten Bogor',
      lines: [
        { productId: swab, quantity: 50, lotNumber: 'NT-SOON', expiryDate: soon, fundingSource: 'APBD' },
        { productId: swab, quantity: 50, lotNumber: 'NT-LATER', expiryDate: later, fundingSource: 'APBD' },
      ],
    }).expect(201);
    const scan = t.app.get(NotificationsScan);
    const first = await scan.scan(new Date());
    expect(first.lotExpiring).toBeGreaterThan(0);
    const expiring = (await mine(dicStaff, { limit: '200' })).items.filter((item) => item.kind === 'lot_expiring');
    expect(expiring.map((item) => item.details.lotNumber)).toEqual(['NT-SOON']);
    expect(expiring[0].details).toMatchObject({ expiryDate: soon, quantity: 50, pointCode: 'NT-DIC' });
    expect((await scan.scan(new Date())).lotExpiring).toBe(0);

    // The 12th of next month: this month's report is due by the 15th and nobody in Bogor has closed it. Bandung has
    // closed it for the whole regency (as it will once the month is over): its office is not reminded.
    const now = new Date();
    const twelfth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 12, 3));
    const month = now.toISOString().slice(0, 7);
    await t.ownerQuery(`INSERT INTO month_closings (regency_code, month, closed_by) SELECT '32.73', $1::date, id FROM users WHERE username = 'admin'`, [`${month}-01`]);
    expect((await scan.scan(twelfth)).monthClosing).toBeGreaterThan(0);
    const reminders = (await mine(bogor, { limit: '200' })).items.filter((item) => item.kind === 'month_closing' && item.details.month === month);
    expect(reminders.map((item) => item.details)).toEqual([expect.objectContaining({ regencyCode: '32.01', dueOn: `${twelfth.toISOString().slice(0, 7)}-15` })]);
    expect((await mine(bandung, { limit: '200' })).items.filter((item) => item.kind === 'month_closing' && item.details.month === month)).toEqual([]);
    expect(await scan.scan(twelfth)).toEqual({ lotExpiring: 0, monthClosing: 0 });
    // Before the 10th nobody is reminded.
    expect((await scan.scan(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 3, 3)))).monthClosing).toBe(0);
  });

  it('lets each user read and mark only their own', async () => {
    const before = await mine(outreach);
    expect(before.unread).toBeGreaterThan(1);
    // Newest first, by number (10 after 9, not as text).
    expect(before.items.map((item) => Number(item.id))).toEqual(before.items.map((item) => Number(item.id)).sort((a, b) => b - a));
    expect((await t.http().get('/api/v1/notifications/unread-count').set(auth(outreach)).expect(200)).body).toEqual({ unread: before.unread });
    const [newest, next] = before.items;
    const othersId = (await mine(dicStaff)).items[0].id;
    const marked = await post('/api/v1/notifications/read', outreach, { ids: [newest.id, othersId] }).expect(200);
    expect(marked.body).toEqual({ marked: 1, unread: before.unread - 1 });
    expect((await mine(dicStaff)).items[0].readAt).toBeNull();
    expect((await post('/api/v1/notifications/read', outreach, { ids: [newest.id] }).expect(200)).body.marked).toBe(0);
    const unread = await mine(outreach, { unread: 'true' });
    expect(unread.items.map((item) => item.id)).not.toContain(newest.id);
    expect(unread.total).toBe(before.unread - 1);
    await post('/api/v1/notifications/read', outreach, { upTo: next.id }).expect(200);
    expect((await mine(outreach)).unread).toBe(0);
    for (const body of [{}, { ids: ['abc'] }, { upTo: '-1' }, { ids: 'x' }]) {
      expect((await post('/api/v1/notifications/read', outreach, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    await t.http().get('/api/v1/notifications').query({ unread: 'maybe' }).set(auth(outreach)).expect(400);
    await t.http().get('/api/v1/notifications').expect(401);
  });
});
