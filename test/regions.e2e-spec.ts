import { createTestApp, TestApp } from './support/test-app';

interface Province {
  code: string;
  name: string;
  timeZone: string;
}

interface Regency {
  code: string;
  name: string;
  provinceCode: string;
  timeZone: string;
}

describe('regions: provinces and regencies (kabupaten/kota)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.token('staff.dic.bandung');
  });
  afterAll(() => t.close());

  const get = (url: string) => t.http().get(url).set('Authorization', `Bearer ${token}`);

  it('lists the 38 provinces of Indonesia, each with its time zone', async () => {
    const { body } = await get('/api/v1/regions/provinces').expect(200);
    const provinces = body as Province[];
    expect(provinces).toHaveLength(38);
    expect(new Set(provinces.map((province) => province.code)).size).toBe(38);
    for (const province of provinces) {
      expect(province.code).toMatch(/^\d{2}$/);
      expect(province.name.length).toBeGreaterThan(0);
      expect(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']).toContain(province.timeZone);
    }
  });

  it('puts West Java on WIB, West Nusa Tenggara on WITA and Papua on WIT', async () => {
    const { body } = await get('/api/v1/regions/provinces').expect(200);
    const byCode = new Map((body as Province[]).map((province) => [province.code, province]));
    expect(byCode.get('32')).toEqual({ code: '32', name: 'Jawa Barat', timeZone: 'Asia/Jakarta' });
    expect(byCode.get('52')).toEqual({ code: '52', name: 'Nusa Tenggara Barat', timeZone: 'Asia/Makassar' });
    expect(byCode.get('91')).toEqual({ code: '91', name: 'Papua', timeZone: 'Asia/Jayapura' });
    expect(byCode.get('31')?.timeZone).toBe('Asia/Jakarta');
  });

  it('lists the regencies of West Java, including Kabupaten Bogor and Kota Bandung', async () => {
    const { body } = await get('/api/v1/regions/regencies?provinceCode=32').expect(200);
    const regencies = body as Regency[];
    expect(regencies.length).toBe(27);
    expect(regencies.every((regency) => regency.provinceCode === '32' && regency.timeZone === 'Asia/Jakarta')).toBe(true);
    expect(regencies).toContainEqual({ code: '32.01', name: 'Kabupaten Bogor', provinceCode: '32', timeZone: 'Asia/Jakarta' });
    expect(regencies).toContainEqual({ code: '32.73', name: 'Kota Bandung', provinceCode: '32', timeZone: 'Asia/Jakarta' });
    const codes = regencies.map((regency) => regency.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('gives East Lombok the time zone of its province', async () => {
    const { body } = await get('/api/v1/regions/regencies?provinceCode=52').expect(200);
    expect(body).toContainEqual({ code: '52.03', name: 'Kabupaten Lombok Timur', provinceCode: '52', timeZone: 'Asia/Makassar' });
  });

  it('lists all 514 regencies and cities without a filter', async () => {
    const { body } = await get('/api/v1/regions/regencies').expect(200);
    const regencies = body as Regency[];
    expect(regencies).toHaveLength(514);
    expect(new Set(regencies.map((regency) => regency.code)).size).toBe(514);
    expect(new Set(regencies.map((regency) => regency.provinceCode)).size).toBe(38);
  });

  it('finds regencies by part of their name, any case', async () => {
    const { body } = await get('/api/v1/regions/regencies?q=BANDUNG').expect(200);
    const names = (body as Regency[]).map((regency) => regency.name);
    expect(names).toEqual(expect.arrayContaining(['Kota Bandung', 'Kabupaten Bandung', 'Kabupaten Bandung Barat']));
    expect(names.every((name) => /bandung/i.test(name))).toBe(true);
  });

  it('takes the search text literally: % and _ are not wildcards', async () => {
    expect((await get(`/api/v1/regions/regencies?q=${encodeURIComponent('%')}`).expect(200)).body).toEqual([]);
    expect((await get('/api/v1/regions/regencies?q=_').expect(200)).body).toEqual([]);
  });

  it('answers 404 PROVINCE_NOT_FOUND for a province code that does not exist', async () => {
    const response = await get('/api/v1/regions/regencies?provinceCode=99').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, code: 'PROVINCE_NOT_FOUND' });
    expect(response.body.detail).toContain('99');
  });

  it.each(['3', '320', 'ab', '32.01'])('refuses the badly formed province code %p with 400 naming provinceCode', async (code) => {
    const response = await get(`/api/v1/regions/regencies?provinceCode=${encodeURIComponent(code)}`).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'provinceCode' })]);
  });

  it('refuses an unknown query parameter', async () => {
    const response = await get('/api/v1/regions/regencies?province=32').expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'province' })]);
  });

  it('answers 401 without a token', async () => {
    for (const url of ['/api/v1/regions/provinces', '/api/v1/regions/regencies', '/api/v1/regions/regencies?provinceCode=32']) {
      const response = await t.http().get(url).expect(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 401, code: 'AUTHENTICATION_REQUIRED' });
    }
  });
});
