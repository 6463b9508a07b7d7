import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoIds } from '../support/demo-ids';
import { describeInBrowser, FieldApp, launchChromium, openPhone, SCREENSHOTS, scrollsSideways, signIn, startFieldApp } from './support/field-app';

/**
 * Notifications in both apps: the district officer's bell counts a request waiting for a decision and leads to it;
 * the outreach officer's phone shows the decision, in Indonesian, and "mark all as read" empties the bell.
 */
describeInBrowser('notifications in the workspace and the field app', () => {
  let field: FieldApp;
  let browser: Browser;
  let requestId: string;

  beforeAll(async () => {
    [field, browser] = await Promise.all([startFieldApp(), launchChromium()]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const ids = await demoIds(field.testApp.dataSource);
    const outreach = await field.testApp.token('outreach.cibinong');
    const created = await field.testApp
      .http()
      .post('/api/v1/resupply-requests')
      .set('Authorization', `Bearer ${outreach}`)
      .send({ id: randomUUID(), pointId: ids.point('OUT-CBN-01'), lines: [{ productId: ids.product('SWAB-ALC'), quantity: 200 }] })
      .expect(201);
    requestId = created.body.id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await field?.close();
  });

  it('counts a request waiting for the district office and leads to it', async () => {
    const { page, context, errors } = await openPhone(browser, { width: 1280, height: 800, mobile: false });
    await signIn(page, field.url, 'dinkes.bogor');
    const bell = page.getByRole('link', { name: /^Pemberitahuan: [1-9]\d* belum dibaca$/ });
    await bell.waitFor();
    await bell.click();
    await page.getByRole('heading', { name: 'Pemberitahuan' }).waitFor();
    const item = page.getByRole('link', { name: /Tas penjangkau Cibinong \(outreach kit\) meminta 1 produk/ });
    await item.click();
    await page.waitForURL(`**/requests/${requestId}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the outreach officer the decision on a phone, and empties the bell', async () => {
    const staff = await field.testApp.token('staff.lsm.cibinong');
    const ids = await demoIds(field.testApp.dataSource);
    await field.testApp
      .http()
      .post(`/api/v1/resupply-requests/${requestId}/approve`)
      .set('Authorization', `Bearer ${staff}`)
      .send({ lines: [{ productId: ids.product('SWAB-ALC'), approvedQuantity: 150 }] })
      .expect(200);
    const { page, context, errors } = await openPhone(browser);
    await signIn(page, field.url, 'outreach.cibinong');
    await page.getByRole('link', { name: /^Pemberitahuan: [1-9]\d* belum dibaca$/ }).click();
    await page.getByText('Permintaan Anda dari Tas penjangkau Cibinong (outreach kit) disetujui dengan jumlah yang diubah.').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'notifications-phone.png'), fullPage: false });
    await page.getByRole('button', { name: /^Tandai \d+ sudah dibaca$/ }).click();
    await page.getByRole('link', { name: 'Pemberitahuan: 0 belum dibaca' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
