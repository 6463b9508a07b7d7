import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, FieldApp, launchChromium, openPhone, scrollsSideways, startFieldApp, unexpectedErrors } from './support/field-app';

/**
 * The administrator adds a product (a GTIN with a wrong check digit is refused first, in plain words), a point and a
 * user scoped to it, who then signs in; a district officer sees no administration and is refused on its URL.
 * Staff change their own password, in the field app (a phone, 360 x 640) and in the district workspace: the wrong
 * current password and a too-short new one are refused in plain words and change nothing; after a change the app
 * stays signed in with the new password, and the old one no longer signs in.
 */
describeInBrowser('administration and own password in a browser', () => {
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

  it('lets the administrator add a product with a GTIN, a point and a user scoped to it, who signs in; an officer is refused', async () => {
    const admin = await openPhone(browser, { width: 360, height: 640, mobile: true });
    const { page } = admin;
    await signIn(page, 'admin', 'pasokan-demo');
    await page.getByRole('heading', { name: 'Ringkasan: Seluruh Indonesia' }).waitFor();
    await page.getByRole('link', { name: 'Produk', exact: true }).click();
    await page.getByRole('link', { name: 'Produk baru' }).click();
    await page.getByLabel('Kode (huruf besar, angka, tanda hubung)').fill('NDL-TEST-29G');
    await page.getByLabel('Nama (Indonesia)').fill('Jarum uji 29G');
    await page.getByLabel('Nama (Inggris)').fill('Test needle 29G');
    await page.getByLabel('Satuan (mis. buah)').fill('buah');
    await page.getByLabel('Isi per kemasan').fill('100');
    // A loose needle, one per unit: it counts toward complete sets only with a barrel (docs/needle-programme.md).
    await page.getByLabel('Satu unit adalah').selectOption('needle');
    await page.getByLabel('Isi per unit (set, jarum atau tabung)').fill('1');
    await page.getByLabel('GTIN (kode batang, boleh kosong)').fill('08991234567892');
    await page.getByRole('alert').filter({ hasText: 'Angka terakhir GTIN (angka pemeriksa) salah: untuk angka-angka sebelumnya seharusnya 1.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Simpan' }).isDisabled()).toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByLabel('GTIN (kode batang, boleh kosong)').fill('08991234567891');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').filter({ hasText: 'Produk Test needle 29G tersimpan.' }).waitFor();
    const [stored] = await field.testApp.dataSource.query(`SELECT gtin, pack_size, syringe_content, contents_per_unit FROM products WHERE code = 'NDL-TEST-29G'`);
    expect(stored).toEqual({ gtin: '08991234567891', pack_size: 100, syringe_content: 'needle', contents_per_unit: 1 });
    await page.getByRole('listitem').filter({ hasText: 'NDL-TEST-29G' }).getByText(/jarum saja/).waitFor();

    // A new point in Kota Bandung, supplied by the drop-in centre, with filters on the list.
    await page.getByRole('link', { name: 'Titik layanan', exact: true }).click();
    await page.getByLabel('Jenis').selectOption('drop_in_centre');
    // The previous page stays on screen while the filtered one loads: wait for the puskesmas to leave it.
    await page.getByRole('link', { name: /PKM-BDG-KOPO/ }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: /DIC-BDG-01/ }).waitFor();
    expect(await page.locator('main .cards li').filter({ hasNotText: 'Drop-in centre' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Titik layanan baru' }).click();
    await page.getByLabel('Kode (huruf besar, angka, tanda hubung)').fill('PKM-BDG-UJI');
    await page.getByLabel('Nama titik').fill('Puskesmas Uji Bandung');
    await page.getByLabel('Jenis').selectOption('puskesmas');
    await page.getByLabel('Kode kabupaten/kota').fill('32.73');
    await page.getByLabel('Cari titik (nama atau kode)').fill('DIC-BDG');
    await page.getByRole('button', { name: /Pilih .*DIC-BDG-01.* sebagai pemasok/ }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').filter({ hasText: 'Titik Puskesmas Uji Bandung tersimpan.' }).waitFor();
    const [point] = await field.testApp.dataSource.query(
      `SELECT p.regency_code, s.code AS supplier FROM points p JOIN points s ON s.id = p.supplier_point_id WHERE p.code = 'PKM-BDG-UJI'`,
    );
    expect(point).toEqual({ regency_code: '32.73', supplier: 'DIC-BDG-01' });

    // A new staff member of that point.

    await page.getByRole('link', { name: 'Pengguna', exact: true }).click();
    await page.getByRole('link', { name: 'Pengguna baru' }).click();
    await page.getByLabel('Nama pengguna').fill('staff.uji.bandung');
    await page.getByLabel('Kata sandi awal').fill('uji-first-password');
    await page.getByLabel('Peran').selectOption('point_staff');
    await page.getByLabel('E-mail kantor (boleh kosong)').fill('Uji@PKM-Bandung.test');
    await page.getByLabel('Cari titik (nama atau kode)').fill('PKM-BDG-UJI');
    await page.getByRole('checkbox', { name: /PKM-BDG-UJI/ }).check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').filter({ hasText: 'Pengguna staff.uji.bandung tersimpan.' }).waitFor();
    const [created] = await field.testApp.dataSource.query(`SELECT email FROM users WHERE username = 'staff.uji.bandung'`);
    expect(created.email).toBe('uji@pkm-bandung.test');
    expect(await scrollsSideways(page)).toBe(false);
    expect(unexpectedErrors(admin)).toEqual([]);
    await admin.context.close();

    const staff = await openPhone(browser);
    await signIn(staff.page, 'staff.uji.bandung', 'uji-first-password');
    await staff.page.getByRole('link', { name: 'Ganti kata sandi' }).waitFor();
    await staff.page.getByText('Puskesmas Uji Bandung').first().waitFor();

    // The administrator resets that user's password: the phone's session ends; then revokes the next one by hand.
    const again = await openPhone(browser);
    await signIn(again.page, 'admin', 'pasokan-demo');
    await again.page.getByRole('heading', { name: 'Ringkasan: Seluruh Indonesia' }).waitFor();
    await again.page.goto(`${field.url}/admin/users?q=staff.uji`);
    await again.page.getByRole('link', { name: 'staff.uji.bandung' }).click();
    const sessions = again.page.locator('section').filter({ has: again.page.getByRole('heading', { name: 'Sesi perangkat' }) });
    await sessions.getByRole('button', { name: 'Cabut sesi' }).waitFor();
    await again.page.getByLabel('Kata sandi baru untuk pengguna ini').fill('pendek');
    await again.page.getByRole('button', { name: 'Atur kata sandi baru' }).click();
    await again.page.getByRole('alert').filter({ hasText: 'Kata sandi terlalu pendek: paling sedikit 10 karakter.' }).waitFor();
    await again.page.getByLabel('Kata sandi baru untuk pengguna ini').fill('uji-second-password');
    await again.page.getByRole('button', { name: 'Atur kata sandi baru' }).click();
    await again.page.getByRole('status').filter({ hasText: 'Kata sandi staff.uji.bandung diganti.' }).waitFor();
    await sessions.getByText('dicabut').first().waitFor();
    expect(await sessions.getByRole('button', { name: 'Cabut sesi' }).count()).toBe(0);
    expect(await loginStatus('staff.uji.bandung', 'uji-first-password')).toBe(401);
    expect(await loginStatus('staff.uji.bandung', 'uji-second-password')).toBe(200);
    await again.page.reload();
    await sessions.getByRole('button', { name: 'Cabut sesi' }).click();
    await sessions.getByText('dicabut').nth(1).waitFor();
    expect(await sessions.getByRole('button', { name: 'Cabut sesi' }).count()).toBe(0);
    const revoked = await field.testApp.dataSource.query(
      `SELECT s.revoked_reason FROM device_sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'staff.uji.bandung' ORDER BY s.created_at`,
    );
    expect(revoked.map((row: { revoked_reason: string }) => row.revoked_reason)).toEqual(['password_changed', 'revoked']);
    // In English too: the nav, the product form and its GTIN explanation.
    await again.page.getByRole('button', { name: 'English' }).click();
    await again.page.getByRole('link', { name: 'Products', exact: true }).click();
    await again.page.getByRole('link', { name: 'New product' }).click();
    await again.page.getByLabel('GTIN (barcode, may be empty)').fill('08991234567892');
    await again.page.getByRole('alert').filter({ hasText: "The GTIN's last digit (the check digit) is wrong: for the digits before it, it should be 1." }).waitFor();
    expect(await scrollsSideways(again.page)).toBe(false);
    expect(unexpectedErrors(again)).toEqual([]);
    await again.context.close();
    await staff.context.close();

    // A district officer: no administration in the nav, and refused on its URL (the API refuses too).
    const officer = await openPhone(browser, { width: 1280, height: 800, mobile: false });
    await signIn(officer.page, 'dinkes.bogor', 'pasokan-demo');
    await officer.page.getByRole('heading', { name: 'Ringkasan: Kabupaten Bogor' }).waitFor();
    expect(await officer.page.getByRole('link', { name: 'Pengguna', exact: true }).count()).toBe(0);
    expect(await officer.page.getByRole('link', { name: 'Produk', exact: true }).count()).toBe(0);
    await officer.page.goto(`${field.url}/admin/users`);
    await officer.page.getByRole('alert').filter({ hasText: 'Halaman ini hanya untuk admin.' }).waitFor();
    await officer.context.close();
  });
});
