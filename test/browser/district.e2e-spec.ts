import ExcelJS from 'exceljs';
import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { demoIds } from '../support/demo-ids';
import { describeInBrowser, FieldApp, launchChromium, SCREENSHOTS, scrollsSideways, startFieldApp } from './support/field-app';

/**
 * The district workspace in headless Chromium against the real service: a district officer signs in on a laptop,
 * sees a stocked-out point on the dashboard, opens it (charts drawn), approves a request with a changed quantity and
 * ships it; never sees a point of another regency; Indonesian and English; a phone-sized screen; axe checks.
 */
describeInBrowser('district workspace in a browser', () => {
  let field: FieldApp;
  let browser: Browser;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let requestId: string;
  let product: { id: string; nameId: string };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [field, browser] = await Promise.all([startFieldApp(), launchChromium()]);
    ids = await demoIds(field.testApp.dataSource);
    // The outreach kit asks its supplier (the NGO office) for a product the office has in stock.
    const admin = await field.testApp.token('admin');
    const supplier = ids.point('LSM-CBN-01');
    const stock = await field.testApp.http().get(`/api/v1/points/${supplier}/stock`).set('Authorization', `Bearer ${admin}`).expect(200);
    const held = (stock.body as { productId: string; usable: number }[]).find((row) => row.usable >= 200)!;
    const [{ name_id: nameId }] = await field.testApp.dataSource.query('SELECT name_id FROM products WHERE id = $1', [held.productId]);
    product = { id: held.productId, nameId };
    const outreach = await field.testApp.token('outreach.cibinong');
    requestId = randomUUID();
    await field.testApp.http().post('/api/v1/resupply-requests').set('Authorization', `Bearer ${outreach}`)
      .send({ id: requestId, pointId: ids.point('OUT-CBN-01'), lines: [{ productId: product.id, quantity: 150 }] }).expect(201);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await field?.close();
  });

  async function open(size: { width: number; height: number }) {
    const context = await browser.newContext({ acceptDownloads: true, viewport: size, locale: 'id-ID', timezoneId: 'Asia/Jakarta', isMobile: size.width < 500, hasTouch: size.width < 500 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message: ConsoleMessage) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    return { context, page, errors };
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(field.url);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('pasokan-demo');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  }

  async function expectAccessible(page: Page): Promise<void> {
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  it('takes an officer from a stocked-out point on the dashboard to an approved, changed and shipped request', async () => {
    const { page, context, errors } = await open({ width: 1280, height: 800 });
    await signIn(page, 'dinkes.bogor');
    await page.getByRole('heading', { name: 'Ringkasan: Kabupaten Bogor' }).waitFor();
    await page.getByRole('link', { name: /Titik kehabisan stok/ }).waitFor();
    await page.getByRole('heading', { name: 'Titik yang kehabisan stok' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'district-dashboard.png'), fullPage: true });
    await expectAccessible(page);

    // A stocked-out point, opened from the dashboard: its status, its charts (uPlot loaded on this page only).
    await page.locator('main .cards a').first().click();
    await page.getByRole('heading', { name: 'Status per produk' }).waitFor();
    await page.getByRole('img', { name: /Grafik pemakaian per bulan/ }).locator('canvas').waitFor();
    await page.getByRole('img', { name: /Grafik stok akhir bulan/ }).locator('canvas').waitFor();
    await page.getByRole('heading', { name: 'Masa stok kosong' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'district-point.png'), fullPage: true });
    await expectAccessible(page);

    // The request, from the count on the dashboard: approve 120 instead of 150, then ship them.
    await page.getByRole('link', { name: 'Ringkasan' }).click();
    await page.getByRole('link', { name: /Permintaan menunggu keputusan/ }).click();
    await page.getByRole('link', { name: 'Tas penjangkau Cibinong (outreach kit)' }).first().waitFor();
    await page.goto(`${field.url}/requests/${requestId}`);
    await page.getByRole('heading', { name: 'Bukti: stok dan pemakaian saat ini' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(`Jumlah disetujui: ${product.nameId}`).fill('120');
    await page.getByRole('button', { name: 'Setujui' }).click();
    await page.getByText('Permintaan disetujui.').waitFor();
    await page.getByRole('heading', { name: 'Kirim dari Kantor LSM Cibinong' }).waitFor();
    expect(await page.getByLabel(`Jumlah dikirim: ${product.nameId}`).inputValue()).toBe('120');
    await page.getByRole('button', { name: 'Kirim sekarang' }).click();
    await page.getByText(/Pengiriman ke Tas penjangkau Cibinong .* tercatat/).waitFor();
    await page.getByText('Di jalan', { exact: true }).waitFor();

    const [request] = await field.testApp.dataSource.query('SELECT status FROM resupply_requests WHERE id = $1', [requestId]);
    expect(request.status).toBe('shipped');
    const lines: { quantity: number; approved_quantity: number }[] = await field.testApp.dataSource.query(
      'SELECT quantity, approved_quantity FROM resupply_request_lines WHERE request_id = $1', [requestId]);
    expect(lines).toEqual([{ quantity: 150, approved_quantity: 120 }]);
    const shipped = await field.testApp.dataSource.query(
      `SELECT sum(l.quantity_sent)::int AS sent FROM shipments s JOIN shipment_lines l ON l.shipment_id = s.id WHERE s.resupply_request_id = $1 AND s.status = 'in_transit'`, [requestId]);
    expect(shipped[0].sent).toBe(120);

    // Followed to receipt: the kit confirms what arrived, and the officer sees the request received.
    const shipment: { shipment_id: string; lot_id: string; quantity_sent: number }[] = await field.testApp.dataSource.query(
      'SELECT l.shipment_id, l.lot_id, l.quantity_sent FROM shipments s JOIN shipment_lines l ON l.shipment_id = s.id WHERE s.resupply_request_id = $1', [requestId]);
    const outreach = await field.testApp.token('outreach.cibinong');
    await field.testApp.http().post(`/api/v1/shipments/${shipment[0].shipment_id}/receive`).set('Authorization', `Bearer ${outreach}`)
      .send({ id: randomUUID(), lines: shipment.map((line) => ({ lotId: line.lot_id, quantityReceived: line.quantity_sent })) }).expect(201);
    await page.reload();
    await page.getByText(/^Diterima \d/).waitFor();
    await page.locator('main p .pill', { hasText: 'Diterima' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never shows an officer a point of another regency, wherever they look', async () => {
    const { page, context, errors } = await open({ width: 1280, height: 800 });
    await signIn(page, 'dinkes.bogor');
    await page.getByRole('heading', { name: 'Ringkasan: Kabupaten Bogor' }).waitFor();
    for (const path of ['/shortages', '/expiries?withinDays=365', '/requests', '/alerts', '/shortages?status=stockout']) {
      await page.goto(`${field.url}${path}`);
      await page.locator('main [role=status]').first().waitFor();
      await page.waitForLoadState('networkidle');
      const text = await page.locator('main').innerText();
      for (const foreign of ['Bandung', 'Jakarta', 'Lombok', 'Mataram', 'DIC-BDG', 'PKM-JKT']) expect({ path, foreign, shown: text.includes(foreign) }).toEqual({ path, foreign, shown: false });
    }
    // The download for Excel set to Indonesian: every row of the regency, `;`, a byte order mark, nothing foreign.
    await page.goto(`${field.url}/shortages`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh CSV (Excel Indonesia)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('pasokan-kekurangan-stok.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFregencyCode;pointCode;pointName;productCode;status;')).toBe(true);
    expect(csv.split('\n').slice(1, -1).every((line) => line.startsWith('32.01;'))).toBe(true);
    expect(csv).not.toContain('Bandung');
    const workbook = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh Excel (.xlsx)' }).click();
    const xlsx = await workbook;
    expect(xlsx.suggestedFilename()).toBe('pasokan-kekurangan-stok.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    expect((book.worksheets[0].getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Kode kab/kota', 'Kode titik', 'Nama titik layanan']);
    expect(book.worksheets[0].rowCount).toBe(csv.split('\n').length - 1);
    // The requests and alerts downloads too: the regency's rows only, Indonesian headers.
    for (const [path, header] of [['/requests', 'Waktu permintaan (UTC);Kode titik peminta'], ['/alerts?status=resolved', 'Jenis;Tingkat;Status;Kode kab/kota']]) {
      await page.goto(`${field.url}${path}`);
      await page.locator('main [role=status]').first().waitFor();
      const listDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Unduh CSV (Excel Indonesia)' }).click();
      const text = readFileSync((await (await listDownload).path())!, 'utf8');
      expect(text.startsWith(`\uFEFF${header}`)).toBe(true);
      for (const foreign of ['Bandung', 'Jakarta', 'Lombok', 'Mataram']) expect({ path, foreign, shown: text.includes(foreign) }).toEqual({ path, foreign, shown: false });
    }

    await page.goto(`${field.url}/points/${ids.point('DIC-BDG-01')}`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).not.toContain('Bandung');
    expect(await page.locator('main').innerText()).not.toContain('Drop-in Centre Bandung Wetan');
    // The foreign point answers 404: the browser notes it as a console error, nothing else.
    expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
    await context.close();
  });

  it('speaks English, and fits a phone', async () => {
    const { page, context, errors } = await open({ width: 360, height: 640 });
    await signIn(page, 'dinkes.bogor');
    await page.getByRole('heading', { name: 'Ringkasan: Kabupaten Bogor' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Overview: Kabupaten Bogor' }).waitFor();
    await page.getByRole('link', { name: /Points out of stock/ }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Shortages', exact: true }).click();
    await page.getByRole('heading', { name: 'Shortages' }).waitFor();
    await page.getByText(/rows? \(point × product\)/).waitFor();
    await page.getByRole('group').or(page.locator('details summary')).first().waitFor();
    await page.locator('details summary').first().click();
    await page.getByText(/a month/).first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets an officer set a point\'s own stock levels, typed with a decimal comma', async () => {
    const { page, context, errors } = await open({ width: 1280, height: 800 });
    await signIn(page, 'dinkes.bogor');
    await page.getByRole('heading', { name: 'Ringkasan: Kabupaten Bogor' }).waitFor();
    const point = ids.point('LSM-CBN-01');
    await page.goto(`${field.url}/points/${point}`);
    await page.getByText('Batas stok titik ini').click();
    const [{ name_id: nameId }] = await field.testApp.dataSource.query("SELECT name_id FROM products WHERE code = 'CONDOM-M'");
    await page.getByLabel(`Maksimum (bulan): ${nameId}`).fill('4,5');
    await page.getByRole('button', { name: 'Simpan batas stok' }).click();
    await page.getByText('Batas stok disimpan.').waitFor();
    const rows: { code: string; max_months: string }[] = await field.testApp.dataSource.query(
      'SELECT pd.code, l.max_months FROM stock_levels l JOIN products pd ON pd.id = l.product_id WHERE l.point_id = $1', [point]);
    expect(rows).toEqual([{ code: 'CONDOM-M', max_months: '4.5' }]);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets an administrator go from the country to a province to a regency', async () => {
    const { page, context, errors } = await open({ width: 1280, height: 800 });
    await signIn(page, 'admin');
    await page.getByRole('heading', { name: 'Ringkasan: Seluruh Indonesia' }).waitFor();
    await page.getByRole('link', { name: 'Jawa Barat' }).click();
    await page.getByRole('heading', { name: 'Ringkasan: Jawa Barat' }).waitFor();
    await page.getByRole('link', { name: 'Kota Bandung' }).click();
    await page.getByRole('heading', { name: 'Ringkasan: Kota Bandung' }).waitFor();
    await page.getByRole('navigation', { name: 'Tingkat wilayah' }).getByRole('link', { name: 'Seluruh Indonesia' }).waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
