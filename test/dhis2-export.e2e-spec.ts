import Ajv from 'ajv';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { ADJUSTMENT_REASONS } from '../src/stock/ledger-rules';
import { createTestApp, TestApp } from './support/test-app';

type Row = { pointCode: string | null; productCode: string; adjustments: Record<string, number> } & Record<string, number | string | null | object>;
type Entry = { product: string; figure: string; dataElement: string; categoryOptionCombo?: string; categoryOptions?: Record<string, string> };
type DataValue = { dataElement: string; period: string; orgUnit: string; categoryOptionCombo?: string; value: string };

const MAPPING_FILE = 'config/dhis2-mapping.demo.json';
const mapping = JSON.parse(readFileSync(MAPPING_FILE, 'utf8')) as {
  dataSet: string;
  orgUnits: { points: Record<string, string>; regencies: Record<string, string> };
  dataElements: Entry[];
};
const validateDataValueSet = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync('test/fixtures/dhis2-data-value-set.schema.json', 'utf8')));

/** A figure of a monthly report row, read the way the mapping names it (independently of the service's code). */
function figure(row: Row, name: string): number {
  if (name === 'adjustments') return ADJUSTMENT_REASONS.reduce((sum, reason) => sum + row.adjustments[reason], 0);
  if (name.startsWith('adjustments.')) return row.adjustments[name.split('.')[1]];
  return row[name] as number;
}

/** What the export must hold for these monthly report rows, keyed org unit / data element / combo. */
function expected(rows: Row[], orgUnitOf: (row: Row) => string | undefined): Map<string, number> {
  const values = new Map<string, number>();
  for (const row of rows) {
    const orgUnit = orgUnitOf(row);
    if (!orgUnit) continue;
    for (const entry of mapping.dataElements.filter((candidate) => candidate.product === row.productCode)) {
      const key = `${orgUnit}/${entry.dataElement}/${entry.categoryOptionCombo ?? ''}`;
      values.set(key, (values.get(key) ?? 0) + figure(row, entry.figure));
    }
  }
  return values;
}

const keyed = (values: DataValue[]) => new Map(values.map((value) => [`${value.orgUnit}/${value.dataElement}/${value.categoryOptionCombo ?? ''}`, Number(value.value)]));

/**
 * The DHIS2 export against the monthly report it is made from: every value equals the report's figure for the mapped
 * point (or regency total), the JSON has DHIS2's dataValueSets shape, the ADX is valid against the ADX schema, points
 * without an org unit are named and left out, scope and bad input are refused, and a server without a mapping says so.
 */
describe('DHIS2 export', () => {
  let t: TestApp;
  let admin: string;
  let bandung: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  const lastMonth = new Date(Date.parse(`${today.slice(0, 7)}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 7);
  const lastDay = new Date(Date.parse(`${today.slice(0, 7)}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const dhis2 = (query: Record<string, string>, token = bandung) => t.http().get('/api/v1/reports/dhis2').set(auth(token)).query({ month: lastMonth, ...query });
  const monthly = async (query: Record<string, string>) =>
    (await t.http().get('/api/v1/reports/monthly').set(auth(bandung)).query({ month: lastMonth, limit: '100', ...query }).expect(200)).body as { items: Row[]; totals: Row[] };
  let unmappedCode: string;
  let unmappedPoint: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { DHIS2_MAPPING_FILE: MAPPING_FILE } });
    admin = await t.token('admin');
    bandung = await t.token('dinkes.bandung');
    // A point of Bandung the mapping does not know, with stock last month.
    unmappedCode = `DHIS-${randomUUID().slice(0, 6)}`.toUpperCase();
    unmappedPoint = (
      await t.http().post('/api/v1/points').set(auth(admin)).send({ code: unmappedCode, name: 'Belum dipetakan', type: 'drop_in_centre', regencyCode: '32.73' }).expect(201)
    ).body.id;
    const product = (await t.dataSource.query(`SELECT id FROM products WHERE code = 'CONDOM-M'`))[0].id;
    await t.http().post(`/api/v1/points/${unmappedPoint}/movements`).set(auth(admin)).send({
      id: randomUUID(), type: 'receipt', occurredAt: `${lastDay}T10:00:00+07:00`, source: 'test',
      lines: [{ productId: product, quantity: 40, lotNumber: 'DHIS-1', expiryDate: '2031-01', fundingSource: 'APBD' }],
    }).expect(201);
  });
  afterAll(() => t.close());

  it("holds each mapped point's monthly figures, in DHIS2's dataValueSets shape", async () => {
    const response = await dhis2({ regencyCode: '32.73' }).expect(200);
    expect(validateDataValueSet(response.body)).toBe(true);
    expect(response.body).toMatchObject({ dataSet: mapping.dataSet, period: lastMonth.replace('-', '') });
    expect(response.headers['content-disposition']).toContain(`pasokan-dhis2-${lastMonth}-32.73.json`);
    const { items } = await monthly({ regencyCode: '32.73' });
    const want = expected(items, (row) => mapping.orgUnits.points[row.pointCode!]);
    expect(want.size).toBeGreaterThan(10);
    expect(keyed(response.body.dataValues)).toEqual(want);
    // The demo's Bandung drop-in centre handed out syringes last month: a non-zero figure went through.
    expect([...want.values()].some((value) => value > 0)).toBe(true);
    expect(response.headers['pasokan-unmapped-org-units']).toBe(`1: ${unmappedCode}`);
    expect(response.headers['pasokan-unmapped-products']).toMatch(/^\d+: /);
  });

  it("sums a regency's points at regency level: the monthly report's totals", async () => {
    const response = await dhis2({ regencyCode: '32.73', level: 'regency' }).expect(200);
    expect(validateDataValueSet(response.body)).toBe(true);
    const { totals } = await monthly({ regencyCode: '32.73' });
    expect(keyed(response.body.dataValues)).toEqual(expected(totals, () => mapping.orgUnits.regencies['32.73']));
  });

  it('writes the same values as ADX, valid against the ADX schema', async () => {
    const json = (await dhis2({ regencyCode: '32.73' }).expect(200)).body as { dataValues: DataValue[] };
    const response = await dhis2({ regencyCode: '32.73', format: 'adx' }).buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => done(null, text));
    }).expect(200);
    expect(response.headers['content-type']).toContain('application/adx+xml');
    const xml = response.body as string;
    const validation = await validateXML({ xml: [{ fileName: 'export.xml', contents: xml }], schema: [readFileSync('test/fixtures/adx.xsd', 'utf8')] });
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
    // Every JSON value is in the ADX, in the group of its org unit.
    const values = new Map<string, number>();
    for (const group of xml.split('<group ').slice(1)) {
      const orgUnit = /orgUnit="([^"]+)"/.exec(group)![1];
      expect(group).toContain(`period="${lastMonth}-01/P1M"`);
      for (const [, element, value] of group.matchAll(/<dataValue dataElement="([^"]+)"[^>]* value="(-?\d+)"/g)) {
        values.set(`${orgUnit}/${element}`, (values.get(`${orgUnit}/${element}`) ?? 0) + Number(value));
      }
    }
    const fromJson = new Map<string, number>();
    for (const value of json.dataValues) fromJson.set(`${value.orgUnit}/${value.dataElement}`, (fromJson.get(`${value.orgUnit}/${value.dataElement}`) ?? 0) + Number(value.value));
    expect(values).toEqual(fromJson);
  });

  it('refuses what is outside the caller’s scope and bad input, and says when nothing is mapped', async () => {
    await dhis2({ regencyCode: '32.01' }).expect(403);
    const staff = await t.token('staff.dic.bandung');
    await dhis2({ pointId: unmappedPoint }, staff).expect(404);
    for (const [field, value] of [['month', '2026-13'], ['level', 'province'], ['format', 'xml']]) {
      const refused = await dhis2({ [field]: value }).expect(400);
      expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field })] });
    }
    const nothing = await dhis2({ pointId: unmappedPoint }).expect(409);
    expect(nothing.body).toMatchObject({ code: 'DHIS2_NOTHING_MAPPED', unmappedOrgUnits: [unmappedCode] });
    expect(nothing.body.detail).toContain(unmappedCode);
  });

  it('says that the export is not set up when the server has no mapping', async () => {
    const bare = await createTestApp();
    try {
      const token = await bare.token('admin');
      const response = await bare.http().get('/api/v1/reports/dhis2').set(auth(token)).query({ month: lastMonth }).expect(409);
      expect(response.body).toMatchObject({ code: 'DHIS2_NOT_CONFIGURED' });
      expect(response.body.detail).toContain('DHIS2_MAPPING_FILE');
    } finally {
      await bare.close();
    }
  });
});
