import bwipjs from 'bwip-js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, describeInBrowser, FieldApp, openPhone, outboxIds, scrollsSideways, startFieldApp, unexpectedErrors } from './support/field-app';

const GS = '\u001d';
/** A real GTIN-14 (GS1's own example), given to the demo's male condom for these tests. */
const GTIN = '09506000134352';
/** Not in the catalogue, valid check digit. */
const UNKNOWN_GTIN = '04006381333931';

/**
 * One camera frame for Chromium's fake capture device: the PNG bwip-js draws, centred on a white 640 x 480 frame,
 * written as a one-frame Y4M (4:2:0, grey: U = V = 128) that Chromium plays in a loop.
 */
async function dataMatrixVideo(text: string): Promise<string> {
  const png = PNG.sync.read(await bwipjs.toBuffer({ bcid: 'gs1datamatrix', text, scale: 8, paddingwidth: 4, paddingheight: 4, backgroundcolor: 'FFFFFF' }));
  const width = 640;
  const height = 480;
  const luma = Buffer.alloc(width * height, 235);
  const left = Math.floor((width - png.width) / 2);
  const top = Math.floor((height - png.height) / 2);
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const at = (y * png.width + x) * 4;
      const grey = (png.data[at] + png.data[at + 1] + png.data[at + 2]) / 3;
      luma[(top + y) * width + left + x] = grey < 128 ? 16 : 235;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const file = join(mkdtempSync(join(tmpdir(), 'pasokan-scan-')), 'datamatrix.y4m');
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma, chroma]));
  return file;
}

describeInBrowser('scanning GS1 barcodes in the field app', () => {
  let field: FieldApp;
  let camera: Browser;
  let condomId: string;

  beforeAll(async () => {
    field = await startFieldApp();
    const [condom] = (await field.testApp.dataSource.query(`UPDATE products SET gtin = $1 WHERE name_id = 'Kondom pria 52 mm' RETURNING id`, [GTIN])) as [{ id: string }[]];
    condomId = condom[0].id;
    const video = await dataMatrixVideo(`(01)${GTIN}(17)280331(10)SCAN-CAM-1`);
    // Only this test's browser gets the fake camera.
    camera = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
  }, 180_000);

  afterAll(async () => {
    await camera?.close();
    await field?.close();
  });

  async function openReceipt(page: Page, username = 'staff.pkm.kopo'): Promise<void> {
    await page.goto(field.url);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('pasokan-demo');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('link', { name: 'Terima barang' }).click();
  }

  async function finishReceipt(page: Page, source: string): Promise<void> {
    await page.getByLabel('Dari (pemasok atau donor)').fill(source);
    await page.getByLabel('Sumber dana').selectOption({ label: 'APBD' });
    await page.getByLabel('Jumlah diterima').fill('10');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tersimpan di HP').waitFor();
    await page.getByRole('link', { name: 'Kotak keluar: 0 catatan menunggu' }).waitFor();
  }

  async function recordedLot(movementId: string): Promise<{ lot_number: string; expiry_date: string; product_id: string; quantity: number }[]> {
    return field.testApp.dataSource.query(
      `SELECT lo.lot_number, to_char(lo.expiry_date, 'YYYY-MM-DD') AS expiry_date, l.product_id, l.quantity FROM ledger_lines l
         JOIN lots lo ON lo.id = l.lot_id WHERE l.movement_id = $1`,
      [movementId],
    );
  }

  it('reads a GS1 DataMatrix from the camera into product, lot and expiry, and the receipt is recorded', async () => {
    const phone = await openPhone(camera);
    const { page, context } = phone;
    await context.grantPermissions(['camera'], { origin: field.url });
    await openReceipt(page);
    await page.getByRole('button', { name: 'Pindai dengan kamera' }).click();
    await page.getByText('Terpindai: Kondom pria 52 mm').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel(/^Produk/).first().inputValue()).toBe(condomId);
    expect(await page.getByLabel(/^Nomor lot/).inputValue()).toBe('SCAN-CAM-1');
    expect(await page.getByLabel(/^Tanggal kedaluwarsa/).inputValue()).toBe('2028-03-31');
    expect(await page.getByTestId('scanned-lotNumber').count()).toBe(1);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: 'Tutup kamera' }).click();
    await finishReceipt(page, 'Dinkes Provinsi Jawa Barat');
    const [record] = await outboxIds(page);
    expect(await recordedLot(record.id)).toEqual([{ lot_number: 'SCAN-CAM-1', expiry_date: '2028-03-31', product_id: condomId, quantity: 10 }]);
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 120_000);

  it('takes a keyboard-wedge scan (symbology identifier, group separator, day 00), keeps the lot when an EAN-only scan follows, refuses a wrong check digit', async () => {
    const phone = await openPhone(camera);
    const { page, context } = phone;
    await openReceipt(page);
    const scan = page.getByTestId('scan-input');
    await scan.click();
    await page.keyboard.type(`]d201${GTIN}17280200${GS}10WEDGE-2`);
    await page.keyboard.press('Enter');
    await page.getByText('Terpindai: Kondom pria 52 mm').waitFor();
    expect(await page.getByLabel(/^Nomor lot/).inputValue()).toBe('WEDGE-2');
    expect(await page.getByLabel(/^Tanggal kedaluwarsa/).inputValue()).toBe('2028-02-29');

    // The outer box's EAN-13 carries no lot or expiry: they stay.
    await scan.fill(GTIN.slice(1));
    await scan.press('Enter');
    await page.getByText('Terpindai: Kondom pria 52 mm').waitFor();
    expect(await page.getByLabel(/^Nomor lot/).inputValue()).toBe('WEDGE-2');
    expect(await page.getByLabel(/^Tanggal kedaluwarsa/).inputValue()).toBe('2028-02-29');

    await scan.fill('9506000134353');
    await scan.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'digit pemeriksa' }).waitFor();

    await scan.fill(UNKNOWN_GTIN);
    await scan.press('Enter');
    await page.getByText(`Nomor produk ${UNKNOWN_GTIN} tidak ada di katalog`).waitFor();
    // Point staff pick the product and are told who attaches the GTIN to it (an administrator, in the workspace).
    await page.getByText(`Minta admin menambahkan nomor ${UNKNOWN_GTIN} ke produknya`).waitFor();
    await page.getByLabel('Produk untuk kode ini').selectOption({ value: condomId });
    await page.getByRole('button', { name: 'Gunakan produk ini' }).click();
    expect(await page.getByLabel(/^Nomor lot/).inputValue()).toBe('WEDGE-2');

    await finishReceipt(page, 'Donor');
    const [record] = await outboxIds(page);
    expect(await recordedLot(record.id)).toEqual([{ lot_number: 'WEDGE-2', expiry_date: '2028-02-29', product_id: condomId, quantity: 10 }]);

    // Stock count, item after item: each scan counts one more on the line of that product and lot.
    await page.getByRole('link', { name: 'Stok opname' }).click();
    const line = page.getByLabel(/WEDGE-2/);
    await line.waitFor();
    const countScan = page.getByTestId('scan-input');
    for (let item = 1; item <= 3; item += 1) {
      await countScan.fill(`01${GTIN}10WEDGE-2`);
      await countScan.press('Enter');
      await page.getByText(`lot WEDGE-2: ${item} terpindai`).waitFor();
    }
    expect(await line.inputValue()).toBe('3');
    await countScan.fill(`01${GTIN}10NOT-HERE`);
    await countScan.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'NOT-HERE tidak ada di catatan' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 120_000);
});
