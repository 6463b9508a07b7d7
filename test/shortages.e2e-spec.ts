import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { ShortagesService } from '../src/shortages/shortages.service';
import { localDate } from '../src/stock/expiry-dates';
import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { createTestApp, TestApp } from './support/test-app';

/** These tests build months of history, further back than users may date a movement (BACKDATING_DAYS, 45 by default). */
const HISTORY = { BACKDATING_DAYS: '3650' };

/** 20 November 2026, noon in Jakarta: the complete months are August, September and October (92 days). */
const AT = new Date('2026-11-20T05:00:00Z');
const on = (date: string) => `${date}T10:00:00+07:00`;

describe('shortages', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  const newPoint = async (code: string, type: string, regencyCode = '32.01', supplierPointId?: string) =>
    (await t.http().post('/api/v1/points').set(auth(admin)).send({ code, name: `Test ${code}`, type, regencyCode, supplierPointId }).expect(201)).body.id as string;
  const move = (pointId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/v1/points/${pointId}/movements`).set(auth(admin)).send({ id: randomUUID(), ...body }).expect(201);
  const receive = (pointId: string, productCode: string, quantity: number, date: string, lotNumber: string) =>
    ledgerApi(t, ids).receive(pointId, productCode, quantity, lotNumber, { occurredAt: on(date), expiryDate: '2028-12' });
  const distribute = (pointId: string, productCode: string, quantity: number, date: string) =>
    ledgerApi(t, ids).distribute(pointId, productCode, quantity, { occurredAt: on(date) });
  const status = async (pointId: string, productCode: string) => {
    const rows = await t.app.get(ShortagesService).pointStatus({ id: 'test', username: 'test', role: 'admin', regencyCodes: [], pointIds: [] }, pointId, undefined, AT);
    return rows.find((row) => row.productCode === productCode)!;
  };

  beforeAll(async () => {
    t = await createTestApp({ env: HISTORY });
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  it('computes AMC over the last three complete months, adjusted for the days out of stock, with its inputs', async () => {
    const point = await newPoint('SF-HISTORY', 'ngo_office');
    await receive(point, 'CONDOM-M', 700, '2026-07-15', 'SF-H1');
    await distribute(point, 'CONDOM-M', 300, '2026-08-10');
    await distribute(point, 'CONDOM-M', 300, '2026-09-10');
    await distribute(point, 'CONDOM-M', 100, '2026-09-20'); // out of stock from 20 September...
    await receive(point, 'CONDOM-M', 1000, '2026-10-13', 'SF-H2'); // ...until 13 October: 23 days
    await distribute(point, 'CONDOM-M', 220, '2026-10-20');
    await distribute(point, 'CONDOM-M', 50, '2026-11-05'); // this month: not in the window

    const row = await status(point, 'CONDOM-M');
    // 920 used in 92 days of which 23 out of stock: 920 / 3 x 92 / 69 = 408.89 a month.
    expect(row.amc).toEqual({
      method: 'history',
      amc: 408.89,
      confidence: 'high',
      consumed: 920,
      days: 92,
      stockoutDays: 23,
      stockoutAdjustment: 1.3333,
      periodStart: '2026-08-01',
      periodEnd: '2026-11-01',
    });
    // 730 usable / 408.89 = 1.79 months: between the NGO office defaults of 1 and 3 months.
    expect(row).toMatchObject({ usable: 730, monthsOfStock: 1.79, minMonths: 1, maxMonths: 3, levelsSource: 'default', status: 'ok' });
    // 3 x 408.89 - 730 = 496.67, rounded up to whole packs of 144: 4 packs.
    expect(row).toMatchObject({ suggestedQuantity: 576, packSize: 144 });
  });

  it('reduces the suggestion by stock on its way, and counts supply to the points it feeds as consumption', async () => {
    const supplier = await newPoint('SF-SUPPLIER', 'drop_in_centre');
    const kit = await newPoint('SF-KIT', 'outreach', '32.01', supplier);
    await receive(supplier, 'SWAB-ALC', 2000, '2026-07-01', 'SF-S1');
    const ship = (from: string, to: string, quantity: number, date: string) =>
      t.http().post('/api/v1/shipments').set(auth(admin)).send({ id: randomUUID(), fromPointId: from, toPointId: to, occurredAt: on(date), lines: [{ productId: ids.product('SWAB-ALC'), quantity }] }).expect(201);
    await ship(supplier, kit, 600, '2026-08-05');
    await ship(supplier, kit, 300, '2026-10-05');
    // Sending stock back up to the district office is not consumption.
    await ship(supplier, ids.point('DINKES-3201'), 100, '2026-09-05');
    const supplierRow = await status(supplier, 'SWAB-ALC');
    expect(supplierRow.amc).toMatchObject({ method: 'history', consumed: 900, stockoutDays: 0, amc: 300 });

    // The kit has nothing usable yet but 900 on its way; it shows as inbound.
    const kitRow = await status(kit, 'SWAB-ALC');
    expect(kitRow).toMatchObject({ usable: 0, inTransitInbound: 900 });

    // The supplier: 1000 usable, AMC 300, max 2 months = 600: nothing to suggest; with a maximum of 5 months,
    // 1500 - 1000 = 500 -> 3 packs of 200 = 600; with 200 more on its way, 300 -> 2 packs = 400.
    expect(supplierRow).toMatchObject({ usable: 1000, suggestedQuantity: 0, status: 'above_max' });
    await t.http().put(`/api/v1/points/${supplier}/stock-levels`).set(auth(admin)).send({ levels: [{ productId: ids.product('SWAB-ALC'), minMonths: 2, maxMonths: 5 }] }).expect(200);
    expect(await status(supplier, 'SWAB-ALC')).toMatchObject({ status: 'ok', levelsSource: 'point', suggestedQuantity: 600 });
    await ship(ids.point('DINKES-3201'), supplier, 200, '2026-11-18');
    expect(await status(supplier, 'SWAB-ALC')).toMatchObject({ inTransitInbound: 200, suggestedQuantity: 400 });
  });

  it("uses the point type's default, or the expected monthly use, for a point with under MIN_HISTORY_DAYS of history", async () => {
    const point = await newPoint('SF-NEW', 'puskesmas');
    await receive(point, 'NS-3ML', 500, '2026-11-05', 'SF-N1');
    await distribute(point, 'NS-3ML', 60, '2026-11-08');
    await distribute(point, 'NS-3ML', 30, '2026-11-15');
    // 5 to 20 November: 16 days of history, under MIN_HISTORY_DAYS (30), are not extrapolated (90 used would have
    // made 171.21 a month): a puskesmas's default for syringes, with low confidence.
    expect((await status(point, 'NS-3ML')).amc).toMatchObject({ method: 'type_default', confidence: 'low', amc: 300 });

    await t.http().put(`/api/v1/points/${point}/stock-levels`).set(auth(admin))
      .send({ levels: [{ productId: ids.product('NS-3ML'), minMonths: 1, maxMonths: 3, expectedMonthlyUse: 250 }] }).expect(200);
    expect(await status(point, 'NS-3ML')).toMatchObject({ amc: expect.objectContaining({ method: 'expected', amc: 250 }), monthsOfStock: 1.64 });
  });

  it('raises a stock-out alert with the movement that empties a point, and resolves it with the receipt', async () => {
    const point = await newPoint('SF-OUT', 'drop_in_centre');
    const lubricant = ids.product('LUBE-SACHET');
    const today = new Date().toISOString();
    await move(point, { type: 'receipt', occurredAt: today, source: 'test', lines: [{ productId: lubricant, quantity: 10, lotNumber: 'SF-O1', expiryDate: '2028-12', fundingSource: 'APBN' }] });
    const open = async () =>
      (await t.http().get(`/api/v1/alerts?pointId=${point}&type=stockout`).set(auth(admin)).expect(200)).body.items.map((a: { status: string; productId: string }) => [a.productId, a.status]);
    expect(await open()).toEqual([]);
    await move(point, { type: 'distribution', occurredAt: today, lines: [{ productId: lubricant, quantity: 10 }] });
    expect(await open()).toEqual([[lubricant, 'open']]);
    const [{ started }] = await t.dataSource.query(`SELECT to_char(started_on, 'YYYY-MM-DD') AS started FROM stockout_periods WHERE point_id = $1 AND ended_on IS NULL`, [point]);
    expect(started).toBe(localDate(new Date(today), 'Asia/Jakarta'));

    await move(point, { type: 'receipt', occurredAt: today, source: 'test', lines: [{ productId: lubricant, quantity: 5, lotNumber: 'SF-O2', expiryDate: '2028-12', fundingSource: 'APBN' }] });
    expect(await open()).toEqual([[lubricant, 'resolved']]);
    const [{ open: stillOpen }] = await t.dataSource.query(`SELECT count(*)::int AS open FROM stockout_periods WHERE point_id = $1 AND ended_on IS NULL`, [point]);
    expect(stillOpen).toBe(0);
  });

  it('has one definition of a stock-out and one shape of its alert, whether a movement or the daily scan finds it', async () => {
    const point = await newPoint('SF-SAME', 'drop_in_centre');
    const lubricant = ids.product('LUBE-SACHET');
    const syringe = ids.product('NS-1ML-LDS-29G');
    const now = new Date();
    const today = localDate(now, 'Asia/Jakarta');
    const alerts = async () =>
      Object.fromEntries(
        ((await t.http().get(`/api/v1/alerts?pointId=${point}&type=stockout`).set(auth(admin)).expect(200)).body.items as { productId: string; status: string; details: object }[])
          .filter((alert) => alert.status !== 'resolved')
          .map((alert) => [alert.productId, alert.details]),
      );
    await move(point, { type: 'receipt', occurredAt: now.toISOString(), source: 'test', lines: [{ productId: lubricant, quantity: 4, lotNumber: 'SF-S1', expiryDate: '2028-12', fundingSource: 'APBN' }] });
    await move(point, { type: 'distribution', occurredAt: now.toISOString(), lines: [{ productId: lubricant, quantity: 4 }] });
    // Only expired syringes arrive: a drop-in centre is expected to carry syringes, so it is out of them now, not
    // only from the next daily scan on (the movement used to wait for stock taken out).
    await move(point, { type: 'receipt', occurredAt: now.toISOString(), source: 'test', lines: [{ productId: syringe, quantity: 7, lotNumber: 'SF-S2', expiryDate: '2020-01', fundingSource: 'APBN' }] });
    const byMovement = await alerts();
    expect(byMovement).toEqual({
      [lubricant]: { since: today, usable: 0, amc: null, suggestedQuantity: null },
      [syringe]: { since: today, usable: 0, amc: null, suggestedQuantity: null },
    });
    const statuses = await t.app.get(ShortagesService).pointStatus({ id: 'test', username: 'test', role: 'admin', regencyCodes: [], pointIds: [] }, point, undefined, now);
    expect(statuses.filter((row) => row.productId === lubricant || row.productId === syringe).map((row) => row.status)).toEqual(['stockout', 'stockout']);

    await t.app.get(ShortagesService).scan(now);
    const byScan = await alerts();
    for (const productId of [lubricant, syringe]) {
      expect(Object.keys(byScan[productId]).sort()).toEqual(Object.keys(byMovement[productId]).sort());
      expect(byScan[productId]).toMatchObject({ since: today, usable: 0, amc: expect.any(Number), suggestedQuantity: expect.any(Number) });
    }
  });

  it('raises below-minimum alerts from the scan, and shows a district officer only their regency', async () => {
    const result = await t.app.get(ShortagesService).scan(AT);
    expect(Object.keys(result.raised).length + result.stillOpen).toBeGreaterThan(0);

    const bandung = await t.token('dinkes.bandung');
    const report = await t.http().get('/api/v1/shortages?limit=200').set(auth(bandung)).expect(200);
    expect(report.body.total).toBeGreaterThan(0);
    expect(report.body.items.every((row: { regencyCode: string }) => row.regencyCode === '32.73')).toBe(true);
    expect(report.body.summary.reduce((sum: number, product: { points: number }) => sum + product.points, 0)).toBe(report.body.total);
    // Another regency is refused outright: an empty report would read as "no shortages there".
    const foreign = await t.http().get('/api/v1/shortages?regencyCode=32.01').set(auth(bandung)).expect(403);
    expect(foreign.body.code).toBe('OUT_OF_SCOPE');
    await t.http().get(`/api/v1/points/${ids.point('LSM-CBN-01')}/stock-status`).set(auth(bandung)).expect(404);
    await t.http().get(`/api/v1/points/${ids.point('LSM-CBN-01')}/stock-levels`).set(auth(bandung)).expect(404);
    const put = await t.http().put(`/api/v1/points/${ids.point('DIC-BDG-01')}/stock-levels`).set(auth(await t.token('staff.dic.bandung'))).send({ levels: [] }).expect(403);
    expect(put.body.code).toBe('FORBIDDEN_ROLE');
  });

  it('filters by status and answers CSV that parses back to the same rows', async () => {
    const json = await t.http().get('/api/v1/shortages?regencyCode=32.01&limit=200').set(auth(admin)).expect(200);
    const csv = await t.http().get('/api/v1/shortages?regencyCode=32.01&format=csv').set(auth(admin)).expect(200);
    const rows: Record<string, string>[] = parse(csv.text, { columns: true });
    expect(rows.map((row) => [row.pointCode, row.productCode, row.status, Number(row.suggestedQuantity)])).toEqual(
      json.body.items.map((row: { pointCode: string; productCode: string; status: string; suggestedQuantity: number }) => [row.pointCode, row.productCode, row.status, row.suggestedQuantity]),
    );
    const stockouts = await t.http().get('/api/v1/shortages?regencyCode=32.01&status=stockout&limit=200').set(auth(admin)).expect(200);
    expect(stockouts.body.items.every((row: { status: string }) => row.status === 'stockout')).toBe(true);
  });

  it('keeps the aggregates equal to what the whole ledger gives', async () => {
    const snapshot = async () =>
      t.dataSource.query(
        `SELECT 'c' AS kind, point_id, product_id, to_char(month, 'YYYY-MM-DD') AS at, consumed AS value FROM consumption_months
         UNION ALL SELECT 'h', point_id, product_id, to_char(first_movement_on, 'YYYY-MM-DD'), 0 FROM stock_histories
         ORDER BY 1, 2, 3, 4`,
      );
    const maintained = await snapshot();
    expect(maintained.length).toBeGreaterThan(20);
    await t.dataSource.query('SELECT rebuild_consumption_aggregates()');
    expect(await snapshot()).toEqual(maintained);
  });

  it('validates stock levels', async () => {
    const point = ids.point('DIC-BDG-01');
    const bad = await t.http().put(`/api/v1/points/${point}/stock-levels`).set(auth(admin))
      .send({ levels: [{ productId: ids.product('SWAB-ALC'), minMonths: 3, maxMonths: 2 }] }).expect(400);
    expect(bad.body.errors[0].field).toBe('levels[0].maxMonths');
    const levels = await t.http().get(`/api/v1/points/${point}/stock-levels`).set(auth(admin)).expect(200);
    expect(levels.body.find((level: { productCode: string }) => level.productCode === 'SWAB-ALC')).toMatchObject({ minMonths: 1, maxMonths: 2, source: 'default' });
    expect(levels.body.some((level: { productCode: string }) => level.productCode === 'NALOXONE-0.4')).toBe(false);
  });
});
