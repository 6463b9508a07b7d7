import { DemoSeeder } from '../src/demo/demo-seeder';
import { DEMO_POINTS, DEMO_PRODUCTS, DEMO_USERS } from '../src/demo/demo-data';
import { createTestApp, TestApp } from './support/test-app';

const counts = async (t: TestApp) =>
  (
    await t.dataSource.query(`SELECT (SELECT count(*)::int FROM products) AS products, (SELECT count(*)::int FROM points) AS points,
                                     (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM user_point_scopes) AS scopes`)
  )[0];

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
  });
  afterAll(() => t.close());

  it('loads into an empty database once; running it again, even concurrently, duplicates nothing', async () => {
    expect(await counts(t)).toEqual({ products: 0, points: 0, users: 0, scopes: 0 });
    const seeder = t.app.get(DemoSeeder);
    const first = await Promise.all([seeder.seedIfEmpty(), seeder.seedIfEmpty()]);
    expect(first.filter(Boolean)).toHaveLength(1);
    const afterFirst = await counts(t);
    expect(afterFirst).toMatchObject({ products: DEMO_PRODUCTS.length, points: DEMO_POINTS.length, users: DEMO_USERS.length });

    expect(await seeder.seedIfEmpty()).toBe(false);
    expect(await counts(t)).toEqual(afterFirst);
  });

  it('puts demo points in the real regencies of the field reports, with supplier links', async () => {
    const rows: { code: string; regency: string; supplier: string | null }[] = await t.dataSource.query(
      `SELECT p.code, r.name AS regency, s.code AS supplier FROM points p JOIN regencies r ON r.code = p.regency_code
         LEFT JOIN points s ON s.id = p.supplier_point_id ORDER BY p.code`,
    );
    const byCode = Object.fromEntries(rows.map((row) => [row.code, row]));
    expect(byCode['DIC-BDG-01']).toEqual({ code: 'DIC-BDG-01', regency: 'Kota Bandung', supplier: 'DINKES-3273' });
    expect(byCode['OUT-CBN-01']).toMatchObject({ regency: 'Kabupaten Bogor', supplier: 'LSM-CBN-01' });
    expect(byCode['OUT-LOTIM-01']).toMatchObject({ regency: 'Kabupaten Lombok Timur' });
    expect(byCode['LSM-MTR-01']).toMatchObject({ regency: 'Kota Mataram' });
  });

  it('lets every demo user log in with the demo password', async () => {
    for (const user of DEMO_USERS) await expect(t.token(user.username)).resolves.toEqual(expect.any(String));
  });
});

describe('demo stock history', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives the demo points stock through the ledger: usable, expired, in transit, lost in transit', async () => {
    const token = await t.token('staff.dic.bandung');
    const [{ id: dic }] = await t.dataSource.query(`SELECT id FROM points WHERE code = 'DIC-BDG-01'`);
    const stock = await t.http().get(`/api/v1/points/${dic}/stock`).set('Authorization', `Bearer ${token}`).expect(200);
    const byCode = Object.fromEntries(stock.body.map((product: { productCode: string }) => [product.productCode, product]));
    expect(byCode['NS-1ML-LDS-29G'].usable).toBeGreaterThan(0);
    expect(byCode['SWAB-ALC'].expired).toBeGreaterThan(0);

    const [{ id: kit }] = await t.dataSource.query(`SELECT id FROM points WHERE code = 'OUT-CBN-01'`);
    const kitStock = await t.http().get(`/api/v1/points/${kit}/stock`).set('Authorization', `Bearer ${await t.token('outreach.cibinong')}`).expect(200);
    expect(kitStock.body.some((product: { inTransitInbound: number }) => product.inTransitInbound > 0)).toBe(true);

    const [{ lost }] = await t.dataSource.query(`SELECT sum(quantity_sent - quantity_received)::int AS lost FROM shipment_lines WHERE quantity_received IS NOT NULL`);
    expect(lost).toBe(100);
    const [{ distributions }] = await t.dataSource.query(`SELECT count(*)::int AS distributions FROM movements WHERE type = 'distribution'`);
    expect(distributions).toBeGreaterThan(50);
    // The daily scan ran once after the seed: the swabs that expired on the shelf are already an open alert.
    const [{ expired }] = await t.dataSource.query(`SELECT count(*)::int AS expired FROM alerts WHERE type = 'expired_on_hand' AND status = 'open'`);
    expect(expired).toBeGreaterThan(0);
  });
});
