import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { allSent, describeInBrowser, FieldApp, launchChromium, openPhone, outboxIds, SCREENSHOTS, scrollsSideways, startFieldApp, unexpectedErrors } from './support/field-app';

/**
 * The field app on a laptop (1280 x 800), as a drop-in centre's office computer shows it: the main screens render,
 * fit the window, pass axe, and a distribution recorded there reaches the server.
 */
describeInBrowser('field app on a laptop', () => {
  let field: FieldApp;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [field, browser] = await Promise.all([startFieldApp(), launchChromium()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await field?.close();
  });

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(field.url);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('pasokan-demo');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  }

  async function fitsAndPasses(page: Page): Promise<void> {
    expect(await scrollsSideways(page)).toBe(false);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  it('renders the points, stock, a distribution, the outbox and the requests, and records the distribution once', async () => {
    const laptop = await openPhone(browser, { width: 1280, height: 800, mobile: false });
    const { page, context } = laptop;

    // Someone with two points chooses one.
    await signIn(page, 'staff.jakarta');
    await page.getByRole('heading', { name: 'Titik layanan Anda' }).waitFor();
    await page.getByRole('link', { name: /Puskesmas Kecamatan Tanah Abang/ }).waitFor();
    await fitsAndPasses(page);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByLabel('Nama pengguna').waitFor();

    await signIn(page, 'staff.dic.bandung');
    await page.getByRole('heading', { name: 'Stok di tangan' }).waitFor();
    await page.getByRole('region', { name: 'Kedaluwarsa dalam 90 hari' }).waitFor();
    await page.getByText(/Diperbarui/).first().waitFor();
    await fitsAndPasses(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'laptop-stock.png'), fullPage: false });

    await page.getByRole('link', { name: 'Catat distribusi' }).click();
    await page.getByLabel('Jumlah kontak').fill('2');
    await page.getByRole('main').getByRole('textbox').nth(1).fill('4');
    await page.getByText('Diambil dari (kedaluwarsa paling awal dulu):').waitFor();
    await fitsAndPasses(page);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await allSent(page, 1);
    await page.getByRole('link', { name: 'Kotak keluar: 0 catatan menunggu' }).waitFor();

    await page.getByRole('link', { name: /Kotak keluar/ }).click();
    await page.getByText('0 menunggu dikirim').waitFor();
    await page.getByText('Terkirim').first().waitFor();
    await fitsAndPasses(page);
    const [record] = await outboxIds(page);
    const rows: unknown[] = await field.testApp.dataSource.query('SELECT id FROM movements WHERE id = $1', [record.id]);
    expect(rows).toHaveLength(1);

    await page.getByRole('link', { name: 'pasokan', exact: true }).click();
    await page.getByRole('link', { name: 'Minta pasokan' }).click();
    await page.getByRole('heading', { name: 'Permintaan pasokan' }).waitFor();
    await fitsAndPasses(page);
    await page.getByRole('link', { name: 'Minta pasokan' }).click();
    await page.getByRole('button', { name: 'Kirim permintaan' }).waitFor();
    await fitsAndPasses(page);

    expect(unexpectedErrors(laptop)).toEqual([]);
    await context.close();
  }, 180_000);
});
