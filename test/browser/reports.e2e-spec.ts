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

    // The needle-syringe programme: the regency's rows as the API answers them, with the chart of distributed and returned.
    const programme = (await field.testApp.http().get('/api/v1/reports/programme').set('Authorization', `Bearer ${token}`).query({ from: month, to: month, regencyCode: '32.01' }).expect(200)).body;
    const programmeTable = page.getByRole('region', { name: 'Per kabupaten/kota dan bulan' });
    await programmeTable.locator('tbody tr').first().waitFor();
    const programmeCells = await programmeTable.locator('tbody tr').filter({ hasText: month }).first().locator('td').allInnerTexts();
    const regencyRow = programme.regencies.find((row: { month: string }) => row.month === month);
    expect(regencyRow.returned).toBeGreaterThanOrEqual(120);
    const id = (value: number) => new Intl.NumberFormat('id-ID').format(value);
    expect(programmeCells.slice(0, 5)).toEqual([month, '32.01', id(regencyRow.distributed), id(regencyRow.returned), id(regencyRow.contacts)]);
    const programmeHeaders = await programmeTable.locator('thead th').allInnerTexts();
    expect(programmeHeaders.slice(-3)).toEqual(['Dosis nalokson', 'Isi ulang nalokson', 'Overdosis tertolong (dilaporkan)']);
    expect(programmeCells.slice(-3)).toEqual([id(regencyRow.naloxoneDoses), id(regencyRow.naloxoneRefills), id(regencyRow.overdoseReversals)]);
    await page.getByRole('region', { name: 'Per titik dan bulan' }).locator('tbody tr').first().waitFor();
    await page.getByRole('img', { name: /^Set alat suntik dibagikan dan alat suntik bekas kembali per bulan/ }).locator('canvas').waitFor();
    await page.locator('section[aria-labelledby=programme-title]').screenshot({ path: join(SCREENSHOTS, 'district-programme.png') });

    // Coverage: Bogor has no estimate yet and says so; the officer records one and the row shows sets per person.
    const coverageTable = page.getByRole('region', { name: 'Cakupan per kabupaten/kota' });
    const bogor = coverageTable.getByRole('row', { name: /^32\.01 / });
    await bogor.getByText('tanpa estimasi').first().waitFor();
    const estimateForm = page.getByRole('form', { name: 'Catat estimasi jumlah penasun' });
    expect(await estimateForm.getByLabel('Kode kab/kota').locator('option').allInnerTexts()).toEqual(['32.01 Kabupaten Bogor']);
    // A phone number in the source is refused, and the form says what to fix in plain words.
    const errorsBefore = errors.length;
    await estimateForm.getByLabel('Estimasi penasun').fill('50');
    await estimateForm.getByLabel('Sumber estimasi').fill('Tanya Pak Budi 0812 3456 7890');
    await estimateForm.getByRole('button', { name: 'Simpan estimasi' }).click();
    await estimateForm.getByRole('alert').filter({ hasText: 'Sumber estimasi: 2 sampai 200 huruf' }).waitFor();
    expect(await estimateForm.getByRole('alert').innerText()).toContain('tanpa nama, NIK, nomor HP');
    expect(errors.splice(errorsBefore)).toEqual([expect.stringContaining('status of 400')]);
    await estimateForm.getByLabel('Estimasi penasun').fill('50');
    await estimateForm.getByLabel('Sumber estimasi').fill('Pemetaan populasi kunci 2026');
    await estimateForm.getByRole('button', { name: 'Simpan estimasi' }).click();
    await estimateForm.getByText('Estimasi tersimpan.').waitFor();
    const coverage = (await field.testApp.http().get('/api/v1/reports/coverage').set('Authorization', `Bearer ${token}`).query({ year: Number(month.slice(0, 4)), regencyCode: '32.01' }).expect(200)).body;
    expect(coverage.items[0]).toMatchObject({ estimate: 50, estimateSource: 'Pemetaan populasi kunci 2026' });
    const levels: Record<string, string> = { low: 'rendah', medium: 'sedang', high: 'tinggi' };
    await bogor.getByRole('cell', { name: levels[coverage.items[0].level], exact: true }).waitFor();
    await bogor.getByRole('cell', { name: new Intl.NumberFormat('id-ID').format(coverage.items[0].setsPerPerson), exact: true }).waitFor();
    // With an estimate, the regency has a bar against the WHO levels, and the estimate is listed as the one in use.
    await page.getByRole('img', { name: /^Set alat suntik per penasun per kabupaten\/kota/ }).locator('canvas').waitFor();
    await page.getByRole('list', { name: 'Estimasi tercatat untuk 32.01' }).getByRole('listitem').filter({ hasText: 'Pemetaan populasi kunci 2026' }).getByText('dipakai').waitFor();
    await page.locator('section[aria-labelledby=coverage-title]').screenshot({ path: join(SCREENSHOTS, 'district-coverage.png') });

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists data-quality flags with their evidence in words and marks one reviewed', async () => {
    // A distribution above the cap per contact, accepted with its reason, at a Bogor point; then the scan.
    const admin = await field.testApp.token('admin');
    const [{ id: lsm }] = await field.testApp.dataSource.query(`SELECT id FROM points WHERE code = 'LSM-CBN-01'`);
    const [{ id: ns }] = await field.testApp.dataSource.query(`SELECT id FROM products WHERE code = 'NS-1ML-LDS-29G'`);
    await field.testApp.http().post(`/api/v1/points/${lsm}/movements`).set('Authorization', `Bearer ${admin}`)
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 1, aboveCapReason: 'group_supply', lines: [{ productId: ns, quantity: 60 }] }).expect(201);
    await field.testApp.http().post('/api/v1/data-quality/scan').set('Authorization', `Bearer ${admin}`).send({ month }).expect(200);

    const { page, context, errors } = await open({ width: 360, height: 640 });
    await signIn(page, 'dinkes.bogor');
    await page.getByRole('navigation').getByRole('link', { name: 'Kualitas data', exact: true }).click();
    await page.getByRole('heading', { name: 'Kualitas data', level: 1 }).waitFor();
    const flag = page.getByRole('listitem').filter({ hasText: 'Di atas batas per kontak' }).first();
    await flag.getByText('60 alat suntik untuk 1 kontak (batas 50 per kontak); alasan: pasokan kelompok.').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'district-data-quality-phone.png'), fullPage: true });
    await flag.getByRole('button', { name: 'Tandai sudah ditinjau' }).click();
    await flag.getByRole('alert').filter({ hasText: 'minimal 3 huruf' }).waitFor();
    await flag.getByLabel('Hasil tinjauan').fill('Dicek dengan koordinator: pasokan untuk kelompok dampingan, angka benar.');
    await flag.getByRole('button', { name: 'Tandai sudah ditinjau' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Di atas batas per kontak' }).first().waitFor({ state: 'detached' });
    const token = await field.testApp.token('dinkes.bogor');
    const reviewed = (await field.testApp.http().get('/api/v1/data-quality/flags').set('Authorization', `Bearer ${token}`).query({ status: 'reviewed' }).expect(200)).body;
    expect(reviewed.items.map((item: { reviewedBy: string; reviewComment: string }) => [item.reviewedBy, item.reviewComment])).toContainEqual([
      'dinkes.bogor',
      'Dicek dengan koordinator: pasokan untuk kelompok dampingan, angka benar.',
    ]);
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
