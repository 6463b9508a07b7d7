import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describeInBrowser, FieldApp, launchChromium, openPhone, signIn, startFieldApp } from './support/field-app';

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
    const { page, context, errors } = await openPhone(browser, { width: 1280, height: 800, mobile: false });
    await signIn(page, field.url, 'dinkes.bandung');
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
