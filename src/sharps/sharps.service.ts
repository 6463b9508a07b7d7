import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { DomainError } from '../common/problem/problem';
import { PointsService } from '../points/points.service';
import { instantAt } from '../regions/local-time';
import { PostingCommand } from '../stock/posting/movement-rule';
import { PostingPipeline } from '../stock/posting/posting-pipeline';
import { requestHash } from '../stock/request-hash';
import { RecordSharpsRequest, SharpsMovementPage, SharpsMovementResponse, SharpsQuery } from './dto/sharps.dto';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Used syringes and sharps containers (docs/needle-programme.md): returns, hand-overs for destruction and destructions
 * are movements posted through PostingPipeline to the sharps ledger (`sharps_lines`), never to stock; reading them
 * back per point (the return ratio is in the programme report, src/programme).
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
