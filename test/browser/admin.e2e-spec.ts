import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, FieldApp, launchChromium, openPhone, scrollsSideways, startFieldApp, unexpectedErrors } from './support/field-app';

/**
 * Staff change their own password, in the field app (a phone, 360 x 640) and in the district workspace: the wrong
 * current password and a too-short new one are refused in plain words and change nothing; after a change the app
 * stays signed in with the new password, and the old one no longer signs in.
 */
describeInBrowser('own password in a browser', () => {
  let field: FieldApp;
  let browser: Browser;

  beforeAll(async () => {
    [field, browser] = await Promise.all([startFieldApp(), launchChromium()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await field?.close();
  });

  async function signIn(page: Page, username: string, password: string): Promise<void> {
    await page.goto(field.url);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill(password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  }

  async function loginStatus(username: string, password: string): Promise<number> {
    const response = await field.testApp.http().post('/api/v1/auth/login').send({ username, password });
    return response.status;
  }

  async function changePassword(page: Page, current: string, next: string, repeat = next): Promise<void> {
    await page.getByLabel('Kata sandi sekarang').fill(current);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(next);
    await page.getByLabel('Ulangi kata sandi baru').fill(repeat);
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
  }

  it.each([
    ['the field app on a phone', 'staff.jakarta', { width: 360, height: 640, mobile: true }, 'Titik layanan Anda'],
    ['the district workspace', 'dinkes.bandung', { width: 1280, height: 800, mobile: false }, 'Ringkasan: Kota Bandung'],
  ])('changes its own password in %s; the old one stops working', async (_where, username, size, home) => {
    const phone = await openPhone(browser, size);
    const { page } = phone;
    await signIn(page, username, 'pasokan-demo');
    await page.getByRole('heading', { name: home }).first().waitFor();
    await page.getByRole('link', { name: 'Ganti kata sandi' }).click();
    await page.getByRole('heading', { name: 'Ganti kata sandi' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);

    // Too short: said at once, nothing sent.
    await changePassword(page, 'pasokan-demo', 'short');
    await page.getByRole('alert').filter({ hasText: 'Kata sandi baru terlalu pendek: paling sedikit 10 karakter.' }).waitFor();
    // The wrong current password: refused by the server in plain words, nothing changed.
    await changePassword(page, 'not-my-password', 'a-new-long-passphrase');
    await page.getByRole('alert').filter({ hasText: 'Kata sandi sekarang salah. Tidak ada yang diubah.' }).waitFor();
    expect(await loginStatus(username, 'pasokan-demo')).toBe(200);

    await changePassword(page, 'pasokan-demo', 'a-new-long-passphrase');
    await page.getByRole('status').filter({ hasText: 'Kata sandi sudah diganti.' }).waitFor();
    // Still signed in (with the new password): the app's home answers from the server.
    await page.getByRole('link', { name: 'Kembali' }).click();
    await page.getByRole('heading', { name: home }).first().waitFor();
    expect(await loginStatus(username, 'pasokan-demo')).toBe(401);
    expect(await loginStatus(username, 'a-new-long-passphrase')).toBe(200);
    expect(unexpectedErrors(phone, [401, 422])).toEqual([]);
    await phone.context.close();
  });
});
