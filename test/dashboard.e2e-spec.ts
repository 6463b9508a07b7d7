import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

type Counted = { points: number; rows: number };
interface Dashboard {
  level: string;
  name: string | null;
  points: number;
  stockout: Counted;
  belowMin: Counted;
  aboveMax: Counted;
  lotsExpiring30: number;
  lotsExpiring60: number;
  lotsExpiring90: number;
  lotsExpired: number;
  requestsWaiting: number;
  shipmentsOverdue: number;
  openAlerts: number;
  openFlags: number;
  areaLevel: string | null;
  areas: (Omit<Dashboard, 'areas' | 'level' | 'areaLevel'> & { code: string })[];
  thresholds: { expiryWindowsDays: number[]; requestDecisionDays: number; shipmentTransitDays: number };
}

/**
 * The district workspace's dashboard: every count equals the total of the list it opens (same filters), an officer
 * sees only their regency, an administrator drills down from the country to a province to a regency.
 */
describe('dashboard', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  let bogor: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const get = async <T>(token: string, path: string, query: Record<string, string> = {}) => (await t.http().get(path).query(query).set(auth(token)).expect(200)).body as T;
  const total = async (token: string, path: string, query: Record<string, string>) => (await get<{ total: number }>(token, path, { ...query, limit: '1' })).total;
  const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    // BACKDATING_DAYS: the point history test records months of history.
    t = await createTestApp({ env: { REQUEST_DECISION_DAYS: '5', SHIPMENT_TRANSIT_DAYS: '10', BACKDATING_DAYS: '3650' } });
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    bogor = await t.token('dinkes.bogor');
    // Something in every count of Kabupaten Bogor: lots expiring in 20, 50 and 80 days at a new drop-in centre (its
    // other products are out: it carries them), a request waiting for a decision.
    const dic = (await t.http().post('/api/v1/points').set(auth(admin)).send({ code: 'DB-DIC', name: 'DIC dashboard test', type: 'drop_in_centre', regencyCode: '32.01', supplierPointId: ids.point('DINKES-3201') }).expect(201)).body.id;
    await t.http().post(`/api/v1/points/${dic}/movements`).set(auth(admin)).send({
      id: randomUUID(),
      type: 'receipt',
      occurredAt: new Date().toISOString(),
      source: 'test',
      lines: [20, 50, 80].map((days, index) => ({
        productId: ids.product(['SWAB-ALC', 'CONDOM-M', 'LUBE-SACHET'][index]),
        quantity: 100,
        lotNumber: `DB-${days}`,
        expiryDate: daysFromNow(days),
        fundingSource: 'APBD',
      })),
    }).expect(201);
    const kitStaff = await t.token('outreach.cibinong');
    await t.http().post('/api/v1/resupply-requests').set(auth(kitStaff))
      .send({ id: randomUUID(), pointId: ids.point('OUT-CBN-01'), lines: [{ productId: ids.product('SWAB-ALC'), quantity: 200 }] }).expect(201);
    // A data-quality flag: a distribution above the cap per contact, accepted with its reason, then the scan.
    await t.http().post(`/api/v1/points/${dic}/movements`).set(auth(admin)).send({
      id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'test',
      lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantity: 100, lotNumber: 'DB-NS', expiryDate: '2030-06', fundingSource: 'APBD' }],
    }).expect(201);
    await t.http().post(`/api/v1/points/${dic}/movements`).set(auth(admin))
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 1, aboveCapReason: 'group_supply', lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantity: 60 }] }).expect(201);
    await t.http().post('/api/v1/data-quality/scan').set(auth(admin)).send({}).expect(200);
  });
  afterAll(() => t.close());

  it('counts for a district officer\'s regency what each list behind it shows', async () => {
    const dashboard = await get<Dashboard>(bogor, '/api/v1/dashboard', { regencyCode: '32.01' });
    expect(dashboard).toMatchObject({ level: 'regency', name: 'Kabupaten Bogor', areaLevel: null, areas: [] });
    expect(dashboard.thresholds).toEqual({ expiryWindowsDays: [30, 60, 90], requestDecisionDays: 5, shipmentTransitDays: 10 });
    expect(dashboard.points).toBe(4);
    const regency = { regencyCode: '32.01' };
    for (const [key, status] of [['stockout', 'stockout'], ['belowMin', 'below_min'], ['aboveMax', 'above_max']] as const) {
      expect(dashboard[key].rows).toBe(await total(bogor, '/api/v1/shortages', { ...regency, status }));
      const rows = await get<{ items: { pointId: string }[] }>(bogor, '/api/v1/shortages', { ...regency, status, limit: '200' });
      expect(dashboard[key].points).toBe(new Set(rows.items.map((row) => row.pointId)).size);
    }
    expect(dashboard.stockout.points).toBeGreaterThan(0);
    for (const days of [30, 60, 90] as const) {
      expect(dashboard[`lotsExpiring${days}`]).toBe(await total(bogor, '/api/v1/expiries', { ...regency, status: 'expiring', withinDays: String(days) }));
    }
    expect(dashboard.lotsExpiring30).toBeGreaterThanOrEqual(1);
    expect(dashboard.lotsExpiring90 - dashboard.lotsExpiring30).toBeGreaterThanOrEqual(2);
    expect(dashboard.lotsExpired).toBe(await total(bogor, '/api/v1/expiries', { ...regency, status: 'expired' }));
    expect(dashboard.requestsWaiting).toBe(await total(bogor, '/api/v1/resupply-requests', { ...regency, role: 'requester', status: 'submitted' }));
    expect(dashboard.requestsWaiting).toBeGreaterThanOrEqual(1);
    expect(dashboard.openAlerts).toBe(await total(bogor, '/api/v1/alerts', { ...regency, status: 'open' }));
    expect(dashboard.openFlags).toBe(await total(bogor, '/api/v1/data-quality/flags', { ...regency, status: 'open' }));
    expect(dashboard.openFlags).toBeGreaterThanOrEqual(1);
    expect(dashboard.shipmentsOverdue).toBe(await total(bogor, '/api/v1/alerts', { ...regency, status: 'open', type: 'shipment_overdue' }));
  });

  it('never counts another regency for a district officer, and refuses to show one', async () => {
    const own = await get<Dashboard>(bogor, '/api/v1/dashboard');
    expect(own.level).toBe('all');
    expect(own.areas.map((area) => area.code)).toEqual(['32.01']);
    expect(own.points).toBe(4);
    const refused = await t.http().get('/api/v1/dashboard').query({ regencyCode: '32.73' }).set(auth(bogor)).expect(403);
    expect(refused.body.code).toBe('OUT_OF_SCOPE');
    expect((await t.http().get('/api/v1/dashboard').query({ provinceCode: '52' }).set(auth(bogor)).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    // Its own province is allowed, and still only its own regency is counted.
    const province = await get<Dashboard>(bogor, '/api/v1/dashboard', { provinceCode: '32' });
    expect(province.areas.map((area) => area.code)).toEqual(['32.01']);
    const staff = await t.token('staff.lsm.cibinong');
    await t.http().get('/api/v1/dashboard').set(auth(staff)).expect(403);
  });

  it('lets an administrator go from the country to a province to a regency, each adding up', async () => {
    const country = await get<Dashboard>(admin, '/api/v1/dashboard');
    expect(country).toMatchObject({ level: 'all', areaLevel: 'province', name: null });
    expect(country.areas.map((area) => area.code)).toEqual(['31', '32', '52']);
    expect(country.points).toBe(country.areas.reduce((sum, area) => sum + area.points, 0));
    expect(country.stockout.rows).toBe(await total(admin, '/api/v1/shortages', { status: 'stockout' }));

    const westJava = await get<Dashboard>(admin, '/api/v1/dashboard', { provinceCode: '32' });
    expect(westJava).toMatchObject({ level: 'province', areaLevel: 'regency', name: 'Jawa Barat' });
    expect(westJava.areas.map((area) => area.code)).toEqual(['32.01', '32.73']);
    const fromCountry = country.areas.find((area) => area.code === '32')!;
    const { code: _code, name: _name, ...figures } = fromCountry;
    expect(westJava).toMatchObject(figures);
    for (const [key, status] of [['stockout', 'stockout'], ['belowMin', 'below_min']] as const) {
      expect(westJava[key].rows).toBe(await total(admin, '/api/v1/shortages', { provinceCode: '32', status }));
    }
    expect(westJava.lotsExpiring90).toBe(await total(admin, '/api/v1/expiries', { provinceCode: '32', status: 'expiring', withinDays: '90' }));
    expect(westJava.openAlerts).toBe(await total(admin, '/api/v1/alerts', { provinceCode: '32', status: 'open' }));
    expect(westJava.openFlags).toBe(await total(admin, '/api/v1/data-quality/flags', { provinceCode: '32', status: 'open' }));
    expect(westJava.requestsWaiting).toBe(await total(admin, '/api/v1/resupply-requests', { provinceCode: '32', role: 'requester', status: 'submitted' }));

    const bogorRegency = await get<Dashboard>(admin, '/api/v1/dashboard', { regencyCode: '32.01' });
    const { code: _c, name: _n, ...regencyFigures } = westJava.areas.find((area) => area.code === '32.01')!;
    expect(bogorRegency).toMatchObject(regencyFigures);
  });

  it('filters the lists behind it by point type, category, funding source and province, and sorts them', async () => {
    type Row = { pointType: string; category: string; monthsOfStock: number | null; suggestedQuantity: number; regencyCode: string };
    const dics = await get<{ items: Row[]; total: number }>(admin, '/api/v1/shortages', { pointType: 'drop_in_centre', limit: '200' });
    expect(dics.total).toBeGreaterThan(0);
    expect(dics.items.every((row) => row.pointType === 'drop_in_centre')).toBe(true);
    const bySuggestion = await get<{ items: Row[] }>(admin, '/api/v1/shortages', { sort: 'suggestedQuantity', limit: '200' });
    const suggested = bySuggestion.items.map((row) => row.suggestedQuantity);
    expect(suggested).toEqual([...suggested].sort((a, b) => b - a));
    const byMonths = (await get<{ items: Row[] }>(admin, '/api/v1/shortages', { sort: 'monthsOfStock', limit: '200' })).items.map((row) => row.monthsOfStock);
    const known = byMonths.filter((months): months is number => months !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(byMonths.slice(known.length).every((months) => months === null)).toBe(true);
    const lombok = await get<{ items: Row[] }>(admin, '/api/v1/shortages', { provinceCode: '52', limit: '200' });
    expect(lombok.items.every((row) => row.regencyCode.startsWith('52.'))).toBe(true);

    type Lot = { fundingSource: string; productCode: string; quantityAtRisk: number; lotNumber: string };
    const apbd = await get<{ items: Lot[]; total: number }>(admin, '/api/v1/expiries', { fundingSource: 'APBD', withinDays: '1095', limit: '200' });
    expect(apbd.items.map((lot) => lot.lotNumber)).toEqual(expect.arrayContaining(['DB-20', 'DB-50', 'DB-80']));
    expect(apbd.items.every((lot) => lot.fundingSource === 'APBD')).toBe(true);
    const swabs = await get<{ items: Lot[] }>(admin, '/api/v1/expiries', { category: 'swab', withinDays: '1095', limit: '200' });
    expect(swabs.items.length).toBeGreaterThan(0);
    expect(swabs.items.every((lot) => lot.productCode.startsWith('SWAB'))).toBe(true);
    const atRisk = (await get<{ items: Lot[] }>(admin, '/api/v1/expiries', { sort: 'atRisk', withinDays: '1095', limit: '200' })).items.map((lot) => lot.quantityAtRisk);
    expect(atRisk).toEqual([...atRisk].sort((a, b) => b - a));
    const outreach = await get<{ items: unknown[] }>(admin, '/api/v1/expiries', { pointType: 'district_health_office', fundingSource: 'APBD', withinDays: '1095', limit: '200' });
    expect(outreach.items.every((lot) => !(lot as Lot).lotNumber.startsWith('DB-'))).toBe(true);
  });

  it('gives a point\'s monthly consumption, month-end stock and stock-out periods for its charts', async () => {
    const point = (await t.http().post('/api/v1/points').set(auth(admin)).send({ code: 'DB-HIST', name: 'History test', type: 'ngo_office', regencyCode: '32.01' }).expect(201)).body.id;
    const condom = ids.product('CONDOM-M');
    const jakartaMonth = (monthsAgo: number) => {
      const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
      const date = new Date(Date.UTC(year, month - 1 - monthsAgo, 1));
      return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    };
    const move = (body: Record<string, unknown>) => t.http().post(`/api/v1/points/${point}/movements`).set(auth(admin)).send({ id: randomUUID(), ...body }).expect(201);
    await move({ type: 'receipt', occurredAt: `${jakartaMonth(3)}-10T10:00:00+07:00`, source: 'test', lines: [{ productId: condom, quantity: 500, lotNumber: 'DB-H1', expiryDate: '2029-12', fundingSource: 'APBN' }] });
    await move({ type: 'distribution', occurredAt: `${jakartaMonth(2)}-10T10:00:00+07:00`, lines: [{ productId: condom, quantity: 100 }] });
    await move({ type: 'distribution', occurredAt: `${jakartaMonth(1)}-10T10:00:00+07:00`, lines: [{ productId: condom, quantity: 400 }] });
    await move({ type: 'receipt', occurredAt: new Date().toISOString(), source: 'test', lines: [{ productId: condom, quantity: 200, lotNumber: 'DB-H2', expiryDate: '2029-12', fundingSource: 'APBN' }] });

    const history = await get<{ months: { month: string; consumed: number; closingStock: number }[]; stockoutPeriods: { startedOn: string; endedOn: string | null }[] }>(
      bogor, `/api/v1/points/${point}/history`, { productId: condom, months: '4' });
    expect(history.months).toEqual([
      { month: jakartaMonth(3), consumed: 0, closingStock: 500 },
      { month: jakartaMonth(2), consumed: 100, closingStock: 400 },
      { month: jakartaMonth(1), consumed: 400, closingStock: 0 },
      { month: jakartaMonth(0), consumed: 0, closingStock: 200 },
    ]);
    expect(history.stockoutPeriods.length).toBeGreaterThanOrEqual(1);
    expect(history.stockoutPeriods.at(-1)!.endedOn).not.toBeNull();

    const bandung = await t.token('dinkes.bandung');
    expect((await t.http().get(`/api/v1/points/${point}/history`).query({ productId: condom }).set(auth(bandung)).expect(404)).body.code).toBe('POINT_NOT_FOUND');
    await t.http().get(`/api/v1/points/${point}/history`).set(auth(admin)).expect(400);
  });

  it('exports the lists for a spreadsheet set to Indonesian: a byte order mark, `;` and a decimal comma', async () => {
    const csv = async (path: string, query: Record<string, string>) => (await t.http().get(path).query({ format: 'csv', regencyCode: '32.01', ...query }).set(auth(bogor)).buffer(true).parse((response, done) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done(null, text));
    }).expect(200)).body as string;
    const excel = await csv('/api/v1/shortages', { separator: 'semicolon' });
    expect(excel.startsWith('\uFEFFregencyCode;pointCode;pointName;productCode;status;')).toBe(true);
    const rows: Record<string, string>[] = parse(excel.slice(1), { delimiter: ';', columns: true });
    const plain: Record<string, string>[] = parse(await csv('/api/v1/shortages', {}), { columns: true });
    expect(rows.length).toBe(plain.length);
    const fractional = plain.findIndex((row) => row.amc.includes('.'));
    expect(fractional).toBeGreaterThanOrEqual(0);
    expect(rows[fractional].amc).toBe(plain[fractional].amc.replace('.', ','));
    expect(rows[fractional].pointName).toBe(plain[fractional].pointName);

    const expiries = await csv('/api/v1/expiries', { separator: 'semicolon', withinDays: '1095' });
    expect(expiries.startsWith('\uFEFFregencyCode;pointCode;')).toBe(true);
    expect(parse(expiries.slice(1), { delimiter: ';', columns: true }).length).toBeGreaterThan(0);
    expect((await csv('/api/v1/expiries', {})).startsWith('regencyCode,pointCode,')).toBe(true);
    await t.http().get('/api/v1/shortages').query({ format: 'csv', separator: 'tab' }).set(auth(bogor)).expect(400);
  });

  it('exports the lists as .xlsx workbooks with Indonesian headers, numbers kept as numbers', async () => {
    const workbook = async (path: string, query: Record<string, string>) => {
      const response = await t.http().get(path).query({ format: 'xlsx', regencyCode: '32.01', ...query }).set(auth(bogor)).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.body as unknown as ArrayBuffer);
      return book.worksheets[0];
    };
    const shortages = await workbook('/api/v1/shortages', {});
    expect(shortages.name).toBe('Kekurangan stok');
    expect((shortages.getRow(1).values as unknown[]).slice(1, 8)).toEqual(['Kode kab/kota', 'Kode titik', 'Nama titik layanan', 'Jenis titik', 'Kode produk', 'Kategori', 'Status']);
    expect(shortages.rowCount - 1).toBe(await total(bogor, '/api/v1/shortages', { regencyCode: '32.01' }));
    expect(typeof shortages.getRow(2).getCell(8).value).toBe('number');
    const expiries = await workbook('/api/v1/expiries', { withinDays: '1095' });
    expect((expiries.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['Kode kab/kota', 'Kode titik', 'Nama titik layanan', 'Kode produk', 'Nomor lot']);
    expect(expiries.rowCount - 1).toBe(await total(bogor, '/api/v1/expiries', { regencyCode: '32.01', withinDays: '1095' }));
    await t.http().get('/api/v1/shortages').query({ format: 'xlsx', regencyCode: '32.73' }).set(auth(bogor)).expect(403);
  });

  it('refuses codes that are not province or regency codes', async () => {
    const bad = await t.http().get('/api/v1/dashboard').query({ provinceCode: '3' }).set(auth(admin)).expect(400);
    expect(bad.body.errors[0].field).toBe('provinceCode');
    await t.http().get('/api/v1/dashboard').query({ regencyCode: '32-01' }).set(auth(admin)).expect(400);
  });
});
