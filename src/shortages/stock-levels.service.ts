import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { DomainError, FieldError, invalidFields } from '../common/problem/problem';
import { PointsService } from '../points/points.service';
import { PutStockLevelsRequest, StockLevelResponse } from './dto/shortage.dto';
import { DEFAULT_STOCK_LEVELS } from './stock-levels.defaults';

/** Minimum and maximum months of stock per point and product: the point's own, or the defaults of its type. */
@Injectable()
export class StockLevelsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly points: PointsService,
    private readonly audit: AuditLogService,
  ) {}

  async get(actor: AuthUser, pointId: string, manager: EntityManager | DataSource = this.dataSource): Promise<StockLevelResponse[]> {
    const point = new AccessScope(actor).visiblePoint(await this.points.findStockPoint(pointId), pointId);
    const defaults = DEFAULT_STOCK_LEVELS[point.type];
    const rows: { productId: string; productCode: string; minMonths: string | null; maxMonths: string | null; expectedMonthlyUse: number | null }[] =
      await manager.query(
        `SELECT pd.id AS "productId", pd.code AS "productCode", lv.min_months AS "minMonths", lv.max_months AS "maxMonths",
                lv.expected_monthly_use AS "expectedMonthlyUse"
           FROM products pd LEFT JOIN stock_levels lv ON lv.product_id = pd.id AND lv.point_id = $1
          WHERE pd.active AND (NOT pd.restricted OR $2::boolean)
          ORDER BY pd.code`,
        [pointId, point.mayHoldRestricted],
      );
    return rows.map((row) => ({
      productId: row.productId,
      productCode: row.productCode,
      minMonths: row.minMonths === null ? defaults.minMonths : Number(row.minMonths),
      maxMonths: row.maxMonths === null ? defaults.maxMonths : Number(row.maxMonths),
      expectedMonthlyUse: row.expectedMonthlyUse,
      source: row.minMonths === null ? 'default' : 'point',
    }));
  }

  /** Replaces the point's own levels; products not listed go back to the defaults of the point type. */
  async put(actor: AuthUser, pointId: string, request: PutStockLevelsRequest): Promise<StockLevelResponse[]> {
    const scope = new AccessScope(actor);
    const point = scope.visiblePoint(await this.points.findStockPoint(pointId), pointId);
    if (!scope.canManagePointsIn(point.regencyCode)) {
      throw new DomainError('OUT_OF_SCOPE', 'Stock levels are set by the district officer of the regency or an administrator.');
    }
    const errors: FieldError[] = [];
    request.levels.forEach((level, index) => {
      if (level.maxMonths <= level.minMonths) errors.push({ field: `levels[${index}].maxMonths`, messages: ['maxMonths must be more than minMonths'] });
      if (request.levels.findIndex((other) => other.productId === level.productId) !== index) {
        errors.push({ field: `levels[${index}].productId`, messages: ['this product is listed twice'] });
      }
    });
    const known: { id: string }[] = await this.dataSource.query(`SELECT id FROM products WHERE id = ANY($1::uuid[])`, [request.levels.map((l) => l.productId)]);
    request.levels.forEach((level, index) => {
      if (!known.some((product) => product.id === level.productId)) errors.push({ field: `levels[${index}].productId`, messages: ['unknown product'] });
    });
    if (errors.length > 0) throw invalidFields(errors);
    const own = (levels: StockLevelResponse[]) => levels.filter((level) => level.source === 'point');
    return this.dataSource.transaction(async (manager) => {
      // The change and its audit entry commit together; the point's levels are locked first (a lock on the point row),
      // so `before` is what this change replaced.
      await manager.query(`SELECT 1 FROM points WHERE id = $1 FOR NO KEY UPDATE`, [pointId]);
      const before = await this.get(actor, pointId, manager);
      await manager.query(`DELETE FROM stock_levels WHERE point_id = $1`, [pointId]);
      await manager.query(
        `INSERT INTO stock_levels (point_id, product_id, min_months, max_months, expected_monthly_use, updated_by)
         SELECT $1, t.product_id, t.min_months, t.max_months, t.expected, $2
           FROM unnest($3::uuid[], $4::numeric[], $5::numeric[], $6::int[]) AS t(product_id, min_months, max_months, expected)`,
        [
          pointId,
          actor.id,
          request.levels.map((l) => l.productId),
          request.levels.map((l) => l.minMonths),
          request.levels.map((l) => l.maxMonths),
          request.levels.map((l) => l.expectedMonthlyUse ?? null),
        ],
      );
      const after = await this.get(actor, pointId, manager);
      await this.audit.record({ actorId: actor.id, entityType: 'stock_levels', entityId: pointId, before: own(before), after: own(after) }, manager);
      return after;
    });
  }
}
