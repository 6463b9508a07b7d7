import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * A time without offset and a bare date are read in the point's own zone (WIB, WITA, WIT), never as UTC; a movement
 * dated by a bare date is refused with a message saying what to send.
 */
describe('local time at the point', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  const points: Record<string, string> = {};
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const yesterday = (timeZone: string) =>
    new Date(Date.parse(`${new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date())}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const record = (pointId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/v1/points/${pointId}/movements`).set(auth(admin)).send({ id: randomUUID(), ...body });
  const receipt = (pointId: string, occurredAt: string) =>
    record(pointId, {
      type: 'receipt', occurredAt, source: 'test',
      lines: [{ productId: ids.product('CONDOM-M'), quantity: 5, lotNumber: `LT-${randomUUID().slice(0, 8)}`, expiryDate: '2031-01', fundingSource: 'APBN' }],
    });

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    const newPoint = async (regencyCode: string) =>
      (await t.http().post('/api/v1/points').set(auth(admin)).send({ code: `LT-${randomUUID().slice(0, 8)}`.toUpperCase(), name: 'Local time', type: 'drop_in_centre', regencyCode }).expect(201)).body.id as string;
    const papua = (await t.http().get('/api/v1/regions/regencies').set(auth(admin)).query({ provinceCode: '91' }).expect(200)).body[0].code as string;
    points['Asia/Jakarta'] = await newPoint('32.73');
    points['Asia/Makassar'] = await newPoint('52.03');
    points['Asia/Jayapura'] = await newPoint(papua);
  });
  afterAll(() => t.close());

  it.each([
    ['Asia/Jakarta', 7],
    ['Asia/Makassar', 8],
    ['Asia/Jayapura', 9],
  ])('reads occurredAt without an offset on the wall clock of a point in %s (UTC+%i)', async (timeZone, offset) => {
    const day = yesterday(timeZone);
    const response = await receipt(points[timeZone], `${day}T10:00:00`);
    expect(response.status).toBe(201);
    expect(response.body.occurredAt).toBe(new Date(Date.parse(`${day}T10:00:00Z`) - offset * 3_600_000).toISOString());
    // An explicit offset is kept as sent.
    const explicit = await receipt(points[timeZone], `${day}T10:00:00+07:00`);
    expect(explicit.body.occurredAt).toBe(new Date(Date.parse(`${day}T03:00:00Z`)).toISOString());
  });

  it('refuses a bare date as occurredAt, saying to add the time of day', async () => {
    const response = await receipt(points['Asia/Makassar'], yesterday('Asia/Makassar'));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'occurredAt', messages: [expect.stringContaining('needs the time of day')] }]);
  });

  it('reads from/to filters given as a bare date as the point\'s local days', async () => {
    const point = points['Asia/Jayapura'];
    const day = yesterday('Asia/Jayapura');
    // 00:30 WIT is still the evening before in UTC: a UTC reading of the date would leave it out.
    const early = await receipt(point, `${day}T00:30:00`);
    expect(early.status).toBe(201);
    const list = await t.http().get(`/api/v1/points/${point}/movements`).set(auth(admin)).query({ from: day, limit: 200 }).expect(200);
    expect(list.body.items.map((movement: { id: string }) => movement.id)).toContain(early.body.id);
    const before = await t.http().get(`/api/v1/points/${point}/movements`).set(auth(admin)).query({ to: day, limit: 200 }).expect(200);
    expect(before.body.items.map((movement: { id: string }) => movement.id)).not.toContain(early.body.id);
    const card = await t.http().get(`/api/v1/points/${point}/stock-card`).set(auth(admin)).query({ productId: ids.product('CONDOM-M'), from: day, to: `${day}T01:00:00` }).expect(200);
    expect(card.body.items.map((line: { movementId: string }) => line.movementId)).toEqual([early.body.id]);
  });

  it('reads a shipment\'s occurredAt without offset in the sending point\'s zone', async () => {
    const from = points['Asia/Makassar'];
    const day = yesterday('Asia/Makassar');
    await receipt(from, `${day}T08:00:00`).expect(201);
    const shipment = await t.http().post('/api/v1/shipments').set(auth(admin)).send({
      id: randomUUID(), fromPointId: from, toPointId: points['Asia/Jayapura'], occurredAt: `${day}T12:00:00`, lines: [{ productId: ids.product('CONDOM-M'), quantity: 1 }],
    });
    expect(shipment.status).toBe(201);
    expect(new Date(shipment.body.dispatchedAt).toISOString()).toBe(`${day}T04:00:00.000Z`);
  });
});
