import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

type Row = {
  regencyCode: string | null;
  fundingSource: string | null;
  productId: string;
  productCode: string;
  opening: number;
  received: number;
  distributed: number;
  shippedOut: number;
  expiredWrittenOff: number;
  otherLosses: number;
  otherAdjustments: number;
  onHand: number;
  expiredOnHand: number;
  stockoutDays: number;
};
type MonthlyRow = { productId: string; opening: number; received: number; issued: number; shippedOut: number; closing: number; stockoutDays: number; adjustments: Record<string, number> };

/**
 * Funding-source accountability (issue 20 item 4) against the ledger and the monthly report: summed over funding
 * sources the figures are the monthly report's, on-hand per source is the ledger balance at the period's end, stock-out
 * days go to the source the point relied on, scope and bad periods are refused, and the downloads hold the JSON rows.
 */
describe('funding-source report', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  let lotim: string;
  let pointA: string;
  let pointB: string;
  let condom: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const zone = 'Asia/Makassar';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  const thisMonth = today.slice(0, 7);
  const lastDay = new Date(Date.parse(`${thisMonth}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const lastMonth = lastDay.slice(0, 7);
  const monthBefore = new Date(Date.parse(`${lastMonth}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 7);
  const record = (pointId: string, body: Record<string, unknown>) => t.http().post(`/api/v1/points/${pointId}/movements`).set(auth(admin)).send({ id: randomUUID(), ...body });
  const report = (query: Record<string, string>, token = admin) => t.http().get('/api/v1/reports/funding-sources').set(auth(token)).query(query);
  const monthly = async (query: Record<string, string>, token = admin) =>
    (await t.http().get('/api/v1/reports/monthly').set(auth(token)).query({ limit: '200', ...query }).expect(200)).body as { totals: MonthlyRow[] };
  const bySource = (rows: Row[], productId: string) => rows.filter((row) => row.productId === productId);
  const total = (rows: Row[], pick: (row: Row) => number) => rows.reduce((sum, row) => sum + pick(row), 0);

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    lotim = await t.token('dinkes.lotim');
    condom = ids.product('CONDOM-M');
    const newPoint = async (supplierPointId?: string) =>
      (
        await t
          .http()
          .post('/api/v1/points')
          .set(auth(admin))
          .send({ code: `FS-${randomUUID().slice(0, 8)}`.toUpperCase(), name: 'Sumber dana', type: 'drop_in_centre', regencyCode: '52.03', supplierPointId })
          .expect(201)
      ).body.id as string;
    pointA = await newPoint(ids.point('DINKES-5203'));
    pointB = await newPoint(pointA);
    // Last month at A: APBN stock, then Global Fund stock, hand-outs, a loss, and B runs out of A's (Global Fund) stock.
    await record(pointA, {
      type: 'receipt', occurredAt: `${lastMonth}-01T09:00:00+08:00`, source: 'test',
      lines: [{ productId: condom, quantity: 60, lotNumber: 'FS-APBN', expiryDate: '2030-01', fundingSource: 'APBN' }],
    }).expect(201);
    const gf = await record(pointA, {
      type: 'receipt', occurredAt: `${lastMonth}-02T09:00:00+08:00`, source: 'test',
      lines: [{ productId: condom, quantity: 100, lotNumber: 'FS-GF', expiryDate: '2031-06', fundingSource: 'GLOBAL_FUND' }],
    }).expect(201);
    const gfLot = gf.body.lines[0].lotId as string;
    // FEFO: the APBN lot (2030) goes first.
    await record(pointA, { type: 'distribution', occurredAt: `${lastMonth}-05T10:00:00+08:00`, contacts: 3, lines: [{ productId: condom, quantity: 70 }] }).expect(201);
    await record(pointA, { type: 'adjustment', occurredAt: `${lastMonth}-06T10:00:00+08:00`, lines: [{ productId: condom, lotId: gfLot, quantity: 3, reason: 'damaged' }] }).expect(201);
    const shipment = await t.http().post('/api/v1/shipments').set(auth(admin))
      .send({ id: randomUUID(), fromPointId: pointA, toPointId: pointB, occurredAt: `${lastMonth}-07T10:00:00+08:00`, lines: [{ productId: condom, quantity: 10 }] })
      .expect(201);
    await t.http().post(`/api/v1/shipments/${shipment.body.id}/receive`).set(auth(admin))
      .send({ id: randomUUID(), occurredAt: `${lastMonth}-08T10:00:00+08:00`, lines: shipment.body.lines.map((line: { lotId: string; quantitySent: number }) => ({ lotId: line.lotId, quantityReceived: line.quantitySent })) })
      .expect(201);
    await record(pointB, { type: 'distribution', occurredAt: `${lastMonth}-09T10:00:00+08:00`, contacts: 2, lines: [{ productId: condom, quantity: 10 }] }).expect(201);
  });
  afterAll(() => t.close());

  it('sums over funding sources to the monthly report of the same scope and month; on hand is the ledger balance per source', async () => {
    const body = (await report({ from: lastMonth, to: lastMonth, regencyCode: '52.03' }, lotim).expect(200)).body as { items: Row[]; totals: Row[] };
    const month = await monthly({ month: lastMonth, regencyCode: '52.03' }, lotim);
    expect(month.totals.length).toBeGreaterThan(0);
    for (const product of month.totals) {
      const rows = bySource(body.totals, product.productId);
      expect(rows.length).toBeGreaterThan(0);
      expect(total(rows, (row) => row.opening)).toBe(product.opening);
      expect(total(rows, (row) => row.received)).toBe(product.received);
      expect(total(rows, (row) => row.distributed)).toBe(product.issued);
      expect(total(rows, (row) => row.shippedOut)).toBe(product.shippedOut);
      expect(total(rows, (row) => row.onHand)).toBe(product.closing);
      expect(total(rows, (row) => row.stockoutDays)).toBe(product.stockoutDays);
      expect(total(rows, (row) => row.expiredWrittenOff)).toBe(0 - product.adjustments.expired_write_off);
      expect(total(rows, (row) => row.otherLosses)).toBe(0 - (product.adjustments.damaged + product.adjustments.quality_problem + product.adjustments.lost + product.adjustments.stolen));
    }
    // One regency: the items are the totals with the regency filled in.
    expect(body.items.map((row) => ({ ...row, regencyCode: null }))).toEqual(body.totals);

    const balances: { funding_source: string; product_id: string; sum: number }[] = await t.dataSource.query(
      `SELECT l.funding_source, ll.product_id, SUM(ll.quantity)::int AS sum
         FROM ledger_lines ll JOIN lots l ON l.id = ll.lot_id JOIN points p ON p.id = ll.point_id
        WHERE p.regency_code = '52.03' AND ll.occurred_at < $1::timestamptz AND ll.account = 'stock'
        GROUP BY l.funding_source, ll.product_id`,
      [`${thisMonth}-01T00:00:00+08:00`],
    );
    for (const balance of balances.filter((candidate) => candidate.sum !== 0)) {
      const row = body.items.find((item) => item.fundingSource === balance.funding_source && item.productId === balance.product_id);
      expect(row?.onHand).toBe(balance.sum);
    }
    // The test's own stock: APBN 60 - 60 handed out; Global Fund 100 - 10 handed out - 3 damaged - 10 to B (B handed them out).
    const condomGf = body.items.find((row) => row.fundingSource === 'GLOBAL_FUND' && row.productId === condom)!;
    const condomApbn = body.items.find((row) => row.fundingSource === 'APBN' && row.productId === condom)!;
    expect(condomGf.received).toBeGreaterThanOrEqual(110);
    expect(condomGf.otherLosses).toBeGreaterThanOrEqual(3);
    expect(condomApbn.received).toBeGreaterThanOrEqual(60);
  });

  it("puts a point's stock-out days under the source of the lot it ran out of", async () => {
    // B ran out of Global Fund stock on the 9th and has stayed empty to the month's end.
    const days = Number(lastDay.slice(8)) - 8;
    const before = (await report({ from: lastMonth, to: lastMonth, regencyCode: '52.03' }).expect(200)).body as { totals: Row[] };
    const gfDays = before.totals.find((row) => row.fundingSource === 'GLOBAL_FUND' && row.productId === condom)!.stockoutDays;
    // The same figure without B's stock-out: it was counted under Global Fund, every day of it.
    await t.dataSource.query(`DELETE FROM stockout_periods WHERE point_id = $1`, [pointB]);
    const after = (await report({ from: lastMonth, to: lastMonth, regencyCode: '52.03' }).expect(200)).body as { totals: Row[] };
    expect(gfDays - after.totals.find((row) => row.fundingSource === 'GLOBAL_FUND' && row.productId === condom)!.stockoutDays).toBe(days);
  });

  it('over two months: received and distributed add up the months, on hand is the balance at the end of the last', async () => {
    const period = (await report({ from: monthBefore, to: lastMonth, regencyCode: '52.03' }).expect(200)).body as { totals: Row[] };
    const first = await monthly({ month: monthBefore, regencyCode: '52.03' });
    const second = await monthly({ month: lastMonth, regencyCode: '52.03' });
    const monthlyOf = (months: { totals: MonthlyRow[] }) => months.totals.find((row) => row.productId === condom)!;
    const rows = bySource(period.totals, condom);
    expect(total(rows, (row) => row.opening)).toBe(monthlyOf(first).opening);
    expect(total(rows, (row) => row.received)).toBe(monthlyOf(first).received + monthlyOf(second).received);
    expect(total(rows, (row) => row.distributed)).toBe(monthlyOf(first).issued + monthlyOf(second).issued);
    expect(total(rows, (row) => row.onHand)).toBe(monthlyOf(second).closing);
  });

  it('keeps to the caller\'s scope', async () => {
    const bandung = await t.token('dinkes.bandung');
    const refused = await report({ from: lastMonth, to: lastMonth, regencyCode: '52.03' }, bandung).expect(403);
    expect(refused.body.code).toBe('OUT_OF_SCOPE');
    await report({ from: lastMonth, to: lastMonth, provinceCode: '52' }, bandung).expect(403);
    const own = (await report({ from: lastMonth, to: lastMonth }, bandung).expect(200)).body as { items: Row[] };
    expect(own.items.every((row) => row.regencyCode === '32.73')).toBe(true);
    const staff = await t.token('staff.dic.bandung');
    const staffRows = (await report({ from: lastMonth, to: lastMonth }, staff).expect(200)).body as { items: Row[] };
    expect(staffRows.items.every((row) => row.regencyCode === '32.73')).toBe(true);
    const national = (await report({ from: lastMonth, to: lastMonth }).expect(200)).body as { items: Row[]; totals: Row[] };
    expect(new Set(national.items.map((row) => row.regencyCode)).size).toBeGreaterThan(1);
    expect(national.totals.every((row) => row.regencyCode === null)).toBe(true);
  });

  it('refuses a bad period with a 400 problem', async () => {
    const periods: Record<string, string>[] = [{ from: lastMonth, to: monthBefore }, { from: '2026-13', to: '2026-12' }, { from: '2024-01', to: '2026-01' }, { to: lastMonth }];
    for (const query of periods) {
      const response = await report(query).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('downloads the same rows as CSV and .xlsx with Indonesian headers', async () => {
    const query = { from: lastMonth, to: lastMonth, regencyCode: '52.03' };
    const body = (await report(query).expect(200)).body as { items: Row[]; totals: Row[] };
    const expected = [...body.items, ...body.totals].map((row) => [row.regencyCode ?? 'JUMLAH', row.productCode, row.received, row.distributed, row.onHand, row.stockoutDays]);
    const csv = await report({ ...query, format: 'csv', separator: 'semicolon' }).expect(200);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row['Kode kab/kota'], row['Kode produk'], Number(row.Penerimaan), Number(row.Didistribusikan), Number(row['Stok di tangan akhir periode']), Number(row['Hari stok kosong'])])).toEqual(expected);
    expect(rows.some((row) => row['Sumber dana'] === 'Global Fund')).toBe(true);
    const xlsx = await report({ ...query, format: 'xlsx' })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const cells: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const values = row.values as unknown[];
      const cell = (header: string) => values[headers.indexOf(header) + 1];
      cells.push([cell('Kode kab/kota'), cell('Kode produk'), cell('Penerimaan'), cell('Didistribusikan'), cell('Stok di tangan akhir periode'), cell('Hari stok kosong')]);
    });
    expect(cells).toEqual(expected);
  });
});
