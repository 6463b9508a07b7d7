import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import type { Test } from 'supertest';
import { cursorBatches } from '../src/common/cursor-batches';
import { csvStream } from '../src/common/table-export';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

type Table = Record<string, string | number | null>[];

/**
 * Every list of the workspace as a download (issue 16 item 7): the CSV and the .xlsx, read back, hold exactly the rows
 * of the JSON list for the same filters, all of them (more than one page), with Indonesian headers, in the caller's scope.
 */
describe('list downloads', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  let lotim: string;
  let bandung: string;
  let point: string;
  const alertCount = 230;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  const csvRows = async (request: Test): Promise<Table> => {
    const response = await request.expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    return parse(response.text, { bom: true, delimiter: ';', columns: true }) as Table;
  };
  const xlsxRows = async (request: Test): Promise<Table> => {
    const response = await request
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const rows: Table = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const values = row.values as (string | number | null)[];
      rows.push(Object.fromEntries(headers.map((header, index) => [header, values[index + 1] ?? null])));
    });
    return rows;
  };
  /** Every item of a JSON list, page by page. */
  const allItems = async <T>(path: string, query: Record<string, string>, token: string): Promise<T[]> => {
    const items: T[] = [];
    for (let offset = 0; ; offset += 200) {
      const body = (await t.http().get(path).set(auth(token)).query({ ...query, limit: '200', offset: String(offset) }).expect(200)).body;
      items.push(...body.items);
      if (items.length >= body.total) return items;
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    lotim = await t.token('dinkes.lotim');
    bandung = await t.token('dinkes.bandung');
    point = (
      await t
        .http()
        .post('/api/v1/points')
        .set(auth(admin))
        .send({ code: `LX-${randomUUID().slice(0, 8)}`.toUpperCase(), name: 'Unduhan', type: 'drop_in_centre', regencyCode: '52.03', supplierPointId: ids.point('DINKES-5203') })
        .expect(201)
    ).body.id;
    await t
      .http()
      .post(`/api/v1/points/${point}/movements`)
      .set(auth(admin))
      .send({
        id: randomUUID(),
        type: 'receipt',
        occurredAt: new Date().toISOString(),
        source: 'test',
        lines: [
          { productId: ids.product('CONDOM-M'), quantity: 40, lotNumber: 'LX-1', expiryDate: '2031-01', fundingSource: 'GLOBAL_FUND' },
          { productId: ids.product('CONDOM-M'), quantity: 7, lotNumber: 'LX-2', expiryDate: '2030-06', fundingSource: 'APBD' },
          { productId: ids.product('SWAB-ALC'), quantity: 1200, lotNumber: 'LX-3', expiryDate: '2031-03', fundingSource: 'OTHER_DONOR', donorName: 'Donor uji' },
        ],
      })
      .expect(201);
    for (const quantity of [10, 20, 30]) {
      await t.http().post('/api/v1/resupply-requests').set(auth(admin)).send({ id: randomUUID(), pointId: point, lines: [{ productId: ids.product('CONDOM-M'), quantity }, { productId: ids.product('SWAB-ALC'), quantity: quantity * 100 }] }).expect(201);
    }
    // More alerts than a page holds: the download must not stop at 200.
    await t.dataSource.query(
      `INSERT INTO alerts (type, condition_key, point_id, severity, details, first_seen_at, last_seen_at)
       SELECT 'below_min', 'list-export-' || $1::text || '-' || i, $1::uuid, 'warning', jsonb_build_object('months', i), now() - i * interval '1 minute', now()
         FROM generate_series(1, $2::int) i`,
      [point, alertCount],
    );
  });
  afterAll(() => t.close());

  it('alerts: every alert of the filters (more than a page) in CSV and .xlsx, as in the JSON list', async () => {
    const query = { pointId: point };
    const items = await allItems<{ id: string; pointCode: string; lastSeenAt: string }>('/api/v1/alerts', query, lotim);
    expect(items).toHaveLength(alertCount);
    const csv = await csvRows(t.http().get('/api/v1/alerts').set(auth(lotim)).query({ ...query, format: 'csv', separator: 'semicolon', limit: '5' }));
    expect(csv.map((row) => row['ID peringatan'])).toEqual(items.map((item) => item.id));
    expect(csv[0]).toMatchObject({ Jenis: 'Di bawah minimum', Tingkat: 'Peringatan', Status: 'Terbuka', 'Kode titik': items[0].pointCode, 'Terakhir terlihat (UTC)': items[0].lastSeenAt });
    const xlsx = await xlsxRows(t.http().get('/api/v1/alerts').set(auth(lotim)).query({ ...query, format: 'xlsx' }));
    expect(xlsx.map((row) => row['ID peringatan'])).toEqual(items.map((item) => item.id));
  });

  it('alerts: a download longer than a cursor batch is whole and in order', async () => {
    const other = (
      await t.http().post('/api/v1/points').set(auth(admin))
        .send({ code: `LX-${randomUUID().slice(0, 8)}`.toUpperCase(), name: 'Unduhan besar', type: 'drop_in_centre', regencyCode: '52.03', supplierPointId: ids.point('DINKES-5203') })
        .expect(201)
    ).body.id as string;
    const many = 4_500; // more than two of the cursor's batches of 2,000
    await t.dataSource.query(
      `INSERT INTO alerts (type, condition_key, point_id, severity, details, first_seen_at, last_seen_at)
       SELECT 'below_min', 'list-export-big-' || i, $1::uuid, CASE WHEN i % 3 = 0 THEN 'critical' ELSE 'warning' END, '{}', now() - (i % 700) * interval '1 minute', now()
         FROM generate_series(1, $2::int) i`,
      [other, many],
    );
    const items = await allItems<{ id: string }>('/api/v1/alerts', { pointId: other }, admin);
    const csv = parse((await t.http().get('/api/v1/alerts').set(auth(admin)).query({ pointId: other, format: 'csv' }).expect(200)).text, { columns: true }) as Table;
    expect(csv).toHaveLength(many);
    expect(csv.map((row) => row['ID peringatan'])).toEqual(items.map((item) => item.id));

  });

  it('a download closed early, before or after its first rows, lets go of its cursor (the transaction ends, the connection goes back)', async () => {
    const openCursors = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND query LIKE 'FETCH % FROM batches'`))[0].n as number;
    const settled = async () => {
      let open = await openCursors();
      for (let tries = 0; tries < 50 && open > 0; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        open = await openCursors();
      }
      return open;
    };
    const download = async () =>
      csvStream<{ n: number }>([['n', (row) => row.n]], await cursorBatches<{ n: number }>(t.dataSource, 'SELECT generate_series(1, 100000) AS n', [], 500), 'comma');

    const read = await download();
    expect(await openCursors()).toBe(1);
    await new Promise((resolve) => read.once('data', resolve));
    read.destroy();
    expect({ read: await settled() }).toEqual({ read: 0 });

    const unread = await download();
    expect(await openCursors()).toBe(1);
    unread.destroy();
    expect({ unread: await settled() }).toEqual({ unread: 0 });
  });

  it('alerts: scope holds in the download (another regency refused, another regency\'s point empty)', async () => {
    const refused = await t.http().get('/api/v1/alerts').set(auth(bandung)).query({ regencyCode: '52.03', format: 'csv' }).expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const csv = await t.http().get('/api/v1/alerts').set(auth(bandung)).query({ pointId: point, format: 'csv' }).expect(200);
    const rows = parse(csv.text, { columns: true }) as Table;
    expect(rows).toHaveLength(0);
    expect(csv.text.split('\n')[0]).toContain('Jenis,Tingkat,Status');
  });

  it('resupply requests: a row per request line, as in the JSON list', async () => {
    const query = { pointId: point, role: 'requester' };
    const items = await allItems<{ id: string; status: string; lines: { productCode: string; quantity: number }[] }>('/api/v1/resupply-requests', query, lotim);
    expect(items).toHaveLength(3);
    const expected = items.flatMap((item) => item.lines.map((line) => [item.id, line.productCode, line.quantity]));
    const csv = await csvRows(t.http().get('/api/v1/resupply-requests').set(auth(lotim)).query({ ...query, format: 'csv', separator: 'semicolon' }));
    expect(csv.map((row) => [row['ID permintaan'], row['Kode produk'], Number(row['Jumlah diminta'])])).toEqual(expected);
    expect(csv.every((row) => row.Status === 'Menunggu keputusan')).toBe(true);
    const xlsx = await xlsxRows(t.http().get('/api/v1/resupply-requests').set(auth(lotim)).query({ ...query, format: 'xlsx' }));
    expect(xlsx.map((row) => [row['ID permintaan'], row['Kode produk'], row['Jumlah diminta']])).toEqual(expected);
    const other = await t.http().get('/api/v1/resupply-requests').set(auth(bandung)).query({ ...query, format: 'csv' }).expect(200);
    expect(parse(other.text, { columns: true })).toHaveLength(0);
  });

  it("a point's stock: a row per lot with the product's totals, as in the JSON answer; another regency's officer gets 404", async () => {
    const stock = (await t.http().get(`/api/v1/points/${point}/stock`).set(auth(lotim)).expect(200)).body as {
      productCode: string;
      onHand: number;
      lots: { lotNumber: string; quantity: number; fundingSource: string; expiryDate: string }[];
    }[];
    const expected = stock.flatMap((product) => product.lots.map((lot) => [product.productCode, lot.lotNumber, lot.expiryDate, lot.quantity, product.onHand]));
    expect(expected).toHaveLength(3);
    const csv = await csvRows(t.http().get(`/api/v1/points/${point}/stock`).set(auth(lotim)).query({ format: 'csv', separator: 'semicolon' }));
    expect(csv.map((row) => [row['Kode produk'], row['Nomor lot'], row['Tanggal kedaluwarsa'], Number(row['Jumlah lot']), Number(row['Stok produk di tangan'])])).toEqual(expected);
    expect(csv.find((row) => row['Nomor lot'] === 'LX-3')).toMatchObject({ 'Sumber dana': 'Donor lain', 'Nama donor': 'Donor uji' });
    const xlsx = await xlsxRows(t.http().get(`/api/v1/points/${point}/stock`).set(auth(lotim)).query({ format: 'xlsx' }));
    expect(xlsx.map((row) => [row['Kode produk'], row['Nomor lot'], row['Tanggal kedaluwarsa'], row['Jumlah lot'], row['Stok produk di tangan']])).toEqual(expected);
    await t.http().get(`/api/v1/points/${point}/stock`).set(auth(bandung)).query({ format: 'csv' }).expect(404);
  });

  it('redistribution suggestions: the same suggestions as the JSON answer; another regency refused', async () => {
    const suggestions = (await t.http().get('/api/v1/expiries/redistribution').set(auth(admin)).query({ regencyCode: '32.73' }).expect(200)).body as {
      fromPointCode: string;
      toPointCode: string;
      lotNumber: string;
      quantity: number;
    }[];
    const expected = suggestions.map((row) => [row.fromPointCode, row.toPointCode, row.lotNumber, row.quantity]);
    const csv = await csvRows(t.http().get('/api/v1/expiries/redistribution').set(auth(admin)).query({ regencyCode: '32.73', format: 'csv', separator: 'semicolon' }));
    expect(csv.map((row) => [row['Dari titik'], row['Ke titik'], row['Nomor lot'], Number(row['Jumlah dipindah'])])).toEqual(expected);
    const xlsx = await xlsxRows(t.http().get('/api/v1/expiries/redistribution').set(auth(admin)).query({ regencyCode: '32.73', format: 'xlsx' }));
    expect(xlsx.map((row) => [row['Dari titik'], row['Ke titik'], row['Nomor lot'], row['Jumlah dipindah']])).toEqual(expected);
    await t.http().get('/api/v1/expiries/redistribution').set(auth(lotim)).query({ regencyCode: '32.73', format: 'csv' }).expect(403);
  });
});
