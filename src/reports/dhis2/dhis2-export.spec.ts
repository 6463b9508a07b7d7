import { readFileSync } from 'node:fs';
import { MonthlyReportRow } from '../dto/monthly-report.dto';
import { aggregate } from '../reports.service';
import { adxPeriod, buildDhis2Export, dhis2Period, toAdx } from './dhis2-export';
import { checkDhis2Mapping, Dhis2Mapping, readDhis2Mapping } from './dhis2-mapping';

const row = (pointCode: string, regencyCode: string, productCode: string, figures: Partial<MonthlyReportRow> = {}): MonthlyReportRow => ({
  pointId: `id-${pointCode}`,
  pointCode,
  pointName: pointCode,
  regencyCode,
  productId: `id-${productCode}`,
  productCode,
  opening: 10,
  received: 5,
  issued: 3,
  shippedOut: 0,
  adjustments: { damaged: -1, quality_problem: 0, lost: 0, stolen: 0, found: 0, expired_write_off: -2, correction: 0 },
  closing: 9,
  balanced: true,
  nearestExpiry: null,
  stockoutDays: 0,
  requested: 0,
  ...figures,
});

const mapping: Dhis2Mapping = {
  dataSet: 'DsPasokan01',
  orgUnits: { points: { 'P-1': 'OuPoint0001', 'P-2': 'OuPoint0002', 'P-3': 'OuPoint0002' }, regencies: { '32.73': 'OuRegen0001' } },
  dataElements: [
    { product: 'NSP', figure: 'issued', dataElement: 'DeIssued001', categoryOptionCombo: 'CcNsp000001', categoryOptions: { HR_COMMODITY: 'NSP' } },
    { product: 'NSP', figure: 'adjustments', dataElement: 'DeAdjust001' },
    { product: 'NSP', figure: 'adjustments.expired_write_off', dataElement: 'DeExpired01' },
    { product: 'NSP', figure: 'closing', dataElement: 'DeClosing01' },
  ],
};

const build = (rows: MonthlyReportRow[], level: 'point' | 'regency' = 'point', closed = false) =>
  buildDhis2Export({ month: '2026-11', level, rows, mapping, closed, today: '2026-12-03', sumRows: aggregate });

describe('DHIS2 export', () => {
  it('writes periods the DHIS2 and ADX ways', () => {
    expect(dhis2Period('2026-01')).toBe('202601');
    expect(adxPeriod('2026-11')).toBe('2026-11-01/P1M');
  });

  it('sends every mapped figure of every mapped point, zeros included, as strings', () => {
    const result = build([row('P-1', '32.73', 'NSP', { closing: 0, issued: 12 })]);
    expect(result.dataValueSet).toEqual({
      dataSet: 'DsPasokan01',
      period: '202611',
      dataValues: [
        { dataElement: 'DeIssued001', period: '202611', orgUnit: 'OuPoint0001', categoryOptionCombo: 'CcNsp000001', value: '12' },
        { dataElement: 'DeAdjust001', period: '202611', orgUnit: 'OuPoint0001', value: '-3' },
        { dataElement: 'DeExpired01', period: '202611', orgUnit: 'OuPoint0001', value: '-2' },
        { dataElement: 'DeClosing01', period: '202611', orgUnit: 'OuPoint0001', value: '0' },
      ],
    });
    expect(result.unmapped).toEqual({ orgUnits: [], products: [] });
  });

  it('names the points and products it could not map, and leaves them out', () => {
    const result = build([row('P-1', '32.73', 'NSP'), row('P-9', '32.73', 'NSP'), row('P-1', '32.73', 'CONDOM')]);
    expect(result.unmapped).toEqual({ orgUnits: ['P-9'], products: ['CONDOM'] });
    expect(new Set(result.dataValueSet.dataValues.map((value) => value.orgUnit))).toEqual(new Set(['OuPoint0001']));
  });

  it('sums points that report as one org unit, and a regency over its points', () => {
    const rows = [row('P-2', '32.73', 'NSP', { issued: 4 }), row('P-3', '32.73', 'NSP', { issued: 6 }), row('P-1', '32.73', 'NSP', { issued: 1 })];
    const issued = (level: 'point' | 'regency') =>
      build(rows, level).dataValueSet.dataValues.filter((value) => value.dataElement === 'DeIssued001').map((value) => [value.orgUnit, value.value]);
    expect(issued('point')).toEqual([['OuPoint0001', '1'], ['OuPoint0002', '10']]);
    expect(issued('regency')).toEqual([['OuRegen0001', '11']]);
  });

  it('sums products mapped to the same data element and combo (one value per element, combo and org unit)', () => {
    const shared = { ...mapping, dataElements: [...mapping.dataElements, { ...mapping.dataElements[0], product: 'NSP-3ML' }] };
    const result = buildDhis2Export({
      month: '2026-11', level: 'point', mapping: shared, closed: false, today: '2026-12-03', sumRows: aggregate,
      rows: [row('P-1', '32.73', 'NSP', { issued: 12 }), row('P-1', '32.73', 'NSP-3ML', { issued: 30 })],
    });
    expect(result.dataValueSet.dataValues.filter((value) => value.dataElement === 'DeIssued001')).toEqual([
      { dataElement: 'DeIssued001', period: '202611', orgUnit: 'OuPoint0001', categoryOptionCombo: 'CcNsp000001', value: '42' },
    ]);
    expect(result.groups[0].values.filter((value) => value.dataElement === 'DeIssued001')).toHaveLength(1);
  });

  it('marks a closed month complete', () => {
    expect(build([row('P-1', '32.73', 'NSP')], 'point', true).dataValueSet.completeDate).toBe('2026-12-03');
    expect(build([row('P-1', '32.73', 'NSP')]).dataValueSet).not.toHaveProperty('completeDate');
  });

  it('writes ADX with the group per org unit and the disaggregation as attributes', () => {
    const result = build([row('P-1', '32.73', 'NSP', { issued: 7 })]);
    const xml = toAdx(result, { month: '2026-11', dataSet: 'DsPasokan01', exportedAt: new Date('2026-12-03T01:02:03.456Z') });
    expect(xml).toContain('<adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-12-03T01:02:03Z">');
    expect(xml).toContain('<group orgUnit="OuPoint0001" period="2026-11-01/P1M" dataSet="DsPasokan01">');
    expect(xml).toContain('<dataValue dataElement="DeIssued001" HR_COMMODITY="NSP" value="7"/>');
    expect(xml.match(/<dataValue /g)).toHaveLength(4);
  });
});

describe('DHIS2 mapping file', () => {
  it('accepts the demo mapping', () => {
    expect(readDhis2Mapping('config/dhis2-mapping.demo.json').dataElements.length).toBeGreaterThan(0);
  });

  it('says where a mapping is wrong', () => {
    const demo = JSON.parse(readFileSync('config/dhis2-mapping.demo.json', 'utf8'));
    expect(checkDhis2Mapping({ ...demo, dataElements: [{ product: 'NSP', figure: 'used', dataElement: 'short' }] }).errors).toEqual(
      expect.arrayContaining([expect.stringContaining('/dataElements/0/figure'), expect.stringContaining('/dataElements/0/dataElement')]),
    );
    expect(checkDhis2Mapping({ ...demo, orgUnits: { regencies: { '3273': 'OuRegen0001' } } }).errors.join()).toContain('/orgUnits/regencies');
    expect(checkDhis2Mapping({ orgUnits: {} }).errors.join()).toContain("must have required property 'dataElements'");
  });

  it('lets products share a data element only for the same figure, and never the same product twice', () => {
    const entry = mapping.dataElements[0];
    expect(checkDhis2Mapping({ orgUnits: {}, dataElements: [entry, { ...entry, product: 'NSP-3ML' }] }).errors).toEqual([]);
    expect(checkDhis2Mapping({ orgUnits: {}, dataElements: [entry, { ...entry }] }).errors.join()).toContain('a second time');
    expect(checkDhis2Mapping({ orgUnits: {}, dataElements: [entry, { ...entry, product: 'X', figure: 'closing' }] }).errors.join()).toContain('already holds figure issued');
  });
});
