import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoIds } from '../support/demo-ids';
import { allSent, describeInBrowser, FieldApp, launchChromium, openPhone, outboxIds, SCREENSHOTS, scrollsSideways, signIn, startFieldApp, unexpectedErrors } from './support/field-app';

/**
 * Kits (docs/kits.md) in a browser: the administrator makes a product a LASS kit on the products page (a component
 * listed twice is refused next to its row); staff at LSM Cibinong assemble 5 kits offline from the point's stock, the
 * outbox sends the assembly once the connection is back, and they take 1 kit apart. The ledger agrees.
 */
describeInBrowser('kits in a browser', () => {
  let field: FieldApp;
  let browser: Browser;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let pointId: string;
  const codes = ['NS-1ML-LDS-29G', 'SWAB-ALC', 'IEC-SAFE-INJ'];
  const received: Record<string, number> = { 'NS-1ML-LDS-29G': 30, 'SWAB-ALC': 30, 'IEC-SAFE-INJ': 10 };
  const perKit: Record<string, number> = { 'NS-1ML-LDS-29G': 3, 'SWAB-ALC': 3, 'IEC-SAFE-INJ': 1 };
  let before: Record<string, number>;

  /** Each product's balance at the point, summed over its lots. */
  const held = async (productIds: string[]): Promise<Record<string, number>> => {
    const rows: { productId: string; quantity: number }[] = await field.testApp.dataSource.query(
      `SELECT product_id AS "productId", sum(quantity)::int AS quantity FROM stock_balances WHERE point_id = $1 AND product_id = ANY($2) GROUP BY 1`,
      [pointId, productIds],
    );
    return Object.fromEntries(productIds.map((id) => [id, rows.find((row) => row.productId === id)?.quantity ?? 0]));
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [field, browser] = await Promise.all([startFieldApp(), launchChromium()]);
    ids = await demoIds(field.testApp.dataSource);
    pointId = ids.point('LSM-CBN-01');
    before = await held(codes.map((code) => ids.product(code)));
    // The components arrive at the point as an ordinary receipt.
    const admin = await field.testApp.token('admin');
    await field.testApp
      .http()
      .post(`/api/v1/points/${pointId}/movements`)
      .set('Authorization', `Bearer ${admin}`)
      .send({
        id: randomUUID(),
        type: 'receipt',
        occurredAt: new Date().toISOString(),
        source: 'Dinkes Kabupaten Bogor',
        lines: codes.map((code) => ({ productId: ids.product(code), quantity: received[code], lotNumber: `KIT-UJI-${code}`, expiryDate: '2029-12', fundingSource: 'APBN' })),
      })
      .expect(201);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await field?.close();
  });

  /** Waits until the phone's outbox has sent everything it holds. */
  it('sets a kit\'s contents on the products page, refusing a component listed twice next to its row', async () => {
    const phone = await openPhone(browser);
    const { page } = phone;
    await signIn(page, field.url, 'admin');
    await page.getByRole('heading', { name: 'Ringkasan: Seluruh Indonesia' }).waitFor();
    await page.getByRole('link', { name: 'Produk', exact: true }).click();
    await page.getByRole('link', { name: 'Produk baru' }).click();
    await page.getByLabel('Kode (huruf besar, angka, tanda hubung)').fill('KIT-LASS-UJI');
    await page.getByLabel('Nama (Indonesia)').fill('Kit LASS uji');
    await page.getByLabel('Nama (Inggris)').fill('LASS test kit');
    await page.getByLabel('Kategori').selectOption('other');
    await page.getByLabel('Satuan (mis. buah)').fill('kit');
    await page.getByLabel('Isi per kemasan').fill('1');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();

    // A new product of category other opens on its own page, where its contents are set.
    await page.getByRole('heading', { name: 'Isi kit' }).waitFor();
    await page.getByText('Belum ada komponen: produk ini bukan kit.').waitFor();
    const rows: [string, string][] = [
      ['NS-1ML-LDS-29G', '3'],
      ['SWAB-ALC', '3'],
      ['NS-1ML-LDS-29G', '1'],
    ];
    for (const [index, [code, quantity]] of rows.entries()) {
      await page.getByRole('button', { name: 'Tambah komponen' }).click();
      const row = page.getByRole('group', { name: `Komponen ${index + 1}` });
      await row.getByLabel('Produk').selectOption(ids.product(code));
      await row.getByLabel('Jumlah per kit').fill(quantity);
    }
    await page.getByRole('button', { name: 'Simpan isi kit' }).click();
    await page.getByRole('group', { name: 'Komponen 3' }).getByRole('alert').filter({ hasText: 'listed twice' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);

    await page.getByRole('group', { name: 'Komponen 3' }).getByLabel('Produk').selectOption(ids.product('IEC-SAFE-INJ'));
    await page.getByRole('button', { name: 'Simpan isi kit' }).click();
    // Components are listed by code, as the server gives them.
    await page.getByRole('status').filter({ hasText: 'Isi kit tersimpan: 1 × IEC-SAFE-INJ, 3 × NS-1ML-LDS-29G, 3 × SWAB-ALC.' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'kit-contents.png'), fullPage: false });
    await page.getByRole('link', { name: 'Kembali' }).click();
    await page.getByRole('listitem').filter({ hasText: 'KIT-LASS-UJI' }).getByText('Kit: 1 × IEC-SAFE-INJ, 3 × NS-1ML-LDS-29G, 3 × SWAB-ALC').waitFor();

    const stored: { code: string; quantity: number }[] = await field.testApp.dataSource.query(
      `SELECT c.code, k.quantity FROM kit_components k JOIN products p ON p.id = k.kit_product_id JOIN products c ON c.id = k.component_product_id
        WHERE p.code = 'KIT-LASS-UJI' ORDER BY c.code`,
    );
    expect(stored).toEqual([
      { code: 'IEC-SAFE-INJ', quantity: 1 },
      { code: 'NS-1ML-LDS-29G', quantity: 3 },
      { code: 'SWAB-ALC', quantity: 3 },
    ]);
    expect(unexpectedErrors(phone, [400])).toEqual([]);
    await phone.context.close();
  }, 180_000);

  it('assembles 5 kits offline, sends them when back online, and takes 1 apart; the ledger agrees', async () => {
    const [{ id: kitId }]: { id: string }[] = await field.testApp.dataSource.query(`SELECT id FROM products WHERE code = 'KIT-LASS-UJI'`);
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, field.url, 'staff.lsm.cibinong');
    await page.getByRole('link', { name: 'Rakit kit' }).waitFor();
    await page.getByText(/Diperbarui/).first().waitFor();
    // The app shell is in the service worker's cache before the network goes.
    await page.evaluate('navigator.serviceWorker.ready.then(() => undefined)');

    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Luring' }).waitFor();
    await page.getByRole('link', { name: 'Rakit kit' }).click();
    await page.getByRole('heading', { name: 'Rakit kit' }).waitFor();
    await page.getByRole('radio', { name: /Kit LASS uji/ }).check();
    // More than the components make: said plainly, and nothing can be saved.
    await page.getByLabel('Jumlah kit').fill('500');
    await page.getByRole('alert').filter({ hasText: /^Komponen tidak cukup untuk 500 kit: kurang/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Simpan' }).isDisabled()).toBe(true);
    await page.getByLabel('Jumlah kit').fill('5');
    await page.getByText(/^Alat suntik steril 1 ml.*: 15 \(3 per kit\), tersedia/).first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'kit-assembly.png'), fullPage: false });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tersimpan di HP').waitFor();
    await page.getByRole('link', { name: 'Kotak keluar: 1 catatan menunggu' }).waitFor();
    const [assembly] = await outboxIds(page);
    expect(await field.testApp.dataSource.query('SELECT 1 FROM movements WHERE id = $1', [assembly.id])).toEqual([]);

    await context.setOffline(false);
    await allSent(page, 1);
    await page.getByRole('link', { name: 'Kotak keluar: 0 catatan menunggu' }).waitFor();

    // The kit lot made by the assembly is in the point's stock once read again: 1 kit taken apart.
    await page.getByRole('link', { name: 'Bongkar kit' }).click();
    await page.getByRole('radio', { name: /Kit LASS uji/ }).check();
    await page.getByLabel('Jumlah kit yang dibongkar').fill('6');
    await page.getByText('Lebih dari kit di lot ini (5).').waitFor();
    await page.getByLabel('Jumlah kit yang dibongkar').fill('1');
    await page.getByText(/^Kembali ke stok: 1 Leaflet KIE.*, 3 Alat suntik.*, 3 Kapas alkohol/).waitFor();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tersimpan di HP').waitFor();
    await allSent(page, 2);

    await page.getByRole('link', { name: /Kotak keluar/ }).click();
    await page.getByText('Rakit kit', { exact: false }).first().waitFor();
    await page.getByText('Bongkar kit', { exact: false }).first().waitFor();

    const movements: { type: string }[] = await field.testApp.dataSource.query(`SELECT type FROM movements WHERE point_id = $1 AND type LIKE 'kit_%' ORDER BY recorded_at`, [pointId]);
    expect(movements.map((movement) => movement.type)).toEqual(['kit_assembly', 'kit_disassembly']);
    const kitLots: { quantity: number }[] = await field.testApp.dataSource.query(`SELECT quantity FROM stock_balances WHERE point_id = $1 AND product_id = $2`, [pointId, kitId]);
    expect(kitLots).toEqual([{ quantity: 4 }]);
    // Each component: what the point had, plus the receipt, less 5 kits' worth, plus 1 kit's worth back.
    expect(await held(codes.map((code) => ids.product(code)))).toEqual(
      Object.fromEntries(codes.map((code) => [ids.product(code), before[ids.product(code)] + received[code] - 5 * perKit[code] + perKit[code]])),
    );
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 180_000);
});
