import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { DomainError } from '../common/problem/problem';
import { yieldToEventLoop } from '../common/request-deadline';
import { cursorBatches } from '../common/cursor-batches';
import { toCsv, UTF8_BOM } from '../common/csv';
import { toXlsx, XlsxColumn } from '../common/xlsx';
import { PointsService } from '../points/points.service';
import { ADJUSTMENT_REASONS, AdjustmentReason, FundingSource } from '../stock/ledger-rules';
import { AdjustmentsByReason, MonthlyReport, MonthlyReportQuery, MonthlyReportRow } from './dto/monthly-report.dto';
import { ReadDatabase } from '../database/replicas/read-database';

/** Indonesian names of the adjustment reasons, for the column headers of the exports. */
export const REASON_ID: Record<AdjustmentReason, string> = {
  damaged: 'rusak',
  quality_problem: 'masalah mutu',
  lost: 'hilang',
  stolen: 'dicuri',
  found: 'ditemukan',
  expired_write_off: 'kedaluwarsa dihapus',
  correction: 'koreksi',
};

/** The month and the points a monthly report covers. */
export type MonthlyReportScope = Pick<MonthlyReportQuery, 'month' | 'pointId' | 'regencyCode' | 'provinceCode'>;

/** How many rows of the figures query are read at a time. */
const FIGURE_BATCH = 10_000;

type FiguresQuery = { from: string; to: string; pointId?: string; regencyCode?: string; provinceCode?: string; byFundingSource?: boolean };

export interface RawRow {
  point_id: string;
  point_code: string;
  point_name: string;
  regency_code: string;
  product_id: string;
  product_code: string;
  opening: number;
  received: number;
  issued: number;
  shipped_out: number;
  other: number;
  closing: number;
  nearest_expiry: string | null;
  stockout_days: number;
  requested: number;
  closed: boolean;
  funding_source: FundingSource | null;
  expired_on_hand: number;
  [reason: `adj_${string}`]: number;
}

/**
 * The monthly logistics report (LPLPO shape): per point and product, and summed per product over the points in scope.
 * Every figure is read from the ledger (`ledger_lines`), bounded by the point's local month; see docs/figures.md
 * "Monthly logistics report" for what counts as received, issued and shipped out.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reads: ReadDatabase,
    private readonly points: PointsService,
  ) {}

  /**
   * One page of points and the totals over every point in scope, read through a cursor a batch at a time: only the
   * page's rows are kept, the others are totalled as they pass (the country has 271,372 rows; holding them all cost
   * 595 MB, docs/benchmarks.md).
   */
  async monthly(actor: AuthUser, query: MonthlyReportQuery): Promise<MonthlyReport> {
    const totals = new Totals();
    const items: MonthlyReportRow[] = [];
    let points = 0;
    let closedPoints = 0;
    let previous: string | undefined;
    await this.ledgerFigureBatches(actor, { ...query, from: query.month, to: query.month }, (batch) => {
      for (const rawRow of batch) {
        if (rawRow.point_id !== previous) {
          previous = rawRow.point_id;
          points += 1;
          if (rawRow.closed) closedPoints += 1;
        }
        const row = toMonthlyRow(rawRow);
        totals.add(row);
        if (points > query.offset && points <= query.offset + query.limit) items.push(row);
      }
    });
    return {
      month: query.month,
      closed: points > 0 && closedPoints === points,
      closedPoints,
      items,
      total: points,
      limit: query.limit,
      offset: query.offset,
      totals: totals.rows(),
    };
  }

  async monthlyCsv(actor: AuthUser, query: MonthlyReportQuery): Promise<string> {
    const { rows } = await this.rows(actor, query);
    assertExportable(rows.length);
    const all = [...rows, ...aggregate(rows)].map((row) => flatten(row));
    const keys = EXPORT_COLUMNS.map(([, key]) => key);
    const header = toCsv([Object.fromEntries(EXPORT_COLUMNS.map(([title, key]) => [key, title]))], { header: false, columns: keys, separator: query.separator });
    const body = toCsv(all, { header: false, columns: keys, separator: query.separator });
    return (query.separator === 'semicolon' ? UTF8_BOM : '') + header + body;
  }

  async monthlyXlsx(actor: AuthUser, query: MonthlyReportQuery): Promise<Readable> {
    const { rows } = await this.rows(actor, query);
    assertExportable(rows.length);
    const columns: XlsxColumn<Record<string, string | number | null>>[] = EXPORT_COLUMNS.map(([header, key]) => [header, (row) => row[key] ?? null]);
    return toXlsx(`Laporan ${query.month}`, columns, [[...rows, ...aggregate(rows)].map((row) => flatten(row))]);
  }

  /** Every point row of the month in scope (no paging) and whether the month is closed for all of them: for exports. */
  async monthlyRows(actor: AuthUser, query: MonthlyReportScope): Promise<{ rows: MonthlyReportRow[]; closed: boolean }> {
    const { rows, pointIds, closedPoints } = await this.rows(actor, query);
    assertExportable(rows.length);
    return { rows, closed: pointIds.length > 0 && closedPoints === pointIds.length };
  }

  private async rows(actor: AuthUser, query: MonthlyReportScope): Promise<{ rows: MonthlyReportRow[]; pointIds: string[]; closedPoints: number }> {
    const { raw } = await this.ledgerFigures(actor, { ...query, from: query.month, to: query.month });
    return this.toMonthlyRows(raw);
  }

  /**
   * The monthly report's figures per point and product (with `byFundingSource`, per point, product and the funding
   * source of the lots) over whole local months from `from` to `to`: the one query behind the monthly report and the
   * funding-source report. With `byFundingSource`, stock-out days go to the funding source of the lot the point last
   * took stock out of before the stock-out began (`null` when it never held a lot of the product).
   */
  async ledgerFigures(actor: AuthUser, query: FiguresQuery): Promise<{ raw: RawRow[] }> {
    const raw: RawRow[] = [];
    await this.ledgerFigureBatches(actor, query, (batch) => {
      for (const row of batch) raw.push(row);
    });
    return { raw };
  }

  /**
   * The rows of `ledgerFigures` in order, `FIGURE_BATCH` at a time through a cursor in a read-only transaction, each
   * batch handed to `each` before the next is read: memory holds one batch, whatever the scope.
   */
  async ledgerFigureBatches(actor: AuthUser, query: FiguresQuery, each: (batch: RawRow[]) => void): Promise<void> {
    const scope = new AccessScope(actor);
    if (query.pointId) scope.visiblePoint(await this.points.findStockPoint(query.pointId), query.pointId);
    scope.assertRegencyFilter(query.regencyCode);
    scope.assertProvinceFilter(query.provinceCode);
    const bySource = query.byFundingSource === true;

    const params: unknown[] = [`${query.from}-01`, `${query.to}-01`];
    const conditions = [scope.pointCondition({ pointId: 'p.id', regencyCode: 'p.regency_code' }, params)];
    const add = (sql: string, value: string | undefined) => {
      if (value === undefined) return;
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    add('p.id = ?::uuid', query.pointId);
    add('p.regency_code = ?', query.regencyCode);
    add('r.province_code = ?', query.provinceCode);

    const reasonColumns = ADJUSTMENT_REASONS.map(
      (reason) => `COALESCE(SUM(ll.quantity) FILTER (WHERE ll.in_month AND ll.reason = '${reason}'), 0)::int AS adj_${reason}`,
    ).join(',\n             ');
    const sumReasons = ADJUSTMENT_REASONS.map((reason) => `SUM(adj_${reason})::int AS adj_${reason}`).join(', ');

    const sql = `
      WITH pts AS (
        SELECT p.id, p.code, p.name, p.regency_code,
               $1::date AS first_day, ($2::date + interval '1 month')::date AS next_first_day, pr.time_zone,
               (now() AT TIME ZONE pr.time_zone)::date + 1 AS tomorrow,
               ($1::date)::timestamp AT TIME ZONE pr.time_zone AS start_at,
               ($2::date + interval '1 month')::timestamp AT TIME ZONE pr.time_zone AS end_at,
               EXISTS (SELECT 1 FROM month_closings mc
                        WHERE mc.month >= $2::date AND mc.regency_code = p.regency_code AND (mc.point_id IS NULL OR mc.point_id = p.id)) AS closed
          FROM points p
          JOIN regencies r ON r.code = p.regency_code
          JOIN provinces pr ON pr.code = r.province_code
         WHERE ${conditions.join(' AND ')}
      ),
      -- Only the lines from the period's start on are read: a lot's closing stock is its balance now (stock_balances,
      -- kept by the ledger's trigger) less what moved after the period, and its opening stock that less the period's
      -- own lines. Summing every line since the first one cost 20 s for the country (docs/benchmarks.md).
      lines AS (
        -- counts_as: what the line was decided to count as when it was posted (a reversal as the movement it undoes,
        -- a cancelled shipment as its dispatch coming back), so no line is joined to its movement.
        SELECT pts.id AS point_id, ll.lot_id, ll.quantity, ll.reason, ll.occurred_at < pts.end_at AS in_month, ll.counts_as AS kind
          FROM pts
          JOIN ledger_lines ll ON ll.point_id = pts.id AND ll.occurred_at >= pts.start_at AND ll.account = 'stock'
         -- The same bound for every point (the period's start in the easternmost zone): one the scan itself can apply,
         -- where the per-point bound is only known after the join (the country: 12 s -> 3 s for this part).
         WHERE ll.occurred_at >= (SELECT min(($1::date)::timestamp AT TIME ZONE time_zone) FROM provinces)
      ),
      recent AS (
        SELECT ll.point_id, ll.lot_id,
               COALESCE(SUM(ll.quantity) FILTER (WHERE NOT ll.in_month), 0)::bigint AS after_period,
               COALESCE(SUM(ll.quantity) FILTER (WHERE ll.in_month), 0)::bigint AS in_period,
               COALESCE(SUM(ll.quantity) FILTER (WHERE ll.in_month AND ll.reason IS NULL AND ll.kind IN ('receipt', 'shipment_receipt')), 0)::int AS received,
               COALESCE(-SUM(ll.quantity) FILTER (WHERE ll.in_month AND ll.reason IS NULL AND ll.kind = 'distribution'), 0)::int AS issued,
               COALESCE(-SUM(ll.quantity) FILTER (WHERE ll.in_month AND ll.reason IS NULL AND ll.kind = 'shipment_dispatch'), 0)::int AS shipped_out,
               COALESCE(SUM(ll.quantity) FILTER (WHERE ll.in_month AND ll.reason IS NULL
                                                   AND ll.kind NOT IN ('receipt', 'shipment_receipt', 'distribution', 'shipment_dispatch')), 0)::int AS other,
             ${reasonColumns}
          FROM lines ll
         GROUP BY ll.point_id, ll.lot_id
      ),
      per_lot AS (
        SELECT b.point_id, b.product_id, b.lot_id,
               (b.quantity - COALESCE(r.after_period, 0) - COALESCE(r.in_period, 0))::int AS opening,
               (b.quantity - COALESCE(r.after_period, 0))::int AS closing,
               COALESCE(r.received, 0) AS received, COALESCE(r.issued, 0) AS issued, COALESCE(r.shipped_out, 0) AS shipped_out,
               COALESCE(r.other, 0) AS other, ${ADJUSTMENT_REASONS.map((reason) => `COALESCE(r.adj_${reason}, 0) AS adj_${reason}`).join(', ')}
          FROM pts
          JOIN stock_balances b ON b.point_id = pts.id
          LEFT JOIN recent r ON r.point_id = b.point_id AND r.lot_id = b.lot_id
         -- A lot emptied before the period with no line since adds nothing (most balance rows of the country: 0.8 of
         -- 1.4 million); leaving it out before the grouping cut the national report from 7.0 s to 6.0 s of SQL.
         WHERE b.quantity <> 0 OR r.point_id IS NOT NULL
      ),
      ledger AS (
        SELECT pl.point_id, pl.product_id, ${bySource ? 'l.funding_source' : 'NULL::text'} AS funding_source, SUM(opening)::int AS opening, SUM(closing)::int AS closing, SUM(received)::int AS received,
               SUM(issued)::int AS issued, SUM(shipped_out)::int AS shipped_out, SUM(other)::int AS other, ${sumReasons},
               to_char(MIN(l.expiry_date) FILTER (WHERE pl.closing > 0), 'YYYY-MM-DD') AS nearest_expiry,
               COALESCE(SUM(pl.closing) FILTER (WHERE l.expiry_date < pts.next_first_day), 0)::int AS expired_on_hand
          FROM per_lot pl JOIN lots l ON l.id = pl.lot_id JOIN pts ON pts.id = pl.point_id
         GROUP BY pl.point_id, pl.product_id${bySource ? ', l.funding_source' : ''}
      ),
      stockouts AS (
        SELECT s.point_id, s.product_id, ${bySource ? 'relied.funding_source' : 'NULL::text'} AS funding_source,
               -- A period still open counts up to today (the current month has no days out of stock yet to come).
               SUM(GREATEST(0, LEAST(COALESCE(s.ended_on, pts.tomorrow), pts.next_first_day) - GREATEST(s.started_on, pts.first_day)))::int AS days
          FROM pts JOIN stockout_periods s ON s.point_id = pts.id
          ${
            bySource
              ? `LEFT JOIN LATERAL (
                   SELECT l.funding_source FROM ledger_lines out_line JOIN lots l ON l.id = out_line.lot_id
                    WHERE out_line.point_id = s.point_id AND out_line.product_id = s.product_id AND out_line.quantity < 0 AND out_line.account = 'stock'
                      AND out_line.occurred_at < (s.started_on + 1)::timestamp AT TIME ZONE pts.time_zone
                    ORDER BY out_line.occurred_at DESC, out_line.id DESC LIMIT 1) relied ON true`
              : ''
          }
         WHERE s.started_on < pts.next_first_day AND (s.ended_on IS NULL OR s.ended_on > pts.first_day)
         GROUP BY s.point_id, s.product_id${bySource ? ', relied.funding_source' : ''}
      ),
      requests AS (
        SELECT rr.point_id, rl.product_id, SUM(rl.quantity)::int AS quantity
          FROM pts JOIN resupply_requests rr ON rr.point_id = pts.id
          JOIN resupply_request_lines rl ON rl.request_id = rr.id
         WHERE rr.requested_at >= pts.start_at AND rr.requested_at < pts.end_at AND rr.status <> 'cancelled' AND ${bySource ? 'false' : 'true'}
         GROUP BY rr.point_id, rl.product_id
      ),
      pairs AS (
        SELECT point_id, product_id, funding_source FROM ledger UNION SELECT point_id, product_id, funding_source FROM stockouts
        UNION SELECT point_id, product_id, NULL::text FROM requests
      )
      SELECT pts.id AS point_id, pairs.funding_source, COALESCE(g.expired_on_hand, 0) AS expired_on_hand, pts.code AS point_code, pts.name AS point_name, pts.regency_code, pts.closed,
             pd.id AS product_id, pd.code AS product_code,
             COALESCE(g.opening, 0) AS opening, COALESCE(g.received, 0) AS received, COALESCE(g.issued, 0) AS issued,
             COALESCE(g.shipped_out, 0) AS shipped_out, COALESCE(g.other, 0) AS other, COALESCE(g.closing, 0) AS closing,
             ${ADJUSTMENT_REASONS.map((reason) => `COALESCE(g.adj_${reason}, 0) AS adj_${reason}`).join(', ')},
             g.nearest_expiry, COALESCE(so.days, 0) AS stockout_days, COALESCE(rq.quantity, 0) AS requested
        FROM pairs
        JOIN pts ON pts.id = pairs.point_id
        JOIN products pd ON pd.id = pairs.product_id
        LEFT JOIN ledger g ON g.point_id = pairs.point_id AND g.product_id = pairs.product_id AND g.funding_source IS NOT DISTINCT FROM pairs.funding_source
        LEFT JOIN stockouts so ON so.point_id = pairs.point_id AND so.product_id = pairs.product_id AND so.funding_source IS NOT DISTINCT FROM pairs.funding_source
        LEFT JOIN requests rq ON rq.point_id = pairs.point_id AND rq.product_id = pairs.product_id
       WHERE g.opening <> 0 OR g.closing <> 0 OR g.received <> 0 OR g.issued <> 0 OR g.shipped_out <> 0 OR so.days > 0 OR rq.quantity > 0
             OR ${ADJUSTMENT_REASONS.map((reason) => `g.adj_${reason} <> 0`).join(' OR ')}
       ORDER BY pts.code, pd.code, pairs.funding_source`;
    for await (const batch of await this.reads.run((db) => cursorBatches<RawRow>(db, sql, params, FIGURE_BATCH))) {
      each(batch);
      await yieldToEventLoop();
    }
  }

  private toMonthlyRows(raw: RawRow[]): { rows: MonthlyReportRow[]; pointIds: string[]; closedPoints: number } {
    const pointIds: string[] = [];
    let closedPoints = 0;
    const rows = raw.map((row) => {
      if (pointIds[pointIds.length - 1] !== row.point_id) {
        pointIds.push(row.point_id);
        if (row.closed) closedPoints += 1;
      }
      return toMonthlyRow(row);
    });
    return { rows, pointIds, closedPoints };
  }
}

/** A row of the report from the query's row: the adjustments by reason, and whether it adds up. */
function toMonthlyRow(row: RawRow): MonthlyReportRow {
  const adjustments = Object.fromEntries(ADJUSTMENT_REASONS.map((reason) => [reason, row[`adj_${reason}`]])) as unknown as AdjustmentsByReason;
  const result: MonthlyReportRow = {
    pointId: row.point_id,
    pointCode: row.point_code,
    pointName: row.point_name,
    regencyCode: row.regency_code,
    productId: row.product_id,
    productCode: row.product_code,
    opening: row.opening,
    received: row.received,
    issued: row.issued,
    shippedOut: row.shipped_out,
    adjustments,
    closing: row.closing,
    balanced: row.other === 0,
    nearestExpiry: row.nearest_expiry,
    stockoutDays: row.stockout_days,
    requested: row.requested,
  };
  result.balanced = result.balanced && adds(result);
  return result;
}

/** The most rows a monthly-report export holds (it is built whole); a larger one is refused, asking for one province or regency at a time. */
const CSV_ROW_LIMIT = 200_000;

function assertExportable(rows: number): void {
  if (rows <= CSV_ROW_LIMIT) return;
  throw new DomainError('EXPORT_TOO_LARGE', `This export would have ${rows} rows; at most ${CSV_ROW_LIMIT} are exported at once. Export one province (provinceCode) or regency (regencyCode) at a time.`, { rows, limit: CSV_ROW_LIMIT });
}

/** opening + received - issued - shippedOut + adjustments = closing. */
export function adds(row: Pick<MonthlyReportRow, 'adjustments' | 'opening' | 'received' | 'issued' | 'shippedOut' | 'closing'>): boolean {
  const adjusted = ADJUSTMENT_REASONS.reduce((sum, reason) => sum + row.adjustments[reason], 0);
  return row.opening + row.received - row.issued - row.shippedOut + adjusted === row.closing;
}

/** Per product, the sum over the rows' points; the earliest expiry; the stock-out days summed (point-days). */
export function aggregate(rows: MonthlyReportRow[]): MonthlyReportRow[] {
  const totals = new Totals();
  for (const row of rows) totals.add(row);
  return totals.rows();
}

/** The per-product totals of `aggregate`, added up a row at a time. */
class Totals {
  private readonly totals = new Map<string, MonthlyReportRow>();

  add(row: MonthlyReportRow): void {
    const total = this.totals.get(row.productId);
    if (!total) {
      this.totals.set(row.productId, { ...row, pointId: null, pointCode: null, pointName: null, regencyCode: null, adjustments: { ...row.adjustments } });
      return;
    }
    total.opening += row.opening;
    total.received += row.received;
    total.issued += row.issued;
    total.shippedOut += row.shippedOut;
    total.closing += row.closing;
    for (const reason of ADJUSTMENT_REASONS) total.adjustments[reason] += row.adjustments[reason];
    total.balanced = total.balanced && row.balanced;
    if (row.nearestExpiry && (!total.nearestExpiry || row.nearestExpiry < total.nearestExpiry)) total.nearestExpiry = row.nearestExpiry;
    total.stockoutDays += row.stockoutDays;
    total.requested += row.requested;
  }

  rows(): MonthlyReportRow[] {
    return [...this.totals.values()].sort((a, b) => a.productCode.localeCompare(b.productCode));
  }
}

function flatten(row: MonthlyReportRow): Record<string, string | number | null> {
  const { adjustments, ...rest } = row;
  return {
    ...rest,
    regencyCode: row.regencyCode,
    pointCode: row.pointCode ?? 'JUMLAH',
    balanced: row.balanced ? 'ya' : 'TIDAK',
    ...Object.fromEntries(ADJUSTMENT_REASONS.map((reason) => [`adj_${reason}`, adjustments[reason]])),
  };
}

/** The export columns: Indonesian header and the key in a flattened row. */
export const EXPORT_COLUMNS: [header: string, key: string][] = [
  ['Kode kab/kota', 'regencyCode'],
  ['Kode titik', 'pointCode'],
  ['Nama titik layanan', 'pointName'],
  ['Kode produk', 'productCode'],
  ['Stok awal', 'opening'],
  ['Penerimaan', 'received'],
  ['Pemakaian', 'issued'],
  ['Dikirim ke titik lain', 'shippedOut'],
  ...ADJUSTMENT_REASONS.map((reason): [string, string] => [`Penyesuaian: ${REASON_ID[reason]}`, `adj_${reason}`]),
  ['Stok akhir', 'closing'],
  ['Seimbang', 'balanced'],
  ['Kedaluwarsa terdekat', 'nearestExpiry'],
  ['Hari kosong', 'stockoutDays'],
  ['Permintaan', 'requested'],
];
