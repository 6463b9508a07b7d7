import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoIds } from '../support/demo-ids';
import { allSent, describeInBrowser, FieldApp, launchChromium, openPhone, outboxIds, SCREENSHOTS, scrollsSideways, startFieldApp, unexpectedErrors } from './support/field-app';

/**
 * The stock screen's alerts, what is on its way and what expires, and receiving a shipment (offline, short on one lot),
 * on a 360 x 640 phone against the real service: the receipt reaches the server once, with the shortfall and its reason.
 * Sending a shipment, and an outreach officer's resupply request prefilled with the suggestion, offline too.
 */
describeInBrowser('field app: alerts, shipments, resupply requests', () => {
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

  async function expectAccessible(page: Page): Promise<void> {
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  it("shows the point's open alerts and what expires soon, also from the copy on the phone", async () => {
    const admin = await field.testApp.token('admin');
    await field.testApp.http().post('/api/v1/expiries/scan').set('Authorization', `Bearer ${admin}`).expect(200);
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'staff.dic.bandung');
    const alerts = page.getByRole('region', { name: /^Peringatan terbuka/ });
    await alerts.getByText('Stok kedaluwarsa masih ada').first().waitFor();
    const expiring = page.getByRole('region', { name: 'Kedaluwarsa dalam 90 hari' });
    await expiring.getByText(/lot SWAB-OLD/).waitFor();
    await expiring.getByText(/kedaluwarsa$/).first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'alerts-expiring.png'), fullPage: false });
    await expectAccessible(page);

    await context.setOffline(true);
    await page.reload();
    await alerts.getByText('Stok kedaluwarsa masih ada').first().waitFor();
    await alerts.getByText(/Salinan di HP dari/).waitFor();
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 180_000);

  it('receives a shipment offline, short on one lot with the reason, and the server records it once', async () => {
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'outreach.cibinong');
    const inbound = page.getByRole('region', { name: 'Dalam perjalanan ke sini' });
    await inbound.getByText('Dari Kantor LSM Cibinong').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'in-transit.png'), fullPage: false });
    await expectAccessible(page);

    await context.setOffline(true);
    await inbound.getByRole('link', { name: 'Terima kiriman ini' }).click();
    await page.getByRole('heading', { name: 'Terima kiriman' }).waitFor();
    const swabs = page.getByLabel(/^Kapas alkohol 70%, lot .*: jumlah tiba$/);
    await swabs.fill('990');
    await page.getByRole('button', { name: 'Simpan penerimaan' }).click();
    await page.getByText('Pilih alasan kekurangannya.').waitFor();
    await page.getByLabel('Alasan kurang 10').selectOption({ label: 'Hilang' });
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'receive-shipment.png'), fullPage: false });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simpan penerimaan' }).click();

    // Back at the kit: no longer on its way, already in the stock the phone shows.
    await page.getByRole('heading', { name: 'Stok di tangan' }).waitFor();
    await page.getByRole('heading', { name: 'Kapas alkohol 70%' }).waitFor();
    await page.getByRole('link', { name: 'Catat distribusi' }).waitFor();
    expect(await inbound.count()).toBe(0);
    await page.getByRole('link', { name: 'Kotak keluar: 1 catatan menunggu' }).waitFor();

    await context.setOffline(false);
    await page.getByRole('link', { name: 'Kotak keluar: 0 catatan menunggu' }).waitFor();
    const [receipt] = await outboxIds(page);
    expect(receipt.status).toBe('sent');
    const kit = (await demoIds(field.testApp.dataSource)).point('OUT-CBN-01');
    const lines: { sent: number; received: number; reason: string | null }[] = await field.testApp.dataSource.query(
      `SELECT sl.quantity_sent AS sent, sl.quantity_received AS received, sl.discrepancy_reason AS reason
         FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id
        WHERE s.to_point_id = $1 AND s.status = 'received' AND s.receipt_movement_id = $2 ORDER BY sl.quantity_sent`,
      [kit, receipt.id],
    );
    expect(lines.map((line) => [Number(line.sent), Number(line.received), line.reason])).toEqual([
      [500, 500, null],
      [1000, 990, 'lost'],
    ]);
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 180_000);

  it('sends a shipment to a point it supplies, offline, and the server dispatches it once', async () => {
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'staff.lsm.cibinong');
    await page.getByRole('link', { name: 'Kirim ke titik lain' }).waitFor();
    await page.getByText(/Diperbarui/).first().waitFor();
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Kirim ke titik lain' }).click();
    await page.getByRole('radio', { name: 'Tas penjangkau Cibinong (outreach kit)', exact: true }).check();
    await page.getByLabel('Kapas alkohol 70%', { exact: true }).fill('200');
    await page.getByText('Diambil dari (kedaluwarsa paling awal dulu):').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch.png'), fullPage: false });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simpan pengiriman' }).click();
    await page.getByRole('heading', { name: 'Stok di tangan' }).waitFor();
    await page.getByRole('link', { name: 'Kotak keluar: 1 catatan menunggu' }).waitFor();

    await context.setOffline(false);
    await page.getByRole('link', { name: 'Kotak keluar: 0 catatan menunggu' }).waitFor();
    const [dispatch] = await outboxIds(page);
    const ids = await demoIds(field.testApp.dataSource);
    const rows: { to: string; sent: string }[] = await field.testApp.dataSource.query(
      `SELECT s.to_point_id AS to, SUM(sl.quantity_sent) AS sent FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id WHERE s.id = $1 GROUP BY s.id`,
      [dispatch.id],
    );
    expect(rows.map((row) => [row.to, Number(row.sent)])).toEqual([[ids.point('OUT-CBN-01'), 200]]);
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 180_000);

  it('sends a shipment for an approved request: destination and what is left to send filled in, and the server links it to the request', async () => {
    const ids = await demoIds(field.testApp.dataSource);
    const [outreach, supplierStaff] = await Promise.all([field.testApp.token('outreach.cibinong'), field.testApp.token('staff.lsm.cibinong')]);
    const requestId = randomUUID();
    const swab = ids.product('SWAB-ALC');
    await field.testApp.http().post('/api/v1/resupply-requests').set('Authorization', `Bearer ${outreach}`).send({ id: requestId, pointId: ids.point('OUT-CBN-01'), lines: [{ productId: swab, quantity: 150 }] }).expect(201);
    await field.testApp
      .http()
      .post(`/api/v1/resupply-requests/${requestId}/approve`)
      .set('Authorization', `Bearer ${supplierStaff}`)
      .send({ lines: [{ productId: swab, approvedQuantity: 120 }] })
      .expect(200);

    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'staff.lsm.cibinong');
    await page.getByRole('link', { name: 'Kirim ke titik lain' }).click();
    await page.getByRole('radio', { name: /^Permintaan Tas penjangkau Cibinong/ }).check();
    expect(await page.getByRole('radio', { name: 'Tas penjangkau Cibinong (outreach kit)', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Kapas alkohol 70%', { exact: true }).inputValue()).toBe('120');
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simpan pengiriman' }).click();
    await page.getByRole('heading', { name: 'Stok di tangan' }).waitFor();
    await page.getByRole('link', { name: 'Kotak keluar: 0 catatan menunggu' }).waitFor();
    await allSent(page, 1); // the text also shows in the moment before the record is queued

    const rows: { request: string; sent: string }[] = await field.testApp.dataSource.query(
      `SELECT s.resupply_request_id AS request, SUM(sl.quantity_sent) AS sent FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id WHERE s.resupply_request_id = $1 GROUP BY s.id`,
      [requestId],
    );
    expect(rows.map((row) => [row.request, Number(row.sent)])).toEqual([[requestId, 120]]);
    const [{ status }] = await field.testApp.dataSource.query('SELECT status FROM resupply_requests WHERE id = $1', [requestId]);
    expect(status).toBe('shipped');
    // Shipped in full: no longer offered.
    await page.getByRole('link', { name: 'Kirim ke titik lain' }).click();
    await page.getByRole('radio', { name: 'Tas penjangkau Cibinong (outreach kit)', exact: true }).waitFor();
    expect(await page.getByRole('radio', { name: /^Permintaan Tas penjangkau Cibinong/ }).count()).toBe(0);
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 180_000);

  it('a dispatch refused because the request was meanwhile shipped in part is corrected on the phone and sent again under its id', async () => {
    const ids = await demoIds(field.testApp.dataSource);
    const [outreach, supplierStaff] = await Promise.all([field.testApp.token('outreach.cibinong'), field.testApp.token('staff.lsm.cibinong')]);
    const as = (token: string) => ({ Authorization: `Bearer ${token}` });
    const requestId = randomUUID();
    const [swab, kit, office] = [ids.product('SWAB-ALC'), ids.point('OUT-CBN-01'), ids.point('LSM-CBN-01')];
    await field.testApp.http().post('/api/v1/resupply-requests').set(as(outreach)).send({ id: requestId, pointId: kit, lines: [{ productId: swab, quantity: 150 }] }).expect(201);
    await field.testApp.http().post(`/api/v1/resupply-requests/${requestId}/approve`).set(as(supplierStaff)).send({ lines: [{ productId: swab, approvedQuantity: 120 }] }).expect(200);

    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'staff.lsm.cibinong');
    await page.getByRole('link', { name: 'Kirim ke titik lain' }).click();
    await page.getByRole('radio', { name: /^Permintaan Tas penjangkau Cibinong/ }).check();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Simpan pengiriman' }).click();
    await page.getByRole('link', { name: 'Kotak keluar: 1 catatan menunggu' }).waitFor();
    // Meanwhile a colleague ships 100 of the 120 from another device.
    await field.testApp
      .http()
      .post('/api/v1/shipments')
      .set(as(supplierStaff))
      .send({ id: randomUUID(), fromPointId: office, toPointId: kit, resupplyRequestId: requestId, lines: [{ productId: swab, quantity: 100 }] })
      .expect(201);

    await context.setOffline(false);
    await page.getByRole('link', { name: 'Kotak keluar: 1 catatan menunggu' }).click();
    await page.getByText('Ditolak server:').waitFor();
    await page.getByRole('link', { name: 'Perbaiki dan kirim ulang' }).click();
    await page.getByRole('heading', { name: 'Perbaiki catatan' }).waitFor();
    const swabs = page.getByLabel('Kapas alkohol 70%', { exact: true });
    expect(await swabs.inputValue()).toBe('120');
    expect(await page.getByRole('radio', { name: /^Permintaan Tas penjangkau Cibinong/ }).isChecked()).toBe(true);
    await swabs.fill('20');
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: 'Simpan pengiriman' }).click();
    await page.getByRole('link', { name: 'Kotak keluar: 0 catatan menunggu' }).waitFor();
    await allSent(page, 1); // the text also shows in the moment before the record is queued

    const [fixed] = await outboxIds(page);
    const shipments: { id: string; sent: string }[] = await field.testApp.dataSource.query(
      `SELECT s.id, SUM(sl.quantity_sent) AS sent FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id WHERE s.resupply_request_id = $1 GROUP BY s.id ORDER BY sent`,
      [requestId],
    );
    expect(shipments.map((row) => [row.id === fixed.id, Number(row.sent)])).toEqual([
      [true, 20],
      [false, 100],
    ]);
    const [{ status }] = await field.testApp.dataSource.query('SELECT status FROM resupply_requests WHERE id = $1', [requestId]);
    expect(status).toBe('shipped');
    expect(unexpectedErrors(phone, [422])).toEqual([]);
    await context.close();
  }, 180_000);

  it("makes an outreach officer's resupply request from the suggestion, offline, and shows its status once the server has it", async () => {
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'outreach.lotim');
    await page.getByRole('link', { name: 'Minta pasokan' }).click();
    await page.getByRole('heading', { name: 'Permintaan pasokan' }).waitFor();
    await page.getByRole('link', { name: 'Minta pasokan' }).click();
    const first = page.getByRole('main').getByRole('textbox').first();
    await page.getByText(/^Saran /).first().waitFor();
    const suggested = Number((await first.inputValue()).replace(/\D/g, ''));
    expect(suggested).toBeGreaterThan(0);
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'resupply-request.png'), fullPage: false });
    await expectAccessible(page);

    await context.setOffline(true);
    await first.fill(String(suggested + 100));
    await page.getByRole('button', { name: 'Kirim permintaan' }).click();
    await page.getByRole('heading', { name: 'Permintaan pasokan' }).waitFor();
    await page.getByText('Menunggu dikirim').waitFor();

    await context.setOffline(false);
    await page.getByText('Menunggu keputusan').first().waitFor();
    expect(await page.getByText('Menunggu dikirim').count()).toBe(0);
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'resupply-status.png'), fullPage: false });
    await expectAccessible(page);
    const [request] = await outboxIds(page);
    const rows: { status: string }[] = await field.testApp.dataSource.query('SELECT status FROM resupply_requests WHERE id = $1', [request.id]);
    expect(rows).toEqual([{ status: 'submitted' }]);
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 180_000);
});
