import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { provinceOf } from '../common/transforms';
import { DomainError } from '../common/problem/problem';
import { isDatabaseDown } from '../common/problem/problem-details.filter';
import { AuthUser } from '../access/roles';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ShortageSummary, StockStatusResponse } from './dto/shortage.dto';
import { DEFAULT_MONTHLY_USE, DEFAULT_PRODUCT_CATEGORIES, DEFAULT_STOCK_LEVELS } from './stock-levels.defaults';
import { ComputedStatus, EVERY_POINT, PointScopeCondition, Queryable, scopeOf, StockStatusCalculator } from './stock-status.calculator';
import { AMC_CONFIDENCE, AmcMethod, STOCK_STATUS_FORMULA } from './stock-status';
import { refreshLotExpiryStatus } from '../stock/expiry-risk';
import { pairCondition, PointProduct } from './point-products';

/** Points recomputed per transaction: bounds the memory of a refresh and how long a reader may wait for one. */
const REFRESH_CHUNK = 100;
/** The orders a page may be read in; each ends with the report order so pages never overlap. */
const REPORT_ORDER = 's.regency_code, s.point_code, s.product_code';
const PAGE_ORDER: Record<NonNullable<StoredStatusFilters['sort']>, string> = {
  point: REPORT_ORDER,
  monthsOfStock: `s.months_of_stock ASC NULLS LAST, ${REPORT_ORDER}`,
  suggestedQuantity: `s.suggested_quantity DESC, ${REPORT_ORDER}`,
};
/** Rows read per query while streaming the CSV export. */
const STREAM_PAGE = 250;

/**
 * The one description of a kept row: each stored column's name, PostgreSQL type, where its value comes from when it is
 * computed, and where it goes in the response (`amc.` for the AMC object; none for bookkeeping). Reading a row back
 * builds the response shape in SQL from it; only the point's name and type are joined, and the AMC's confidence
 * follows from its method.
 */
const STORED_COLUMNS: [string, string, (computed: ComputedStatus) => unknown, string?][] = [
  ['point_id', 'uuid', ({ figures }) => figures.pointId, 'pointId'],
  ['product_id', 'uuid', ({ figures }) => figures.productId, 'productId'],
  ['regency_code', 'text', ({ figures }) => figures.regencyCode, 'regencyCode'],
  ['point_code', 'text', ({ figures }) => figures.pointCode, 'pointCode'],
  ['product_code', 'text', ({ figures }) => figures.productCode, 'productCode'],
  ['category', 'text', ({ figures }) => figures.category, 'category'],
  ['as_of', 'date', ({ figures }) => figures.today, 'today'],
  ['fresh_until', 'timestamptz', ({ freshUntil }) => freshUntil],
  ['status', 'text', ({ figures }) => figures.status, 'status'],
  ['usable', 'bigint', ({ figures }) => figures.usable, 'usable'],
  ['expired', 'bigint', ({ figures }) => figures.expired, 'expired'],
  ['in_transit', 'bigint', ({ figures }) => figures.inTransitInbound, 'inTransitInbound'],
  ['months_of_stock', 'float8', ({ figures }) => figures.monthsOfStock, 'monthsOfStock'],
  ['min_months', 'float8', ({ figures }) => figures.minMonths, 'minMonths'],
  ['max_months', 'float8', ({ figures }) => figures.maxMonths, 'maxMonths'],
  ['levels_source', 'text', ({ figures }) => figures.levelsSource, 'levelsSource'],
  ['expected_monthly_use', 'int', ({ figures }) => figures.expectedMonthlyUse, 'expectedMonthlyUse'],
  ['amc_method', 'text', ({ figures }) => figures.amc.method, 'amc.method'],
  ['amc', 'float8', ({ figures }) => figures.amc.amc, 'amc.amc'],
  ['amc_consumed', 'bigint', ({ figures }) => figures.amc.consumed, 'amc.consumed'],
  ['amc_days', 'int', ({ figures }) => figures.amc.days, 'amc.days'],
  ['amc_stockout_days', 'int', ({ figures }) => figures.amc.stockoutDays, 'amc.stockoutDays'],
  ['amc_stockout_adjustment', 'float8', ({ figures }) => figures.amc.stockoutAdjustment, 'amc.stockoutAdjustment'],
  ['amc_period_start', 'date', ({ figures }) => figures.amc.periodStart, 'amc.periodStart'],
  ['amc_period_end', 'date', ({ figures }) => figures.amc.periodEnd, 'amc.periodEnd'],
  ['suggested_quantity', 'bigint', ({ figures }) => figures.suggestedQuantity, 'suggestedQuantity'],
  ['pack_size', 'int', ({ figures }) => figures.packSize, 'packSize'],
  ['quantity_expiring', 'bigint', ({ figures }) => figures.quantityExpiringBeforeUse, 'quantityExpiringBeforeUse'],
];

/** A stored column as the response reads it: dates as text, bigint quantities as float8 (a JavaScript number, exact to 2^53). */
const readValue = (name: string, type: string) =>
  type === 'date' ? `to_char(s.${name}, 'YYYY-MM-DD')` : type === 'bigint' ? `s.${name}::float8` : `s.${name}`;
const AMC_FIELDS = STORED_COLUMNS.filter(([, , , key]) => key?.startsWith('amc.'));
const READ_COLUMNS = [
  ...STORED_COLUMNS.filter(([, , , key]) => key && !key.startsWith('amc.')).map(([name, type, , key]) => `${readValue(name, type)} AS "${key}"`),
  `json_build_object(${AMC_FIELDS.map(([name, type, , key]) => `'${key!.slice(4)}', ${readValue(name, type)}`).join(', ')}) AS amc`,
  'p.name AS "pointName"',
  'p.type AS "pointType"',
].join(', ');

const toResponse = (row: StockStatusResponse): StockStatusResponse => ({
  ...row,
  amc: { ...row.amc, confidence: AMC_CONFIDENCE[row.amc.method as AmcMethod] },
});

export interface StoredStatusFilters {
  regencyCode?: string;
  provinceCode?: string;
  pointType?: string;
  sort?: 'point' | 'monthsOfStock' | 'suggestedQuantity';
  status?: string;
  category?: string;
  productId?: string;
}

/** What a reader of the kept figures learns before it reads (StockStatusStore.prepareRead). */
export interface PreparedRead {
  pendingPoints: number;
  recomputedPoints: number;
  /** Set when figures were just recomputed on the primary: the time a replica must be fresh as of to show them. */
  readAfter?: number;
}

export interface RefreshResult {
  points: number;
  rows: number;
  /** Points whose figures could not be recomputed (logged; they stay queued). */
  failedPoints: number;
  durationMs: number;
}

/** Errors of one point's data, as opposed to the database being down or the request out of time, which stop the whole refresh. */
function isolatable(error: unknown): boolean {
  if (error instanceof DomainError || isDatabaseDown(error)) return false;
  return !(error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '57014');
}

/**
 * `stock_status`: the shortage report's figures per point and product, kept current instead of computed per request
 * (see migrations/1795413600000-StockStatus.ts). Triggers queue a point in `stock_status_changes` whenever its inputs
 * change, with the product concerned when the change concerns one
 * (migrations/1795442200000-StockStatusChangesByProduct.ts); a row also goes stale when the point's local day ends.
 * StockStatusDrain recomputes queued and stale points in the background (`drain`), only the queued products of a point
 * when nothing else of it needs recomputing; a reader only reads (`prepareRead`), unless few points of its own scope
 * wait, which it recomputes first so that what was just recorded shows at once. Pages, sums and exports are plain
 * indexed SQL. The daily scan recomputes everything.
 */
@Injectable()
export class StockStatusStore implements OnApplicationBootstrap {
  private readonly logger = new Logger(StockStatusStore.name);
  /** What the stored figures depend on besides the data: the formula, AMC_MONTHS and the default stock levels. */
  readonly computedWith: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calculator: StockStatusCalculator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.computedWith = createHash('sha256')
      .update(JSON.stringify({
        formula: STOCK_STATUS_FORMULA,
        amcMonths: config.amcMonths,
        minHistoryDays: config.minHistoryDays,
        levels: DEFAULT_STOCK_LEVELS,
        products: DEFAULT_PRODUCT_CATEGORIES,
        use: DEFAULT_MONTHLY_USE,
      }))
      .digest('hex')
      .slice(0, 16);
  }

  /** Figures computed under another configuration or formula are stale: the next reader or scan recomputes them. */
  async onApplicationBootstrap(): Promise<void> {
    const [{ stale }] = await this.dataSource.query(
      `WITH s AS (UPDATE stock_status SET fresh_until = '-infinity' WHERE computed_with <> $1 RETURNING 1) SELECT count(*)::int AS stale FROM s`,
      [this.computedWith],
    );
    if (stale > 0) this.logger.log({ stale }, 'stock status figures were computed under another configuration; they will be recomputed');
  }

  /**
   * Before a reader reads the kept figures of the actor's scope (and `regencyCode`): with the background drain off,
   * recomputes every queued or stale point of the scope first; with it on, only when at most `readRefreshLimit` of
   * them wait (the figures of a point just recorded show at once), and otherwise leaves them to the drain. Answers how
   * many points of the scope still wait, so the reader can say its figures are being brought up to date. When it
   * recomputed something, `readAfter` is when that was committed: a read replica must hold it before the reader may
   * read there (ReadDatabase's `notBefore`).
   */
  async prepareRead(actor: AuthUser, regencyCode: string | undefined, at: Date): Promise<PreparedRead> {
    const { drainMs, readRefreshLimit } = this.config.stockStatus;
    const scope = scopeOf(actor);
    if (drainMs > 0) {
      const waiting = await this.pendingPoints(scope, regencyCode, at);
      if (waiting.length > readRefreshLimit) return { pendingPoints: waiting.length, recomputedPoints: 0 };
      if (waiting.length === 0) return { pendingPoints: 0, recomputedPoints: 0 };
    }
    const result = await this.refreshWhere(scope, regencyCode, at, {});
    return { pendingPoints: result.failedPoints, recomputedPoints: result.points, ...(result.points > 0 ? { readAfter: Date.now() } : {}) };
  }

  /**
   * The background drain's step: recomputes queued and stale points anywhere, a chunk per transaction, until none is
   * left or `stop()` says so (the service is shutting down).
   */
  async drain(at: Date, stop: () => boolean): Promise<RefreshResult> {
    return this.refreshWhere(EVERY_POINT, undefined, at, { stop });
  }

  /** The daily scan's refresh: every point, whether queued, stale or neither. */
  async refreshEveryPoint(at: Date): Promise<RefreshResult> {
    return this.refreshWhere(EVERY_POINT, undefined, at, { all: true });
  }

  /** The points of a scope that are queued or whose figures went stale before `at`. */
  private async pendingPoints(inScope: PointScopeCondition, regencyCode: string | undefined, at: Date, all = false): Promise<string[]> {
    const params: unknown[] = [];
    const scope = (pointId: string, regency: string) => {
      const conditions = [inScope({ pointId, regencyCode: regency }, params)];
      if (regencyCode !== undefined) {
        params.push(regencyCode);
        conditions.push(`${regency} = $${params.length}`);
      }
      return conditions.join(' AND ');
    };
    const stale = () => {
      if (all) return 'TRUE';
      params.push(at);
      return `s.fresh_until <= $${params.length}`;
    };
    const candidates = [
      `SELECT c.point_id FROM stock_status_changes c JOIN points p ON p.id = c.point_id WHERE ${scope('p.id', 'p.regency_code')}`,
      `SELECT s.point_id FROM stock_status s WHERE ${stale()} AND ${scope('s.point_id', 's.regency_code')}`,
    ];
    // With `all` (the daily scan), also points no longer active that still hold stock: they keep no status figures,
    // but their lots stay in the expiry report (lot_expiry_status), counted from today.
    if (all) {
      candidates.push(
        `SELECT p.id FROM points p WHERE (p.active OR EXISTS (SELECT 1 FROM stock_balances b WHERE b.point_id = p.id AND b.quantity > 0)) AND ${scope('p.id', 'p.regency_code')}`,
      );
    }
    return (await this.dataSource.query(candidates.join(' UNION '), params)).map((row: { point_id: string }) => row.point_id);
  }

  /**
   * Recomputes the points in scope (and `regencyCode`) that were queued or whose day ended before `at`; with `all`,
   * every point in scope. Chunks of points, one transaction each, one refresh at a time, so two refreshes never race
   * and a queued change is only dropped by the transaction that computed after it. `stop` ends it between chunks.
   */
  private async refreshWhere(
    inScope: PointScopeCondition,
    regencyCode: string | undefined,
    at: Date,
    options: { all?: boolean; stop?: () => boolean },
  ): Promise<RefreshResult> {
    const started = Date.now();
    const points = await this.pendingPoints(inScope, regencyCode, at, options.all ?? false);

    let rows = 0;
    let recomputed = 0;
    const failed: string[] = [];
    for (let i = 0; i < points.length && !options.stop?.(); i += REFRESH_CHUNK) {
      const chunk = points.slice(i, i + REFRESH_CHUNK);
      try {
        const done = await this.refreshPoints(chunk, at, options.all ?? false);
        recomputed += done.points;
        rows += done.rows;
      } catch (error) {
        if (!isolatable(error)) throw error;
        // One point whose figures cannot be computed or stored must not fail everyone's report or the daily scan:
        // its chunk is redone point by point, and a point that still fails keeps its queue entry (and its last
        // figures) and is logged, so it is recomputed once the cause is gone.
        for (const pointId of chunk) {
          try {
            const done = await this.refreshPoints([pointId], at, options.all ?? false);
            recomputed += done.points;
            rows += done.rows;
          } catch (pointError) {
            if (!isolatable(pointError)) throw pointError;
            failed.push(pointId);
            this.logger.error({ err: pointError, pointId }, 'the stock status of this point could not be recomputed; it stays queued');
          }
        }
      }
    }
    const result = { points: recomputed, rows, failedPoints: failed.length, durationMs: Date.now() - started };
    if (recomputed >= REFRESH_CHUNK) this.logger.log(result, 'stock status recomputed');
    return result;
  }

  /**
   * Recomputes, of `candidates`, what is queued or stale: a point queued for itself (a NULL product), with any stale
   * row, or with `all`, in full; a point queued only for some products, those products' rows and lots alone.
   */
  private async refreshPoints(candidates: string[], at: Date, all: boolean): Promise<{ points: number; rows: number }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('stock_status:refresh'))`);
      // Only the queue entries seen now are dropped: a change committed after this point stays queued.
      const changes: { id: string; point_id: string; product_id: string | null }[] = await manager.query(
        `SELECT id, point_id, product_id FROM stock_status_changes WHERE point_id = ANY($1::uuid[])`,
        [candidates],
      );
      // A reader that waited for another one's refresh recomputes only what is still queued or stale. A point with a
      // stale row is recomputed in full: its day ended for all of its products and lots, not only the queued ones.
      const whole = new Set(all ? candidates : changes.filter((change) => change.product_id === null).map((change) => change.point_id));
      if (!all) {
        const stale: { point_id: string }[] = await manager.query(
          `SELECT DISTINCT point_id FROM stock_status WHERE point_id = ANY($1::uuid[]) AND fresh_until <= $2`,
          [candidates, at],
        );
        for (const { point_id } of stale) whole.add(point_id);
      }
      const pairs = new Map<string, PointProduct>();
      for (const { point_id: pointId, product_id: productId } of changes) {
        if (productId !== null && !whole.has(pointId)) pairs.set(`${pointId}/${productId}`, { pointId, productId });
      }
      const pairList = [...pairs.values()];
      const partial = new Set(pairList.map((pair) => pair.pointId));
      const pointIds = candidates.filter((id) => whole.has(id) || partial.has(id));
      if (pointIds.length === 0) return { points: 0, rows: 0 };

      const computed = await this.calculator.compute(EVERY_POINT, { pointIds, pairs: pairList }, at, manager);
      const params: unknown[] = [pointIds];
      await manager.query(`DELETE FROM stock_status WHERE point_id = ANY($1::uuid[]) AND ${pairCondition(pairList, params)('point_id', 'product_id')}`, params);
      if (computed.length > 0) {
        const column = <T>(value: (computed: ComputedStatus) => T) => computed.map(value);
        await manager.query(
          `INSERT INTO stock_status (${STORED_COLUMNS.map(([name]) => name).join(', ')}, computed_with)
           SELECT *, $${STORED_COLUMNS.length + 1} FROM unnest(${STORED_COLUMNS.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ')})`,
          [...STORED_COLUMNS.map(([, , value]) => column(value)), this.computedWith],
        );
      }
      await refreshLotExpiryStatus(manager, pointIds, at, pairList);
      if (changes.length > 0) await manager.query(`DELETE FROM stock_status_changes WHERE id = ANY($1::bigint[])`, [changes.map((change) => change.id)]);
      return { points: pointIds.length, rows: computed.length };
    });
  }

  /** One page of rows in report order (regency, point code, product code), and the summary per product. */
  async page(db: Queryable, actor: AuthUser, filters: StoredStatusFilters, limit: number, offset: number): Promise<{ items: StockStatusResponse[]; summary: ShortageSummary[] }> {
    const { where, params } = this.conditions(actor, filters);
    const [items, summary] = await Promise.all([
      db.query(
        `SELECT ${READ_COLUMNS} FROM stock_status s JOIN points p ON p.id = s.point_id WHERE ${where}
          ORDER BY ${PAGE_ORDER[filters.sort ?? 'point']} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, limit, offset],
      ) as Promise<StockStatusResponse[]>,
      db.query(
        `SELECT s.product_id AS "productId", min(s.product_code) AS "productCode", count(*)::int AS points,
                (count(*) FILTER (WHERE s.status = 'stockout'))::int AS "pointsOutOfStock",
                (count(*) FILTER (WHERE s.status = 'below_min'))::int AS "pointsBelowMin",
                COALESCE(sum(s.suggested_quantity), 0)::float8 AS "totalSuggested"
           FROM stock_status s JOIN points p ON p.id = s.point_id WHERE ${where}
          GROUP BY s.product_id ORDER BY 2`,
        params,
      ) as Promise<ShortageSummary[]>,
    ]);
    return { items: items.map(toResponse), summary };
  }

  /** Every matching row in report order, a page of rows at a time (for streaming exports). */
  async *all(db: Queryable, actor: AuthUser, filters: StoredStatusFilters, pageSize = STREAM_PAGE): AsyncGenerator<StockStatusResponse[]> {
    let after: [string, string, string] | undefined;
    for (;;) {
      const { where, params } = this.conditions(actor, filters);
      let keyset = '';
      if (after) {
        params.push(...after);
        keyset = ` AND (s.regency_code, s.point_code, s.product_code) > ($${params.length - 2}, $${params.length - 1}, $${params.length})`;
      }
      const rows: StockStatusResponse[] = await db.query(
        `SELECT ${READ_COLUMNS} FROM stock_status s JOIN points p ON p.id = s.point_id WHERE ${where}${keyset}
          ORDER BY s.regency_code, s.point_code, s.product_code LIMIT ${pageSize}`,
        params,
      );
      if (rows.length === 0) return;
      yield rows.map(toResponse);
      const last = rows[rows.length - 1];
      after = [last.regencyCode, last.pointCode, last.productCode];
      if (rows.length < pageSize) return;
    }
  }

  private conditions(actor: AuthUser, filters: StoredStatusFilters): { where: string; params: unknown[] } {
    const params: unknown[] = [];
    const conditions = [new AccessScope(actor).pointCondition({ pointId: 's.point_id', regencyCode: 's.regency_code' }, params)];
    const add = (column: string, value: string | undefined) => {
      if (value === undefined) return;
      params.push(value);
      conditions.push(`${column} = $${params.length}`);
    };
    add('s.regency_code', filters.regencyCode);
    add(provinceOf('s.regency_code'), filters.provinceCode);
    add('p.type', filters.pointType);
    add('s.status', filters.status);
    add('s.category', filters.category);
    add('s.product_id', filters.productId);
    return { where: conditions.join(' AND '), params };
  }
}
