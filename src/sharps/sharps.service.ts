import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { DomainError } from '../common/problem/problem';
import { XlsxColumn } from '../common/xlsx';
import { PointsService } from '../points/points.service';
import { instantAt } from '../regions/local-time';
import { assertPeriod } from '../reports/period';
import { PostingCommand } from '../stock/posting/movement-rule';
import { PostingPipeline } from '../stock/posting/posting-pipeline';
import { requestHash } from '../stock/request-hash';
import { RecordSharpsRequest, ReturnsReport, ReturnsReportQuery, ReturnsRow, SharpsMovementPage, SharpsMovementResponse, SharpsQuery } from './dto/sharps.dto';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Used syringes and sharps containers (docs/needle-programme.md): returns, hand-overs for destruction and destructions
 * are movements posted through PostingPipeline to the sharps ledger (`sharps_lines`), never to stock; reading them
 * back per point; and the return-ratio report.
 */
@Injectable()
export class SharpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pipeline: PostingPipeline,
    private readonly points: PointsService,
  ) {}

  async record(actor: AuthUser, pointId: string, request: RecordSharpsRequest): Promise<{ movement: SharpsMovementResponse; replayed: boolean }> {
    const point = new AccessScope(actor).stockPointToRecord(await this.points.findStockPoint(pointId), pointId);
    const occurredAt = instantAt(request.occurredAt, point.timeZone);
    const base = { id: request.id, point, occurredAt, requestHash: requestHash({ kind: 'sharps', pointId, ...request, occurredAt }) };
    const command: PostingCommand<'sharps_return' | 'sharps_handover' | 'sharps_destruction'> =
      request.type === 'handover'
        ? { ...base, type: 'sharps_handover', input: { request, to: request.toPointId ? await this.points.findStockPoint(request.toPointId) : undefined } }
        : request.type === 'return'
          ? { ...base, type: 'sharps_return', input: request }
          : { ...base, type: 'sharps_destruction', input: request };
    const read = (manager: EntityManager) => this.movement(manager, request.id);
    const { answer, replayed } = await this.pipeline.post(actor, command, { replayed: read, posted: read });
    return { movement: answer, replayed };
  }

  /** The sharps movements that changed this point (its own, and hand-overs to it), newest first, and what it holds now. */
  async list(actor: AuthUser, pointId: string, query: SharpsQuery): Promise<SharpsMovementPage> {
    const point = new AccessScope(actor).visiblePoint(await this.points.findStockPoint(pointId), pointId);
    const params: unknown[] = [pointId];
    const conditions = ['sl.point_id = $1'];
    if (query.from) conditions.push(`sl.occurred_at >= $${params.push(instantAt(query.from, point.timeZone))}`);
    if (query.to) conditions.push(`sl.occurred_at < $${params.push(instantAt(query.to, point.timeZone))}`);
    const where = conditions.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(DISTINCT sl.movement_id)::int AS total FROM sharps_lines sl WHERE ${where}`, params);
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT sl.movement_id AS id FROM sharps_lines sl JOIN movements m ON m.id = sl.movement_id WHERE ${where}
        GROUP BY sl.movement_id, m.occurred_at, m.recorded_at ORDER BY m.occurred_at DESC, m.recorded_at DESC, sl.movement_id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    const items = await this.movements(this.dataSource, ids.map((row) => row.id));
    return { items, total, limit: query.limit, offset: query.offset, containersHeld: await this.held(this.dataSource, pointId) };
  }

  /**
   * Per point and local month: needle-syringe units distributed, syringes returned (and how many estimated), the return
   * ratio, and full containers returned, received, handed over and destroyed; then the same per regency.
   */
  async returnsReport(actor: AuthUser, query: ReturnsReportQuery): Promise<ReturnsReport> {
    assertPeriod(query);
    const scope = new AccessScope(actor);
    if (query.pointId) scope.visiblePoint(await this.points.findStockPoint(query.pointId), query.pointId);
    scope.assertRegencyFilter(query.regencyCode);
    scope.assertProvinceFilter(query.provinceCode);
    const params: unknown[] = [`${query.from}-01`, `${query.to}-01`];
    const conditions = [scope.pointCondition({ pointId: 'p.id', regencyCode: 'p.regency_code' }, params)];
    if (query.pointId) conditions.push(`p.id = $${params.push(query.pointId)}::uuid`);
    if (query.regencyCode) conditions.push(`p.regency_code = $${params.push(query.regencyCode)}`);
    if (query.provinceCode) conditions.push(`r.province_code = $${params.push(query.provinceCode)}`);
    const rows: (Omit<ReturnsRow, 'returnRatio'> & { pointId: string })[] = await this.dataSource.query(
      `
      WITH pts AS (
        SELECT p.id, p.code, p.regency_code, pr.time_zone,
               ($1::date)::timestamp AT TIME ZONE pr.time_zone AS start_at,
               ($2::date + interval '1 month')::timestamp AT TIME ZONE pr.time_zone AS end_at
          FROM points p JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
         WHERE ${conditions.join(' AND ')}
      ),
      -- Distribution to clients as decided when the line was posted (counts_as, consumed_in: the point's local month).
      distributed AS (
        SELECT ll.point_id, ll.consumed_in AS month, -SUM(ll.quantity)::int AS distributed
          FROM pts JOIN ledger_lines ll ON ll.point_id = pts.id
          JOIN products pd ON pd.id = ll.product_id AND pd.category = 'needle_syringe'
         WHERE ll.account = 'stock' AND ll.counts_as = 'distribution' AND ll.consumed_in BETWEEN $1::date AND $2::date
         GROUP BY ll.point_id, ll.consumed_in
      ),
      sharps AS (
        SELECT sl.point_id, date_trunc('month', sl.occurred_at AT TIME ZONE pts.time_zone)::date AS month,
               SUM(sl.syringes)::int AS returned,
               COALESCE(SUM(sl.syringes) FILTER (WHERE sl.syringes_estimated), 0)::int AS returned_estimated,
               COALESCE(SUM(sl.containers) FILTER (WHERE sl.counts_as = 'sharps_return'), 0)::int AS containers_returned,
               COALESCE(SUM(sl.containers) FILTER (WHERE sl.counts_as = 'sharps_handover' AND sl.containers > 0), 0)::int AS containers_received,
               COALESCE(-SUM(sl.containers) FILTER (WHERE sl.counts_as = 'sharps_handover' AND sl.containers < 0), 0)::int AS containers_handed_over,
               COALESCE(-SUM(sl.containers) FILTER (WHERE sl.counts_as = 'sharps_destruction'), 0)::int AS containers_destroyed
          FROM pts JOIN sharps_lines sl ON sl.point_id = pts.id AND sl.occurred_at >= pts.start_at AND sl.occurred_at < pts.end_at
         GROUP BY sl.point_id, 2
      )
      SELECT to_char(COALESCE(d.month, s.month), 'YYYY-MM') AS month, pts.regency_code AS "regencyCode", pts.id AS "pointId", pts.code AS "pointCode",
             COALESCE(d.distributed, 0) AS distributed, COALESCE(s.returned, 0) AS returned, COALESCE(s.returned_estimated, 0) AS "returnedEstimated",
             COALESCE(s.containers_returned, 0) AS "containersReturned", COALESCE(s.containers_received, 0) AS "containersReceived",
             COALESCE(s.containers_handed_over, 0) AS "containersHandedOver", COALESCE(s.containers_destroyed, 0) AS "containersDestroyed"
        FROM distributed d FULL JOIN sharps s ON s.point_id = d.point_id AND s.month = d.month
        JOIN pts ON pts.id = COALESCE(d.point_id, s.point_id)
       ORDER BY pts.regency_code, pts.code, 1`,
      params,
    );
    const items = rows.map((row) => withRatio(row));
    const regencies = new Map<string, ReturnsRow>();
    for (const row of items) {
      const key = `${row.regencyCode}|${row.month}`;
      const total = regencies.get(key) ?? { ...row, pointId: null, pointCode: null, distributed: 0, returned: 0, returnedEstimated: 0, containersReturned: 0, containersReceived: 0, containersHandedOver: 0, containersDestroyed: 0 };
      for (const field of SUMMED) total[field] += row[field];
      regencies.set(key, total);
    }
    return { from: query.from, to: query.to, items, regencies: [...regencies.values()].map((row) => withRatio(row)) };
  }

  private async movement(queryable: Queryable, id: string): Promise<SharpsMovementResponse> {
    const [movement] = await this.movements(queryable, [id]);
    if (!movement) throw new DomainError('MOVEMENT_NOT_FOUND', `There is no sharps movement ${id}.`);
    return movement;
  }

  /**
   * The movements `ids` with their sharps lines, in the given order. Only what never changes, so that a retry is
   * answered exactly as the first request was (what a point holds now is on the list).
   */
  private async movements(queryable: Queryable, ids: string[]): Promise<SharpsMovementResponse[]> {
    if (ids.length === 0) return [];
    const rows: SharpsMovementResponse[] = await queryable.query(
      `SELECT m.id, m.type, m.point_id AS "pointId", p.code AS "pointCode", m.occurred_at AS "occurredAt", m.recorded_at AS "recordedAt",
              u.username AS "recordedBy", m.reverses_movement_id AS "reversesMovementId",
              (SELECT json_agg(json_build_object('lineNo', sl.line_no, 'countsAs', sl.counts_as, 'pointId', sl.point_id, 'pointCode', lp.code,
                                                 'syringes', sl.syringes, 'syringesEstimated', sl.syringes_estimated, 'containers', sl.containers,
                                                 'destructionMethod', sl.destruction_method) ORDER BY sl.line_no)
                 FROM sharps_lines sl JOIN points lp ON lp.id = sl.point_id WHERE sl.movement_id = m.id) AS lines
         FROM movements m JOIN points p ON p.id = m.point_id JOIN users u ON u.id = m.recorded_by
        WHERE m.id = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM sharps_lines sl WHERE sl.movement_id = m.id)`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids
      .map((id) => byId.get(id))
      .filter((row): row is SharpsMovementResponse => row !== undefined)
      .map((row) => ({ ...row, occurredAt: new Date(row.occurredAt).toISOString(), recordedAt: new Date(row.recordedAt).toISOString() }));
  }

  private async held(queryable: Queryable, pointId: string): Promise<number> {
    const [row] = await queryable.query(`SELECT containers FROM sharps_holdings WHERE point_id = $1`, [pointId]);
    return row?.containers ?? 0;
  }
}

const SUMMED = ['distributed', 'returned', 'returnedEstimated', 'containersReturned', 'containersReceived', 'containersHandedOver', 'containersDestroyed'] as const;

function withRatio<T extends Omit<ReturnsRow, 'returnRatio'>>(row: T): ReturnsRow {
  return { ...row, returnRatio: row.distributed > 0 ? Math.round((row.returned / row.distributed) * 1000) / 1000 : null };
}

/** The export columns of the returns report, with Indonesian headers. */
export const RETURNS_EXPORT_COLUMNS: XlsxColumn<ReturnsRow>[] = [
  ['Bulan', (row) => row.month],
  ['Kode kab/kota', (row) => row.regencyCode],
  ['Kode titik', (row) => row.pointCode ?? 'JUMLAH'],
  ['Alat suntik dibagikan', (row) => row.distributed],
  ['Alat suntik bekas kembali', (row) => row.returned],
  ['Di antaranya perkiraan', (row) => row.returnedEstimated],
  ['Rasio pengembalian', (row) => row.returnRatio],
  ['Wadah penuh kembali', (row) => row.containersReturned],
  ['Wadah diterima', (row) => row.containersReceived],
  ['Wadah diserahkan', (row) => row.containersHandedOver],
  ['Wadah dimusnahkan', (row) => row.containersDestroyed],
];
