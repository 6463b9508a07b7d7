import { randomUUID } from 'node:crypto';
import { StockStatusStore } from '../src/shortages/stock-status.store';
import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The queue says which product of a point changed (migrations/1795442200000-StockStatusChangesByProduct.ts), and the
 * drain recomputes only those rows and lots, unless the change concerns the whole point. What the drain keeps must
 * always equal a full recompute of every point: after each batch of changes below, `stock_status` and
 * `lot_expiry_status` as the drain left them are compared with the same tables after `refreshEveryPoint` at the same
 * instant, row by row and column by column.
 */
describe('stock status recomputed per product', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: { Authorization: string };
  let store: StockStatusStore;
  let ledger: ReturnType<typeof ledgerApi>;
  let dic: string;
  let outreach: string;
  let SWAB: string;
  let NS: string;
  let IEC: string;

  const kept = async () => ({
    status: await t.dataSource.query(`SELECT * FROM stock_status ORDER BY point_id, product_id`),
    lots: await t.dataSource.query(`SELECT * FROM lot_expiry_status ORDER BY point_id, lot_id`),
  });
  const queued = async (): Promise<{ pointId: string; productId: string | null }[]> =>
    t.dataSource.query(`SELECT DISTINCT point_id AS "pointId", product_id AS "productId" FROM stock_status_changes`);
  /** Drains the queue, then checks that a full recompute at the same instant changes nothing the drain kept. */
  const expectDrainedEqualsFullRecompute = async () => {
    const at = new Date();
    await store.drain(at, () => false);
    expect(await queued()).toEqual([]);
    const drained = await kept();
    await store.refreshEveryPoint(at);
    const full = await kept();
    expect(drained.status.length).toBeGreaterThan(0);
    expect(drained.status).toEqual(full.status);
    expect(drained.lots).toEqual(full.lots);
  };
  const post = (path: string, body: Record<string, unknown>) => t.http().post(path).set(admin).send(body).expect(201);

  beforeAll(async () => {
    // Stock received 40 days ago: enough history for the AMC to follow consumption (MIN_HISTORY_DAYS), so a change
    // of consumption alone changes the figures.
    t = await createTestApp({ env: { BACKDATING_DAYS: '60' } });
    ids = await demoIds(t.dataSource);
    admin = { Authorization: `Bearer ${await t.token('admin')}` };
    store = t.app.get(StockStatusStore);
    ledger = ledgerApi(t, ids);
    [SWAB, NS, IEC] = ['SWAB-ALC', 'NS-1ML-LDS-29G', 'IEC-SAFE-INJ'].map((code) => ids.product(code));
    dic = (await post('/api/v1/points', { code: 'BYP-DIC', name: 'Per-product drop-in centre', type: 'drop_in_centre', regencyCode: '32.01' })).body.id;
    outreach = (await post('/api/v1/points', { code: 'BYP-OUT', name: 'Per-product outreach', type: 'outreach', regencyCode: '32.01', supplierPointId: dic })).body.id;
    const occurredAt = new Date(Date.now() - 40 * 86_400_000);
    await ledger.receive(dic, SWAB, 300, 'BYP-SWAB-1', { expiryDate: '2029-03', occurredAt });
    await ledger.receive(dic, SWAB, 200, 'BYP-SWAB-2', { expiryDate: '2030-03', occurredAt });
    await ledger.receive(dic, NS, 400, 'BYP-NS-1', { expiryDate: '2029-09', occurredAt });
    await ledger.receive(dic, IEC, 100, 'BYP-IEC-1', { expiryDate: '2031-12', occurredAt });
  });
  afterAll(() => t.close());
  // Each test starts from figures all current (and without another test's marks).
  beforeEach(() => store.refreshEveryPoint(new Date()));

  it("a movement of one product recomputes that product's figures and lots at the point, and nothing else of it", async () => {
    // Marks on every other row and lot of the point: a recompute of them would overwrite the marks.
    await t.dataSource.query(`UPDATE stock_status SET computed_with = 'untouched' WHERE point_id = $1 AND product_id <> $2`, [dic, SWAB]);
    await t.dataSource.query(`UPDATE lot_expiry_status SET amc = amc + 1000 WHERE point_id = $1 AND product_id <> $2`, [dic, SWAB]);
    const others: { rows: number; lots: number }[] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM stock_status WHERE point_id = $1 AND product_id <> $2) AS rows,
              (SELECT count(*)::int FROM lot_expiry_status WHERE point_id = $1 AND product_id <> $2) AS lots`,
      [dic, SWAB],
    );
    expect(others[0].rows).toBeGreaterThanOrEqual(2);
    expect(others[0].lots).toBe(2);

    await ledger.distribute(dic, SWAB, 50);
    expect(await queued()).toEqual([{ pointId: dic, productId: SWAB }]);
    await store.drain(new Date(), () => false);

    const rows: { productId: string; computedWith: string; usable: number }[] = await t.dataSource.query(
      `SELECT product_id AS "productId", computed_with AS "computedWith", usable::int AS usable FROM stock_status WHERE point_id = $1`,
      [dic],
    );
    expect(rows.find((row) => row.productId === SWAB)).toEqual({ productId: SWAB, computedWith: store.computedWith, usable: 450 });
    expect(rows.filter((row) => row.productId !== SWAB).map((row) => row.computedWith)).toEqual(Array(others[0].rows).fill('untouched'));
    const [{ marked }] = await t.dataSource.query(
      `SELECT count(*)::int AS marked FROM lot_expiry_status WHERE point_id = $1 AND product_id <> $2 AND amc >= 1000`,
      [dic, SWAB],
    );
    expect(marked).toBe(2);
    const [{ quantity }] = await t.dataSource.query(
      `SELECT sum(quantity)::int AS quantity FROM lot_expiry_status WHERE point_id = $1 AND product_id = $2`,
      [dic, SWAB],
    );
    expect(quantity).toBe(450);
  });

  it('keeps what a full recompute of every point would, through every kind of change, alone or mixed', async () => {
    await expectDrainedEqualsFullRecompute();

    // The point's first own stock levels: it is no longer expected to carry its type's other default products.
    await t.http().put(`/api/v1/points/${dic}/stock-levels`).set(admin)
      .send({ levels: [{ productId: SWAB, minMonths: 1, maxMonths: 3 }, { productId: NS, minMonths: 2, maxMonths: 4 }] })
      .expect(200);
    expect(await queued()).toContainEqual({ pointId: dic, productId: null });
    await expectDrainedEqualsFullRecompute();

    // Mixed, one drain: a movement of SWAB, the outreach point renamed, NS's levels changed in place, IEC shipped
    // towards the outreach point.
    await ledger.distribute(dic, SWAB, 20);
    await t.http().patch(`/api/v1/points/${outreach}`).set(admin).send({ name: 'Per-product outreach, renamed' }).expect(200);
    await t.dataSource.query(`UPDATE stock_levels SET max_months = 6, expected_monthly_use = 90 WHERE point_id = $1 AND product_id = $2`, [dic, NS]);
    const shipment = await ledger.ship(dic, outreach, IEC, 30);
    expect(await queued()).toEqual(
      expect.arrayContaining([
        { pointId: dic, productId: SWAB },
        { pointId: outreach, productId: null },
        { pointId: dic, productId: NS },
        { pointId: outreach, productId: IEC },
      ]),
    );
    await expectDrainedEqualsFullRecompute();

    // The shipment received (no longer in transit); the earliest SWAB lot emptied (its kept lot must go); a product
    // moved at the outreach point for the first time (its row must appear).
    await ledger.receiveShipment(shipment);
    const swabLot: string = (await t.dataSource.query(`SELECT id FROM lots WHERE lot_number = 'BYP-SWAB-1'`))[0].id;
    const [{ left }] = await t.dataSource.query(`SELECT quantity AS left FROM stock_balances WHERE point_id = $1 AND lot_id = $2`, [dic, swabLot]);
    await ledger.distribute(dic, SWAB, left, { lotId: swabLot });
    await ledger.receive(outreach, NS, 40, 'BYP-NS-OUT', { expiryDate: '2029-11' });
    await expectDrainedEqualsFullRecompute();

    // A kit handed out is its components' consumption: their figures change although only the kit's line was written.
    const kit = (await post('/api/v1/products', { code: 'BYP-KIT', name: 'Per-product kit', category: 'other', unit: 'kit', packSize: 1 })).body.id as string;
    await t.http().put(`/api/v1/products/${kit}/components`).set(admin).send({ components: [{ productId: NS, quantity: 2 }, { productId: SWAB, quantity: 1 }] }).expect(200);
    await post(`/api/v1/points/${dic}/movements`, { id: randomUUID(), type: 'kit_assembly', occurredAt: new Date().toISOString(), lines: [{ productId: kit, quantity: 20 }] });
    await expectDrainedEqualsFullRecompute();
    const swabFigures = async () =>
      (await t.dataSource.query(`SELECT amc_method AS method, amc_consumed::int AS consumed FROM stock_status WHERE point_id = $1 AND product_id = $2`, [dic, SWAB]))[0];
    const swabBefore = await swabFigures();
    expect(swabBefore.method).toBe('short_history');
    await ledger.distribute(dic, kit, 15);
    expect(await queued()).toEqual(expect.arrayContaining([{ pointId: dic, productId: NS }, { pointId: dic, productId: SWAB }]));
    await expectDrainedEqualsFullRecompute();
    expect(await swabFigures()).toEqual({ ...swabBefore, consumed: swabBefore.consumed + 15 });

    // A row of the point left from an earlier day: the point is recomputed in full, not only the product moved now.
    await t.dataSource.query(`UPDATE stock_status SET fresh_until = now() - interval '1 second', usable = usable + 7 WHERE point_id = $1 AND product_id = $2`, [dic, NS]);
    await t.dataSource.query(`UPDATE lot_expiry_status SET as_of = as_of - 1 WHERE point_id = $1 AND product_id = $2`, [dic, NS]);
    await ledger.distribute(dic, SWAB, 5);
    await expectDrainedEqualsFullRecompute();

    // A product's own change, and a stock-out opened by the movement that empties a point of it.
    await t.http().patch(`/api/v1/products/${IEC}`).set(admin).send({ packSize: 7 }).expect(200);
    await expectDrainedEqualsFullRecompute();
    const [{ iec }] = await t.dataSource.query(`SELECT sum(quantity)::int AS iec FROM stock_balances WHERE point_id = $1 AND product_id = $2`, [dic, IEC]);
    await ledger.distribute(dic, IEC, iec);
    expect(await t.dataSource.query(`SELECT 1 FROM stockout_periods WHERE point_id = $1 AND product_id = $2 AND ended_on IS NULL`, [dic, IEC])).toHaveLength(1);
    await expectDrainedEqualsFullRecompute();

    // The point's levels removed again: its type's default products are expected once more.
    await t.http().put(`/api/v1/points/${dic}/stock-levels`).set(admin).send({ levels: [] }).expect(200);
    await expectDrainedEqualsFullRecompute();

    // A product withdrawn: its rows go everywhere, its lots stay in the expiry report.
    expect(await t.dataSource.query(`SELECT 1 FROM stock_status WHERE point_id = $1 AND product_id = $2`, [dic, kit])).toHaveLength(1);
    await t.http().patch(`/api/v1/products/${kit}`).set(admin).send({ active: false }).expect(200);
    expect(await queued()).toContainEqual({ pointId: outreach, productId: kit });
    await expectDrainedEqualsFullRecompute();
    expect(await t.dataSource.query(`SELECT 1 FROM stock_status WHERE product_id = $1`, [kit])).toEqual([]);
  });
});
