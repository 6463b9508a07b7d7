import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/** Expiry alerts follow movements the way stock-out alerts do; a receipt of a lot near or past expiry says so. */
describe('expiry alerts follow movements', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  let counter = 0;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const dateIn = (timeZone: string, days = 0) =>
    new Date(Date.parse(`${new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date())}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const record = (pointId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/v1/points/${pointId}/movements`).set(auth(admin)).send({ id: randomUUID(), occurredAt: new Date().toISOString(), ...body });
  const newPoint = async () =>
    (await t.http().post('/api/v1/points').set(auth(admin)).send({ code: `EXA-${++counter}-${randomUUID().slice(0, 6)}`.toUpperCase(), name: 'Expiry alerts', type: 'drop_in_centre', regencyCode: '32.73' }).expect(201)).body.id as string;
  /** The point's expiry alerts (stock-out alerts are another test's business). */
  const alerts = async (pointId: string) =>
    ((await t.http().get('/api/v1/alerts').set(auth(admin)).query({ pointId, limit: 200 }).expect(200)).body.items as {
      type: string; status: string; severity: string; lotId: string; details: { quantity: number };
    }[]).filter((alert) => alert.type !== 'stockout');

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  it('a receipt of an expired lot answers with a warning and raises the expired-stock alert at once; the write-off resolves it at once', async () => {
    const point = await newPoint();
    const swab = ids.product('SWAB-ALC');
    const received = await record(point, {
      type: 'receipt', source: 'donation',
      lines: [{ productId: swab, quantity: 620, lotNumber: 'EXA-OLD', expiryDate: dateIn('Asia/Jakarta', -3), fundingSource: 'APBD' }],
    });
    expect(received.status).toBe(201);
    const lotId = received.body.lines[0].lotId;
    expect(received.body.warnings).toEqual([expect.objectContaining({ code: 'LOT_EXPIRED_ON_RECEIPT', lineNo: 1, lotId, daysToExpiry: -3 })]);
    expect(await alerts(point)).toEqual([expect.objectContaining({ type: 'expired_on_hand', status: 'open', lotId, details: expect.objectContaining({ quantity: 620 }) })]);

    const part = await record(point, { type: 'adjustment', lines: [{ productId: swab, lotId, quantity: 600, reason: 'expired_write_off' }] });
    expect(part.status).toBe(201);
    expect((await alerts(point))[0].details.quantity).toBe(20);
    await record(point, { type: 'adjustment', lines: [{ productId: swab, lotId, quantity: 20, reason: 'expired_write_off' }] }).expect(201);
    expect(await alerts(point)).toEqual([expect.objectContaining({ type: 'expired_on_hand', status: 'resolved' })]);
  });

  it('a lot received inside its critical window is flagged in the answer and as a critical alert, which follows what is handed out', async () => {
    const point = await newPoint();
    const condom = ids.product('CONDOM-M');
    const received = await record(point, {
      type: 'receipt', source: 'Dinkes',
      lines: [
        { productId: condom, quantity: 100, lotNumber: 'EXA-SOON', expiryDate: dateIn('Asia/Jakarta', 10), fundingSource: 'APBD' },
        { productId: condom, quantity: 100, lotNumber: 'EXA-LATER', expiryDate: '2031-01', fundingSource: 'APBD' },
      ],
    });
    expect(received.status).toBe(201);
    expect(received.body.warnings).toEqual([expect.objectContaining({ code: 'LOT_EXPIRES_SOON', lineNo: 1, lotNumber: 'EXA-SOON', daysToExpiry: 10 })]);
    expect(await alerts(point)).toEqual([expect.objectContaining({ type: 'lot_expiring', severity: 'critical', status: 'open', details: expect.objectContaining({ quantity: 100 }) })]);

    await record(point, { type: 'distribution', lines: [{ productId: condom, quantity: 100 }] }).expect(201);
    expect(await alerts(point)).toEqual([expect.objectContaining({ type: 'lot_expiring', status: 'resolved' })]);
    // A receipt of a lot far from expiry answers without warnings.
    const plain = await record(point, { type: 'receipt', source: 'Dinkes', lines: [{ productId: condom, quantity: 1, lotNumber: 'EXA-LATER', expiryDate: '2031-01', fundingSource: 'APBD' }] });
    expect(plain.body.warnings).toBeUndefined();
  });
});
