import { describe, expect, it } from 'vitest';
import type { Schemas } from './api';
import { estimateRegencies, isReportYear, monthsBefore, monthsBetween } from './programme';

const row = (regencyCode: string | null, name: string) =>
  ({ provinceCode: '32', regencyCode, name, year: 2026, setsDistributed: 0, estimate: null, estimateYear: null, estimateSource: null, setsPerPerson: null, level: null, meets2030Target: null, regenciesWithoutEstimate: 1 }) as Schemas['CoverageRow'];

describe('the programme report period', () => {
  it('goes back across a new year, and forward with a negative count', () => {
    expect(monthsBefore('2026-03', 5)).toBe('2025-10');
    expect(monthsBefore('2025-12', -1)).toBe('2026-01');
  });

  it('lists the months of the period for the chart, both ends included, never more than the limit', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2025-11')).toEqual([]);
    expect(monthsBetween('2020-01', '2026-12')).toHaveLength(24);
  });
});

describe('the coverage year as typed', () => {
  it('asks the report only for a whole year the API accepts', () => {
    expect(isReportYear('2026')).toBe(true);
    expect(isReportYear('20')).toBe(false);
    expect(isReportYear('1999')).toBe(false);
    expect(isReportYear('2026.5')).toBe(false);
  });
});

describe('the regencies an estimate can be recorded for', () => {
  const rows = [row('32.01', 'Kabupaten Bogor'), row('32.73', 'Kota Bandung'), row(null, 'Jawa Barat')];

  it('gives a district officer their own regencies, named where the report has them', () => {
    expect(estimateRegencies(rows, ['32.01', '32.04'])).toEqual([
      ['32.01', '32.01 Kabupaten Bogor'],
      ['32.04', '32.04'],
    ]);
  });

  it('gives an administrator the regencies of the report, never a province row', () => {
    expect(estimateRegencies(rows, [])).toEqual([
      ['32.01', '32.01 Kabupaten Bogor'],
      ['32.73', '32.73 Kota Bandung'],
    ]);
  });
});
