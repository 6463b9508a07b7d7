import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/** Reads a PDF answer back: it must be a PDF, and its text is what a reader of the paper would see. */
function pdfText(response: Response): { text: string; pages: number } {
  expect(response.headers['content-type']).toBe('application/pdf');
  const bytes = new Uint8Array(response.body as Buffer);
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  const [pages, ...text] = execFileSync(process.execPath, [join(__dirname, 'support', 'pdf-text.mjs')], { input: bytes, encoding: 'utf8' }).split('\n');
  return { text: text.join(' ').replace(/\s+/g, ' '), pages: Number(pages) };
}

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * The printable documents, read back as text: the goods-out slip and hand-over record of a shipment received short,
 * the minutes of a stock count, a stock card, the monthly report; each holds the figures the API answers, and each
 * follows the scope of the record it prints.
 */
describe('printable documents (PDF)', () => {
  let t: TestApp;
  let admin: string;
  let sender: string;
  let receiver: string;
  let swab: string;
  let shipmentId: string;
  let countId: string;
  let receiptId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const get = (path: string, token = admin) => t.http().get(path).set(auth(token)).buffer(true).parse(binary);
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()).slice(0, 7);

  beforeAll(async () => {
    t = await createTestApp();
    const ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    swab = ids.product('SWAB-ALC');
    const point = async (code: string, name: string, supplierPointId?: string) =>
      (await t.http().post('/api/v1/points').set(auth(admin)).send({ code, name, type: 'drop_in_centre', regencyCode: '32.73', supplierPointId }).expect(201)).body.id as string;
    sender = await point('DOC-GUDANG', 'Gudang Dinkes Uji');
    receiver = await point('DOC-DIC', 'DIC Uji Dokumen', sender);
    const receipt = await t.http().post(`/api/v1/points/${sender}/movements`).set(auth(admin)).send({
      id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'Kemenkes',
      lines: [
        { productId: swab, quantity: 1200, lotNumber: 'DOC-A1', expiryDate: '2029-03', fundingSource: 'GLOBAL_FUND' },
        { productId: swab, quantity: 800, lotNumber: 'DOC-B2', expiryDate: '2030-06', fundingSource: 'APBN' },
      ],
    }).expect(201);
    receiptId = receipt.body.id;
    const lots = receipt.body.lines.map((line: { lotId: string }) => line.lotId) as string[];
    shipmentId = randomUUID();
    await t.http().post('/api/v1/shipments').set(auth(admin)).send({
      id: shipmentId, fromPointId: sender, toPointId: receiver, lines: [{ productId: swab, lotId: lots[0], quantity: 1000 }, { productId: swab, lotId: lots[1], quantity: 300 }],
    }).expect(201);
    const count = await t.http().post(`/api/v1/points/${sender}/movements`).set(auth(admin)).send({
      id: randomUUID(), type: 'stock_count', occurredAt: new Date().toISOString(), lines: [{ productId: swab, lotId: lots[0], quantity: 190, reason: 'damaged' }],
    }).expect(201);
    countId = count.body.id;
  });
  afterAll(() => t.close());

  it('prints the goods-out slip (SBBK) of a shipment with its lots and total', async () => {
    const response = await get(`/api/v1/shipments/${shipmentId}/documents/sbbk.pdf`).expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="SBBK-DOC-GUDANG-[0-9a-f]{8}\.pdf"$/);
    const { text } = pdfText(response);
    for (const expected of ['SURAT BUKTI BARANG KELUAR (SBBK)', 'DOC-GUDANG · Gudang Dinkes Uji', 'DOC-DIC · DIC Uji Dokumen', 'DOC-A1', 'DOC-B2', '1.000', '300', 'Jumlah 1.300', 'Yang mengeluarkan', 'dalam perjalanan']) {
      expect(text).toContain(expected);
    }
  });

  it('prints the hand-over record (BAST) once received, with what was lost and why', async () => {
    expect((await get(`/api/v1/shipments/${shipmentId}/documents/bast.pdf`).expect(409)).body.toString()).toContain('DOCUMENT_NOT_AVAILABLE');
    const shipment = (await t.http().get(`/api/v1/shipments/${shipmentId}`).set(auth(admin)).expect(200)).body;
    await t.http().post(`/api/v1/shipments/${shipmentId}/receive`).set(auth(admin)).send({
      id: randomUUID(),
      lines: shipment.lines.map((line: { lotId: string; quantitySent: number }) => ({
        lotId: line.lotId,
        quantityReceived: line.quantitySent === 1000 ? 990 : line.quantitySent,
        ...(line.quantitySent === 1000 ? { discrepancyReason: 'lost' } : {}),
      })),
    }).expect(201);
    const { text } = pdfText(await get(`/api/v1/shipments/${shipmentId}/documents/bast.pdf`).expect(200));
    for (const expected of ['BERITA ACARA SERAH TERIMA BARANG (BAST)', 'DOC-A1', '1.000 990 10 hilang', 'Jumlah 1.300 1.290 10', 'Pihak yang menerima']) {
      expect(text).toContain(expected);
    }
  });

  it('prints the stock count minutes with the recorded stock, the count and the difference', async () => {
    const { text } = pdfText(await get(`/api/v1/movements/${countId}/documents/stock-count.pdf`).expect(200));
    // 1,200 received, 1,000 sent: 200 recorded, 190 counted, 10 damaged.
    for (const expected of ['BERITA ACARA STOK OPNAME', 'DOC-GUDANG · Gudang Dinkes Uji', 'DOC-A1', '200 190 -10 rusak', 'Petugas penghitung', 'Saksi']) {
      expect(text).toContain(expected);
    }
    const refused = await get(`/api/v1/movements/${receiptId}/documents/stock-count.pdf`).expect(409);
    expect(JSON.parse(refused.body.toString())).toMatchObject({ code: 'DOCUMENT_NOT_AVAILABLE' });
  });

  it('prints the destruction record (Berita Acara Pemusnahan) of a sharps destruction: containers, place, method, signers', async () => {
    const ids = await demoIds(t.dataSource);
    const puskesmas = ids.point('PKM-BDG-KOPO');
    const sharps = (body: object) =>
      t.http().post(`/api/v1/points/${puskesmas}/sharps`).set(auth(admin)).send({ id: randomUUID(), occurredAt: new Date().toISOString(), ...body }).expect(201);
    await sharps({ type: 'return', containers: 4 });
    const destroyed = await sharps({ type: 'destruction', containers: 3, destructionMethod: 'needle_destroyer' });
    const { text } = pdfText(await get(`/api/v1/movements/${destroyed.body.id}/documents/destruction.pdf`).expect(200));
    for (const expected of ['BERITA ACARA PEMUSNAHAN LIMBAH TAJAM', 'PKM-BDG-KOPO · Puskesmas Kopo, Bandung', 'Penghancur jarum', 'safety box', 'Yang melaksanakan pemusnahan', 'Saksi', 'admin']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/penuh berisi alat suntik bekas 3\b/);
    const refused = await get(`/api/v1/movements/${receiptId}/documents/destruction.pdf`).expect(409);
    expect(JSON.parse(refused.body.toString())).toMatchObject({ code: 'DOCUMENT_NOT_AVAILABLE' });
    await get(`/api/v1/movements/${destroyed.body.id}/documents/destruction.pdf`, await t.token('dinkes.bogor')).expect(404);
  });

  it("prints a product's stock card at a point, every line with its running balance", async () => {
    const card = (await t.http().get(`/api/v1/points/${sender}/stock-card`).set(auth(admin)).query({ productId: swab }).expect(200)).body;
    const { text } = pdfText(await get(`/api/v1/points/${sender}/stock-card.pdf?productId=${swab}`).expect(200));
    expect(text).toContain('KARTU STOK');
    expect(text).toContain('SWAB-ALC');
    expect(card.items.length).toBe(card.total);
    for (const type of ['Penerimaan', 'Pengiriman', 'Stok opname (rusak)']) expect(text).toContain(type);
    const last = card.items.at(-1).runningBalance as number;
    expect(last).toBe(690);
    expect(text).toContain(`Stok akhir 2.000 1.310 ${new Intl.NumberFormat('id-ID').format(last)}`);
  });

  it("prints the month's report with the API's totals", async () => {
    const json = (await t.http().get('/api/v1/reports/monthly').set(auth(admin)).query({ month, regencyCode: '32.73', limit: '200' }).expect(200)).body;
    const { text, pages } = pdfText(await get(`/api/v1/reports/monthly.pdf?month=${month}&regencyCode=32.73`).expect(200));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain('LAPORAN BULANAN LOGISTIK (LPLPO)');
    const swabTotal = json.totals.find((row: { productCode: string }) => row.productCode === 'SWAB-ALC');
    const n = (value: number) => new Intl.NumberFormat('id-ID').format(value);
    expect(text).toContain(`JUMLAH SWAB-ALC ${n(swabTotal.opening)} ${n(swabTotal.received)} ${n(swabTotal.issued)} ${n(swabTotal.shippedOut)}`);
    expect(text).toContain('DOC-DIC SWAB-ALC');
  });

  it('follows the scope of the record it prints', async () => {
    const bogor = await t.token('dinkes.bogor');
    await get(`/api/v1/shipments/${shipmentId}/documents/sbbk.pdf`, bogor).expect(404);
    await get(`/api/v1/movements/${countId}/documents/stock-count.pdf`, bogor).expect(404);
    await get(`/api/v1/points/${sender}/stock-card.pdf?productId=${swab}`, bogor).expect(404);
    await get(`/api/v1/reports/monthly.pdf?month=${month}&regencyCode=32.73`, bogor).expect(403);
    const bandung = await t.token('dinkes.bandung');
    await get(`/api/v1/shipments/${shipmentId}/documents/sbbk.pdf`, bandung).expect(200);
    await get(`/api/v1/reports/monthly.pdf?month=2026-13`, bandung).expect(400);
    await get(`/api/v1/points/${sender}/stock-card.pdf`, bandung).expect(400);
    await t.http().get(`/api/v1/shipments/${shipmentId}/documents/sbbk.pdf`).expect(401);
  });
});
