import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toCsv, UTF8_BOM } from '../common/csv';
import { toXlsx, XlsxColumn } from '../common/xlsx';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { DomainError, invalidFields } from '../common/problem/problem';
import { provinceOf } from '../common/transforms';
import { PointsService } from '../points/points.service';
import { DEFAULT_EXPIRY_WARNING_DAYS } from '../products/product-categories';
import { ShortagesService } from '../shortages/shortages.service';
import { StockStatusCalculator } from '../shortages/stock-status.calculator';
import { DAYS_PER_MONTH } from '../shortages/stock-status';
import { cursorBatches } from '../common/cursor-batches';
import { closingPages } from '../common/table-export';
import { expiryConditionsSql } from '../stock/expiry-alerts';
import { ExpiryLotResponse, ExpiryProductTotal, ExpiryQuery, ExpiryReport, RedistributionQuery, RedistributionSuggestion, ScanResult } from './dto/expiry.dto';
import { LotAtRisk, planRedistribution, Receiver } from './redistribution';
import { ReadDatabase } from '../database/replicas/read-database';

type LotRow = ExpiryLotResponse & { restricted: boolean };

/**
 * Expiry: the scan that raises and resolves expiry alerts, the report of what expires (and how much of it before it
 * can be used, at the point's average monthly consumption), and suggestions to move stock at risk to points that
 * will use it in time.
 */
@Injectable()
export class ExpiriesService {
  private readonly logger = new Logger(ExpiriesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
    private readonly points: PointsService,
    private readonly calculator: StockStatusCalculator,
    private readonly shortages: ShortagesService,
    private readonly reads: ReadDatabase,
  ) {}

  /** Evaluates every lot held against its point's local date. Idempotent: a second run raises nothing new. */
  async scan(at = new Date()): Promise<ScanResult> {
    const started = Date.now();
    const result = await this.dataSource.transaction((manager) =>
      this.alerts.reconcile(manager, {
        types: ['lot_expiring', 'expired_on_hand', 'obsolete_edition'],
        conditionsSql: expiryConditionsSql(),
        params: [at, JSON.stringify(DEFAULT_EXPIRY_WARNING_DAYS)],
        seenAt: at,
      }),
    );
    const scan = { scannedAt: at.toISOString(), durationMs: Date.now() - started, ...result };
    this.logger.log({ ...scan }, 'expiry scan finished');
    return scan;
  }

  /**
   * One page of lots and the totals per product over every matching lot, in one statement: the rows are computed once
   * (`rowsSql`), counted, totalled and paged by PostgreSQL, so the server holds one page whatever the scope.
   */
  async report(actor: AuthUser, query: ExpiryQuery, at = new Date()): Promise<ExpiryReport> {
    const { pendingPoints, readAfter } = await this.shortages.prepareFigures(actor, query.regencyCode, at);
    const { sql, params } = await this.rowsSql(actor, query, at);
    const offset = `$${params.push(query.offset)}`;
    const limit = `$${params.push(query.limit)}`;
    const [answer]: { total: number; items: ExpiryLotResponse[]; totals: ExpiryProductTotal[] }[] = await this.reads.run((db) => db.query(
      `WITH r AS MATERIALIZED (${sql})
       SELECT (SELECT count(*)::int FROM r) AS total,
              (SELECT COALESCE(json_agg(to_jsonb(page) - 'restricted' ORDER BY ${order(query.sort, 'page')}), '[]') FROM (
                 SELECT r.* FROM r ORDER BY ${order(query.sort, 'r')} OFFSET ${offset} LIMIT ${limit}) page) AS items,
              (SELECT COALESCE(json_agg(t ORDER BY t."productCode" COLLATE "C"), '[]') FROM (
                 SELECT "productId", min("productCode") AS "productCode",
                        COALESCE(sum(quantity) FILTER (WHERE status = 'expired'), 0)::int AS expired,
                        COALESCE(sum(quantity) FILTER (WHERE status = 'expiring'), 0)::int AS expiring,
                        COALESCE(sum("quantityAtRisk") FILTER (WHERE status = 'expiring'), 0)::int AS "atRisk"
                   FROM r GROUP BY "productId") t) AS totals`,
      params,
    ), { notBefore: readAfter });
    return { items: answer.items, total: answer.total, limit: query.limit, offset: query.offset, totals: answer.totals, pendingPoints };
  }

  /** Every matching row as CSV (the JSON answer's fields as columns), streamed: no cap, one batch in memory. */
  async reportCsv(actor: AuthUser, query: ExpiryQuery, at = new Date()): Promise<Readable> {
    const batches = await this.allRows(actor, query, at);
    const columns = [
      'regencyCode', 'pointCode', 'pointName', 'productCode', 'lotNumber', 'expiryDate', 'daysToExpiry', 'status', 'quantity',
      'quantityAtRisk', 'monthlyConsumption', 'fundingSource', 'donorName', 'pointId', 'productId', 'lotId',
    ];
    return closingPages(
      Readable.from(
        (async function* () {
          let header = true;
          if (query.separator === 'semicolon') yield UTF8_BOM;
          for await (const rows of batches) {
            yield toCsv(rows.map(publicRow), { header, columns, separator: query.separator });
            header = false;
          }
          if (header) yield toCsv([], { header: true, columns, separator: query.separator });
        })(),
      ),
      batches,
    );
  }

  /** Every matching row as an .xlsx workbook with Indonesian headers, streamed like the CSV. */
  async reportXlsx(actor: AuthUser, query: ExpiryQuery, at = new Date()): Promise<Readable> {
    const columns: XlsxColumn<LotRow>[] = [
      ['Kode kab/kota', (row) => row.regencyCode],
      ['Kode titik', (row) => row.pointCode],
      ['Nama titik layanan', (row) => row.pointName],
      ['Kode produk', (row) => row.productCode],
      ['Nomor lot', (row) => row.lotNumber],
      ['Tanggal kedaluwarsa', (row) => row.expiryDate],
      ['Sisa hari', (row) => row.daysToExpiry],
      ['Keadaan', (row) => (row.status === 'expired' ? 'Sudah kedaluwarsa' : 'Akan kedaluwarsa')],
      ['Jumlah', (row) => row.quantity],
      ['Diperkirakan terbuang', (row) => row.quantityAtRisk],
      ['Pemakaian per bulan', (row) => row.monthlyConsumption],
      ['Sumber dana', (row) => row.fundingSource],
      ['Nama donor', (row) => row.donorName as string | null],
    ];
    const batches = await this.allRows(actor, query, at);
    return closingPages(toXlsx('Kedaluwarsa', columns, batches), batches);
  }

  /** The report's rows in its order through a cursor, `EXPORT_BATCH` at a time (the figures prepared first). */
  private async allRows(actor: AuthUser, query: ExpiryQuery, at: Date): Promise<AsyncIterableIterator<LotRow[]>> {
    const { readAfter } = await this.shortages.prepareFigures(actor, query.regencyCode, at);
    const { sql, params } = await this.rowsSql(actor, query, at);
    return this.reads.run((db) => cursorBatches<LotRow>(db, `SELECT * FROM (${sql}) r ORDER BY ${order(query.sort, 'r')}`, params, EXPORT_BATCH), { notBefore: readAfter });
  }

  async redistribution(actor: AuthUser, query: RedistributionQuery, at = new Date()): Promise<RedistributionSuggestion[]> {
    const regencies = this.redistributionRegencies(actor, query);
    await this.shortages.prepareFigures(actor, query.regencyCode, at);
    const { sql, params } = await this.rowsSql(actor, { withinDays: 1095, status: 'expiring' } as ExpiryQuery, at, { regencyCodes: regencies });
    const atRisk: LotRow[] = await this.dataSource.query(`SELECT * FROM (${sql}) r WHERE "quantityAtRisk" > 0 ORDER BY ${order('expiry', 'r')}`, params);
    if (atRisk.length === 0) return [];

    const sources = [...new Set(atRisk.map((lot) => lot.pointId))];
    const receiverRows: { id: string; code: string; regencyCode: string; mayHoldRestricted: boolean; supplierPointId: string | null }[] = await this.dataSource.query(
      `SELECT id, code, regency_code AS "regencyCode", may_hold_restricted AS "mayHoldRestricted", supplier_point_id AS "supplierPointId"
         FROM points
        WHERE active AND (regency_code = ANY($1::text[]) OR supplier_point_id = ANY($2::uuid[])
                          OR id IN (SELECT supplier_point_id FROM points WHERE id = ANY($2::uuid[])))`,
      [regencies, sources],
    );
    const receiverIds = receiverRows.map((row) => row.id);
    const [figures, stock] = await Promise.all([
      this.calculator.statusesOfAnyPoint({ pointIds: receiverIds }, at),
      this.dataSource.query(
        `SELECT b.point_id, b.product_id, to_char(l.expiry_date, 'YYYY-MM-DD') AS expiry_date, b.quantity
           FROM stock_balances b JOIN lots l ON l.id = b.lot_id JOIN points p ON p.id = b.point_id
           JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
          WHERE b.point_id = ANY($2::uuid[]) AND b.quantity > 0 AND l.expiry_date >= ($1::timestamptz AT TIME ZONE pr.time_zone)::date`,
        [at, receiverIds],
      ) as Promise<{ point_id: string; product_id: string; expiry_date: string; quantity: number }[]>,
    ]);

    const byId = new Map(receiverRows.map((row) => [row.id, row]));
    const receivers: Receiver[] = receiverRows.map((row) => ({
      pointId: row.id,
      mayHoldRestricted: row.mayHoldRestricted,
      reachableFrom: new Set(
        sources.filter((source) => {
          const sourcePoint = byId.get(source);
          return sourcePoint?.regencyCode === row.regencyCode || row.supplierPointId === source || sourcePoint?.supplierPointId === row.id;
        }),
      ),
      // Only consumption measured or set for the point: a default guess never pulls stock at risk towards a point.
      dailyConsumption: new Map(
        figures.filter((f) => f.pointId === row.id && f.amc.confidence !== 'low').map((f) => [f.productId, f.amc.amc / DAYS_PER_MONTH]),
      ),
      stock: stock
        .filter((entry) => entry.point_id === row.id)
        .reduce(
          (map, entry) => map.set(entry.product_id, [...(map.get(entry.product_id) ?? []), { expiryDate: entry.expiry_date, quantity: entry.quantity }]),
          new Map<string, { expiryDate: string; quantity: number }[]>(),
        ),
    }));
    const lots: LotAtRisk[] = atRisk.map((lot) => ({
      pointId: lot.pointId,
      productId: lot.productId,
      restricted: lot.restricted,
      lotId: lot.lotId,
      lotNumber: lot.lotNumber,
      expiryDate: lot.expiryDate,
      daysToExpiry: lot.daysToExpiry,
      quantityAtRisk: lot.quantityAtRisk,
    }));
    const codes = new Map([...atRisk.map((lot) => [lot.pointId, lot.pointCode] as const), ...receiverRows.map((row) => [row.id, row.code] as const)]);
    return planRedistribution(lots, receivers).map((suggestion) => ({
      ...suggestion,
      fromPointCode: codes.get(suggestion.fromPointId)!,
      toPointCode: codes.get(suggestion.toPointId)!,
      shipment: {
        fromPointId: suggestion.fromPointId,
        toPointId: suggestion.toPointId,
        note: `Redistribution: lot ${suggestion.lotNumber} expires ${suggestion.expiryDate}`,
        lines: [{ productId: suggestion.productId, lotId: suggestion.lotId, quantity: suggestion.quantity }],
      },
    }));
  }

  private redistributionRegencies(actor: AuthUser, query: RedistributionQuery): string[] {
    if (actor.role === 'admin') {
      if (!query.regencyCode) {
        throw invalidFields([{ field: 'regencyCode', messages: ['required for administrators'] }], 'regencyCode: choose the regency to plan for');
      }
      return [query.regencyCode];
    }
    if (query.regencyCode && !actor.regencyCodes.includes(query.regencyCode)) {
      throw new DomainError('OUT_OF_SCOPE', `You do not cover regency ${query.regencyCode}.`);
    }
    return query.regencyCode ? [query.regencyCode] : actor.regencyCodes;
  }

  /**
   * The SQL of the lots in scope matching the filters (unordered), each with the quantity expected to be left at its
   * expiry, as kept in `lot_expiry_status` with the point's figures (src/stock/expiry-risk.ts; brought up to date for
   * the reader's scope by prepareFigures). Days to expiry count from the point's local date of those figures. The
   * columns are the answer's fields, and `restricted`.
   */
  private async rowsSql(actor: AuthUser, query: ExpiryQuery, at: Date, extra: { regencyCodes?: string[] } = {}): Promise<{ sql: string; params: unknown[] }> {
    const scope = new AccessScope(actor);
    scope.assertRegencyFilter(query.regencyCode);
    scope.assertProvinceFilter(query.provinceCode);
    if (query.pointId) scope.visiblePoint(await this.points.findStockPoint(query.pointId), query.pointId);
    const params: unknown[] = [];
    const conditions = [scope.pointCondition({ pointId: 'e.point_id', regencyCode: 'e.regency_code' }, params)];
    const add = (condition: string, value: unknown) => {
      if (value === undefined) return;
      params.push(value);
      conditions.push(condition.replace('?', `$${params.length}`));
    };
    add('e.regency_code = ?', query.regencyCode);
    add(`${provinceOf('e.regency_code')} = ?`, query.provinceCode);
    add('p.type = ?', query.pointType);
    add('e.regency_code = ANY(?::text[])', extra.regencyCodes);
    add('e.point_id = ?', query.pointId);
    add('e.product_id = ?', query.productId);
    add('pd.category = ?', query.category);
    add('l.funding_source = ?', query.fundingSource);
    const within = query.status === 'expired' ? 0 : query.withinDays;
    add('e.expiry_date - e.as_of <= ?', within);
    if (query.status === 'expired') conditions.push('e.expiry_date < e.as_of');
    if (query.status === 'expiring') conditions.push('e.expiry_date >= e.as_of');
    // The same bound by the index on expiry_date: a point's local date is at most a day after the UTC date of `at`,
    // and figures are never for a later day than that.
    add(`e.expiry_date <= (?::timestamptz + make_interval(days => ${within} + 1))::date`, at);
    const sql = `
      SELECT e.point_id AS "pointId", p.code AS "pointCode", p.name AS "pointName", e.regency_code AS "regencyCode",
             e.product_id AS "productId", pd.code AS "productCode", e.lot_id AS "lotId", l.lot_number AS "lotNumber",
             to_char(e.expiry_date, 'YYYY-MM-DD') AS "expiryDate", e.expiry_date - e.as_of AS "daysToExpiry",
             CASE WHEN e.expiry_date < e.as_of THEN 'expired' ELSE 'expiring' END AS status, e.quantity,
             e.quantity_at_risk AS "quantityAtRisk", e.amc AS "monthlyConsumption", l.funding_source AS "fundingSource",
             l.donor_name AS "donorName", pd.restricted
        FROM lot_expiry_status e
        JOIN points p ON p.id = e.point_id
        JOIN products pd ON pd.id = e.product_id
        JOIN lots l ON l.id = e.lot_id
       WHERE ${conditions.join(' AND ')}`;
    return { sql, params };
  }
}

/**
 * The report's order over the rows of `alias`: soonest expiry first, or most at risk first (equal quantities at risk
 * keep the soonest expiry first); codes in C collation (upper-case letters, digits and dashes by code unit), whatever
 * the database's.
 */
function order(sort: ExpiryQuery['sort'] | undefined, alias: string): string {
  const expiry = `${alias}."daysToExpiry", ${alias}."pointCode" COLLATE "C", ${alias}."productCode" COLLATE "C", ${alias}."lotNumber" COLLATE "C", ${alias}."lotId"`;
  return sort === 'atRisk' ? `${alias}."quantityAtRisk" DESC, ${expiry}` : expiry;
}

/** Rows an export reads from its cursor at a time. */
const EXPORT_BATCH = 5_000;

function publicRow({ restricted: _restricted, ...row }: LotRow): ExpiryLotResponse {
  return row;
}
