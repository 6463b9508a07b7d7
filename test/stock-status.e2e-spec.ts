import { randomUUID } from 'node:crypto';
import { StockStatusResponse } from '../src/shortages/dto/shortage.dto';
import { AuthUser } from '../src/access/roles';
import { StockStatusCalculator } from '../src/shortages/stock-status.calculator';
import { StockStatusStore } from '../src/shortages/stock-status.store';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/** A reader who sees every point, as an administrator does. */
const ADMINISTRATOR: AuthUser = { id: 'test-admin', username: 'admin', role: 'admin', regencyCodes: [], pointIds: [] };

/**
 * The shortage report reads `stock_status`, which triggers and readers keep current. Each step below changes one
 * input of the figures through the API; after each, the report must equal the figures computed directly from the
 * aggregates. A change that no trigger queues shows up as a difference.
 */
describe('stock status kept for the shortage report', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const REGENCY = '52.03'; // Lombok Timur: WITA
  const today = () => new Date().toISOString();

  const reported = async (regencyCode: string): Promise<StockStatusResponse[]> => {
    const rows: StockStatusResponse[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await t.http().get(`/api/v1/shortages?regencyCode=${regencyCode}&limit=200&offset=${offset}`).set(auth(admin)).expect(200);
      rows.push(...page.body.items);
      if (offset + 200 >= page.body.total) return rows;
    }
  };
  const live = async (regencyCode: string) => t.app.get(StockStatusCalculator).statusesOfAnyPoint({ regencyCode }, new Date());
  const expectReportCurrent = async (regencyCode = REGENCY) => {
    const rows = await reported(regencyCode);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(await live(regencyCode));
    const [{ queued }] = await t.dataSource.query(
      `SELECT count(*)::int AS queued FROM stock_status_changes c JOIN points p ON p.id = c.point_id WHERE p.regency_code = $1`,
      [regencyCode],
    );
    expect(queued).toBe(0);
    return rows;
  };
  const row = (rows: StockStatusResponse[], pointId: string, productId: string) => rows.find((r) => r.pointId === pointId && r.productId === productId);

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  it('follows every kind of change the figures depend on', async () => {
    await expectReportCurrent();
    const create = async (code: string, type: string, supplierPointId?: string) =>
      (await t.http().post('/api/v1/points').set(auth(admin)).send({ code, name: `Test ${code}`, type, regencyCode: REGENCY, supplierPointId }).expect(201)).body.id as string;
    const dic = await create('SS-DIC', 'drop_in_centre');
    const kit = await create('SS-KIT', 'outreach', dic);
    const product = ids.product('SWAB-ALC');
    const move = (pointId: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/points/${pointId}/movements`).set(auth(admin)).send({ id: randomUUID(), occurredAt: today(), ...body }).expect(201);

    // A receipt and a distribution (ledger lines).
    await move(dic, { type: 'receipt', source: 'test', lines: [{ productId: product, quantity: 500, lotNumber: 'SS-1', expiryDate: '2029-12', fundingSource: 'APBN' }] });
    expect(row(await expectReportCurrent(), dic, product)).toMatchObject({ usable: 500 });
    await move(dic, { type: 'distribution', lines: [{ productId: product, quantity: 120 }] });
    expect(row(await expectReportCurrent(), dic, product)).toMatchObject({ usable: 380 });

    // A shipment on its way to the kit, then cancelled (in transit at the receiver, without a ledger line there).
    const ship = async () =>
      (await t.http().post('/api/v1/shipments').set(auth(admin)).send({ id: randomUUID(), fromPointId: dic, toPointId: kit, occurredAt: today(), lines: [{ productId: product, quantity: 80 }] }).expect(201)).body;
    const first = await ship();
    expect(row(await expectReportCurrent(), kit, product)).toMatchObject({ usable: 0, inTransitInbound: 80 });
    await t.http().post(`/api/v1/shipments/${first.id}/cancel`).set(auth(admin)).send({ id: randomUUID() }).expect(201);
    // Nothing moved at the kit and nothing is on its way: an outreach kit is expected to carry swabs, so its shelf is
    // empty (a stock-out), with nothing inbound any more.
    expect(row(await expectReportCurrent(), kit, product)).toMatchObject({ usable: 0, inTransitInbound: 0, status: 'stockout' });

    // Received.
    const second = await ship();
    await t.http().post(`/api/v1/shipments/${second.id}/receive`).set(auth(admin))
      .send({ id: randomUUID(), lines: second.lines.map((line: { lotId: string; quantitySent: number }) => ({ lotId: line.lotId, quantityReceived: line.quantitySent })) })
      .expect(201);
    expect(row(await expectReportCurrent(), kit, product)).toMatchObject({ usable: 80, inTransitInbound: 0 });

    // The point's own stock levels.
    await t.http().put(`/api/v1/points/${dic}/stock-levels`).set(auth(admin)).send({ levels: [{ productId: product, minMonths: 2, maxMonths: 7, expectedMonthlyUse: 400 }] }).expect(200);
    expect(row(await expectReportCurrent(), dic, product)).toMatchObject({ minMonths: 2, maxMonths: 7, levelsSource: 'point' });

    // The point's name and type (default levels), and the product's pack size.
    await t.http().patch(`/api/v1/points/${kit}`).set(auth(admin)).send({ name: 'Renamed kit', type: 'drop_in_centre', supplierPointId: null }).expect(200);
    expect(row(await expectReportCurrent(), kit, product)).toMatchObject({ pointName: 'Renamed kit', pointType: 'drop_in_centre', maxMonths: 2 });
    const pack = (await t.http().get(`/api/v1/products/${product}`).set(auth(admin)).expect(200)).body.packSize as number;
    await t.http().patch(`/api/v1/products/${product}`).set(auth(admin)).send({ packSize: pack * 2 }).expect(200);
    expect(row(await expectReportCurrent(), dic, product)).toMatchObject({ packSize: pack * 2 });

    // A stock-out: the movement that empties the kit opens a stock-out period.
    await move(kit, { type: 'distribution', lines: [{ productId: product, quantity: 80 }] });
    expect(row(await expectReportCurrent(), kit, product)).toMatchObject({ usable: 0, status: expect.stringMatching(/stockout|no_consumption/) });

    // The point moves to another regency: it leaves this report at once and appears in the other.
    await t.http().patch(`/api/v1/points/${kit}`).set(auth(admin)).send({ regencyCode: '52.71' }).expect(200);
    expect((await reported(REGENCY)).some((r) => r.pointId === kit)).toBe(false);
    expect((await expectReportCurrent('52.71')).some((r) => r.pointId === kit)).toBe(true);

    // Deactivated: gone from the report.
    await t.http().patch(`/api/v1/points/${dic}`).set(auth(admin)).send({ active: false }).expect(200);
    expect((await expectReportCurrent()).some((r) => r.pointId === dic)).toBe(false);
  });

  it('recomputes a row once the point\'s local day has ended, and anything computed under another configuration', async () => {
    const point = ids.point('DINKES-5203');
    await expectReportCurrent();
    const [{ fresh }] = await t.dataSource.query(
      `SELECT bool_and(fresh_until = ((as_of + 1)::timestamp AT TIME ZONE 'Asia/Makassar')) AS fresh FROM stock_status WHERE point_id = $1`,
      [point],
    );
    expect(fresh).toBe(true);

    // As if yesterday's figures were still stored: the next reader recomputes them.
    await t.dataSource.query(
      `UPDATE stock_status SET fresh_until = now() - interval '1 second', usable = -1, status = 'ok' WHERE point_id = $1`,
      [point],
    );
    await expectReportCurrent();

    await t.dataSource.query(`UPDATE stock_status SET computed_with = 'another formula', usable = -1, amc = -1 WHERE point_id = $1`, [point]);
    await t.app.get(StockStatusStore).onApplicationBootstrap();
    await expectReportCurrent();
  });

  it('recomputes a queued point once when two readers ask at the same time', async () => {
    const point = ids.point('DINKES-5203');
    await expectReportCurrent();
    await t.dataSource.query(`INSERT INTO stock_status_changes (point_id) VALUES ($1)`, [point]);
    const store = t.app.get(StockStatusStore);
    // Both readers find the queued point, then wait for the refresh lock held here.
    const holder = t.dataSource.createQueryRunner();
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(hashtext('stock_status:refresh'))`);
      const readers = [store.prepareRead(ADMINISTRATOR, REGENCY, new Date()), store.prepareRead(ADMINISTRATOR, REGENCY, new Date())];
      await new Promise((resolve) => setTimeout(resolve, 500));
      await holder.query(`SELECT pg_advisory_unlock(hashtext('stock_status:refresh'))`);
      const results = await Promise.all(readers);
      expect(results.map((result) => result.recomputedPoints).sort()).toEqual([0, 1]);
    } finally {
      await holder.release();
    }
    await expectReportCurrent();
  });

  it('streams every row in report order, page after page, and sums the summary over all rows', async () => {
    // The report brings every row up to date first; the export then reads them a page at a time.
    const report = await t.http().get('/api/v1/shortages?limit=200').set(auth(admin)).expect(200);
    const all: StockStatusResponse[] = [];
    for await (const rows of t.app.get(StockStatusStore).all(t.dataSource, ADMINISTRATOR, {}, 7)) {
      expect(rows.length).toBeLessThanOrEqual(7);
      all.push(...rows);
    }
    expect(all.length).toBe(report.body.total);
    expect(all.length).toBeGreaterThan(14);
    expect(all.slice(0, report.body.items.length)).toEqual(report.body.items);
    const keys = all.map((r) => `${r.regencyCode} ${r.pointCode} ${r.productCode}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    for (const product of report.body.summary) {
      const rows = all.filter((r) => r.productId === product.productId);
      expect(product).toEqual({
        productId: product.productId,
        productCode: rows[0].productCode,
        points: rows.length,
        pointsOutOfStock: rows.filter((r) => r.status === 'stockout').length,
        pointsBelowMin: rows.filter((r) => r.status === 'below_min').length,
        totalSuggested: rows.reduce((sum, r) => sum + r.suggestedQuantity, 0),
      });
    }
  });
});
