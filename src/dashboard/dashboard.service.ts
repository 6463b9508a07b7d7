import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { provinceOf } from '../common/transforms';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ShortagesService } from '../shortages/shortages.service';
import { DashboardArea, DashboardFigures, DashboardQuery, DashboardResponse } from './dto/dashboard.dto';
import { ReadDatabase } from '../database/replicas/read-database';

const EXPIRY_WINDOWS = [30, 60, 90];

const emptyFigures = (): DashboardFigures => ({
  points: 0,
  stockout: { points: 0, rows: 0 },
  belowMin: { points: 0, rows: 0 },
  aboveMax: { points: 0, rows: 0 },
  lotsExpiring30: 0,
  lotsExpiring60: 0,
  lotsExpiring90: 0,
  lotsExpired: 0,
  requestsWaiting: 0,
  shipmentsOverdue: 0,
  openAlerts: 0,
  openFlags: 0,
});

/**
 * The district workspace's first screen: how many points are out, low or over, what expires soon, what waits for a
 * decision, per area. Each figure is counted with the same conditions as the list it opens (GET /shortages,
 * /expiries, /resupply-requests, /alerts, /data-quality/flags with the same filters), so a count and its list never disagree.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ReadDatabase,
    private readonly shortages: ShortagesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async dashboard(actor: AuthUser, query: DashboardQuery, at = new Date()): Promise<DashboardResponse> {
    const scope = new AccessScope(actor);
    scope.assertRegencyFilter(query.regencyCode);
    const provinceCode = query.regencyCode ? query.regencyCode.slice(0, 2) : query.provinceCode;
    if (!query.regencyCode) scope.assertProvinceFilter(provinceCode);
    const level = query.regencyCode ? 'regency' : provinceCode ? 'province' : 'all';
    const areaLevel = level === 'regency' ? null : level === 'all' && actor.role === 'admin' ? 'province' : 'regency';

    // The shortage counts read the kept figures, prepared as the shortage list prepares them.
    const { pendingPoints, readAfter } = await this.shortages.prepareFigures(actor, query.regencyCode, at);

    const areaOf = (regencyColumn: string) => (areaLevel === 'province' ? provinceOf(regencyColumn) : areaLevel === 'regency' ? regencyColumn : `''`);
    const where = (pointColumn: string, regencyColumn: string, params: unknown[]) => {
      const conditions = [scope.pointCondition({ pointId: pointColumn, regencyCode: regencyColumn }, params)];
      if (query.regencyCode) {
        params.push(query.regencyCode);
        conditions.push(`${regencyColumn} = $${params.length}`);
      } else if (provinceCode) {
        params.push(provinceCode);
        conditions.push(`${provinceOf(regencyColumn)} = $${params.length}`);
      }
      return conditions.join(' AND ');
    };
    // Read where reports read (a replica fresh enough, else the primary), all figures from the same server.
    const [points, statuses, lots, requests, alerts, flags] = await this.reads.run((db) => {
      const grouped = async (sql: (params: unknown[]) => string, params: unknown[] = []): Promise<Record<string, unknown>[]> => db.query(sql(params), params);
      return Promise.all([
        grouped((params) => `SELECT ${areaOf('p.regency_code')} AS area, count(*)::int AS points FROM points p WHERE p.active AND ${where('p.id', 'p.regency_code', params)} GROUP BY 1`),
        grouped(
          (params) => `SELECT ${areaOf('s.regency_code')} AS area, s.status, count(DISTINCT s.point_id)::int AS points, count(*)::int AS rows
                         FROM stock_status s WHERE s.status IN ('stockout', 'below_min', 'above_max') AND ${where('s.point_id', 's.regency_code', params)}
                        GROUP BY 1, 2`,
        ),
        grouped(
          (params) => `SELECT ${areaOf('p.regency_code')} AS area,
                              ${EXPIRY_WINDOWS.map((days) => `(count(*) FILTER (WHERE d.days_left BETWEEN 0 AND ${days}))::int AS within_${days}`).join(', ')},
                              (count(*) FILTER (WHERE d.days_left < 0))::int AS expired
                         FROM (SELECT b.point_id, l.expiry_date - ($1::timestamptz AT TIME ZONE pr.time_zone)::date AS days_left
                                 FROM stock_balances b JOIN lots l ON l.id = b.lot_id JOIN points p ON p.id = b.point_id
                                 JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
                                WHERE b.quantity > 0 AND l.expiry_date <= ($1::timestamptz AT TIME ZONE pr.time_zone)::date + ${Math.max(...EXPIRY_WINDOWS)}) d
                         JOIN points p ON p.id = d.point_id
                        WHERE ${where('p.id', 'p.regency_code', params)} GROUP BY 1`,
          [at],
        ),
        grouped(
          (params) => `SELECT ${areaOf('p.regency_code')} AS area, count(*)::int AS waiting
                         FROM resupply_requests r JOIN points p ON p.id = r.point_id
                        WHERE r.status = 'submitted' AND ${where('r.point_id', 'p.regency_code', params)} GROUP BY 1`,
        ),
        grouped(
          (params) => `SELECT ${areaOf('p.regency_code')} AS area, count(*)::int AS open,
                              (count(*) FILTER (WHERE a.type = 'shipment_overdue'))::int AS shipments_overdue
                         FROM alerts a JOIN points p ON p.id = a.point_id
                        WHERE a.status = 'open' AND ${where('a.point_id', 'p.regency_code', params)} GROUP BY 1`,
        ),
        grouped(
          (params) => `SELECT ${areaOf('p.regency_code')} AS area, count(*)::int AS open
                         FROM data_quality_flags f JOIN points p ON p.id = f.point_id
                        WHERE f.reviewed_at IS NULL AND ${where('f.point_id', 'p.regency_code', params)} GROUP BY 1`,
        ),
      ]);
    }, { notBefore: readAfter });

    const byArea = new Map<string, DashboardFigures>();
    const figures = (area: unknown) => {
      let entry = byArea.get(area as string);
      if (!entry) byArea.set(area as string, (entry = emptyFigures()));
      return entry;
    };
    for (const row of points) figures(row.area).points = row.points as number;
    for (const row of statuses) {
      const key = row.status === 'stockout' ? 'stockout' : row.status === 'below_min' ? 'belowMin' : 'aboveMax';
      figures(row.area)[key] = { points: row.points as number, rows: row.rows as number };
    }
    for (const row of lots) {
      const entry = figures(row.area);
      entry.lotsExpiring30 = row.within_30 as number;
      entry.lotsExpiring60 = row.within_60 as number;
      entry.lotsExpiring90 = row.within_90 as number;
      entry.lotsExpired = row.expired as number;
    }
    for (const row of requests) figures(row.area).requestsWaiting = row.waiting as number;
    for (const row of flags) figures(row.area).openFlags = row.open as number;
    for (const row of alerts) {
      figures(row.area).openAlerts = row.open as number;
      figures(row.area).shipmentsOverdue = row.shipments_overdue as number;
    }

    const names = await this.areaNames(areaLevel, [...byArea.keys()], level === 'all' ? undefined : (query.regencyCode ?? provinceCode));
    const areas: DashboardArea[] = areaLevel
      ? [...byArea.entries()].map(([code, entry]) => ({ code, name: names.get(code) ?? code, ...entry })).sort((a, b) => a.code.localeCompare(b.code))
      : [];
    return {
      level,
      provinceCode: provinceCode ?? null,
      regencyCode: query.regencyCode ?? null,
      name: level === 'all' ? null : (names.get(query.regencyCode ?? provinceCode!) ?? null),
      ...sum([...byArea.values()]),
      areaLevel,
      areas,
      thresholds: {
        expiryWindowsDays: EXPIRY_WINDOWS,
        requestDecisionDays: this.config.overdue.decisionDays,
        shipmentTransitDays: this.config.overdue.transitDays,
      },
      asOf: at.toISOString(),
      pendingPoints,
    };
  }

  /** Names of the areas, and of the province or regency asked for. */
  private async areaNames(areaLevel: 'province' | 'regency' | null, codes: string[], own: string | undefined): Promise<Map<string, string>> {
    const provinces = [...(areaLevel === 'province' ? codes : []), ...(own && own.length === 2 ? [own] : [])];
    const regencies = [...(areaLevel === 'regency' ? codes : []), ...(own && own.length === 5 ? [own] : [])];
    const rows: { code: string; name: string }[] = await this.dataSource.query(
      `SELECT code, name FROM provinces WHERE code = ANY($1::text[]) UNION ALL SELECT code, name FROM regencies WHERE code = ANY($2::text[])`,
      [provinces, regencies],
    );
    return new Map(rows.map((row) => [row.code, row.name]));
  }
}

function sum(all: DashboardFigures[]): DashboardFigures {
  const total = emptyFigures();
  for (const entry of all) {
    for (const key of Object.keys(total) as (keyof DashboardFigures)[]) {
      const value = entry[key];
      if (typeof value === 'number') (total[key] as number) += value;
      else {
        const counted = total[key] as { points: number; rows: number };
        counted.points += value.points;
        counted.rows += value.rows;
      }
    }
  }
  return total;
}

