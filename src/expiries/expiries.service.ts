import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AccessScope } from '../auth/access-scope';
import { AuthUser } from '../auth/roles';
import { DomainError } from '../common/problem/problem';
import { PointsService } from '../points/points.service';
import { DEFAULT_EXPIRY_WARNING_DAYS } from '../products/product-categories';
import { dailyConsumptionSql } from './consumption';
import { ExpiryLotResponse, ExpiryProductTotal, ExpiryQuery, ExpiryReport, RedistributionQuery, RedistributionSuggestion, ScanResult } from './dto/expiry.dto';
import { LotAtRisk, planRedistribution, Receiver } from './redistribution';

/** The most rows a CSV export holds; a national export beyond that should be split by regency. */
export const CSV_ROW_LIMIT = 200_000;

/**
 * Lots held with a quantity, with each point's local "today", days left and the product's warning windows (its own
 * or its category's, shortest first). `$1` is the instant, `$2` the category defaults; `where` adds conditions.
 */
function lotStockSql(where: string): string {
  return `
    SELECT b.point_id, p.code AS point_code, p.name AS point_name, p.regency_code, b.product_id, pd.code AS product_code,
           pd.restricted, pd.superseded_by_product_id, b.lot_id, l.lot_number, l.expiry_date, l.funding_source, l.donor_name,
           b.quantity, (l.expiry_date - ($1::timestamptz AT TIME ZONE pr.time_zone)::date) AS days_left,
           ARRAY(SELECT w FROM unnest(COALESCE(pd.expiry_warning_days,
                   ARRAY(SELECT jsonb_array_elements_text($2::jsonb -> pd.category)::int))) AS w ORDER BY w) AS windows
      FROM stock_balances b
      JOIN lots l ON l.id = b.lot_id
      JOIN points p ON p.id = b.point_id
      JOIN regencies r ON r.code = p.regency_code
      JOIN provinces pr ON pr.code = r.province_code
      JOIN products pd ON pd.id = b.product_id
     WHERE b.quantity > 0 AND ${where}`;
}

/** Alert conditions the expiry scan sees: lots inside a warning window, expired stock on hand, superseded editions. */
const SCAN_CONDITIONS_SQL = `
  WITH lot_stock AS (${lotStockSql('TRUE')})
  SELECT 'lot_expiring'::text AS type, point_id, product_id, lot_id, NULL::uuid AS subject_id,
         CASE WHEN days_left <= windows[1] THEN 'critical'
              WHEN cardinality(windows) > 1 AND days_left <= windows[2] THEN 'warning'
              ELSE 'info' END AS severity,
         jsonb_build_object('lotNumber', lot_number, 'expiryDate', to_char(expiry_date, 'YYYY-MM-DD'), 'daysToExpiry', days_left,
                            'quantity', quantity, 'windowDays', (SELECT min(w) FROM unnest(windows) AS w WHERE w >= days_left)) AS details
    FROM lot_stock WHERE days_left >= 0 AND days_left <= windows[cardinality(windows)]
  UNION ALL
  SELECT 'expired_on_hand', point_id, product_id, lot_id, NULL, 'critical',
         jsonb_build_object('lotNumber', lot_number, 'expiryDate', to_char(expiry_date, 'YYYY-MM-DD'), 'expiredDaysAgo', -days_left, 'quantity', quantity)
    FROM lot_stock WHERE days_left < 0
  UNION ALL
  SELECT 'obsolete_edition', ls.point_id, ls.product_id, NULL, NULL, 'warning',
         jsonb_build_object('quantity', sum(ls.quantity), 'supersededByProductId', ls.superseded_by_product_id, 'supersededByProductCode', min(np.code))
    FROM lot_stock ls JOIN products np ON np.id = ls.superseded_by_product_id
   GROUP BY ls.point_id, ls.product_id, ls.superseded_by_product_id`;

/**
 * Expiry: the scan that raises and resolves expiry alerts, the report of what expires (and how much of it before it
 * can be used), and suggestions to move stock at risk to points that will use it in time.
 */
@Injectable()
export class ExpiriesService {
  private readonly logger = new Logger(ExpiriesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
    private readonly points: PointsService,
  ) {}

  /** Evaluates every lot held against its point's local date. Idempotent: a second run raises nothing new. */
  async scan(at = new Date()): Promise<ScanResult> {
    const started = Date.now();
    const result = await this.dataSource.transaction((manager) =>
      this.alerts.reconcile(manager, {
        types: ['lot_expiring', 'expired_on_hand', 'obsolete_edition'],
        conditionsSql: SCAN_CONDITIONS_SQL,
        params: [at, JSON.stringify(DEFAULT_EXPIRY_WARNING_DAYS)],
        seenAt: at,
      }),
    );
    const scan = { scannedAt: at.toISOString(), durationMs: Date.now() - started, ...result };
    this.logger.log({ ...scan }, 'expiry scan finished');
    return scan;
  }

  async report(actor: AuthUser, query: ExpiryQuery, at = new Date()): Promise<ExpiryReport> {
    const { sql, params } = await this.reportSql(actor, query, at);
    const order = 'ORDER BY days_to_expiry, point_code, product_code, lot_number';
    const [items, totals] = await Promise.all([
      this.dataSource.query(`${sql} ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, query.limit, query.offset]),
      this.dataSource.query(
        `SELECT product_id AS "productId", product_code AS "productCode", count(*)::int AS rows,
                COALESCE(sum(quantity) FILTER (WHERE status = 'expired'), 0)::int AS expired,
                COALESCE(sum(quantity) FILTER (WHERE status = 'expiring'), 0)::int AS expiring,
                COALESCE(sum(quantity_at_risk) FILTER (WHERE status = 'expiring'), 0)::int AS "atRisk"
           FROM (${sql}) report GROUP BY product_id, product_code ORDER BY product_code`,
        params,
      ),
    ]);
    return {
      items: items.map(toLotResponse),
      total: totals.reduce((sum: number, row: { rows: number }) => sum + row.rows, 0),
      limit: query.limit,
      offset: query.offset,
      totals: totals.map(({ rows: _rows, ...total }: ExpiryProductTotal & { rows: number }) => total),
    };
  }

  async reportCsv(actor: AuthUser, query: ExpiryQuery, at = new Date()): Promise<string> {
    const { sql, params } = await this.reportSql(actor, query, at);
    const rows: ExpiryLotResponse[] = (
      await this.dataSource.query(`${sql} ORDER BY days_to_expiry, point_code, product_code, lot_number LIMIT ${CSV_ROW_LIMIT}`, params)
    ).map(toLotResponse);
    const columns = [
      'regencyCode', 'pointCode', 'pointName', 'productCode', 'lotNumber', 'expiryDate', 'daysToExpiry', 'status', 'quantity',
      'quantityAtRisk', 'monthlyConsumption', 'fundingSource', 'donorName', 'pointId', 'productId', 'lotId',
    ] as const;
    return stringify(rows, { header: true, columns: [...columns] });
  }

  async redistribution(actor: AuthUser, query: RedistributionQuery, at = new Date()): Promise<RedistributionSuggestion[]> {
    const regencies = this.redistributionRegencies(actor, query);
    const { sql, params } = await this.reportSql(actor, { withinDays: 1095, status: 'expiring', format: 'json', limit: 0, offset: 0 } as ExpiryQuery, at, regencies);
    const atRisk: (ExpiryLotResponse & { restricted: boolean })[] = (await this.dataSource.query(`${sql} AND quantity_at_risk > 0`, params)).map(
      (row: Record<string, unknown>) => ({ ...toLotResponse(row), restricted: row.restricted as boolean }),
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
    const [consumption, stock]: [
      { point_id: string; product_id: string; daily: number }[],
      { point_id: string; product_id: string; expiry_date: string; quantity: number }[],
    ] = await Promise.all([
      this.dataSource.query(dailyConsumptionSql('$1::timestamptz', '$2::uuid[]'), [at, receiverIds]),
      this.dataSource.query(
        `SELECT b.point_id, b.product_id, to_char(l.expiry_date, 'YYYY-MM-DD') AS expiry_date, b.quantity
           FROM stock_balances b JOIN lots l ON l.id = b.lot_id JOIN points p ON p.id = b.point_id
           JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
          WHERE b.point_id = ANY($2::uuid[]) AND b.quantity > 0 AND l.expiry_date >= ($1::timestamptz AT TIME ZONE pr.time_zone)::date`,
        [at, receiverIds],
      ),
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
      dailyConsumption: new Map(consumption.filter((c) => c.point_id === row.id).map((c) => [c.product_id, c.daily])),
      stock: stock
        .filter((entry) => entry.point_id === row.id)
        .reduce((map, entry) => map.set(entry.product_id, [...(map.get(entry.product_id) ?? []), { expiryDate: entry.expiry_date, quantity: entry.quantity }]), new Map()),
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
        throw new DomainError('VALIDATION_FAILED', 'Please correct these fields. regencyCode: choose the regency to plan for', {
          errors: [{ field: 'regencyCode', messages: ['required for administrators'] }],
        });
      }
      return [query.regencyCode];
    }
    if (query.regencyCode && !actor.regencyCodes.includes(query.regencyCode)) {
      throw new DomainError('OUT_OF_SCOPE', `You do not cover regency ${query.regencyCode}.`);
    }
    return query.regencyCode ? [query.regencyCode] : actor.regencyCodes;
  }

  /** The report as one SQL query (rows with their at-risk quantity), limited to the user's scope and the filters. */
  private async reportSql(actor: AuthUser, query: ExpiryQuery, at: Date, regencies?: string[]): Promise<{ sql: string; params: unknown[] }> {
    const scope = new AccessScope(actor);
    if (query.pointId) scope.visiblePoint(await this.points.findStockPoint(query.pointId), query.pointId);
    const params: unknown[] = [at, JSON.stringify(DEFAULT_EXPIRY_WARNING_DAYS)];
    const conditions = [scope.pointCondition({ pointId: 'b.point_id', regencyCode: 'p.regency_code' }, params)];
    const add = (condition: string, value: unknown) => {
      params.push(value);
      conditions.push(condition.replace('?', `$${params.length}`));
    };
    if (query.regencyCode) add('p.regency_code = ?', query.regencyCode);
    if (regencies) add('p.regency_code = ANY(?::text[])', regencies);
    if (query.pointId) add('b.point_id = ?', query.pointId);
    if (query.productId) add('b.product_id = ?', query.productId);
    let statusFilter = 'days_to_expiry < 0';
    if (query.status !== 'expired') {
      params.push(query.withinDays);
      statusFilter = `days_to_expiry ${query.status === 'expiring' ? 'BETWEEN 0 AND' : '<='} $${params.length}::int`;
    }

    const sql = `
      WITH lot_stock AS (${lotStockSql(conditions.join(' AND '))}),
      consumption AS (${dailyConsumptionSql('$1::timestamptz', 'ARRAY(SELECT DISTINCT point_id FROM lot_stock)')}),
      rated AS (
        SELECT ls.*, COALESCE(c.daily, 0) AS daily,
               COALESCE(sum(ls.quantity) FILTER (WHERE ls.days_left >= 0) OVER (
                 PARTITION BY ls.point_id, ls.product_id ORDER BY ls.expiry_date, ls.lot_number, ls.lot_id
                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS ahead
          FROM lot_stock ls LEFT JOIN consumption c ON c.point_id = ls.point_id AND c.product_id = ls.product_id
      )
      SELECT * FROM (
        SELECT point_id, point_code, point_name, regency_code, product_id, product_code, restricted, lot_id, lot_number,
               to_char(expiry_date, 'YYYY-MM-DD') AS expiry_date, days_left AS days_to_expiry,
               CASE WHEN days_left < 0 THEN 'expired' ELSE 'expiring' END AS status, quantity,
               CASE WHEN days_left < 0 THEN quantity
                    ELSE GREATEST(0, quantity - GREATEST(0, floor(daily * (days_left + 1) - ahead)))::int END AS quantity_at_risk,
               round((daily * 30.4375)::numeric, 1)::float8 AS monthly_consumption, funding_source, donor_name
          FROM rated
      ) report
      WHERE ${statusFilter}`;
    return { sql, params };
  }
}

function toLotResponse(row: Record<string, unknown>): ExpiryLotResponse {
  return {
    pointId: row.point_id as string,
    pointCode: row.point_code as string,
    pointName: row.point_name as string,
    regencyCode: row.regency_code as string,
    productId: row.product_id as string,
    productCode: row.product_code as string,
    lotId: row.lot_id as string,
    lotNumber: row.lot_number as string,
    expiryDate: row.expiry_date as string,
    daysToExpiry: row.days_to_expiry as number,
    status: row.status as 'expired' | 'expiring',
    quantity: row.quantity as number,
    quantityAtRisk: row.quantity_at_risk as number,
    monthlyConsumption: row.monthly_consumption as number,
    fundingSource: row.funding_source as string,
    donorName: row.donor_name as string | null,
  };
}
