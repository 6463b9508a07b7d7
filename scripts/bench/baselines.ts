/**
 * Baselines measured in the same run as the figures they are compared with:
 * - one movement's statements as the application sends them (auth lookup, point lookup, the posting transaction with
 *   its after-steps), sent by the production classes themselves over the `pg` driver directly;
 * - the shortage report computed naively from the ledger (sums over ledger_lines instead of the maintained
 *   aggregates), finished with the application's own pure functions so the answer is the same;
 * - the expiry scan's condition query alone (without reconciling alerts).
 * The movement path imports its statements from src/; the naive report and the scan count are baselines of their own.
 */
import { randomUUID } from 'node:crypto';
import { Pool, PoolClient } from 'pg';
import { DEFAULT_EXPIRY_WARNING_DAYS } from '../../src/products/product-categories';
import { DEFAULT_STOCK_LEVELS } from '../../src/shortages/stock-levels.defaults';
import { DAYS_PER_MONTH, stockStatus } from '../../src/shortages/stock-status';
import { quantityAtRisk } from '../../src/stock/expiry-risk';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../../src/alerts/alerts.service';
import { loadConfig } from '../../src/config/app-config';
import { PointsService } from '../../src/points/points.service';
import { ExpiryAlertTracker } from '../../src/stock/expiry-alerts';
import { figuresOf } from '../../src/stock/posting/figures';
import { LedgerStore } from '../../src/stock/posting/ledger-store';
import { StockoutTracker } from '../../src/stock/stockout-tracker';
import { UsersService } from '../../src/users/users.service';

export interface MovementTarget {
  pointId: string;
  productId: string;
  lotId: string;
}

/** What the benchmark's direct path needs of TypeORM: `query` answering rows, over one pg client or the pool. */
function rowsOf(runner: Pool | PoolClient): EntityManager & DataSource {
  return { query: async (sql: string, params?: unknown[]) => (await runner.query(sql, params)).rows } as unknown as EntityManager & DataSource;
}

/**
 * The production classes whose statements one movement sends, built without Nest: each reads only what is given here
 * (the SQL is theirs, imported, not copied). StockoutNotices is left out: it writes only when a movement empties a
 * point, which the benchmark's targets (lots holding at least 30) never do.
 */
function directPath(pool: Pool) {
  const db = rowsOf(pool);
  const unused = undefined as never;
  const alerts = new AlertsService(db, unused);
  return {
    users: new UsersService(db, unused, unused, unused, unused),
    points: new PointsService(db, unused, unused, unused, unused),
    store: new LedgerStore(loadConfig({})),
    afterSteps: [new StockoutTracker(alerts), new ExpiryAlertTracker(alerts)],
  };
}
let direct: ReturnType<typeof directPath> | undefined;

/**
 * One distribution (every line naming its lot) through the statements of POST /points/{id}/movements, sent by the
 * same production code (UsersService, PointsService, LedgerStore, the after-steps) over the `pg` driver directly:
 * what the application sends to PostgreSQL for it, without Nest/TypeORM/HTTP and without the request checks around it.
 */
export async function movementBySql(pool: Pool, userId: string, lines: MovementTarget[]): Promise<void> {
  direct ??= directPath(pool);
  const { users, points, store, afterSteps } = direct;
  await users.findForAuthentication(userId);
  const point = (await points.findStockPoint(lines[0].pointId))!;
  const id = randomUUID();
  const occurredAt = new Date();
  const client: PoolClient = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    const manager = rowsOf(client);
    await store.claimMovement(manager, {
      id, point, type: 'distribution', occurredAt, recordedBy: userId, requestHash: randomUUID().replace(/-/g, '').repeat(2),
    });
    const productIds = lines.map((line) => line.productId);
    await store.loadProducts(manager, productIds);
    const stock = await store.lockStock(manager, point.id, productIds, occurredAt);
    const figures = figuresOf('distribution', occurredAt, point);
    const posted = lines.map((line) => {
      const held = stock.find((entry) => entry.lotId === line.lotId)!;
      held.quantity -= 1;
      return { productId: line.productId, lotId: line.lotId, quantity: -1, figures };
    });
    await store.insertLines(manager, id, point, occurredAt, posted);
    await store.assertDailyLimit(manager, point, occurredAt, posted);
    const states = await store.productStates(manager, point, posted);
    for (const step of afterSteps) await step.run(manager, { point, occurredAt, lines: posted, states });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The shortage report, naively from the ledger

interface NaiveRow {
  point_id: string;
  point_code: string;
  point_type: keyof typeof DEFAULT_STOCK_LEVELS;
  regency_code: string;
  today: string;
  window_start: string;
  window_end: string;
  product_id: string;
  product_code: string;
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
  lots: [string, string, number][] | null;
}

/**
 * The same inputs as ShortagesService.statuses, but summed from ledger_lines (balances, consumption per month, first
 * movement) instead of read from stock_balances, consumption_months and stock_histories. Stock-out days still come
 * from stockout_periods: they are not a sum over the ledger (a lot can expire on the shelf).
 */
const NAIVE_SQL = `
WITH pts AS (
  SELECT p.id, p.code, p.type, p.regency_code, p.may_hold_restricted, pr.time_zone,
         ($1::timestamptz AT TIME ZONE pr.time_zone)::date AS today
    FROM points p JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
   WHERE p.active AND ($3::text IS NULL OR p.regency_code = $3)
), w AS (
  SELECT pts.*, date_trunc('month', today)::date AS window_end,
         (date_trunc('month', today) - make_interval(months => $2::int))::date AS window_start
    FROM pts
), g AS MATERIALIZED (
  SELECT ll.point_id, ll.product_id, ll.lot_id, ll.consumed_in IS NOT NULL AS consumption, ll.consumed_in AS month,
         sum(ll.quantity) AS quantity, min((ll.occurred_at AT TIME ZONE w.time_zone)::date) AS first_day
    FROM ledger_lines ll
    JOIN w ON w.id = ll.point_id
   WHERE ll.account = 'stock'
   GROUP BY 1, 2, 3, 4, 5
), firsts AS (
  SELECT point_id, product_id, min(first_day) AS first_movement_on FROM g GROUP BY 1, 2
), monthly AS (
  SELECT point_id, product_id, month, -sum(quantity) AS consumed FROM g WHERE consumption GROUP BY 1, 2, 3
), cw AS (
  SELECT c.point_id, c.product_id, sum(c.consumed) AS consumed FROM monthly c JOIN w ON w.id = c.point_id
   WHERE c.month >= w.window_start AND c.month < w.window_end GROUP BY 1, 2
), cs AS (
  SELECT c.point_id, c.product_id, sum(c.consumed) AS consumed FROM monthly c JOIN firsts f USING (point_id, product_id)
   WHERE c.month >= date_trunc('month', f.first_movement_on) GROUP BY 1, 2
), st AS (
  SELECT b.point_id, b.product_id, sum(b.quantity) FILTER (WHERE l.expiry_date >= w.today) AS usable,
         sum(b.quantity) FILTER (WHERE l.expiry_date < w.today) AS expired,
         jsonb_agg(jsonb_build_array(b.lot_id, to_char(l.expiry_date, 'YYYY-MM-DD'), b.quantity)) FILTER (WHERE b.quantity > 0 AND l.expiry_date >= w.today) AS lots
    FROM (SELECT point_id, product_id, lot_id, sum(quantity) AS quantity FROM g GROUP BY 1, 2, 3) b
    JOIN lots l ON l.id = b.lot_id JOIN w ON w.id = b.point_id
   GROUP BY 1, 2
), pairs AS (
  SELECT point_id, product_id FROM firsts
  UNION SELECT point_id, product_id FROM stock_levels WHERE point_id IN (SELECT id FROM pts)
  UNION SELECT s.to_point_id, sl.product_id FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id
         WHERE s.status = 'in_transit' AND s.to_point_id IN (SELECT id FROM pts)
)
SELECT w.id AS point_id, w.code AS point_code, w.type AS point_type, w.regency_code,
       to_char(w.today, 'YYYY-MM-DD') AS today, to_char(w.window_start, 'YYYY-MM-DD') AS window_start, to_char(w.window_end, 'YYYY-MM-DD') AS window_end,
       pd.id AS product_id, pd.code AS product_code, pd.pack_size, to_char(f.first_movement_on, 'YYYY-MM-DD') AS first_movement_on,
       lv.min_months, lv.max_months, lv.expected_monthly_use,
       COALESCE(cw.consumed, 0)::int AS consumed_window, COALESCE(cs.consumed, 0)::int AS consumed_since,
       COALESCE(so.window_days, 0)::int AS stockout_window, COALESCE(so.since_days, 0)::int AS stockout_since, COALESCE(so.open, false) AS open_stockout,
       COALESCE(st.usable, 0)::int AS usable, COALESCE(st.expired, 0)::int AS expired, COALESCE(tr.quantity, 0)::int AS in_transit, st.lots
  FROM pairs
  JOIN w ON w.id = pairs.point_id
  JOIN products pd ON pd.id = pairs.product_id
  LEFT JOIN firsts f ON f.point_id = w.id AND f.product_id = pd.id
  LEFT JOIN stock_levels lv ON lv.point_id = w.id AND lv.product_id = pd.id
  LEFT JOIN cw ON cw.point_id = w.id AND cw.product_id = pd.id
  LEFT JOIN cs ON cs.point_id = w.id AND cs.product_id = pd.id
  LEFT JOIN st ON st.point_id = w.id AND st.product_id = pd.id
  LEFT JOIN LATERAL (
    SELECT sum(GREATEST(0, LEAST(COALESCE(sp.ended_on, w.today + 1), w.window_end) - GREATEST(sp.started_on, w.window_start))) AS window_days,
           sum(GREATEST(0, LEAST(COALESCE(sp.ended_on, w.today + 1), w.today + 1) - GREATEST(sp.started_on, f.first_movement_on))) AS since_days,
           bool_or(sp.ended_on IS NULL) AS open
      FROM stockout_periods sp WHERE sp.point_id = w.id AND sp.product_id = pd.id) so ON true
  LEFT JOIN LATERAL (
    SELECT sum(sl.quantity_sent) AS quantity FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id
     WHERE s.to_point_id = w.id AND s.status = 'in_transit' AND sl.product_id = pd.id) tr ON true
 WHERE pd.active AND NOT (pd.restricted AND NOT w.may_hold_restricted)
 ORDER BY w.regency_code, w.code, pd.code`;

export interface ReportRow {
  pointId: string;
  productId: string;
  productCode: string;
  status: string;
  usable: number;
  expired: number;
  consumed: number;
  suggestedQuantity: number;
  quantityExpiringBeforeUse: number;
}

/** The shortage report (rows, summary per product, the first page) computed from the ledger. */
export async function naiveShortageReport(pool: Pool, regencyCode: string | null, amcMonths = 3, at = new Date()) {
  const { rows } = await pool.query<NaiveRow>(NAIVE_SQL, [at, amcMonths, regencyCode]);
  const items: ReportRow[] = rows.map((row) => {
    const defaults = DEFAULT_STOCK_LEVELS[row.point_type];
    const minMonths = row.min_months === null ? defaults.minMonths : Number(row.min_months);
    const maxMonths = row.max_months === null ? defaults.maxMonths : Number(row.max_months);
    const figures = stockStatus({
      today: row.today,
      windowStart: row.window_start,
      windowEnd: row.window_end,
      months: amcMonths,
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
      // The baseline times the ledger reads and the formula; point-type defaults do not change its cost.
      minHistoryDays: 30,
      typeDefaultMonthlyUse: null,
      expected: false,
    });
    const lots = (row.lots ?? []).map(([lotId, expiryDate, quantity]) => ({ lotId, expiryDate, quantity: Number(quantity) }));
    const risk = quantityAtRisk(lots, figures.amc.amc / DAYS_PER_MONTH, row.today);
    return {
      pointId: row.point_id,
      productId: row.product_id,
      productCode: row.product_code,
      status: figures.status,
      usable: row.usable,
      expired: row.expired,
      consumed: figures.amc.consumed,
      suggestedQuantity: figures.suggestedQuantity,
      quantityExpiringBeforeUse: [...risk.values()].reduce((sum, quantity) => sum + quantity, 0),
    };
  });
  const summary = new Map<string, { productCode: string; points: number; pointsOutOfStock: number; pointsBelowMin: number; totalSuggested: number }>();
  for (const row of items) {
    const entry = summary.get(row.productId) ?? { productCode: row.productCode, points: 0, pointsOutOfStock: 0, pointsBelowMin: 0, totalSuggested: 0 };
    entry.points += 1;
    if (row.status === 'stockout') entry.pointsOutOfStock += 1;
    if (row.status === 'below_min') entry.pointsBelowMin += 1;
    entry.totalSuggested += row.suggestedQuantity;
    summary.set(row.productId, entry);
  }
  return { items, firstPage: items.slice(0, 50), total: items.length, summary: [...summary.values()] };
}

// ---------------------------------------------------------------------------------------------------------------
// The expiry scan's conditions (src/expiries/expiries.service.ts: lotStockSql + SCAN_CONDITIONS_SQL, copied), computed
// in full (details included) but only counted: the scan without reconciling alerts.

export const SCAN_CONDITIONS_COUNT_SQL = `
  WITH lot_stock AS (
    SELECT b.point_id, p.code AS point_code, p.name AS point_name, p.regency_code, b.product_id, pd.code AS product_code,
           pd.restricted, pd.superseded_by_product_id, b.lot_id, l.lot_number, l.expiry_date, l.funding_source, l.donor_name,
           b.quantity, ($1::timestamptz AT TIME ZONE pr.time_zone)::date AS today,
           (l.expiry_date - ($1::timestamptz AT TIME ZONE pr.time_zone)::date) AS days_left,
           ARRAY(SELECT w FROM unnest(COALESCE(pd.expiry_warning_days,
                   ARRAY(SELECT jsonb_array_elements_text($2::jsonb -> pd.category)::int))) AS w ORDER BY w) AS windows
      FROM stock_balances b
      JOIN lots l ON l.id = b.lot_id
      JOIN points p ON p.id = b.point_id
      JOIN regencies r ON r.code = p.regency_code
      JOIN provinces pr ON pr.code = r.province_code
      JOIN products pd ON pd.id = b.product_id
     WHERE b.quantity > 0 AND TRUE)
  SELECT count(*)::int AS conditions, sum(octet_length(c.details::text))::bigint AS detail_bytes FROM (
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
     GROUP BY ls.point_id, ls.product_id, ls.superseded_by_product_id) c`;

export const scanParams = (at: Date) => [at, JSON.stringify(DEFAULT_EXPIRY_WARNING_DAYS)];
