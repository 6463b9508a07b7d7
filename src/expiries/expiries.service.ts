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
import { mapYielding, yieldToEventLoop } from '../common/request-deadline';
import { expiryConditionsSql } from '../stock/expiry-alerts';
import { quantityAtRisk } from '../stock/expiry-risk';
import { ExpiryLotResponse, ExpiryProductTotal, ExpiryQuery, ExpiryReport, RedistributionQuery, RedistributionSuggestion, ScanResult } from './dto/expiry.dto';
import { LotAtRisk, planRedistribution, Receiver } from './redistribution';

/** The most rows a CSV export holds; a larger export is refused with a problem asking to narrow it (by regency). */
export const CSV_ROW_LIMIT = 200_000;

/** Lots held with a quantity, with each point's local "today" and days left. `$1` is the instant; `where` adds conditions. */
function lotStockSql(where: string): string {
  return `
    SELECT b.point_id, p.code AS point_code, p.name AS point_name, p.regency_code, b.product_id, pd.code AS product_code,
           pd.restricted, pd.superseded_by_product_id, b.lot_id, l.lot_number, l.expiry_date, l.funding_source, l.donor_name,
           b.quantity, ($1::timestamptz AT TIME ZONE pr.time_zone)::date AS today,
           (l.expiry_date - ($1::timestamptz AT TIME ZONE pr.time_zone)::date) AS days_left
      FROM stock_balances b
      JOIN lots l ON l.id = b.lot_id
      JOIN points p ON p.id = b.point_id
      JOIN regencies r ON r.code = p.regency_code
      JOIN provinces pr ON pr.code = r.province_code
      JOIN products pd ON pd.id = b.product_id
     WHERE b.quantity > 0 AND ${where}`;
}

type LotRow = ExpiryLotResponse & { restricted: boolean; today: string };

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

  async report(actor: AuthUser, query: ExpiryQuery, at = new Date()): Promise<ExpiryReport> {
    const { pendingPoints } = await this.shortages.prepareFigures(actor, query.regencyCode, at);
    const rows = await this.rows(actor, query, at);
    const totals = new Map<string, ExpiryProductTotal>();
    for (const [index, row] of rows.entries()) {
      if (index > 0 && index % 10_000 === 0) await yieldToEventLoop();
      const total = totals.get(row.productId) ?? { productId: row.productId, productCode: row.productCode, expired: 0, expiring: 0, atRisk: 0 };
      if (row.status === 'expired') total.expired += row.quantity;
      else {
        total.expiring += row.quantity;
        total.atRisk += row.quantityAtRisk;
      }
      totals.set(row.productId, total);
    }
    // Sorting is stable: equal quantities at risk keep the soonest expiry first.
    if (query.sort === 'atRisk') rows.sort((a, b) => b.quantityAtRisk - a.quantityAtRisk);
    return {
      items: rows.slice(query.offset, query.offset + query.limit).map(publicRow),
      total: rows.length,
      limit: query.limit,
      offset: query.offset,
      totals: [...totals.values()].sort((a, b) => a.productCode.localeCompare(b.productCode)),
      pendingPoints,
    };
  }

  async reportCsv(actor: AuthUser, query: ExpiryQuery, at = new Date()): Promise<string> {
    await this.shortages.prepareFigures(actor, query.regencyCode, at);
    const rows = await this.rows(actor, query, at);
    if (rows.length > CSV_ROW_LIMIT) {
      throw new DomainError(
        'EXPORT_TOO_LARGE',
        `This export would have ${rows.length} rows; at most ${CSV_ROW_LIMIT} are exported at once. Export one regency (regencyCode) or one product (productId) at a time.`,
        { rows: rows.length, limit: CSV_ROW_LIMIT },
      );
    }
    const columns = [
      'regencyCode', 'pointCode', 'pointName', 'productCode', 'lotNumber', 'expiryDate', 'daysToExpiry', 'status', 'quantity',
      'quantityAtRisk', 'monthlyConsumption', 'fundingSource', 'donorName', 'pointId', 'productId', 'lotId',
    ];
    const chunks: string[] = [];
    for (let start = 0; start < rows.length || start === 0; start += 5_000) {
      if (start > 0) await yieldToEventLoop();
      chunks.push(toCsv(rows.slice(start, start + 5_000).map(publicRow), { header: start === 0, columns, separator: query.separator }));
    }
    return (query.separator === 'semicolon' ? UTF8_BOM : '') + chunks.join('');
  }

  /** Every matching row as an .xlsx workbook with Indonesian headers (same limit as the CSV). */
  async reportXlsx(actor: AuthUser, query: ExpiryQuery, at = new Date()): Promise<Readable> {
    await this.shortages.prepareFigures(actor, query.regencyCode, at);
    const rows = await this.rows(actor, query, at);
    if (rows.length > CSV_ROW_LIMIT) {
      throw new DomainError('EXPORT_TOO_LARGE', `This export would have ${rows.length} rows; at most ${CSV_ROW_LIMIT} are exported at once. Export one regency (regencyCode) or one product (productId) at a time.`, { rows: rows.length, limit: CSV_ROW_LIMIT });
    }
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
    return toXlsx('Kedaluwarsa', columns, [rows]);
  }

  async redistribution(actor: AuthUser, query: RedistributionQuery, at = new Date()): Promise<RedistributionSuggestion[]> {
    const regencies = this.redistributionRegencies(actor, query);
    await this.shortages.prepareFigures(actor, query.regencyCode, at);
    const atRisk = (await this.rows(actor, { withinDays: 1095, status: 'expiring' } as ExpiryQuery, at, { regencyCodes: regencies })).filter(
      (row) => row.quantityAtRisk > 0,
    );
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
   * Lots in scope matching the filters, soonest expiry first, each with the quantity expected to be left at its expiry:
   * the point's usable lots of the product are used in FEFO order at its average monthly consumption.
   */
  private async rows(actor: AuthUser, query: ExpiryQuery, at: Date, extra: { regencyCodes?: string[] } = {}): Promise<LotRow[]> {
    const scope = new AccessScope(actor);
    scope.assertRegencyFilter(query.regencyCode);
    scope.assertProvinceFilter(query.provinceCode);
    if (query.pointId) scope.visiblePoint(await this.points.findStockPoint(query.pointId), query.pointId);
    const params: unknown[] = [at];
    const conditions = [scope.pointCondition({ pointId: 'b.point_id', regencyCode: 'p.regency_code' }, params)];
    const add = (condition: string, value: unknown) => {
      if (value === undefined) return;
      params.push(value);
      conditions.push(condition.replace('?', `$${params.length}`));
    };
    add('p.regency_code = ?', query.regencyCode);
    add(`${provinceOf('p.regency_code')} = ?`, query.provinceCode);
    add('p.type = ?', query.pointType);
    add('p.regency_code = ANY(?::text[])', extra.regencyCodes);
    add('b.point_id = ?', query.pointId);
    add('b.product_id = ?', query.productId);
    add('pd.category = ?', query.category);

    // Only the point and product pairs with a lot the report shows, but every usable lot of such a pair, as each counts
    // for the quantity at risk of later ones; the filters on expiry apply to the rows afterwards. The consumption is
    // the kept figures' AMC (stock_status, brought up to date for the reader's scope by prepareFigures).
    const shown = [
      query.status === 'expired' ? 'ls.days_left < 0' : query.status === 'expiring' ? `ls.days_left BETWEEN 0 AND $${params.push(query.withinDays)}` : `ls.days_left <= $${params.push(query.withinDays)}`,
      ...(query.fundingSource === undefined ? [] : [`ls.funding_source = $${params.push(query.fundingSource)}`]),
    ].join(' AND ');
    // The pairs are found from the few lots that can be shown (by expiry date, a day of slack for the time zones), not
    // by reading every lot held: at national scale 64 lots expire within 90 days, against 0.5 million lots held.
    const within = `$${params.push(query.status === 'expired' ? 0 : query.withinDays)}`;
    const where = conditions.join(' AND ');
    const lots: Record<string, unknown>[] = await this.dataSource.query(
      `WITH shown AS MATERIALIZED (
         SELECT DISTINCT ls.point_id, ls.product_id
           FROM (${lotStockSql(`${where} AND l.expiry_date <= ($1::timestamptz + make_interval(days => ${within}::int + 1))::date`)}) ls
          WHERE ${shown}
       )
       SELECT ls.*, to_char(ls.expiry_date, 'YYYY-MM-DD') AS expiry, to_char(ls.today, 'YYYY-MM-DD') AS local_today, COALESCE(s.amc, 0) AS amc
         FROM (${lotStockSql(`${where} AND (b.point_id, b.product_id) IN (SELECT point_id, product_id FROM shown)`)}) ls
         LEFT JOIN stock_status s ON s.point_id = ls.point_id AND s.product_id = ls.product_id
        ORDER BY ls.point_id, ls.product_id, ls.days_left, ls.lot_number`,
      params,
    );
    if (lots.length === 0) return [];
    const amc = new Map(lots.map((lot) => [`${lot.point_id}/${lot.product_id}`, Number(lot.amc)]));

    // One pass to group each point and product's usable lots (in FEFO order, as read), then one per group.
    const usableByPair = new Map<string, { today: string; lots: { lotId: string; expiryDate: string; quantity: number }[] }>();
    for (const lot of lots) {
      if ((lot.days_left as number) < 0) continue;
      const key = `${lot.point_id}/${lot.product_id}`;
      let pair = usableByPair.get(key);
      if (!pair) usableByPair.set(key, (pair = { today: lot.local_today as string, lots: [] }));
      pair.lots.push({ lotId: lot.lot_id as string, expiryDate: lot.expiry as string, quantity: lot.quantity as number });
    }
    const risk = new Map<string, number>();
    let grouped = 0;
    for (const [key, pair] of usableByPair) {
      if (++grouped % 2_000 === 0) await yieldToEventLoop();
      for (const [lotId, quantity] of quantityAtRisk(pair.lots, (amc.get(key) ?? 0) / DAYS_PER_MONTH, pair.today)) risk.set(`${key}/${lotId}`, quantity);
    }

    return (
      await mapYielding(lots, (lot): LotRow => {
        const key = `${lot.point_id}/${lot.product_id}`;
        const expired = (lot.days_left as number) < 0;
        return {
          pointId: lot.point_id as string,
          pointCode: lot.point_code as string,
          pointName: lot.point_name as string,
          regencyCode: lot.regency_code as string,
          productId: lot.product_id as string,
          productCode: lot.product_code as string,
          lotId: lot.lot_id as string,
          lotNumber: lot.lot_number as string,
          expiryDate: lot.expiry as string,
          daysToExpiry: lot.days_left as number,
          status: expired ? 'expired' : 'expiring',
          quantity: lot.quantity as number,
          quantityAtRisk: expired ? (lot.quantity as number) : (risk.get(`${key}/${lot.lot_id}`) ?? 0),
          monthlyConsumption: amc.get(key) ?? 0,
          fundingSource: lot.funding_source as string,
          donorName: lot.donor_name as string | null,
          restricted: lot.restricted as boolean,
          today: lot.local_today as string,
        };
      })
    )
      .filter((row) => (query.status === 'expired' ? row.daysToExpiry < 0 : query.status === 'expiring' ? row.daysToExpiry >= 0 && row.daysToExpiry <= query.withinDays : row.daysToExpiry <= query.withinDays))
      // A lot of another funding source still counts for the quantity at risk of later lots: filter after computing it.
      .filter((row) => query.fundingSource === undefined || row.fundingSource === query.fundingSource)
      // Soonest expiry first (read in FEFO order per pair, sorted once the rows shown are known).
      .sort((a, b) => a.daysToExpiry - b.daysToExpiry || compare(a.pointCode, b.pointCode) || compare(a.productCode, b.productCode) || compare(a.lotNumber, b.lotNumber));
  }
}

/** Code order as PostgreSQL's C collation sorts the codes (upper-case letters, digits and dashes): by code unit. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function publicRow({ restricted: _restricted, today: _today, ...row }: LotRow): ExpiryLotResponse {
  return row;
}
