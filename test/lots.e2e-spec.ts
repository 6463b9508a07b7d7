import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * GTINs identify products (the lot number and expiry identify a lot): kept on the product with a verified check digit,
 * found by GTIN in any printed length, and a receipt's scanned GTIN must be its product's.
 */
describe('GTINs on products and lots found by GTIN', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const product = (code: string, extra: Record<string, unknown> = {}) =>
    t.http().post('/api/v1/products').set(auth(admin)).send({ code, name: `Test ${code}`, nameId: `Uji ${code}`, category: 'swab', unit: 'piece', packSize: 100, ...extra });
  const receipt = (pointId: string, line: Record<string, unknown>) =>
    t.http().post(`/api/v1/points/${pointId}/movements`).set(auth(admin)).send({
      id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'test',
      lines: [{ quantity: 10, expiryDate: '2030-06', fundingSource: 'APBN', ...line }],
    });

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  it('keeps a product\'s GTIN as 14 digits, refuses a wrong check digit, and one GTIN for two products', async () => {
    const created = await product('SWAB-GTIN-A', { gtin: '4006381333931' });
    expect(created.status).toBe(201);
    expect(created.body.gtin).toBe('04006381333931');

    const typo = await product('SWAB-GTIN-B', { gtin: '4006381333932' });
    expect(typo.status).toBe(400);
    expect(typo.body.errors).toEqual([{ field: 'gtin', messages: [expect.stringContaining('check digit')] }]);

    const twice = await product('SWAB-GTIN-C', { gtin: '04006381333931' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('GTIN_TAKEN');
    const patched = await t.http().patch(`/api/v1/products/${ids.product('SWAB-ALC')}`).set(auth(admin)).send({ gtin: '4006381333931' });
    expect(patched.body.code).toBe('GTIN_TAKEN');

    // Found by GTIN as printed, in any length.
    for (const gtin of ['4006381333931', '04006381333931']) {
      const found = await t.http().get('/api/v1/products').set(auth(await t.token('staff.dic.bandung'))).query({ gtin }).expect(200);
      expect(found.body.items.map((item: { code: string }) => item.code)).toEqual(['SWAB-GTIN-A']);
    }
    expect((await t.http().get('/api/v1/products').set(auth(admin)).query({ gtin: '4006381333932' })).status).toBe(400);
  });

  it('a receipt\'s scanned GTIN must be its product\'s; lots are found by their product\'s GTIN', async () => {
    const swab = (await product('SWAB-GTIN-D', { gtin: '96385074' })).body.id as string;
    const dic = ids.point('DIC-BDG-01');
    const received = await receipt(dic, { productId: swab, lotNumber: 'gtin-d 1', gtin: '96385074' });
    expect(received.status).toBe(201);
    expect(received.body.lines[0].lotNumber).toBe('GTIN-D1');

    // The syringe's barcode on a line naming the swab: the wrong product was chosen.
    const wrong = await receipt(dic, { productId: swab, lotNumber: 'GTIN-D2', gtin: '4006381333931' });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: 'GTIN_MISMATCH', errors: [{ field: 'lines[0].gtin', messages: [expect.stringContaining('00000096385074')] }] });
    // A product without a GTIN in the catalogue cannot be given one by a receipt.
    const none = await receipt(dic, { productId: ids.product('CONDOM-M'), lotNumber: 'GTIN-D3', gtin: '96385074' });
    expect(none.body.code).toBe('GTIN_MISMATCH');
    const badDigit = await receipt(dic, { productId: swab, lotNumber: 'GTIN-D4', gtin: '96385075' });
    expect(badDigit.status).toBe(400);

    const lots = await t.http().get('/api/v1/lots').set(auth(admin)).query({ gtin: '96385074' }).expect(200);
    expect(lots.body.items).toEqual([expect.objectContaining({ productId: swab, lotNumber: 'GTIN-D1', gtin: '00000096385074' })]);
  });
});
