import { randomUUID } from 'node:crypto';
import { StockStatusCalculator } from '../src/shortages/stock-status.calculator';
import { MAX_DAILY_QUANTITY, MAX_LINE_QUANTITY } from '../src/stock/ledger-rules';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * One account's valid requests must not break the figures of everyone whose scope includes its point: figures that
 * do not fit a 32-bit integer, and a point whose figures cannot be computed at all.
 */
describe('large figures and one bad point', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  let officer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const newPoint = async (code: string) =>
    (await t.http().post('/api/v1/points').set(auth(admin)).send({ code, name: `Test ${code}`, type: 'district_health_office', regencyCode: '32.01' }).expect(201))
      .body.id as string;
  const move = (pointId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/v1/points/${pointId}/movements`).set(auth(admin)).send({ id: randomUUID(), occurredAt: new Date().toISOString(), ...body });
  /** `total` units in lines of at most MAX_LINE_QUANTITY. */
  const lines = (total: number, line: Record<string, unknown>) =>
    Array.from({ length: Math.ceil(total / MAX_LINE_QUANTITY) }, (_, index) => ({ ...line, quantity: Math.min(MAX_LINE_QUANTITY, total - index * MAX_LINE_QUANTITY) }));
  const receipt = (productCode: string, total: number, lotNumber: string) => ({
    type: 'receipt',
    source: 'Dinkes Provinsi Jawa Barat',
    lines: lines(total, { productId: ids.product(productCode), lotNumber, expiryDate: '2029-12', fundingSource: 'APBN' }),
  });

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    officer = await t.token('dinkes.bogor');
  });
  afterAll(() => t.close());

  it('keeps the shortage report and the status scan working when a new product is received and handed out in one day', async () => {
    const point = await newPoint('BIG-DAY');
    expect((await move(point, receipt('SWAB-ALC', MAX_DAILY_QUANTITY, 'BIG-DAY-1'))).status).toBe(201);
    expect((await move(point, { type: 'distribution', lines: lines(MAX_DAILY_QUANTITY, { productId: ids.product('SWAB-ALC') }) })).status).toBe(201);
    // One day of history is not extrapolated (MIN_HISTORY_DAYS): the officer sets the expected use, the largest allowed.
    await t.http().put(`/api/v1/points/${point}/stock-levels`).set(auth(admin))
      .send({ levels: [{ productId: ids.product('SWAB-ALC'), minMonths: 1, maxMonths: 3, expectedMonthlyUse: MAX_DAILY_QUANTITY }] }).expect(200);

    const report = await t.http().get('/api/v1/shortages?regencyCode=32.01&limit=200').set(auth(officer));
    expect(report.status).toBe(200);
    const row = report.body.items.find((item: { pointId: string; productCode: string }) => item.pointId === point && item.productCode === 'SWAB-ALC');
    expect(row).toMatchObject({ status: 'stockout', usable: 0 });
    expect(Number.isSafeInteger(row.suggestedQuantity)).toBe(true);
    expect(row.suggestedQuantity).toBe(3 * MAX_DAILY_QUANTITY);
    const direct = await t.http().get(`/api/v1/points/${point}/stock-status`).set(auth(officer)).expect(200);
    expect(direct.body.find((item: { productCode: string }) => item.productCode === 'SWAB-ALC').suggestedQuantity).toBe(row.suggestedQuantity);

    await t.http().get('/api/v1/shortages?format=csv').set(auth(admin)).expect(200);
    await t.http().post('/api/v1/shortages/scan').set(auth(admin)).expect(200);
  });

  it('refuses more than the daily limit of one product at one point, with a clear message, and records nothing', async () => {
    const point = await newPoint('BIG-LIMIT');
    expect((await move(point, receipt('CONDOM-M', MAX_DAILY_QUANTITY, 'BIG-LIMIT-1'))).status).toBe(201);
    const more = await move(point, receipt('CONDOM-M', 1, 'BIG-LIMIT-1'));
    expect(more.status).toBe(422);
    expect(more.body.code).toBe('DAILY_QUANTITY_LIMIT');
    expect(more.body.detail).toContain('CONDOM-M');
    const [{ movements }] = await t.dataSource.query(`SELECT count(*)::int AS movements FROM movements WHERE point_id = $1`, [point]);
    expect(movements).toBe(1);
    // Another product, and handing out what came in, stay possible the same day.
    expect((await move(point, receipt('LUBE-SACHET', 10, 'BIG-LIMIT-2'))).status).toBe(201);
    expect((await move(point, { type: 'distribution', lines: [{ productId: ids.product('CONDOM-M'), quantity: 5 }] })).status).toBe(201);
  });

  it('answers the report for everyone else when the figures of one point cannot be computed, and logs that point', async () => {
    const bad = await newPoint('BAD-POINT');
    const good = await newPoint('GOOD-POINT');
    expect((await move(bad, receipt('CONDOM-M', 100, 'BAD-1'))).status).toBe(201);
    expect((await move(good, receipt('CONDOM-M', 100, 'GOOD-1'))).status).toBe(201);
    const calculator = t.app.get(StockStatusCalculator);
    const compute = calculator.compute.bind(calculator);
    const spy = jest.spyOn(calculator, 'compute').mockImplementation(async (actor, filters, at, queryable) => {
      if (filters.pointIds?.includes(bad)) throw new Error('figures of this point cannot be computed');
      return compute(actor, filters, at, queryable);
    });
    try {
      const report = await t.http().get('/api/v1/shortages?regencyCode=32.01&limit=200').set(auth(officer));
      expect(report.status).toBe(200);
      const points = new Set(report.body.items.map((item: { pointId: string }) => item.pointId));
      expect(points.has(good)).toBe(true);
      // The bad point stays queued, so it is recomputed as soon as it can be.
      const queued = await t.dataSource.query(`SELECT 1 FROM stock_status_changes WHERE point_id = $1`, [bad]);
      expect(queued.length).toBeGreaterThan(0);
      await t.http().post('/api/v1/shortages/scan').set(auth(admin)).expect(200);
    } finally {
      spy.mockRestore();
    }
    const healed = await t.http().get('/api/v1/shortages?regencyCode=32.01&limit=200').set(auth(officer)).expect(200);
    expect(healed.body.items.some((item: { pointId: string }) => item.pointId === bad)).toBe(true);
  });
});
