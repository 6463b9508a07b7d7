import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toCsv, UTF8_BOM } from '../common/csv';
import { toXlsx, XlsxColumn } from '../common/xlsx';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { PointsService } from '../points/points.service';
import { PointHistoryMonth, PointHistoryQuery, PointHistoryResponse, ShortageQuery, ShortageReport, StatusScanResult, StockoutPeriodResponse, StockStatusResponse } from './dto/shortage.dto';
import { Queryable, StockStatusCalculator } from './stock-status.calculator';
import { PreparedRead, StockStatusStore } from './stock-status.store';
import { ReadDatabase } from '../database/replicas/read-database';
import { belowMinDetailsSql, stockoutDetailsSql } from '../stock/stockout';

/**
 * Shortfalls: the regency and national report (from `stock_status`, kept current by StockStatusStore), one point's
 * status (computed directly), and the daily status scan that recomputes every figure, keeps stock-out periods in step
 * with the stock, and raises `below_min` and `stockout` alerts.
 */
@Injectable()
export class ShortagesService {
  private readonly logger = new Logger(ShortagesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
    private readonly points: PointsService,
    private readonly calculator: StockStatusCalculator,
    private readonly store: StockStatusStore,
    private readonly reads: ReadDatabase,
  ) {}

  async report(actor: AuthUser, query: ShortageQuery): Promise<ShortageReport> {
    new AccessScope(actor).assertRegencyFilter(query.regencyCode);
    new AccessScope(actor).assertProvinceFilter(query.provinceCode);
    const { pendingPoints, readAfter } = await this.store.prepareRead(actor, query.regencyCode, new Date());
    const { items, summary } = await this.reads.run(async (db) => {
      const page = await this.store.page(db, actor, query, query.limit, query.offset);
      await this.withKitComponents(db, page.items);
      return page;
    }, { notBefore: readAfter });
    return { items, total: summary.reduce((sum, product) => sum + product.points, 0), limit: query.limit, offset: query.offset, summary, pendingPoints };
  }

  /**
   * Kit rows say how the need could be met with components instead (docs/kits.md): each component's usable stock at
   * the point, what the suggestion comes to in components, and how many kits the point could assemble now.
   */
  private async withKitComponents(db: Queryable, items: StockStatusResponse[]): Promise<void> {
    if (items.length === 0) return;
    const rows: { pointId: string; kitProductId: string; productId: string; productCode: string; perKit: number; usable: number }[] = await db.query(
      `SELECT t.point_id AS "pointId", k.kit_product_id AS "kitProductId", k.component_product_id AS "productId", p.code AS "productCode", k.quantity AS "perKit",
              COALESCE((SELECT sum(b.quantity) FROM stock_balances b JOIN lots l ON l.id = b.lot_id
                         WHERE b.point_id = t.point_id AND b.product_id = k.component_product_id AND b.quantity > 0 AND l.expiry_date >= t.today::date), 0)::int AS usable
         FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(point_id, product_id, today)
         JOIN kit_components k ON k.kit_product_id = t.product_id JOIN products p ON p.id = k.component_product_id
        ORDER BY p.code`,
      [items.map((item) => item.pointId), items.map((item) => item.productId), items.map((item) => item.today)],
    );
    for (const item of items) {
      const components = rows.filter((row) => row.pointId === item.pointId && row.kitProductId === item.productId);
      if (components.length === 0) continue;
      item.kit = {
        assemblable: Math.min(...components.map((component) => Math.floor(component.usable / component.perKit))),
        components: components.map(({ productId, productCode, perKit, usable }) => ({ productId, productCode, perKit, usable, forSuggested: perKit * item.suggestedQuantity })),
      };
    }
  }

  /** Every matching row as CSV, streamed a page at a time; the figures are prepared (`prepareRead`) before the first byte. */
  async reportCsv(actor: AuthUser, query: ShortageQuery): Promise<Readable> {
    new AccessScope(actor).assertRegencyFilter(query.regencyCode);
    new AccessScope(actor).assertProvinceFilter(query.provinceCode);
    const { readAfter } = await this.store.prepareRead(actor, query.regencyCode, new Date());
    const rows = this.store.all(this.reads.pick({ notBefore: readAfter }), actor, query);
    return Readable.from(
      (async function* () {
        let header = true;
        if (query.separator === 'semicolon') yield UTF8_BOM;
        for await (const batch of rows) {
          yield toCsv(batch.map(csvRow), { header, columns: CSV_COLUMNS, separator: query.separator });
          header = false;
        }
        if (header) yield toCsv([], { header: true, columns: CSV_COLUMNS, separator: query.separator });
      })(),
    );
  }

  /**
   * What every reader of the kept figures does first (StockStatusStore.prepareRead): brings a small scope up to date,
   * leaves a large one to the background drain. Answers how many points of the scope still wait.
   */
  async prepareFigures(actor: AuthUser, regencyCode: string | undefined, at = new Date()): Promise<PreparedRead> {
    return this.store.prepareRead(actor, regencyCode, at);
  }

  /** A point's monthly consumption and month-end stock of one product, and its stock-out periods, for the charts. */
  /** Every matching row as an .xlsx workbook with Indonesian headers, streamed as it is read. */
  async reportXlsx(actor: AuthUser, query: ShortageQuery): Promise<Readable> {
    new AccessScope(actor).assertRegencyFilter(query.regencyCode);
    new AccessScope(actor).assertProvinceFilter(query.provinceCode);
    const { readAfter } = await this.store.prepareRead(actor, query.regencyCode, new Date());
    return toXlsx('Kekurangan stok', XLSX_COLUMNS, this.store.all(this.reads.pick({ notBefore: readAfter }), actor, query));
  }

  async pointHistory(actor: AuthUser, pointId: string, query: PointHistoryQuery): Promise<PointHistoryResponse> {
    const point = new AccessScope(actor).visiblePoint(await this.points.findStockPoint(pointId), pointId);
    const months: PointHistoryMonth[] = await this.dataSource.query(
      `WITH months AS (
         SELECT generate_series(date_trunc('month', (now() AT TIME ZONE $3)::date) - make_interval(months => $4::int - 1),
                                date_trunc('month', (now() AT TIME ZONE $3)::date), interval '1 month')::date AS month)
       SELECT to_char(m.month, 'YYYY-MM') AS month, COALESCE(c.consumed, 0)::int AS consumed,
              (SELECT COALESCE(sum(l.quantity), 0) FROM ledger_lines l
                WHERE l.point_id = $1 AND l.product_id = $2 AND l.account = 'stock' AND l.occurred_at < ((m.month + interval '1 month')::timestamp AT TIME ZONE $3))::float8 AS "closingStock"
         FROM months m LEFT JOIN consumption_months c ON c.point_id = $1 AND c.product_id = $2 AND c.month = m.month
        ORDER BY m.month`,
      [pointId, query.productId, point.timeZone, query.months],
    );
    const stockoutPeriods: StockoutPeriodResponse[] = await this.dataSource.query(
      `SELECT to_char(started_on, 'YYYY-MM-DD') AS "startedOn", to_char(ended_on, 'YYYY-MM-DD') AS "endedOn"
         FROM stockout_periods WHERE point_id = $1 AND product_id = $2 AND (ended_on IS NULL OR ended_on >= $3::date)
        ORDER BY started_on`,
      [pointId, query.productId, `${months[0].month}-01`],
    );
    return { pointId, productId: query.productId, months, stockoutPeriods };
  }

  async pointStatus(actor: AuthUser, pointId: string, category: string | undefined, at = new Date()): Promise<StockStatusResponse[]> {
    new AccessScope(actor).visiblePoint(await this.points.findStockPoint(pointId), pointId);
    return this.calculator.statuses(actor, { pointId, category }, at);
  }

  /**
   * The daily status check: recomputes every figure, opens stock-out periods that no movement showed (the last usable
   * lot expired on the shelf), closes those that ended, and reconciles `stockout` and `below_min` alerts for every
   * point.
   */
  async scan(at = new Date()): Promise<StatusScanResult> {
    const started = Date.now();
    await this.store.refreshEveryPoint(at);
    const result = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        // A product never stocked at the point has been out since the point opened.
        `INSERT INTO stockout_periods (point_id, product_id, started_on)
         SELECT s.point_id, s.product_id,
                CASE WHEN h.point_id IS NULL THEN LEAST(s.as_of, (p.created_at AT TIME ZONE pr.time_zone)::date) ELSE s.as_of END
           FROM stock_status s JOIN points p ON p.id = s.point_id JOIN regencies r ON r.code = p.regency_code
           JOIN provinces pr ON pr.code = r.province_code
           LEFT JOIN stock_histories h ON h.point_id = s.point_id AND h.product_id = s.product_id
          WHERE s.status = 'stockout'
         ON CONFLICT (point_id, product_id) WHERE ended_on IS NULL DO NOTHING`,
      );
      await manager.query(
        `UPDATE stockout_periods sp SET ended_on = GREATEST(sp.started_on, s.as_of)
           FROM stock_status s
          WHERE sp.point_id = s.point_id AND sp.product_id = s.product_id AND sp.ended_on IS NULL AND s.usable > 0`,
      );
      return this.alerts.reconcile(manager, {
        types: ['stockout', 'below_min'],
        conditionsSql: `SELECT 'stockout'::text AS type, s.point_id, s.product_id, NULL::uuid AS lot_id, NULL::uuid AS subject_id, 'critical'::text AS severity,
                               ${stockoutDetailsSql({ since: "to_char(sp.started_on, 'YYYY-MM-DD')", usable: 's.usable', amc: 's.amc', suggestedQuantity: 's.suggested_quantity' })} AS details
                          FROM stock_status s
                          JOIN stockout_periods sp ON sp.point_id = s.point_id AND sp.product_id = s.product_id AND sp.ended_on IS NULL
                         WHERE s.status = 'stockout'
                        UNION ALL
                        SELECT 'below_min', s.point_id, s.product_id, NULL, NULL, 'warning', ${belowMinDetailsSql('s')}
                          FROM stock_status s WHERE s.status = 'below_min'`,
        params: [],
        seenAt: at,
      });
    });
    const scan = { scannedAt: at.toISOString(), durationMs: Date.now() - started, ...result };
    this.logger.log({ ...scan }, 'stock status scan finished');
    return scan;
  }
}

/** The .xlsx export: what a Dinkes officer reads, in Indonesian, with the figures behind each row. */
const XLSX_COLUMNS: XlsxColumn<StockStatusResponse>[] = [
  ['Kode kab/kota', (row) => row.regencyCode],
  ['Kode titik', (row) => row.pointCode],
  ['Nama titik layanan', (row) => row.pointName],
  ['Jenis titik', (row) => row.pointType],
  ['Kode produk', (row) => row.productCode],
  ['Kategori', (row) => row.category],
  ['Status', (row) => STATUS_ID[row.status] ?? row.status],
  ['Stok bisa dipakai', (row) => row.usable],
  ['Kedaluwarsa di tangan', (row) => row.expired],
  ['Dalam perjalanan', (row) => row.inTransitInbound],
  ['Pemakaian rata-rata per bulan (AMC)', (row) => row.amc.amc],
  ['Dasar AMC', (row) => row.amc.method],
  ['Keyakinan AMC', (row) => row.amc.confidence],
  ['Dipakai dalam periode', (row) => row.amc.consumed],
  ['Hari dalam periode', (row) => row.amc.days],
  ['Hari stok kosong', (row) => row.amc.stockoutDays],
  ['Awal periode', (row) => (row.amc.periodStart as string | null) ?? null],
  ['Akhir periode (tidak termasuk)', (row) => (row.amc.periodEnd as string | null) ?? null],
  ['Cukup untuk (bulan)', (row) => row.monthsOfStock],
  ['Minimum (bulan)', (row) => row.minMonths],
  ['Maksimum (bulan)', (row) => row.maxMonths],
  ['Saran kirim', (row) => row.suggestedQuantity],
  ['Isi kemasan', (row) => row.packSize],
  ['Kedaluwarsa sebelum terpakai', (row) => row.quantityExpiringBeforeUse],
];
const STATUS_ID: Record<string, string> = { stockout: 'Habis', below_min: 'Di bawah minimum', ok: 'Cukup', above_max: 'Di atas maksimum', no_consumption: 'Tidak dipakai' };

/** The export's columns, in order, and where each value comes from. */
const CSV_FIELDS: [string, (row: StockStatusResponse) => unknown][] = [
  ['regencyCode', (row) => row.regencyCode],
  ['pointCode', (row) => row.pointCode],
  ['pointName', (row) => row.pointName],
  ['productCode', (row) => row.productCode],
  ['status', (row) => row.status],
  ['usable', (row) => row.usable],
  ['expired', (row) => row.expired],
  ['inTransitInbound', (row) => row.inTransitInbound],
  ['amc', (row) => row.amc.amc],
  ['amcMethod', (row) => row.amc.method],
  ['consumed', (row) => row.amc.consumed],
  ['days', (row) => row.amc.days],
  ['stockoutDays', (row) => row.amc.stockoutDays],
  ['stockoutAdjustment', (row) => row.amc.stockoutAdjustment],
  ['periodStart', (row) => row.amc.periodStart],
  ['periodEnd', (row) => row.amc.periodEnd],
  ['monthsOfStock', (row) => row.monthsOfStock],
  ['minMonths', (row) => row.minMonths],
  ['maxMonths', (row) => row.maxMonths],
  ['suggestedQuantity', (row) => row.suggestedQuantity],
  ['packSize', (row) => row.packSize],
  ['quantityExpiringBeforeUse', (row) => row.quantityExpiringBeforeUse],
  ['pointId', (row) => row.pointId],
  ['productId', (row) => row.productId],
];
const CSV_COLUMNS = CSV_FIELDS.map(([name]) => name);
const csvRow = (row: StockStatusResponse) => CSV_FIELDS.map(([, value]) => value(row));
