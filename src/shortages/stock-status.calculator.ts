import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PointType } from '../points/point-types';
import { mapYielding } from '../common/request-deadline';
import { quantityAtRisk } from '../stock/expiry-risk';
import { StockStatusResponse } from './dto/shortage.dto';
import { ProductCategory } from '../products/product-categories';
import { DEFAULT_MONTHLY_USE, DEFAULT_PRODUCT_CATEGORIES, DEFAULT_STOCK_LEVELS } from './stock-levels.defaults';
import { DAYS_PER_MONTH, stockStatus } from './stock-status';
import { pairCondition, PointProduct } from './point-products';

interface InputRow {
  point_id: string;
  point_code: string;
  point_name: string;
  point_type: PointType;
  regency_code: string;
  today: string;
  window_start: string;
  window_end: string;
  fresh_until: Date;
  product_id: string;
  product_code: string;
  category: string;
  pack_size: number;
  first_movement_on: string | null;
  min_months: string | null;
  max_months: string | null;
  expected_monthly_use: number | null;
  consumed_window: number;
  consumed_since: number;
  stockout_window: number;
  stockout_since: number;
  open_stockout: boolean;
  usable: number;
  expired: number;
  in_transit: number;
  expected: boolean;
}

export interface StatusFilters {
  regencyCode?: string;
  regencyCodes?: string[];
  pointId?: string;
  pointIds?: string[];
  productId?: string;
  category?: string;
  /**
   * Of the points listed here, only these products (what changed since they were last computed); the other points
   * the filters name keep every product.
   */
  pairs?: PointProduct[];
}

/** A SQL condition limiting points to a scope (AccessScope.pointCondition), given the column expressions to test. */
export type PointScopeCondition = (columns: { pointId: string; regencyCode: string }, params: unknown[]) => string;

/** The condition for what `actor` may see. */
export const scopeOf = (actor: AuthUser): PointScopeCondition => (columns, params) => new AccessScope(actor).pointCondition(columns, params);
/** No condition: the service's own reads (the daily scan, the kept figures, figures other modules need). */
export const EVERY_POINT: PointScopeCondition = () => 'TRUE';

/** Anything that runs SQL: the data source, or a transaction's entity manager. */
export type Queryable = Pick<EntityManager, 'query'>;

export interface ComputedStatus {
  figures: StockStatusResponse;
  /** The end of the point's local day: from then on, expiries, the AMC window and stock-out days may differ. */
  freshUntil: Date;
}

/**
 * Computes, per point and product, the average monthly consumption (from maintained aggregates: consumption per
 * month, first movement, stock-out periods), months of stock, status, suggested resupply and the quantity that will
 * expire before use, with the inputs of every figure. The shortage report keeps these figures in `stock_status`
 * (StockStatusStore); one point's status and other modules' figures are computed here directly.
 */
@Injectable()
export class StockStatusCalculator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every point and product in scope with its figures: pairs with any movement, stock levels or stock on its way. */
  async statuses(actor: AuthUser, filters: StatusFilters, at: Date): Promise<StockStatusResponse[]> {
    return (await this.compute(scopeOf(actor), filters, at)).map((computed) => computed.figures);
  }

  /** As `statuses`, of every point the filters name, whoever asks: for figures other modules need. */
  async statusesOfAnyPoint(filters: StatusFilters, at: Date): Promise<StockStatusResponse[]> {
    return (await this.compute(EVERY_POINT, filters, at)).map((computed) => computed.figures);
  }

  /**
   * The figures computed from the maintained aggregates (never the ledger), each with the instant it stops being
   * true by the passage of time alone: the end of the point's local day. `queryable` runs the SQL (a transaction's
   * manager, or the data source).
   */
  async compute(scope: PointScopeCondition, filters: StatusFilters, at: Date, queryable: Queryable = this.dataSource): Promise<ComputedStatus[]> {
    const pointParams: unknown[] = [];
    const pointConditions = ['p.active', scope({ pointId: 'p.id', regencyCode: 'p.regency_code' }, pointParams)];
    const params: unknown[] = [at, this.config.amcMonths];
    const productConditions = ['pd.active', 'NOT (pd.restricted AND NOT w.may_hold_restricted)'];
    const add = (list: string[], listParams: unknown[], condition: string, value: unknown) => {
      if (value === undefined) return;
      listParams.push(value);
      list.push(condition.replace('?', `$${listParams.length}`));
    };
    add(pointConditions, pointParams, 'p.regency_code = ?', filters.regencyCode);
    add(pointConditions, pointParams, 'p.regency_code = ANY(?::text[])', filters.regencyCodes);
    add(pointConditions, pointParams, 'p.id = ?', filters.pointId);
    add(pointConditions, pointParams, 'p.id = ANY(?::uuid[])', filters.pointIds);
    // The points first, then every aggregate read by `point_id = ANY(...)`: the planner then reads only their rows
    // through the indexes instead of hashing whole tables (4x faster for a few hundred points at national scale).
    const pointIds: string[] = (await queryable.query(`SELECT p.id FROM points p WHERE ${pointConditions.join(' AND ')}`, pointParams)).map(
      (row: { id: string }) => row.id,
    );
    if (pointIds.length === 0) return [];
    params.push(pointIds, JSON.stringify(DEFAULT_PRODUCT_CATEGORIES));
    // Every aggregate is read for the wanted pairs only: a point's one changed product costs a fraction of its ~30.
    const wanted = pairCondition(filters.pairs, params);
    // The listed pairs once more, for reading each one's consumption by key (cons below).
    params.push((filters.pairs ?? []).map((pair) => pair.pointId), (filters.pairs ?? []).map((pair) => pair.productId));
    const [listedPoints, listedProducts] = [`$${params.length - 1}::uuid[]`, `$${params.length}::uuid[]`];
    // Jakarta's window start, one month early for every time zone ($1 the instant, $2 the AMC months).
    const earliestMonth = `(date_trunc('month', $1::timestamptz AT TIME ZONE 'Asia/Jakarta') - make_interval(months => $2::int + 1))::date`;
    add(productConditions, params, 'pd.id = ?', filters.productId);
    add(productConditions, params, 'pd.category = ?', filters.category);

    const rows: InputRow[] = await queryable.query(
      `WITH pts AS (
         SELECT p.id, p.code, p.name, p.type, p.regency_code, p.may_hold_restricted,
                ($1::timestamptz AT TIME ZONE pr.time_zone)::date AS today, pr.time_zone
           FROM points p JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
          WHERE p.id = ANY($3::uuid[])
       ),
       w AS (
         SELECT pts.*, date_trunc('month', today)::date AS window_end,
                (date_trunc('month', today) - make_interval(months => $2::int))::date AS window_start
           FROM pts
       ),
       transit AS (
         SELECT s.to_point_id AS point_id, sl.product_id, sl.quantity_sent
           FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id
          WHERE s.status = 'in_transit' AND s.to_point_id = ANY($3::uuid[]) AND ${wanted('s.to_point_id', 'sl.product_id')}
       ),
       -- What each point is expected to carry: its own stock levels, or else its type's default categories.
       expected AS (
         SELECT point_id, product_id FROM stock_levels WHERE point_id = ANY($3::uuid[]) AND ${wanted('point_id', 'product_id')}
         UNION ALL
         SELECT w.id, pd.id FROM w JOIN products pd ON pd.active
                AND pd.category IN (SELECT jsonb_array_elements_text($4::jsonb -> w.type::text))
          WHERE NOT EXISTS (SELECT 1 FROM stock_levels sl WHERE sl.point_id = w.id) AND ${wanted('w.id', 'pd.id')}
       ),
       pairs AS (
         SELECT point_id, product_id FROM stock_histories WHERE point_id = ANY($3::uuid[]) AND ${wanted('point_id', 'product_id')}
         UNION SELECT point_id, product_id FROM expected
         UNION SELECT point_id, product_id FROM transit
       ),
       -- Set-based, one pass per aggregate (correlated subqueries per pair were 3x slower at national scale).
       st AS (
         SELECT b.point_id, b.product_id, sum(b.quantity) FILTER (WHERE l.expiry_date >= w.today) AS usable,
                sum(b.quantity) FILTER (WHERE l.expiry_date < w.today) AS expired
           FROM stock_balances b JOIN w ON w.id = b.point_id JOIN lots l ON l.id = b.lot_id
          WHERE b.point_id = ANY($3::uuid[]) AND b.quantity > 0 AND ${wanted('b.point_id', 'b.product_id')} GROUP BY 1, 2
       ),
       -- Consumption since the first movement only matters when that is after the window's start (less history),
       -- and nothing is consumed before a pair's first movement: so months before the window are never needed.
       -- The constant bound (Jakarta's window start, one month early for every time zone) lets the index skip them.
       -- A listed pair's months are read by its key; read by point and filtered, a drain pass of 100 points read
       -- all ~25 products' months of each (10,000 rows from 7,800 table blocks, 134 ms nationally, for 484 rows).
       months AS (
         SELECT c.point_id, c.product_id, c.month, c.consumed
           FROM (SELECT DISTINCT * FROM unnest(${listedPoints}, ${listedProducts}) AS listed(point_id, product_id)) listed
           JOIN consumption_months c ON c.point_id = listed.point_id AND c.product_id = listed.product_id
          WHERE c.month >= ${earliestMonth}
         UNION ALL
         SELECT c.point_id, c.product_id, c.month, c.consumed
           FROM consumption_months c
          -- The points not listed, as one array the index can search (an "<> ALL" test was applied row by row).
          WHERE c.point_id = ANY(ARRAY(SELECT unnest($3::uuid[]) EXCEPT SELECT unnest(${listedPoints})))
            AND c.month >= ${earliestMonth}
       ),
       cons AS (
         SELECT m.point_id, m.product_id,
                sum(m.consumed) FILTER (WHERE m.month < w.window_end) AS window_consumed,
                sum(m.consumed) AS since_consumed
           FROM months m JOIN w ON w.id = m.point_id
          WHERE m.month >= w.window_start
          GROUP BY 1, 2
       ),
       so AS (
         SELECT sp.point_id, sp.product_id,
                sum(GREATEST(0, LEAST(COALESCE(sp.ended_on, w.today + 1), w.window_end) - GREATEST(sp.started_on, w.window_start))) AS window_days,
                sum(GREATEST(0, LEAST(COALESCE(sp.ended_on, w.today + 1), w.today + 1) - GREATEST(sp.started_on, h.first_movement_on))) AS since_days,
                bool_or(sp.ended_on IS NULL) AS open
           FROM stockout_periods sp JOIN w ON w.id = sp.point_id
           LEFT JOIN stock_histories h ON h.point_id = sp.point_id AND h.product_id = sp.product_id
          WHERE sp.point_id = ANY($3::uuid[]) AND ${wanted('sp.point_id', 'sp.product_id')}
          GROUP BY 1, 2
       ),
       tr AS (
         SELECT point_id, product_id, sum(quantity_sent) AS quantity FROM transit GROUP BY 1, 2
       )
       SELECT w.id AS point_id, w.code AS point_code, w.name AS point_name, w.type AS point_type, w.regency_code,
              to_char(w.today, 'YYYY-MM-DD') AS today, to_char(w.window_start, 'YYYY-MM-DD') AS window_start,
              to_char(w.window_end, 'YYYY-MM-DD') AS window_end,
              ((w.today + 1)::timestamp AT TIME ZONE w.time_zone) AS fresh_until,
              pd.id AS product_id, pd.code AS product_code, pd.category, pd.pack_size,
              to_char(h.first_movement_on, 'YYYY-MM-DD') AS first_movement_on,
              lv.min_months, lv.max_months, lv.expected_monthly_use,
              -- Sums as float8 (exact to 2^53): a sum of 32-bit quantities may not fit one.
              COALESCE(cons.window_consumed, 0)::float8 AS consumed_window, COALESCE(cons.since_consumed, 0)::float8 AS consumed_since,
              COALESCE(so.window_days, 0)::int AS stockout_window, COALESCE(so.since_days, 0)::int AS stockout_since,
              COALESCE(so.open, false) AS open_stockout,
              COALESCE(st.usable, 0)::float8 AS usable, COALESCE(st.expired, 0)::float8 AS expired, COALESCE(tr.quantity, 0)::float8 AS in_transit,
              EXISTS (SELECT 1 FROM expected e WHERE e.point_id = w.id AND e.product_id = pd.id) AS expected
         FROM pairs
         JOIN w ON w.id = pairs.point_id
         JOIN products pd ON pd.id = pairs.product_id
         LEFT JOIN stock_histories h ON h.point_id = w.id AND h.product_id = pd.id
         LEFT JOIN stock_levels lv ON lv.point_id = w.id AND lv.product_id = pd.id
         LEFT JOIN cons ON cons.point_id = w.id AND cons.product_id = pd.id
         LEFT JOIN so ON so.point_id = w.id AND so.product_id = pd.id
         LEFT JOIN st ON st.point_id = w.id AND st.product_id = pd.id
         LEFT JOIN tr ON tr.point_id = w.id AND tr.product_id = pd.id
        WHERE ${productConditions.join(' AND ')}
        ORDER BY w.regency_code, w.code, pd.code`,
      params,
    );
    if (rows.length === 0) return [];

    const lotParams: unknown[] = [at, [...new Set(rows.map((row) => row.point_id))]];
    const wantedLots = pairCondition(filters.pairs, lotParams);
    const lots: { point_id: string; product_id: string; lot_id: string; expiry_date: string; quantity: number }[] = await queryable.query(
      `SELECT b.point_id, b.product_id, b.lot_id, to_char(l.expiry_date, 'YYYY-MM-DD') AS expiry_date, b.quantity
         FROM stock_balances b JOIN lots l ON l.id = b.lot_id JOIN points p ON p.id = b.point_id
         JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
        WHERE b.point_id = ANY($2::uuid[]) AND ${wantedLots('b.point_id', 'b.product_id')} AND b.quantity > 0
          AND l.expiry_date >= ($1::timestamptz AT TIME ZONE pr.time_zone)::date`,
      lotParams,
    );
    const lotsByPair = new Map<string, { lotId: string; expiryDate: string; quantity: number }[]>();
    for (const lot of lots) {
      const key = `${lot.point_id}/${lot.product_id}`;
      let pairLots = lotsByPair.get(key);
      if (!pairLots) lotsByPair.set(key, (pairLots = []));
      pairLots.push({ lotId: lot.lot_id, expiryDate: lot.expiry_date, quantity: lot.quantity });
    }

    return mapYielding(rows, (row): ComputedStatus => {
      const defaults = DEFAULT_STOCK_LEVELS[row.point_type];
      const minMonths = row.min_months === null ? defaults.minMonths : Number(row.min_months);
      const maxMonths = row.max_months === null ? defaults.maxMonths : Number(row.max_months);
      const figures = stockStatus({
        today: row.today,
        windowStart: row.window_start,
        windowEnd: row.window_end,
        months: this.config.amcMonths,
        firstMovementOn: row.first_movement_on,
        consumedInWindow: row.consumed_window,
        stockoutDaysInWindow: row.stockout_window,
        consumedSinceFirstMovement: row.consumed_since,
        stockoutDaysSinceFirstMovement: row.stockout_since,
        expectedMonthlyUse: row.expected_monthly_use,
        usable: row.usable,
        inTransitInbound: row.in_transit,
        minMonths,
        maxMonths,
        packSize: row.pack_size,
        openStockout: row.open_stockout,
        minHistoryDays: this.config.minHistoryDays,
        typeDefaultMonthlyUse: DEFAULT_MONTHLY_USE[row.point_type][row.category as ProductCategory] ?? null,
        expected: row.expected,
      });
      const risk = quantityAtRisk(lotsByPair.get(`${row.point_id}/${row.product_id}`) ?? [], figures.amc.amc / DAYS_PER_MONTH, row.today);
      const response: StockStatusResponse = {
        pointId: row.point_id,
        pointCode: row.point_code,
        pointName: row.point_name,
        pointType: row.point_type,
        regencyCode: row.regency_code,
        today: row.today,
        productId: row.product_id,
        productCode: row.product_code,
        category: row.category,
        status: figures.status,
        usable: row.usable,
        expired: row.expired,
        inTransitInbound: row.in_transit,
        monthsOfStock: figures.monthsOfStock,
        minMonths,
        maxMonths,
        levelsSource: row.min_months === null ? ('default' as const) : ('point' as const),
        expectedMonthlyUse: row.expected_monthly_use,
        amc: figures.amc,
        suggestedQuantity: figures.suggestedQuantity,
        packSize: row.pack_size,
        quantityExpiringBeforeUse: [...risk.values()].reduce((sum, quantity) => sum + quantity, 0),
      };
      return { figures: response, freshUntil: row.fresh_until };
    });
  }
}
