import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Figures for points with little or no history: a day's use is never extrapolated into a month, low-confidence
 * figures say so, and a point with empty shelves shows a stock-out for every product it is expected to carry.
 */
describe('short histories and empty shelves', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const newPoint = async (type: string, regencyCode: string, supplierPointId?: string) =>
    (await t.http().post('/api/v1/points').set(auth(admin)).send({ code: `SH-${randomUUID().slice(0, 8)}`.toUpperCase(), name: 'Short history', type, regencyCode, supplierPointId }).expect(201)).body as { id: string; code: string };
  const status = async (pointId: string) =>
    (await t.http().get(`/api/v1/points/${pointId}/stock-status`).set(auth(admin)).expect(200)).body as {
      productCode: string; status: string; usable: number; suggestedQuantity: number; amc: { method: string; confidence: string; amc: number };
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  it('a new drop-in centre with no stock shows a stock-out for every product it is expected to carry, in its status and the shortage report', async () => {
    const dic = await newPoint('drop_in_centre', '32.01');
    const expected = (await t.dataSource.query(
      `SELECT code FROM products WHERE active AND category IN ('needle_syringe', 'swab', 'condom', 'lubricant', 'iec') ORDER BY code`,
    )).map((row: { code: string }) => row.code);
    const rows = await status(dic.id);
    expect(rows.map((row) => row.productCode)).toEqual(expected);
    for (const row of rows) expect(row).toMatchObject({ status: 'stockout', usable: 0, amc: { method: 'type_default', confidence: 'low' } });

    const officer = await t.token('dinkes.bogor');
    const ofDic: { productCode: string }[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await t.http().get('/api/v1/shortages').set(auth(officer)).query({ regencyCode: '32.01', status: 'stockout', limit: 200, offset }).expect(200);
      ofDic.push(...page.body.items.filter((row: { pointId: string }) => row.pointId === dic.id));
      if (offset + 200 >= page.body.total) break;
    }
    expect(ofDic.map((row: { productCode: string }) => row.productCode)).toEqual(expected);

    // Its own stock levels say what it carries instead of its type's list.
    await t.http().put(`/api/v1/points/${dic.id}/stock-levels`).set(auth(admin)).send({ levels: [{ productId: ids.product('CONDOM-M'), minMonths: 1, maxMonths: 2 }] }).expect(200);
    expect((await status(dic.id)).map((row) => [row.productCode, row.status])).toEqual([['CONDOM-M', 'stockout']]);
  });

  it('the daily scan dates the stock-out of a never-stocked product from the day the point opened', async () => {
    const dic = await newPoint('drop_in_centre', '32.73');
    await t.dataSource.query(`UPDATE points SET created_at = now() - interval '10 days' WHERE id = $1`, [dic.id]);
    await t.http().post('/api/v1/shortages/scan').set(auth(admin)).expect(200);
    const [period] = await t.dataSource.query(
      `SELECT to_char(started_on, 'YYYY-MM-DD') AS started_on FROM stockout_periods WHERE point_id = $1 AND product_id = $2`,
      [dic.id, ids.product('SWAB-ALC')],
    );
    const opened = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() - 10 * 86_400_000));
    expect(period.started_on).toBe(opened);
  });

  it('one day of history at an outreach kit is not extrapolated into a month: the figure falls back and says it is unsure', async () => {
    const lsm = ids.point('LSM-CBN-01');
    const kit = await newPoint('outreach', '32.01', lsm);
    const record = (body: Record<string, unknown>) =>
      t.http().post(`/api/v1/points/${kit.id}/movements`).set(auth(admin)).send({ id: randomUUID(), occurredAt: new Date().toISOString(), ...body }).expect(201);
    await record({ type: 'receipt', source: 'LSM', lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantity: 500, lotNumber: 'SH-KIT', expiryDate: '2031-01', fundingSource: 'APBN' }] });
    await record({ type: 'distribution', lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantity: 450 }] });

    const syringes = (await status(kit.id)).find((row) => row.productCode === 'NS-1ML-LDS-29G')!;
    // 450 in one day would be 13,697 a month; the outreach default is 150.
    expect(syringes.amc).toMatchObject({ method: 'type_default', confidence: 'low', amc: 150 });
    expect(syringes.suggestedQuantity).toBeLessThanOrEqual(200);
  });
});
