import ExcelJS from 'exceljs';
import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { describeInBrowser, FieldApp, launchChromium, SCREENSHOTS, scrollsSideways, startFieldApp } from './support/field-app';

/**
 * The monthly logistics report in the district workspace: a district officer picks the month, reads the figures the
 * API answers, downloads the CSV for Indonesian Excel and the workbook; English too; usable on a phone.
 */
describeInBrowser('monthly report in the district workspace', () => {
  let field: FieldApp;
  let browser: Browser;
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()).slice(0, 7);

  beforeAll(async () => {
    [field, browser] = await Promise.all([startFieldApp({ DHIS2_MAPPING_FILE: 'config/dhis2-mapping.demo.json' }), launchChromium()]);
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

  it('shows a regency\'s month as the API answers it and downloads it for Excel', async () => {
    const { page, context, errors } = await open({ width: 1280, height: 800 });
    // Used syringes came back at a Bogor point this month (the returns section below).
    const admin = await field.testApp.token('admin');
    const [{ id: lsm }] = await field.testApp.dataSource.query(`SELECT id FROM points WHERE code = 'LSM-CBN-01'`);
    await field.testApp.http().post(`/api/v1/points/${lsm}/sharps`).set('Authorization', `Bearer ${admin}`)
      .send({ id: randomUUID(), type: 'return', occurredAt: new Date().toISOString(), syringes: 120, countMethod: 'counted', containers: 1 }).expect(201);
    await signIn(page, 'dinkes.bogor');
    await page.getByRole('link', { name: 'Laporan bulanan' }).click();
    await page.getByRole('heading', { name: 'Laporan bulanan logistik (LPLPO)' }).waitFor();
    await page.getByLabel('Bulan', { exact: true }).fill(month);
    await page.getByRole('heading', { name: 'Jumlah per produk' }).waitFor();

    const token = await field.testApp.token('dinkes.bogor');
    const api = (await field.testApp.http().get('/api/v1/reports/monthly').set('Authorization', `Bearer ${token}`).query({ month, regencyCode: '32.01' }).expect(200)).body;
    expect(api.totals.length).toBeGreaterThan(0);
    const totals = page.locator('table').first();
    const firstRow = totals.locator('tbody tr').first();
    await firstRow.waitFor();
    const cells = await firstRow.locator('td').allInnerTexts();
    expect(cells[0]).toBe(api.totals[0].productCode);
    expect(cells[6]).toBe(new Intl.NumberFormat('id-ID').format(api.totals[0].closing));
    expect(await page.locator('main').innerText()).not.toContain('Bandung');

    const monthlyDownloads = page.getByRole('group', { name: 'Unduh', exact: true });
    const downloading = page.waitForEvent('download');
    await monthlyDownloads.getByRole('button', { name: 'Unduh CSV (Excel Indonesia)' }).click();
    const csv = readFileSync((await (await downloading).path())!, 'utf8');
    expect(csv.startsWith('\uFEFFKode kab/kota;Kode titik;Nama titik layanan;Kode produk;Stok awal;Penerimaan;Pemakaian')).toBe(true);
    const workbook = page.waitForEvent('download');
    await monthlyDownloads.getByRole('button', { name: 'Unduh Excel (.xlsx)' }).click();
    const xlsx = await workbook;
    expect(xlsx.suggestedFilename()).toBe(`pasokan-laporan-bulanan-${month}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    expect((book.worksheets[0].getRow(1).values as unknown[]).slice(5, 8)).toEqual(['Stok awal', 'Penerimaan', 'Pemakaian']);

    // The same month as DHIS2 data values, per point: the mapped points' closing stock as the API reports it.
    await page.getByText('Ekspor DHIS2').click();
    const dhis2 = page.waitForEvent('download');
    await page.getByRole('button', { name: 'DHIS2 JSON, per titik layanan' }).click();
    const values = JSON.parse(readFileSync((await (await dhis2).path())!, 'utf8'));
    expect(values.period).toBe(month.replace('-', ''));
    expect(values.dataValues.length).toBeGreaterThan(0);
    await page.getByText(/^Tidak ikut, belum ada di pemetaan DHIS2/).waitFor();
    // Stock by funding source, same regency and month: the table the API answers, and its workbook.
    const funding = (await field.testApp.http().get('/api/v1/reports/funding-sources').set('Authorization', `Bearer ${token}`).query({ from: month, to: month, regencyCode: '32.01' }).expect(200)).body;
    const fundingTable = page.getByRole('region', { name: 'Jumlah per sumber dana dan produk' });
    await fundingTable.locator('tbody tr').first().waitFor();
    const fundingRows = await fundingTable.locator('tbody tr').count();
    expect(fundingRows).toBe(funding.totals.length);
    const fundingCells = await fundingTable.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(fundingCells[1]).toBe(funding.totals[0].productCode);
    expect(fundingCells[8]).toBe(new Intl.NumberFormat('id-ID').format(funding.totals[0].onHand));
    const fundingWorkbook = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Unduh: Stok menurut sumber dana' }).getByRole('button', { name: 'Unduh Excel (.xlsx)' }).click();
    const fundingXlsx = await fundingWorkbook;
    const fundingBook = new ExcelJS.Workbook();
    await fundingBook.xlsx.readFile((await fundingXlsx.path())!);
    expect((fundingBook.worksheets[0].getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Kode kab/kota', 'Sumber dana', 'Kode produk']);
    expect(fundingBook.worksheets[0].rowCount).toBe(1 + funding.items.length + funding.totals.length);

    // Returns and sharps: the regency's rows as the API answers them, with the chart of distributed and returned.
    const returns = (await field.testApp.http().get('/api/v1/reports/returns').set('Authorization', `Bearer ${token}`).query({ from: month, to: month, regencyCode: '32.01' }).expect(200)).body;
    const returnsTable = page.getByRole('region', { name: 'Per kabupaten/kota dan bulan' });
    await returnsTable.locator('tbody tr').first().waitFor();
    const returnCells = await returnsTable.locator('tbody tr').filter({ hasText: month }).first().locator('td').allInnerTexts();
    const regencyRow = returns.regencies.find((row: { month: string }) => row.month === month);
    expect(regencyRow.returned).toBeGreaterThanOrEqual(120);
    expect(returnCells.slice(0, 4)).toEqual([month, '32.01', new Intl.NumberFormat('id-ID').format(regencyRow.distributed), new Intl.NumberFormat('id-ID').format(regencyRow.returned)]);
    await page.getByRole('img', { name: /^Alat suntik dibagikan dan alat suntik bekas kembali per bulan/ }).locator('canvas').waitFor();
    await page.locator('section[aria-labelledby=returns-title]').screenshot({ path: join(SCREENSHOTS, 'district-returns.png') });

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads in English and fits a phone', async () => {
    const { page, context, errors } = await open({ width: 360, height: 640 });
    await signIn(page, 'dinkes.lotim');
    await page.getByRole('heading', { name: /^Ringkasan/ }).waitFor();
    await page.goto(`${field.url}/reports/monthly?month=${month}`);
    await page.getByRole('heading', { name: 'Laporan bulanan logistik (LPLPO)' }).waitFor();
    await page.locator('main [role=status]').first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Monthly logistics report (LPLPO)' }).waitFor();
    await page.getByRole('heading', { name: 'Total per product' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
