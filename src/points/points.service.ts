import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError, Repository } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { containsPattern } from '../common/like-pattern';
import { Page } from '../common/pagination';
import { DomainError } from '../common/problem/problem';
import { RegionsService } from '../regions/regions.service';
import { CreatePointRequest, PointQuery, PointResponse, UpdatePointRequest } from './dto/point.dto';
import { Point } from './entities/point.entity';
import { PointType } from './point-types';
import { pageOf, SqlConditions } from '../common/list-query';
import { prepared } from '../database/prepared-statements';

const POINT_COLUMNS = `
  p.id, p.code, p.name, p.type, p.regency_code AS "regencyCode", r.name AS "regencyName",
  r.province_code AS "provinceCode", pr.time_zone AS "timeZone", p.supplier_point_id AS "supplierPointId",
  p.may_hold_restricted AS "mayHoldRestricted", p.active, p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;
const POINT_FROM = `points p JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code`;

export interface PointRefWithType {
  id: string;
  regencyCode: string;
  type: PointType;
}

/** Advisory lock key serialising supplier-link changes. */
const SUPPLY_CHAIN_LOCK = 4_242_001;

export interface StockPoint extends PointRefWithType {
  code: string;
  name: string;
  mayHoldRestricted: boolean;
  supplierPointId: string | null;
  active: boolean;
  timeZone: string;
}

/** Distribution points, their regency, supplier link and whether they may hold restricted products. */
@Injectable()
export class PointsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Point) private readonly repository: Repository<Point>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly regions: RegionsService,
    private readonly audit: AuditLogService,
  ) {}

  /** Minimal facts about points for scope decisions, whatever the caller's scope. */
  async findRefs(ids: string[]): Promise<PointRefWithType[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT id, regency_code AS "regencyCode", type FROM points WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** What the stock ledger needs to know about a point, whatever the caller's scope (callers check scope). */
  async findStockPoint(id: string): Promise<StockPoint | undefined> {
    const rows: StockPoint[] = await this.dataSource.query(
      prepared(`SELECT p.id, p.code, p.name, p.regency_code AS "regencyCode", p.type, p.may_hold_restricted AS "mayHoldRestricted", p.active,
              pr.time_zone AS "timeZone", p.supplier_point_id AS "supplierPointId"
         FROM ${POINT_FROM} WHERE p.id = $1`),
      [id],
    );
    return rows[0];
  }

  async list(actor: AuthUser, query: PointQuery): Promise<Page<PointResponse>> {
    const scope = new AccessScope(actor);
    scope.assertRegencyFilter(query.regencyCode);
    const conditions = new SqlConditions();
    conditions
      .where(scope.pointCondition({ pointId: 'p.id', regencyCode: 'p.regency_code' }, conditions.params))
      .add('p.regency_code = ?', query.regencyCode)
      .add('p.type = ?', query.type)
      .add('p.active = ?', query.active)
      .add('p.supplier_point_id = ?', query.supplierPointId)
      .add('(p.name ILIKE ? OR p.code ILIKE ?)', query.q ? containsPattern(query.q) : undefined);
    return pageOf(this.dataSource, { select: POINT_COLUMNS, from: POINT_FROM, countFrom: 'points p', conditions, orderBy: 'p.regency_code, p.code' }, query);
  }

  /** A point the user may see; 404 otherwise, so points of other regencies are not revealed. */
  async get(actor: AuthUser, id: string, manager: EntityManager | DataSource = this.dataSource, lock = false): Promise<PointResponse> {
    const rows: PointResponse[] = await manager.query(`SELECT ${POINT_COLUMNS} FROM ${POINT_FROM} WHERE p.id = $1${lock ? ' FOR NO KEY UPDATE OF p' : ''}`, [id]);
    return new AccessScope(actor).visiblePoint(rows[0], id);
  }

  /**
   * The active points `id` supplies. Seeing the supplying point is enough: its staff send shipments to these points,
   * which may lie outside their own scope (an outreach kit of another regency, say).
   */
  async recipients(actor: AuthUser, id: string): Promise<PointResponse[]> {
    await this.get(actor, id);
    return this.dataSource.query(`SELECT ${POINT_COLUMNS} FROM ${POINT_FROM} WHERE p.supplier_point_id = $1 AND p.active ORDER BY p.name, p.code`, [id]);
  }

  /**
   * Where a point may hand its full sharps containers: an active point of the same regency that destroys sharps
   * (SHARPS_DESTRUCTION_POINT_TYPES), or its own supplier (an outreach kit bringing them back to its drop-in centre).
   * The same rule as `takesSharps` (src/sharps/sharps-receivers.ts), which the hand-over is checked by.
   */
  async sharpsReceivers(actor: AuthUser, id: string): Promise<PointResponse[]> {
    const point = await this.get(actor, id);
    return this.dataSource.query(
      `SELECT ${POINT_COLUMNS} FROM ${POINT_FROM}
        WHERE p.active AND p.id <> $1 AND p.regency_code = $2 AND (p.type = ANY($3) OR p.id = $4)
        ORDER BY p.id = $4 DESC, p.name, p.code`,
      [id, point.regencyCode, this.config.sharpsDestructionPointTypes, point.supplierPointId ?? null],
    );
  }

  async create(actor: AuthUser, request: CreatePointRequest): Promise<PointResponse> {
    const scope = new AccessScope(actor);
    await this.assertRegencyKnown(request.regencyCode);
    if (!scope.canManagePointsIn(request.regencyCode)) {
      throw new DomainError('OUT_OF_SCOPE', `You can create points only in your own regencies, not in ${request.regencyCode}.`);
    }
    const mayHoldRestricted = request.mayHoldRestricted ?? this.restrictedAllowedFor(request.type);
    this.assertRestrictedAllowed(request.type, mayHoldRestricted);
    if (request.supplierPointId) await this.assertSupplierUsable(scope, request.supplierPointId);

    const point = this.repository.create({
      id: randomUUID(),
      code: request.code,
      name: request.name,
      type: request.type,
      regencyCode: request.regencyCode,
      supplierPointId: request.supplierPointId ?? null,
      mayHoldRestricted,
      active: request.active ?? true,
    });
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Point).insert(point).catch((error) => this.translateCodeConflict(error, request.code));
      const created = await this.get(actor, point.id, manager);
      await this.audit.record({ actorId: actor.id, entityType: 'point', entityId: point.id, before: null, after: created }, manager);
      return created;
    });
  }

  async update(actor: AuthUser, id: string, request: UpdatePointRequest): Promise<PointResponse> {
    const scope = new AccessScope(actor);
    const current = await this.get(actor, id);
    if (!scope.canManagePointsIn(current.regencyCode)) {
      throw new DomainError('OUT_OF_SCOPE', 'You can see this point but only its district officer or an administrator can change it.');
    }
    if (request.regencyCode !== undefined && request.regencyCode !== current.regencyCode) {
      await this.assertRegencyKnown(request.regencyCode);
      if (!scope.canManagePointsIn(request.regencyCode)) {
        throw new DomainError('OUT_OF_SCOPE', `You can move points only into your own regencies, not into ${request.regencyCode}.`);
      }
    }
    const type = request.type ?? current.type;
    const mayHoldRestricted =
      request.mayHoldRestricted ?? (request.type !== undefined ? this.restrictedAllowedFor(type) && current.mayHoldRestricted : current.mayHoldRestricted);
    this.assertRestrictedAllowed(type, mayHoldRestricted);
    if (current.mayHoldRestricted && !mayHoldRestricted) await this.assertNoRestrictedStock(id);
    if (request.supplierPointId) await this.assertSupplierUsable(scope, request.supplierPointId);

    return this.dataSource.transaction(async (manager) => {
      if (request.supplierPointId) {
        // Supplier changes take turns, so two at once cannot each pass the cycle check and together close a cycle.
        await manager.query('SELECT pg_advisory_xact_lock($1)', [SUPPLY_CHAIN_LOCK]);
        await this.assertNoSupplyCycle(manager, id, request.supplierPointId);
      }
      // The change and its audit entry commit together; the row is locked first, so `before` is what this change replaced.
      const before = await this.get(actor, id, manager, true);
      await manager.getRepository(Point).update(id, {
        name: request.name,
        type,
        regencyCode: request.regencyCode,
        supplierPointId: request.supplierPointId,
        mayHoldRestricted,
        active: request.active,
      });
      const updated = await this.get(actor, id, manager);
      await this.audit.record({ actorId: actor.id, entityType: 'point', entityId: id, before, after: updated }, manager);
      return updated;
    });
  }

  private restrictedAllowedFor(type: PointType): boolean {
    return this.config.restrictedPointTypes.includes(type);
  }

  /**
   * A point loses the right to hold naloxone (by its type or directly) only once none is there or on its way to it:
   * stock it may not hold could then neither be handed out nor shipped away.
   */
  private async assertNoRestrictedStock(pointId: string): Promise<void> {
    const held: { code: string; quantity: number; where: 'on_hand' | 'in_transit' }[] = await this.dataSource.query(
      `SELECT pd.code, sum(b.quantity)::int AS quantity, 'on_hand' AS where
         FROM stock_balances b JOIN products pd ON pd.id = b.product_id AND pd.restricted
        WHERE b.point_id = $1 AND b.quantity > 0 GROUP BY pd.code
       UNION ALL
       SELECT pd.code, sum(sl.quantity_sent)::int, 'in_transit'
         FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id JOIN products pd ON pd.id = sl.product_id AND pd.restricted
        WHERE s.to_point_id = $1 AND s.status = 'in_transit' GROUP BY pd.code`,
      [pointId],
    );
    if (held.length > 0) {
      const list = held.map((row) => `${row.quantity} ${row.code} ${row.where === 'on_hand' ? 'on hand' : 'in transit to it'}`).join(', ');
      throw new DomainError(
        'RESTRICTED_STOCK_HELD',
        `This point still has restricted products (${list}). Ship them to a point allowed to hold them (or cancel the shipment) first.`,
        { errors: [{ field: 'mayHoldRestricted', messages: ['the point still has restricted products'] }] },
      );
    }
  }

  private assertRestrictedAllowed(type: PointType, mayHoldRestricted: boolean): void {
    if (mayHoldRestricted && !this.restrictedAllowedFor(type)) {
      throw new DomainError(
        'RESTRICTED_NOT_ALLOWED',
        `A ${type} may not hold restricted products such as naloxone. Allowed point types: ${this.config.restrictedPointTypes.join(', ')}.`,
        { errors: [{ field: 'mayHoldRestricted', messages: [`not allowed for type ${type}`] }] },
      );
    }
  }

  private async assertRegencyKnown(code: string): Promise<void> {
    const unknown = await this.regions.unknownRegencies([code]);
    if (unknown.length > 0) {
      throw new DomainError('UNKNOWN_REGENCY', `There is no regency or city with code ${code}. See GET /api/v1/regions/regencies.`, {
        errors: [{ field: 'regencyCode', messages: [`unknown regency code ${code}`] }],
      });
    }
  }

  private async assertSupplierUsable(scope: AccessScope, supplierPointId: string): Promise<void> {
    const [supplier] = await this.findRefs([supplierPointId]);
    if (!supplier || !scope.canSeePoint(supplier)) {
      throw new DomainError('INVALID_SUPPLIER', `There is no distribution point ${supplierPointId} that you can see.`, {
        errors: [{ field: 'supplierPointId', messages: ['unknown point'] }],
      });
    }
  }

  /** A point may not be supplied, directly or through others, by itself. */
  private async assertNoSupplyCycle(manager: EntityManager, pointId: string, supplierPointId: string): Promise<void> {
    const rows = await manager.query(
      `WITH RECURSIVE chain(id) AS (
         SELECT $2::uuid
         UNION
         SELECT p.supplier_point_id FROM points p JOIN chain c ON p.id = c.id WHERE p.supplier_point_id IS NOT NULL
       )
       SELECT 1 FROM chain WHERE id = $1::uuid LIMIT 1`,
      [pointId, supplierPointId],
    );
    if (rows.length > 0) {
      throw new DomainError('INVALID_SUPPLIER', 'This supplier is itself resupplied by this point; supply chains cannot go round in a circle.', {
        errors: [{ field: 'supplierPointId', messages: ['would create a supply cycle'] }],
      });
    }
  }

  private translateCodeConflict(error: unknown, code: string): never {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw new DomainError('POINT_CODE_TAKEN', `The point code ${code} is already in use. Choose another.`, {
        errors: [{ field: 'code', messages: ['already in use'] }],
      });
    }
    throw error;
  }
}
