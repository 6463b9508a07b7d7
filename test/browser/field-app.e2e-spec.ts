import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoIds } from '../support/demo-ids';
import { describeInBrowser, FieldApp, launchChromium, openPhone, outboxIds, Phone, unexpectedErrors, SCREENSHOTS, scrollsSideways, startFieldApp } from './support/field-app';

/**
 * The field app in headless Chromium against the real service, on a 360 x 640 phone: a drop-in centre worker signs
 * in, records distributions with and without a connection, reloads with no network, and the ledger ends up exactly
 * right; a refusal is shown with its reason and can be fixed.
 */
describeInBrowser('field app in a browser', () => {
  let field: FieldApp;
  let browser: Browser;
  let pointId: string;
  let products: { id: string; nameId: string; usable: number }[];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [field, browser] = await Promise.all([startFieldApp(), launchChromium()]);
    const ids = await demoIds(field.testApp.dataSource);
    pointId = ids.point('DIC-BDG-01');
    const token = await field.testApp.token('staff.dic.bandung');
    const stock = await field.testApp.http().get(`/api/v1/points/${pointId}/stock`).set('Authorization', `Bearer ${token}`).expect(200);
    const names: { id: string; name_id: string }[] = await field.testApp.dataSource.query('SELECT id, name_id FROM products');
    products = (stock.body as { productId: string; usable: number }[])
      .filter((product) => product.usable >= 100)
      .map((product) => ({ id: product.productId, usable: product.usable, nameId: names.find((name) => name.id === product.productId)!.name_id }));
    expect(products.length).toBeGreaterThanOrEqual(2);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await field?.close();
  });

  async function signIn(page: Page, username: string, labels = { username: 'Nama pengguna', password: 'Kata sandi', submit: 'Masuk' }): Promise<void> {
    await page.goto(field.url);
    await page.getByLabel(labels.username).fill(username);
    await page.getByLabel(labels.password).fill('pasokan-demo');
    await page.getByRole('button', { name: labels.submit, exact: true }).click();
  }

  async function recordDistribution(page: Page, contacts: number, lines: { nameId: string; quantity: number }[]): Promise<void> {
    await page.getByRole('link', { name: 'Catat distribusi' }).click();
    await page.getByLabel('Jumlah kontak').fill(String(contacts));
    for (const line of lines) await page.getByLabel(line.nameId, { exact: true }).fill(String(line.quantity));
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tersimpan di HP').waitFor();
  }

  async function expectAccessible(page: Page): Promise<void> {
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  const waitingLink = (page: Page, count: number) => page.getByRole('link', { name: `Kotak keluar: ${count} catatan menunggu` });

  it('records a distribution online, two offline, survives a reload without network, and the server has each exactly once', async () => {
    const phone: Phone = await openPhone(browser);
    const { page, context } = phone;

    await signIn(page, 'staff.dic.bandung');
    await page.getByRole('heading', { name: 'Drop-in Centre Bandung Wetan' }).waitFor();
    await page.getByRole('heading', { name: products[0].nameId }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'stock.png'), fullPage: false });
    await expectAccessible(page);

    // Online: sent at once.
    await page.getByRole('link', { name: 'Catat distribusi' }).click();
    await page.getByLabel('Jumlah kontak').fill('4');
    await page.getByLabel(products[0].nameId, { exact: true }).fill('30');
    await page.getByText('Diambil dari (kedaluwarsa paling awal dulu):').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'distribution.png'), fullPage: false });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await waitingLink(page, 0).waitFor();

    // The app shell is in the service worker's cache before the network goes.
    await page.evaluate('navigator.serviceWorker.ready.then(() => undefined)');
    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Luring' }).waitFor();
    await recordDistribution(page, 2, [{ nameId: products[0].nameId, quantity: 10 }]);
    await recordDistribution(page, 1, [
      { nameId: products[0].nameId, quantity: 5 },
      { nameId: products[1].nameId, quantity: 7 },
    ]);
    await waitingLink(page, 2).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Drop-in Centre Bandung Wetan' }).waitFor();
    await page.getByText(/Salinan di HP dari/).last().waitFor();
    await waitingLink(page, 2).click();
    await page.getByText('2 menunggu dikirim').waitFor();
    expect(await page.getByText('Menunggu', { exact: true }).count()).toBe(2);
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'outbox-offline.png'), fullPage: false });
    await expectAccessible(page);

    const captured = await outboxIds(page);
    expect(captured).toHaveLength(3);
    const sentBefore = await field.testApp.dataSource.query('SELECT id FROM movements WHERE point_id = $1 AND id = ANY($2)', [pointId, captured.map((record) => record.id)]);
    expect(sentBefore).toHaveLength(1);

    await context.setOffline(false);
    await page.getByText('0 menunggu dikirim').waitFor();
    expect((await outboxIds(page)).map((record) => record.status)).toEqual(['sent', 'sent', 'sent']);

    const rows: { id: string; type: string; contacts: number; quantity: string }[] = await field.testApp.dataSource.query(
      `SELECT m.id, m.type, m.contacts, SUM(l.quantity) AS quantity FROM movements m JOIN ledger_lines l ON l.movement_id = m.id
        WHERE m.point_id = $1 AND m.id = ANY($2) GROUP BY m.id ORDER BY m.recorded_at`,
      [pointId, captured.map((record) => record.id)],
    );
    expect(rows.map((row) => [row.id, row.type, row.contacts, Number(row.quantity)])).toEqual([
      [captured[0].id, 'distribution', 4, -30],
      [captured[1].id, 'distribution', 2, -10],
      [captured[2].id, 'distribution', 1, -12],
    ]);
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows a movement the server refuses with its reason, and sends it once fixed', async () => {
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'staff.dic.bandung');
    await page.getByRole('heading', { name: products[1].nameId }).waitFor();
    const token = await field.testApp.token('staff.dic.bandung');
    const stock = await field.testApp.http().get(`/api/v1/points/${pointId}/stock`).set('Authorization', `Bearer ${token}`).expect(200);
    const usable: number = stock.body.find((product: { productId: string }) => product.productId === products[1].id).usable;

    // Offline, the worker hands out all that is left; meanwhile a colleague's distribution takes most of it.
    await context.setOffline(true);
    await recordDistribution(page, 3, [{ nameId: products[1].nameId, quantity: usable }]);
    await field.testApp
      .http()
      .post(`/api/v1/points/${pointId}/movements`)
      .set('Authorization', `Bearer ${token}`)
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 1, lines: [{ productId: products[1].id, quantity: usable - 5 }] })
      .expect(201);

    await context.setOffline(false);
    await page.getByRole('link', { name: /Kotak keluar/ }).click();
    await page.getByText('1 ditolak').waitFor();
    await page.getByText('Stok tidak cukup: stok itu sudah terpakai atau belum tercatat.').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'outbox-refused.png'), fullPage: false });
    await expectAccessible(page);

    const [refused] = (await outboxIds(page)).filter((record) => record.status === 'refused');
    await page.getByRole('link', { name: 'Perbaiki dan kirim ulang' }).click();
    await page.getByLabel(products[1].nameId, { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('0 menunggu dikirim').waitFor();
    await page.getByText('Terkirim').first().waitFor();
    const rows: { quantity: string }[] = await field.testApp.dataSource.query(
      'SELECT SUM(quantity) AS quantity FROM ledger_lines WHERE movement_id = $1',
      [refused.id],
    );
    expect(Number(rows[0].quantity)).toBe(-5);
    expect(unexpectedErrors(phone, [422])).toEqual([]);
    await context.close();
  }, 180_000);

  it('speaks English when asked, keeps the choice, and fits a phone', async () => {
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await page.goto(field.url);
    await page.getByRole('button', { name: 'English' }).click();
    // signIn loads the page again: the choice is kept.
    await signIn(page, 'staff.dic.bandung', { username: 'Username', password: 'Password', submit: 'Sign in' });
    await page.getByRole('heading', { name: 'Stock on hand' }).waitFor();
    await page.getByText(/^Updated \d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2} WIB$/).last().waitFor();
    await page.getByRole('link', { name: 'Record distribution' }).click();
    await page.getByLabel('Number of contacts').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    expect(phone.errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('records a naloxone refill after an overdose with the reversal reported, offline, and the server stores both counts', async () => {
    const ids = await demoIds(field.testApp.dataSource);
    const kopo = ids.point('PKM-BDG-KOPO');
    const admin = await field.testApp.token('admin');
    await field.testApp.http().post(`/api/v1/points/${kopo}/movements`).set('Authorization', `Bearer ${admin}`).send({
      id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'Dinkes Kota Bandung',
      lines: [{ productId: ids.product('NALOXONE-0.4'), quantity: 20, lotNumber: 'E2E-NLX-1', expiryDate: '2028-06', fundingSource: 'APBD' }],
    }).expect(201);
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'staff.pkm.kopo');
    await page.getByRole('heading', { name: 'Puskesmas Kopo, Bandung' }).waitFor();
    await page.getByRole('heading', { name: 'Nalokson 0,4 mg/1 ml, ampul' }).waitFor();
    await page.evaluate('navigator.serviceWorker.ready.then(() => undefined)');
    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Luring' }).waitFor();

    await page.getByRole('link', { name: 'Catat distribusi' }).click();
    await page.getByLabel('Jumlah kontak').fill('1');
    await page.getByLabel('Nalokson 0,4 mg/1 ml, ampul', { exact: true }).fill('2');
    const refill = page.getByRole('group', { name: 'Nalokson: pertama kali atau isi ulang?' });
    await refill.getByLabel('Isi ulang: sudah dipakai saat overdosis').check();
    await refill.getByLabel('Overdosis tertolong yang dilaporkan (boleh kosong)').fill('1');
    expect(await scrollsSideways(page)).toBe(false);
    await refill.screenshot({ path: join(SCREENSHOTS, 'naloxone-refill.png') });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tersimpan di HP').waitFor();
    const [captured] = (await outboxIds(page)).slice(-1);
    await context.setOffline(false);
    await page.getByText('0 menunggu dikirim').or(waitingLink(page, 0)).first().waitFor();
    const stored = async () => (await field.testApp.dataSource.query('SELECT naloxone_refill_reason, overdose_reversals, contacts FROM movements WHERE id = $1', [captured.id]))[0];
    for (let tries = 0; tries < 60 && !(await stored()); tries++) await page.waitForTimeout(500);
    expect(await stored()).toEqual({ naloxone_refill_reason: 'used_on_overdose', overdose_reversals: 1, contacts: 1 });
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 180_000);

  it('records a receipt, an adjustment and a whole-point stock count offline, then undoes one, and the ledger agrees', async () => {
    const phone = await openPhone(browser);
    const { page, context } = phone;
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'staff.pkm.kopo');
    await page.getByRole('heading', { name: 'Puskesmas Kopo, Bandung' }).waitFor();
    await page.getByRole('heading', { name: 'Stok di tangan' }).waitFor();
    await page.getByText(/Diperbarui/).last().waitFor();
    await context.setOffline(true);

    await page.getByRole('link', { name: 'Terima barang' }).click();
    await page.getByLabel('Dari (pemasok atau donor)').fill('Dinkes Provinsi Jawa Barat');
    await page.getByLabel('Produk').selectOption({ label: 'Kondom pria 52 mm' });
    await page.getByLabel('Nomor lot (seperti tercetak)').fill('E2E-KOPO-1');
    await page.getByLabel('Tanggal kedaluwarsa').fill('2028-03-31');
    await page.getByLabel('Sumber dana').selectOption({ label: 'APBD' });
    await page.getByLabel('Jumlah diterima').fill('2');
    await page.getByRole('button', { name: 'Pak isi 144' }).click();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tersimpan di HP').waitFor();

    await page.getByRole('link', { name: 'Penyesuaian' }).click();
    await page.getByRole('radio').first().check();
    await page.getByRole('radio', { name: 'Rusak' }).check();
    await page.getByLabel('Jumlah (satuan)').fill('3');
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tersimpan di HP').waitFor();

    await page.getByRole('link', { name: 'Stok opname' }).click();
    await page.getByRole('button', { name: 'Semua sesuai catatan' }).click();
    const first = page.locator('.line').getByRole('textbox').first();
    const recorded = Number(await first.inputValue());
    await first.fill(String(recorded - 1));
    await page.getByRole('combobox').first().selectOption({ label: 'Hilang' });
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'stock-count.png'), fullPage: false });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tersimpan di HP').waitFor();
    await waitingLink(page, 3).waitFor();

    await context.setOffline(false);
    await waitingLink(page, 0).waitFor();
    const captured = await outboxIds(page);
    expect(captured.map((record) => record.status)).toEqual(['sent', 'sent', 'sent']);
    const kopo = (await demoIds(field.testApp.dataSource)).point('PKM-BDG-KOPO');
    const rows: { id: string; type: string; change: string; counted: string | null }[] = await field.testApp.dataSource.query(
      `SELECT m.id, m.type, SUM(l.quantity) AS change, SUM(l.counted_quantity) AS counted FROM movements m
         JOIN ledger_lines l ON l.movement_id = m.id WHERE m.point_id = $1 AND m.id = ANY($2) GROUP BY m.id ORDER BY m.recorded_at`,
      [kopo, captured.map((record) => record.id)],
    );
    expect(rows.map((row) => [row.id, row.type, Number(row.change)])).toEqual([
      [captured[0].id, 'receipt', 288],
      [captured[1].id, 'adjustment', -3],
      [captured[2].id, 'stock_count', -1],
    ]);

    // Undo the receipt: a reversal, recorded once.
    await page.getByRole('link', { name: 'pasokan', exact: true }).click();
    await page.getByRole('link', { name: 'Batalkan catatan' }).click();
    await page.getByRole('button', { name: 'Batalkan ini' }).first().waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Batalkan ini' }).first().click();
    await page.getByText('Tersimpan di HP').waitFor();
    await waitingLink(page, 0).waitFor();
    const reversal: { reverses_movement_id: string }[] = await field.testApp.dataSource.query(
      "SELECT reverses_movement_id FROM movements WHERE point_id = $1 AND type = 'reversal'",
      [kopo],
    );
    expect(reversal).toHaveLength(1);
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 240_000);
});
