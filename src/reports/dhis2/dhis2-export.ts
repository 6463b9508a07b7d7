import { create } from 'xmlbuilder2';
import { ADJUSTMENT_REASONS } from '../../stock/ledger-rules';
import { MonthlyReportRow } from '../dto/monthly-report.dto';
import { Dhis2DataElementMapping, Dhis2Figure, Dhis2Mapping } from './dhis2-mapping';

/** The org units the values are reported for: each point, or each regency (its points summed). */
export type Dhis2Level = 'point' | 'regency';

/** One value of DHIS2's dataValueSets format (values are strings in DHIS2's JSON). */
export interface Dhis2DataValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo?: string;
  attributeOptionCombo?: string;
  value: string;
}

export interface Dhis2DataValueSet {
  dataSet?: string;
  period: string;
  /** Set when the month is closed for every point of the export: its figures never change. */
  completeDate?: string;
  dataValues: Dhis2DataValue[];
}

/** What the export could not carry: org units with figures but no DHIS2 org unit, products with no data element. */
export interface Dhis2Unmapped {
  orgUnits: string[];
  products: string[];
}

export interface Dhis2Export {
  dataValueSet: Dhis2DataValueSet;
  /** The same values grouped by org unit, with their ADX disaggregation. */
  groups: { orgUnit: string; values: { dataElement: string; value: number; categoryOptions?: Record<string, string> }[] }[];
  unmapped: Dhis2Unmapped;
}

/** DHIS2's monthly period: 2026-11 -> 202611. */
export function dhis2Period(month: string): string {
  return month.replace('-', '');
}

/** ADX's period: an ISO 8601 start date and duration, 2026-11 -> 2026-11-01/P1M. */
export function adxPeriod(month: string): string {
  return `${month}-01/P1M`;
}

export function figureValue(row: MonthlyReportRow, figure: Dhis2Figure): number {
  if (figure === 'adjustments') return ADJUSTMENT_REASONS.reduce((sum, reason) => sum + row.adjustments[reason], 0);
  if (figure.startsWith('adjustments.')) return row.adjustments[figure.slice('adjustments.'.length) as keyof MonthlyReportRow['adjustments']];
  return row[figure as Exclude<Dhis2Figure, `adjustments${string}`>];
}

/**
 * Turns the monthly report's rows into DHIS2 data values. `rows` are per point and product; the rows of one
 * org unit are summed per product with `sumRows` (the monthly report's own aggregate). Every mapped figure is exported, zeros
 * included: a closing stock of 0 is a stock-out, not a missing value.
 */
export function buildDhis2Export(options: {
  month: string;
  level: Dhis2Level;
  rows: MonthlyReportRow[];
  mapping: Dhis2Mapping;
  closed: boolean;
  today: string;
  sumRows: (rows: MonthlyReportRow[]) => MonthlyReportRow[];
}): Dhis2Export {
  const { month, level, mapping } = options;
  const period = dhis2Period(month);
  // Several points (or regencies) may report as one DHIS2 org unit (a puskesmas and its outreach kit): their rows are
  // summed per product, as the monthly report sums a regency.
  const orgUnitOf = level === 'point' ? (mapping.orgUnits.points ?? {}) : (mapping.orgUnits.regencies ?? {});
  const rowsByOrgUnit = new Map<string, MonthlyReportRow[]>();
  const unmappedUnits = new Set<string>();
  for (const row of options.rows) {
    const unit = (level === 'point' ? row.pointCode : row.regencyCode)!;
    const orgUnit = orgUnitOf[unit];
    if (!orgUnit) unmappedUnits.add(unit);
    else rowsByOrgUnit.set(orgUnit, [...(rowsByOrgUnit.get(orgUnit) ?? []), row]);
  }
  const byProduct = new Map<string, typeof mapping.dataElements>();
  for (const entry of mapping.dataElements) byProduct.set(entry.product, [...(byProduct.get(entry.product) ?? []), entry]);

  const unmappedProducts = new Set<string>();
  const dataValues: Dhis2DataValue[] = [];
  const groups: Dhis2Export['groups'] = [];
  for (const [orgUnit, unitRows] of [...rowsByOrgUnit].sort(([a], [b]) => a.localeCompare(b))) {
    const rows = options.sumRows(unitRows);
    // Products mapped to the same data element and combo (two syringe sizes into "syringes issued") are summed.
    const values = new Map<string, { entry: Dhis2DataElementMapping; value: number }>();
    for (const row of rows) {
      const entries = byProduct.get(row.productCode);
      if (!entries) {
        unmappedProducts.add(row.productCode);
        continue;
      }
      for (const entry of entries) {
        const key = `${entry.dataElement}/${entry.categoryOptionCombo ?? ''}`;
        const value = figureValue(row, entry.figure);
        const sum = values.get(key);
        if (sum) sum.value += value;
        else values.set(key, { entry, value });
      }
    }
    if (values.size === 0) continue;
    groups.push({
      orgUnit,
      values: [...values.values()].map(({ entry, value }) => ({ dataElement: entry.dataElement, value, ...(entry.categoryOptions ? { categoryOptions: entry.categoryOptions } : {}) })),
    });
    for (const { entry, value } of values.values()) {
      dataValues.push({
        dataElement: entry.dataElement,
        period,
        orgUnit,
        ...(entry.categoryOptionCombo ? { categoryOptionCombo: entry.categoryOptionCombo } : {}),
        ...(mapping.attributeOptionCombo ? { attributeOptionCombo: mapping.attributeOptionCombo } : {}),
        value: String(value),
      });
    }
  }
  return {
    dataValueSet: {
      ...(mapping.dataSet ? { dataSet: mapping.dataSet } : {}),
      period,
      ...(options.closed ? { completeDate: options.today } : {}),
      dataValues,
    },
    groups,
    unmapped: { orgUnits: [...unmappedUnits].sort(), products: [...unmappedProducts].sort() },
  };
}

/** The export as an ADX message (IHE QRPH Aggregate Data Exchange, the XML DHIS2 imports at /api/dataValueSets). */
export function toAdx(result: Dhis2Export, options: { month: string; dataSet?: string; exportedAt: Date }): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('urn:ihe:qrph:adx:2015', 'adx', {
    exported: options.exportedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  for (const group of result.groups) {
    const element = root.ele('group', {
      orgUnit: group.orgUnit,
      period: adxPeriod(options.month),
      ...(options.dataSet ? { dataSet: options.dataSet } : {}),
    });
    for (const value of group.values) {
      element.ele('dataValue', { dataElement: value.dataElement, ...(value.categoryOptions ?? {}), value: String(value.value) });
    }
  }
  return root.end({ prettyPrint: true });
}
