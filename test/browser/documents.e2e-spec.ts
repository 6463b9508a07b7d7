import { readFileSync } from 'node:fs';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { describeInBrowser, FieldApp, launchChromium, startFieldApp } from './support/field-app';

/** A district officer prints the month's report from the workspace: the download is the server's PDF. */
describeInBrowser('printable documents from the workspace', () => {
  let field: FieldApp;
  let browser: Browser;
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()).slice(0, 7);

  beforeAll(async () => {
    [field, browser] = await Promise.all([startFieldApp(), launchChromium()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await field?.close();
  });

  it('downloads the monthly report as a PDF', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message: ConsoleMessage) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(field.url);
    await page.getByLabel('Nama pengguna').fill('dinkes.bandung');
    await page.getByLabel('Kata sandi').fill('pasokan-demo');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { name: /^Ringkasan/ }).waitFor();
    await page.goto(`${field.url}/reports/monthly?month=${month}`);
    await page.getByRole('heading', { name: 'Laporan bulanan logistik (LPLPO)' }).waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Cetak laporan (PDF)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`LPLPO-${month}-32.73.pdf`);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(errors).toEqual([]);
    await context.close();
  });
});
