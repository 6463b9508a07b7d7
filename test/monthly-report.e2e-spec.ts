import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { ADJUSTMENT_REASONS } from '../src/stock/ledger-rules';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

type Row = {
  pointId: string | null;
  productId: string;
  productCode: string;
  opening: number;
  received: number;
  issued: number;
  shippedOut: number;
  adjustments: Record<string, number>;
  closing: number;
  balanced: boolean;
  nearestExpiry: string | null;
  stockoutDays: number;
  requested: number;
};

/**
 * The monthly logistics report (LPLPO shape) against the ledger: the identity opening + received - issued - shipped out
 * + adjustments = closing on every row, closing equal to the balance summed independently from ledger_lines at the end
 * of the point's local month, points summing to the aggregate, WITA month bounds, scope, exports, and a closed month
 * whose report never changes.
 */
describe('monthly logistics report', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  let pointA: string;
  let pointB: string;
  let condom: string;
  let lot: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const zone = 'Asia/Makassar';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  const thisMonth = today.slice(0, 7);
  const lastDay = new Date(Date.parse(`${thisMonth}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const lastMonth = lastDay.slice(0, 7);
  const record = (pointId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/v1/points/${pointId}/movements`).set(auth(admin)).send({ id: randomUUID(), ...body });
  const report = (query: Record<string, string>, token = admin) => t.http().get('/api/v1/reports/monthly').set(auth(token)).query({ month: lastMonth, ...query });
  /** The balance of a point and product at the end of last month in WITA, summed straight from the ledger. */
  const ledgerBalance = async (pointId: string, productId: string) =>
    Number(
      (await t.dataSource.query(
        `SELECT COALESCE(SUM(quantity), 0) AS sum FROM ledger_lines WHERE point_id = $1 AND product_id = $2 AND occurred_at < $3::timestamptz AND account = 'stock'`,
        [pointId, productId, `${thisMonth}-01T00:00:00+08:00`],
      ))[0].sum,
    );
  const adds = (row: Row) =>
    row.opening + row.received - row.issued - row.shippedOut + ADJUSTMENT_REASONS.reduce((sum, reason) => sum + row.adjustments[reason], 0) === row.closing;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    condom = ids.product('CONDOM-M');
    const newPoint = async (supplierPointId?: string) =>
      (
        await t
          .http()
          .post('/api/v1/points')
          .set(auth(admin))
          .send({ code: `MR-${randomUUID().slice(0, 8)}`.toUpperCase(), name: 'Laporan bulanan', type: 'drop_in_centre', regencyCode: '52.03', supplierPointId })
          .expect(201)
      ).body.id as string;
    pointA = await newPoint();
    pointB = await newPoint(pointA);

    // Last month at A: 100 in, 30 and 5 (23:30 WITA on the last day) out to clients, 2 damaged, 20 shipped to B.
    const receipt = await record(pointA, {
      type: 'receipt', occurredAt: `${lastMonth}-01T09:00:00+08:00`, source: 'test',
      lines: [{ productId: condom, quantity: 100, lotNumber: 'MR-LOT-1', expiryDate: '2031-01', fundingSource: 'APBN' }],
    }).expect(201);
    lot = receipt.body.lines[0].lotId as string;
    await record(pointA, { type: 'distribution', occurredAt: `${lastMonth}-10T10:00:00+08:00`, contacts: 3, lines: [{ productId: condom, quantity: 30 }] }).expect(201);
    await record(pointA, { type: 'adjustment', occurredAt: `${lastMonth}-11T10:00:00+08:00`, lines: [{ productId: condom, lotId: lot, quantity: 2, reason: 'damaged' }] }).expect(201);
    const shipment = await t.http().post('/api/v1/shipments').set(auth(admin))
      .send({ id: randomUUID(), fromPointId: pointA, toPointId: pointB, occurredAt: `${lastMonth}-12T10:00:00+08:00`, lines: [{ productId: condom, quantity: 20 }] })
      .expect(201);
    await t.http().post(`/api/v1/shipments/${shipment.body.id}/receive`).set(auth(admin))
      .send({ id: randomUUID(), occurredAt: `${lastMonth}-13T10:00:00+08:00`, lines: shipment.body.lines.map((line: { lotId: string; quantitySent: number }) => ({ lotId: line.lotId, quantityReceived: line.quantitySent })) })
      .expect(201);
    // B hands out all 20 on the 20th and stays empty to the month's end.
    await record(pointB, { type: 'distribution', occurredAt: `${lastMonth}-20T10:00:00+08:00`, contacts: 4, lines: [{ productId: condom, quantity: 20 }] }).expect(201);
    // B asks A for more this month.
    await t.http().post('/api/v1/resupply-requests').set(auth(admin)).send({ id: randomUUID(), pointId: pointB, lines: [{ productId: condom, quantity: 60 }] }).expect(201);
    await record(pointA, { type: 'distribution', occurredAt: `${lastDay}T23:30:00+08:00`, contacts: 1, lines: [{ productId: condom, quantity: 5 }] }).expect(201);
    // 00:30 WITA on the 1st is still last month in WIB (23:30) and in UTC: it belongs to this month here.
    await record(pointA, { type: 'distribution', occurredAt: `${thisMonth}-01T00:30:00+08:00`, contacts: 1, lines: [{ productId: condom, quantity: 1 }] }).expect(201);
  });
  afterAll(() => t.close());

  it("adds up one point's month from the ledger, in the point's local (WITA) month", async () => {
    const response = await report({ pointId: pointA }).expect(200);
    expect(response.body.total).toBe(1);
    const row = response.body.items.find((item: Row) => item.productId === condom) as Row;
    expect(row).toMatchObject({ opening: 0, received: 100, issued: 35, shippedOut: 20, closing: 43, balanced: true, nearestExpiry: '2031-01-31', stockoutDays: 0 });
    expect(row.adjustments).toEqual({ damaged: -2, quality_problem: 0, lost: 0, stolen: 0, found: 0, expired_write_off: 0, correction: 0 });
    expect(adds(row)).toBe(true);
    expect(row.closing).toBe(await ledgerBalance(pointA, condom));
    const b = (await report({ pointId: pointB }).expect(200)).body.items.find((item: Row) => item.productId === condom) as Row;
    expect(b).toMatchObject({ opening: 0, received: 20, issued: 20, closing: 0, balanced: true, nearestExpiry: null, requested: 0 });
    // Empty from the 20th to the last day, both counted.
    expect(b.stockoutDays).toBe(Number(lastDay.slice(8)) - 19);
    const bNext = (await report({ pointId: pointB, month: thisMonth }).expect(200)).body.items.find((item: Row) => item.productId === condom) as Row;
    expect(bNext).toMatchObject({ opening: 0, closing: 0, requested: 60 });
    // Still empty: this month's days so far, today included, never the days still to come.
    expect(bNext.stockoutDays).toBe(Number(today.slice(8)));
    // This month opens with last month's closing.
    const next = (await report({ pointId: pointA, month: thisMonth }).expect(200)).body.items.find((item: Row) => item.productId === condom) as Row;
    expect(next.opening).toBe(43);
    expect(next.issued).toBeGreaterThanOrEqual(1);
  });

  it('sums the points of a regency into the regency rows; every row adds up and closes on the ledger balance', async () => {
    const officer = await t.token('dinkes.lotim');
    const body = (await report({ regencyCode: '52.03', limit: '200' }, officer).expect(200)).body;
    expect(body.total).toBeLessThanOrEqual(200);
    expect(body.items.length).toBeGreaterThan(0);
    for (const row of body.items as Row[]) {
      expect(adds(row)).toBe(true);
      expect(row.balanced).toBe(true);
      expect(row.closing).toBe(await ledgerBalance(row.pointId!, row.productId));
    }
    for (const total of body.totals as Row[]) {
      const rows = (body.items as Row[]).filter((row) => row.productId === total.productId);
      const sum = (pick: (row: Row) => number) => rows.reduce((acc, row) => acc + pick(row), 0);
      expect(total.pointId).toBeNull();
      expect(total.opening).toBe(sum((row) => row.opening));
      expect(total.received).toBe(sum((row) => row.received));
      expect(total.issued).toBe(sum((row) => row.issued));
      expect(total.shippedOut).toBe(sum((row) => row.shippedOut));
      expect(total.closing).toBe(sum((row) => row.closing));
      for (const reason of ADJUSTMENT_REASONS) expect(total.adjustments[reason]).toBe(sum((row) => row.adjustments[reason]));
      expect(adds(total)).toBe(true);
    }
    // Paging is by point; the totals stay those of the whole regency.
    const page = (await report({ regencyCode: '52.03', limit: '1' }, officer).expect(200)).body;
    expect(new Set(page.items.map((row: Row) => row.pointId)).size).toBe(1);
    expect(page.totals).toEqual(body.totals);
    // Each page holds its points' rows exactly as the whole list does, in order.
    const points = [...new Set((body.items as Row[]).map((row) => row.pointId))];
    for (const [index, pointId] of points.entries()) {
      const nth = (await report({ regencyCode: '52.03', limit: '1', offset: String(index) }, officer).expect(200)).body;
      expect(nth.items).toEqual((body.items as Row[]).filter((row) => row.pointId === pointId));
      expect(nth.total).toBe(points.length);
    }
  });

  it('refuses a regency or province outside the caller\'s scope, and hides points out of sight', async () => {
    const bandung = await t.token('dinkes.bandung');
    const regency = await report({ regencyCode: '52.03' }, bandung);
    expect(regency.status).toBe(403);
    expect(regency.body.code).toBe('OUT_OF_SCOPE');
    expect((await report({ provinceCode: '52' }, bandung)).body.code).toBe('OUT_OF_SCOPE');
    expect((await report({ pointId: pointA }, bandung)).status).toBe(404);
    expect((await report({ pointId: pointA }, await t.token('staff.dic.bandung'))).status).toBe(404);
    expect((await report({ month: '2026-13', pointId: pointA })).status).toBe(400);
  });

  it('exports CSV for Indonesian Excel and an .xlsx workbook with Indonesian headers', async () => {
    const csv = await report({ pointId: pointA, format: 'csv', separator: 'semicolon' }).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = csv.text.slice(1).trim().split('\n');
    expect(header).toContain('Stok awal;Penerimaan;Pemakaian;Dikirim ke titik lain;Penyesuaian: rusak');
    expect(header).toContain('Stok akhir;Seimbang;Kedaluwarsa terdekat;Hari kosong;Permintaan');
    const columns = header.split(';');
    const condomLine = lines.map((line) => line.split(';')).find((cells) => cells[columns.indexOf('Kode produk')] === 'CONDOM-M' && cells[1] !== 'JUMLAH')!;
    expect(condomLine[columns.indexOf('Stok akhir')]).toBe('43');
    expect(condomLine[columns.indexOf('Penyesuaian: rusak')]).toBe('-2');

    const xlsx = await report({ pointId: pointA, format: 'xlsx' }).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['Stok awal', 'Penerimaan', 'Pemakaian', 'Penyesuaian: rusak', 'Stok akhir', 'Kedaluwarsa terdekat', 'Hari kosong', 'Permintaan']));
    const closingColumn = headers.indexOf('Stok akhir') + 1;
    const productColumn = headers.indexOf('Kode produk') + 1;
    const values: unknown[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1 && row.getCell(productColumn).value === 'CONDOM-M') values.push(row.getCell(closingColumn).value);
    });
    expect(values).toEqual([43, 43]); // the point row and the aggregate row, as numbers
  });

  it('a closed month never changes: backdating into it is refused and later movements leave its report as it was', async () => {
    const before = (await report({ pointId: pointA }).expect(200)).body;
    expect(before.closed).toBe(false);
    await t.http().post('/api/v1/month-closings').set(auth(admin)).send({ month: lastMonth, pointId: pointA }).expect(201);
    const backdated = await record(pointA, { type: 'distribution', occurredAt: `${lastDay}T12:00:00+08:00`, contacts: 1, lines: [{ productId: condom, quantity: 1 }] });
    expect(backdated.status).toBe(422);
    expect(backdated.body.code).toBe('MONTH_CLOSED');
    await record(pointA, { type: 'distribution', occurredAt: new Date().toISOString(), contacts: 1, lines: [{ productId: condom, quantity: 2 }] }).expect(201);
    await record(pointA, { type: 'adjustment', occurredAt: new Date().toISOString(), lines: [{ productId: condom, lotId: lot, quantity: 1, reason: 'lost' }] }).expect(201);
    const after = (await report({ pointId: pointA }).expect(200)).body;
    expect(after.closed).toBe(true);
    expect(after.closedPoints).toBe(1);
    expect({ ...after, closed: false, closedPoints: 0 }).toEqual(before);
  });
});
