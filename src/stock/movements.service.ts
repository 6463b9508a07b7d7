import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { Page } from '../common/pagination';
import { DomainError } from '../common/problem/problem';
import { PointsService } from '../points/points.service';
import { MovementQuery, MovementResponse, RecordMovementRequest } from './dto/movement.dto';
import { SharpsLineResponse } from '../sharps/dto/sharps.dto';
import { MovementType } from './ledger-rules';
import { productNames } from './posting/line-planner';
import { PostingCommand } from './posting/movement-rule';
import { PostingPipeline } from './posting/posting-pipeline';
import { requestHash } from './request-hash';
import { instantAt } from '../regions/local-time';
import { pageOf, SqlConditions } from '../common/list-query';

type Queryable = Pick<EntityManager, 'query'>;

const MOVEMENT_COLUMNS = `
  m.id, m.type, m.point_id AS "pointId", pt.code AS "pointCode", pt.name AS "pointName", m.occurred_at AS "occurredAt", m.recorded_at AS "recordedAt",
  u.username AS "recordedBy", m.note, m.contacts, m.channel, m.contact_type AS "contactType", m.new_contacts AS "newContacts",
  m.above_cap_reason AS "aboveCapReason", m.naloxone_refill_reason AS "naloxoneRefillReason", m.overdose_reversals AS "overdoseReversals", m.source, m.reverses_movement_id AS "reversesMovementId",
  m.shipment_id AS "shipmentId"`;
const MOVEMENT_FROM = `movements m JOIN users u ON u.id = m.recorded_by JOIN points pt ON pt.id = m.point_id`;

/**
 * Movements at a point (receipts, distributions with FEFO, adjustments, stock counts, reversals): who may record them
 * here (AccessScope), then PostingPipeline with the rule of the type; and reading them back. The database re-checks the
 * rules that matter most (non-negative balances, one reversal per movement, append-only history).
 */
@Injectable()
export class MovementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pipeline: PostingPipeline,
    private readonly points: PointsService,
  ) {}

  /** `historyImport` is for the demo's history only: it may be dated beyond the backdating window. */
  async record(
    actor: AuthUser,
    pointId: string,
    request: RecordMovementRequest,
    options: { historyImport?: boolean } = {},
  ): Promise<{ movement: MovementResponse; replayed: boolean }> {
    const stockPoint = new AccessScope(actor).stockPointToRecord(await this.points.findStockPoint(pointId), pointId);
    const occurredAt = instantAt(request.occurredAt, stockPoint.timeZone);
    const command = {
      type: request.type,
      input: request,
      id: request.id,
      point: stockPoint,
      occurredAt,
      requestHash: requestHash({ kind: 'movement', pointId, ...request, occurredAt }),
      note: request.note,
      contacts: request.contacts,
      reach: { channel: request.channel, contactType: request.contactType, newContacts: request.newContacts, aboveCapReason: request.aboveCapReason,
        naloxoneRefillReason: request.naloxoneRefillReason, overdoseReversals: request.overdoseReversals },
      source: request.source,
      reversesMovementId: request.reversesMovementId,
      historyImport: options.historyImport,
    } as PostingCommand<MovementType>;
    const { answer, replayed } = await this.pipeline.post(actor, command, {
      replayed: (manager) => this.getById(request.id, manager),
      // Answered from what was just written, as getById would read it back, plus what the recorder should know now.
      // A reversal of a sharps movement is answered as read back, with its sharps lines.
      posted: async (manager, posted): Promise<MovementResponse> => posted.sharps ? this.getById(request.id, manager) : ({
        id: request.id,
        type: request.type,
        pointId,
        pointCode: stockPoint.code,
        pointName: stockPoint.name,
        occurredAt: posted.occurredAt.toISOString(),
        recordedAt: posted.recordedAt.toISOString(),
        recordedBy: actor.username,
        note: request.note ?? null,
        contacts: request.contacts ?? null,
        channel: request.channel ?? null,
        contactType: request.contactType ?? null,
        newContacts: request.newContacts ?? null,
        aboveCapReason: request.aboveCapReason ?? null,
        naloxoneRefillReason: request.naloxoneRefillReason ?? null,
        overdoseReversals: request.overdoseReversals ?? null,
        source: request.source ?? null,
        reversesMovementId: request.reversesMovementId ?? null,
        shipmentId: null,
        lines: posted.lines.map((line, index) => ({
          lineNo: index + 1,
          productId: line.productId,
          ...productNames(posted.products.get(line.productId)!),
          lotId: line.lotId,
          lotNumber: line.lotNumber,
          expiryDate: line.expiryDate,
          quantity: line.quantity,
          countedQuantity: line.countedQuantity ?? null,
          reason: line.reason ?? null,
        })),
        ...(posted.warnings && posted.warnings.length > 0 ? { warnings: posted.warnings } : {}),
      }),
    });
    return { movement: answer, replayed };
  }

  async get(actor: AuthUser, id: string): Promise<MovementResponse> {
    // Only "not found" is a 404: a database that cannot answer is a 503, or an offline client would record the movement again.
    const movement = await this.findById(id);
    const point = movement ? await this.points.findStockPoint(movement.pointId) : undefined;
    if (!movement || !point || !new AccessScope(actor).canSeePoint(point)) {
      throw new DomainError('MOVEMENT_NOT_FOUND', `There is no movement ${id} that you can see.`);
    }
    return movement;
  }

  async list(actor: AuthUser, pointId: string, query: MovementQuery): Promise<Page<MovementResponse>> {
    const point = new AccessScope(actor).visiblePoint(await this.points.findStockPoint(pointId), pointId);
    const conditions = new SqlConditions()
      .add('m.point_id = ?', pointId)
      .add('m.type = ?', query.type || undefined)
      .add('m.occurred_at >= ?', query.from ? instantAt(query.from, point.timeZone) : undefined)
      .add('m.occurred_at < ?', query.to ? instantAt(query.to, point.timeZone) : undefined);
    const page = await pageOf<MovementResponse>(
      this.dataSource,
      { select: MOVEMENT_COLUMNS, from: MOVEMENT_FROM, countFrom: 'movements m', conditions, orderBy: 'm.occurred_at DESC, m.recorded_at DESC, m.id' },
      query,
    );
    await this.attachLines(page.items);
    return page;
  }

  async getById(id: string, queryable: Queryable = this.dataSource): Promise<MovementResponse> {
    const movement = await this.findById(id, queryable);
    if (!movement) throw new DomainError('MOVEMENT_NOT_FOUND', `There is no movement ${id}.`);
    return movement;
  }

  private async findById(id: string, queryable: Queryable = this.dataSource): Promise<MovementResponse | undefined> {
    const rows: MovementResponse[] = await queryable.query(
      `SELECT ${MOVEMENT_COLUMNS} FROM ${MOVEMENT_FROM} WHERE m.id = $1`,
      [id],
    );
    await this.attachLines(rows, queryable);
    return rows[0];
  }

  private async attachLines(movements: MovementResponse[], queryable: Queryable = this.dataSource): Promise<void> {
    if (movements.length === 0) return;
    const lines: (MovementResponse['lines'][number] & { movementId: string })[] = await queryable.query(
      `SELECT ll.movement_id AS "movementId", ll.line_no AS "lineNo", ll.product_id AS "productId", pd.code AS "productCode",
              pd.name AS "productName", pd.name_id AS "productNameId", ll.lot_id AS "lotId",
              l.lot_number AS "lotNumber", to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate", ll.quantity,
              ll.counted_quantity AS "countedQuantity", ll.reason
         FROM ledger_lines ll JOIN lots l ON l.id = ll.lot_id JOIN products pd ON pd.id = ll.product_id
        WHERE ll.movement_id = ANY($1::uuid[]) AND ll.account = 'stock'
        ORDER BY ll.movement_id, ll.line_no`,
      [movements.map((movement) => movement.id)],
    );
    const sharps: (SharpsLineResponse & { movementId: string })[] = await queryable.query(
      `SELECT sl.movement_id AS "movementId", sl.line_no AS "lineNo", sl.counts_as AS "countsAs", sl.point_id AS "pointId", p.code AS "pointCode",
              sl.syringes, sl.syringes_estimated AS "syringesEstimated", sl.containers, sl.destruction_method AS "destructionMethod"
         FROM sharps_lines sl JOIN points p ON p.id = sl.point_id
        WHERE sl.movement_id = ANY($1::uuid[]) ORDER BY sl.movement_id, sl.line_no`,
      [movements.map((movement) => movement.id)],
    );
    for (const movement of movements) {
      movement.lines = lines.filter((line) => line.movementId === movement.id).map(({ movementId: _movementId, ...line }) => line);
      const own = sharps.filter((line) => line.movementId === movement.id).map(({ movementId: _movementId, ...line }) => line);
      if (own.length > 0) movement.sharps = own;
    }
  }
}
