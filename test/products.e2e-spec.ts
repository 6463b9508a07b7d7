import { randomUUID } from 'node:crypto';
import { DEMO_PRODUCTS } from '../src/demo/demo-data';
import { createTestApp, TestApp } from './support/test-app';

interface Product {
  id: string;
  code: string;
  name: string;
  nameId: string;
  category: string;
  unit: string;
  packSize: number;
  restricted: boolean;
  expiryWarningDays: number[];
  expiryWarningDaysOverridden: boolean;
  edition: string | null;
  active: boolean;
}

const EVERY_ROLE = ['admin', 'dinkes.bandung', 'staff.dic.bandung', 'outreach.cibinong'];
const NOT_ADMIN = ['dinkes.bandung', 'staff.dic.bandung', 'outreach.cibinong'];

/** A valid new product; each test gives its own code. */
const newProduct = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: 'Alcohol swab, 70% isopropyl, large',
  nameId: 'Kapas alkohol 70%, besar',
  category: 'swab',
  unit: 'piece',
  packSize: 100,
  ...extra,
});

describe('products: the catalogue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const auth = async (username: string) => `Bearer ${await t.token(username)}`;
  const productCount = async (): Promise<number> => (await t.dataSource.query('SELECT count(*)::int AS count FROM products'))[0].count;
  const productByCode = async (code: string): Promise<Product> => {
    const { body } = await t.http().get(`/api/v1/products?q=${encodeURIComponent(code)}`).set('Authorization', await auth('admin')).expect(200);
    const found = (body.items as Product[]).find((product) => product.code === code);
    if (!found) throw new Error(`demo product ${code} not found`);
    return found;
  };
  const expectProblem = (response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, code: string) => {
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code, detail: expect.any(String) });
  };
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

  describe('reading', () => {
    it.each(EVERY_ROLE)('lets %s list the 10 demo products', async (username) => {
      const { body } = await t.http().get('/api/v1/products').set('Authorization', await auth(username)).expect(200);
      expect(body).toMatchObject({ total: 10, limit: 50, offset: 0 });
      expect((body.items as Product[]).map((product) => product.code).sort()).toEqual(DEMO_PRODUCTS.map((product) => product.code).sort());
    });

    it('answers 401 without a token', async () => {
      const response = await t.http().get('/api/v1/products').expect(401);
      expectProblem(response, 401, 'AUTHENTICATION_REQUIRED');
    });

    it('filters by category', async () => {
      const { body } = await t.http().get('/api/v1/products?category=needle_syringe').set('Authorization', await auth('staff.dic.bandung')).expect(200);
      expect(body.total).toBe(3);
      expect((body.items as Product[]).map((product) => product.code).sort()).toEqual(['NDL-25G-16MM', 'NS-1ML-LDS-29G', 'NS-3ML']);
      const other = await t.http().get('/api/v1/products?category=other').set('Authorization', await auth('staff.dic.bandung')).expect(200);
      expect((other.body.items as Product[]).map((product) => product.code).sort()).toEqual(['SHARPS-1L', 'WATER-STERILE-5ML']);
    });

    it('refuses an unknown category with 400 naming category', async () => {
      const response = await t.http().get('/api/v1/products?category=heroin').set('Authorization', await auth('admin')).expect(400);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['category']);
    });

    it('searches code, English name and Indonesian name, any case', async () => {
      const byCode = await t.http().get('/api/v1/products?q=naloxone').set('Authorization', await auth('admin')).expect(200);
      expect((byCode.body.items as Product[]).map((product) => product.code)).toEqual(['NALOXONE-0.4']);
      const byIndonesianName = await t.http().get('/api/v1/products?q=kondom').set('Authorization', await auth('admin')).expect(200);
      expect((byIndonesianName.body.items as Product[]).map((product) => product.code)).toEqual(['CONDOM-M']);
      const byEnglishName = await t.http().get('/api/v1/products?q=SYRINGE').set('Authorization', await auth('admin')).expect(200);
      expect((byEnglishName.body.items as Product[]).map((product) => product.code).sort()).toEqual(['NS-1ML-LDS-29G', 'NS-3ML']);
    });

    it('takes the search text literally: % and _ are not wildcards', async () => {
      const percent = await t.http().get(`/api/v1/products?q=${encodeURIComponent('%')}`).set('Authorization', await auth('admin')).expect(200);
      // "Alcohol swab, 70% isopropyl" is the only demo product with a percent sign in a name.
      expect((percent.body.items as Product[]).map((product) => product.code)).toEqual(['SWAB-ALC']);
      const underscore = await t.http().get('/api/v1/products?q=_').set('Authorization', await auth('admin')).expect(200);
      expect(underscore.body.total).toBe(0);
    });

    it('pages through the catalogue with limit and offset, total counting every match', async () => {
      const all = await t.http().get('/api/v1/products?limit=200').set('Authorization', await auth('admin')).expect(200);
      const first = await t.http().get('/api/v1/products?limit=4&offset=0').set('Authorization', await auth('admin')).expect(200);
      const last = await t.http().get('/api/v1/products?limit=4&offset=8').set('Authorization', await auth('admin')).expect(200);
      expect(first.body).toMatchObject({ total: 10, limit: 4, offset: 0 });
      expect(first.body.items).toHaveLength(4);
      expect(last.body).toMatchObject({ total: 10, limit: 4, offset: 8 });
      expect(last.body.items).toHaveLength(2);
      const ids = (page: { body: { items: Product[] } }) => page.body.items.map((product) => product.id);
      expect(ids(first)).toEqual(ids(all).slice(0, 4));
      expect(ids(last)).toEqual(ids(all).slice(8, 10));
    });

    it('gets one product by id', async () => {
      const swab = await productByCode('SWAB-ALC');
      const { body } = await t.http().get(`/api/v1/products/${swab.id}`).set('Authorization', await auth('outreach.lotim')).expect(200);
      expect(body).toMatchObject({ id: swab.id, code: 'SWAB-ALC', category: 'swab', packSize: 200, unit: 'piece', active: true });
    });

    it('answers 400 naming id for a malformed UUID in the address', async () => {
      const response = await t.http().get('/api/v1/products/not-a-uuid').set('Authorization', await auth('admin')).expect(400);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['id']);
    });

    it('answers 404 PRODUCT_NOT_FOUND for an unknown id', async () => {
      const id = randomUUID();
      const response = await t.http().get(`/api/v1/products/${id}`).set('Authorization', await auth('admin')).expect(404);
      expectProblem(response, 404, 'PRODUCT_NOT_FOUND');
      expect(response.body.detail).toContain(id);
      const patch = await t.http().patch(`/api/v1/products/${id}`).set('Authorization', await auth('admin')).send({ name: 'Anything' }).expect(404);
      expectProblem(patch, 404, 'PRODUCT_NOT_FOUND');
    });
  });

  describe('restriction and expiry warning windows', () => {
    it('marks the demo naloxone restricted and nothing else', async () => {
      const { body } = await t.http().get('/api/v1/products').set('Authorization', await auth('admin')).expect(200);
      const restricted = (body.items as Product[]).filter((product) => product.restricted).map((product) => product.code);
      expect(restricted).toEqual(['NALOXONE-0.4']);
    });

    it('makes a new naloxone product restricted by default, and other categories not', async () => {
      const naloxone = await t
        .http()
        .post('/api/v1/products')
        .set('Authorization', await auth('admin'))
        .send(newProduct('NALOXONE-NASAL-4', { name: 'Naloxone nasal spray 4 mg', nameId: 'Nalokson semprot hidung 4 mg', category: 'naloxone', unit: 'device', packSize: 2 }))
        .expect(201);
      expect(naloxone.body).toMatchObject({ code: 'NALOXONE-NASAL-4', category: 'naloxone', restricted: true });
      const swab = await t.http().post('/api/v1/products').set('Authorization', await auth('admin')).send(newProduct('SWAB-DEFAULT')).expect(201);
      expect(swab.body.restricted).toBe(false);
    });

    it('gives each category its default warning windows', async () => {
      const { body } = await t.http().get('/api/v1/products').set('Authorization', await auth('admin')).expect(200);
      const windows = Object.fromEntries((body.items as Product[]).map((product) => [product.code, [product.expiryWarningDays, product.expiryWarningDaysOverridden]]));
      expect(windows['SWAB-ALC']).toEqual([[120, 60, 30], false]);
      expect(windows['NS-3ML']).toEqual([[180, 90, 30], false]);
      expect(windows['IEC-SAFE-INJ']).toEqual([[90, 30], false]);
    });

    it('stores an override longest-first, marks it overridden, and returns to the default when set to null', async () => {
      const created = await t
        .http()
        .post('/api/v1/products')
        .set('Authorization', await auth('admin'))
        .send(newProduct('SWAB-SHORT', { expiryWarningDays: [14, 45, 7] }))
        .expect(201);
      expect(created.body).toMatchObject({ expiryWarningDays: [45, 14, 7], expiryWarningDaysOverridden: true });
      const [stored] = await t.dataSource.query('SELECT expiry_warning_days FROM products WHERE id = $1', [created.body.id]);
      expect(stored.expiry_warning_days).toEqual([45, 14, 7]);

      const reset = await t.http().patch(`/api/v1/products/${created.body.id}`).set('Authorization', await auth('admin')).send({ expiryWarningDays: null }).expect(200);
      expect(reset.body).toMatchObject({ expiryWarningDays: [120, 60, 30], expiryWarningDaysOverridden: false });
      const again = await t.http().get(`/api/v1/products/${created.body.id}`).set('Authorization', await auth('admin')).expect(200);
      expect(again.body).toMatchObject({ expiryWarningDays: [120, 60, 30], expiryWarningDaysOverridden: false });
    });

    it('sorts an override given by PATCH too, and keeps it when other fields change', async () => {
      const swab = await productByCode('SWAB-ALC');
      const patched = await t.http().patch(`/api/v1/products/${swab.id}`).set('Authorization', await auth('admin')).send({ expiryWarningDays: [30, 90] }).expect(200);
      expect(patched.body).toMatchObject({ expiryWarningDays: [90, 30], expiryWarningDaysOverridden: true });
      const renamed = await t.http().patch(`/api/v1/products/${swab.id}`).set('Authorization', await auth('admin')).send({ packSize: 250 }).expect(200);
      expect(renamed.body).toMatchObject({ packSize: 250, expiryWarningDays: [90, 30], expiryWarningDaysOverridden: true });
      await t.http().patch(`/api/v1/products/${swab.id}`).set('Authorization', await auth('admin')).send({ expiryWarningDays: null, packSize: 200 }).expect(200);
    });

    it.each<[number[], string]>([
      [[], 'an empty list'],
      [[90, 90], 'a repeated window'],
      [[0], 'zero days'],
      [[30.5], 'a fraction of a day'],
      [[1, 2, 3, 4, 5, 6], 'more than five windows'],
    ])('refuses expiryWarningDays %j (%s) with 400 naming expiryWarningDays', async (expiryWarningDays, _label) => {
      const before = await productCount();
      const response = await t.http().post('/api/v1/products').set('Authorization', await auth('admin')).send(newProduct('SWAB-BAD-WINDOWS', { expiryWarningDays })).expect(400);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['expiryWarningDays']);
      expect(await productCount()).toBe(before);
    });
  });

  describe('changing the catalogue', () => {
    it('lets an administrator add a product, stored with its code in upper case', async () => {
      const before = await productCount();
      const response = await t
        .http()
        .post('/api/v1/products')
        .set('Authorization', await auth('admin'))
        .send(newProduct(' ns-1ml-27g ', { name: 'Syringe 1 ml, fixed 27G needle', nameId: 'Spuit 1 ml jarum tetap 27G', category: 'needle_syringe' }))
        .expect(201);
      expect(response.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        code: 'NS-1ML-27G',
        category: 'needle_syringe',
        packSize: 100,
        restricted: false,
        edition: null,
        active: true,
        expiryWarningDays: [180, 90, 30],
        expiryWarningDaysOverridden: false,
      });
      expect(await productCount()).toBe(before + 1);
      await t.http().get(`/api/v1/products/${response.body.id}`).set('Authorization', await auth('staff.pkm.kopo')).expect(200);
    });

    it.each(NOT_ADMIN)('refuses %s adding or changing a product with 403 FORBIDDEN_ROLE, writing nothing', async (username) => {
      const before = await productCount();
      const created = await t.http().post('/api/v1/products').set('Authorization', await auth(username)).send(newProduct('SWAB-NOT-ADMIN')).expect(403);
      expectProblem(created, 403, 'FORBIDDEN_ROLE');
      expect(await productCount()).toBe(before);

      const swab = await productByCode('SWAB-ALC');
      const patched = await t.http().patch(`/api/v1/products/${swab.id}`).set('Authorization', await auth(username)).send({ name: 'Renamed by someone else' }).expect(403);
      expectProblem(patched, 403, 'FORBIDDEN_ROLE');
      expect((await productByCode('SWAB-ALC')).name).toBe(swab.name);
    });

    it('lets an administrator change a product and deactivate it; the active filter finds it', async () => {
      const created = await t.http().post('/api/v1/products').set('Authorization', await auth('admin')).send(newProduct('SWAB-RETIRED')).expect(201);
      const patched = await t
        .http()
        .patch(`/api/v1/products/${created.body.id}`)
        .set('Authorization', await auth('admin'))
        .send({ name: 'Alcohol swab (old supplier)', active: false })
        .expect(200);
      expect(patched.body).toMatchObject({ code: 'SWAB-RETIRED', name: 'Alcohol swab (old supplier)', active: false, category: 'swab' });
      const inactive = await t.http().get('/api/v1/products?active=false').set('Authorization', await auth('admin')).expect(200);
      expect((inactive.body.items as Product[]).map((product) => product.code)).toEqual(['SWAB-RETIRED']);
      const active = await t.http().get('/api/v1/products?active=true').set('Authorization', await auth('admin')).expect(200);
      expect((active.body.items as Product[]).map((product) => product.code)).not.toContain('SWAB-RETIRED');
    });

    it('refuses to change the code or category of a product (unknown fields on PATCH)', async () => {
      const swab = await productByCode('SWAB-ALC');
      const response = await t.http().patch(`/api/v1/products/${swab.id}`).set('Authorization', await auth('admin')).send({ code: 'SWAB-X', category: 'other' }).expect(400);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body).sort()).toEqual(['category', 'code']);
      expect(await productByCode('SWAB-ALC')).toMatchObject({ code: 'SWAB-ALC', category: 'swab' });
    });

    it('answers 409 PRODUCT_CODE_TAKEN for a code already in use, whatever its case, writing nothing', async () => {
      const before = await productCount();
      const response = await t.http().post('/api/v1/products').set('Authorization', await auth('admin')).send(newProduct('swab-alc')).expect(409);
      expectProblem(response, 409, 'PRODUCT_CODE_TAKEN');
      expect(fieldsOf(response.body)).toEqual(['code']);
      expect(await productCount()).toBe(before);
    });

    it.each<[number | string, string]>([
      [0, 'zero'],
      [2.5, 'a fraction'],
      [-10, 'negative'],
      ['100', 'a string'],
      [100_001, 'above the maximum'],
    ])('refuses packSize %p (%s) with 400 naming packSize, writing nothing', async (packSize, _label) => {
      const before = await productCount();
      const response = await t.http().post('/api/v1/products').set('Authorization', await auth('admin')).send(newProduct('SWAB-BAD-PACK', { packSize })).expect(400);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['packSize']);
      expect(await productCount()).toBe(before);
    });

    it('refuses packSize 0 on PATCH and leaves the product as it was', async () => {
      const condom = await productByCode('CONDOM-M');
      const response = await t.http().patch(`/api/v1/products/${condom.id}`).set('Authorization', await auth('admin')).send({ packSize: 0 }).expect(400);
      expect(fieldsOf(response.body)).toEqual(['packSize']);
      expect((await productByCode('CONDOM-M')).packSize).toBe(144);
    });

    it('lists every missing or invalid field and refuses unknown fields', async () => {
      const before = await productCount();
      const response = await t
        .http()
        .post('/api/v1/products')
        .set('Authorization', await auth('admin'))
        .send({ code: 'x', category: 'heroin', packSize: 10, clientName: 'Budi' })
        .expect(400);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body).sort()).toEqual(['category', 'clientName', 'code', 'name', 'unit']);
      expect(await productCount()).toBe(before);
    });

    it('answers 400 for a malformed UUID on PATCH', async () => {
      const response = await t.http().patch('/api/v1/products/123').set('Authorization', await auth('admin')).send({ name: 'Anything' }).expect(400);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['id']);
    });
  });
});
