import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { provinceOf } from '../common/transforms';
import { AuthUser } from '../access/roles';
import { Page } from '../common/pagination';
import { DomainError } from '../common/problem/problem';
import { AlertType } from './alert-types';
import { AlertQuery, AlertResponse } from './dto/alert.dto';
import { ListSql, pageOf, rowsOf, SqlConditions } from '../common/list-query';
import { ReadDatabase } from '../database/replicas/read-database';
import { prepared } from '../database/prepared-statements';

const ALERT_COLUMNS = `
  a.id, a.type, a.severity, a.status, a.point_id AS "pointId", p.code AS "pointCode", p.name AS "pointName",
  p.regency_code AS "regencyCode", a.product_id AS "productId", pd.code AS "productCode", a.lot_id AS "lotId",
  l.lot_number AS "lotNumber", a.details, a.first_seen_at AS "firstSeenAt", a.last_seen_at AS "lastSeenAt",
  a.acknowledged_at AS "acknowledgedAt", u.username AS "acknowledgedBy", a.resolved_at AS "resolvedAt"`;
const ALERT_FROM = `
  alerts a JOIN points p ON p.id = a.point_id
  LEFT JOIN products pd ON pd.id = a.product_id
  LEFT JOIN lots l ON l.id = a.lot_id
  LEFT JOIN users u ON u.id = a.acknowledged_by`;

const SEVERITY_RANK = (column: string) => `(CASE ${column} WHEN 'critical' THEN 3 WHEN 'warning' THEN 2 ELSE 1 END)`;

export interface ReconcileResult {
  raised: Partial<Record<AlertType, number>>;
  stillOpen: number;
  resolved: Partial<Record<AlertType, number>>;
}

/**
 * The one alert mechanism. A check (the expiry scan, a movement leaving a point without stock, an overdue shipment)
 * describes every condition it currently sees as SQL rows; `reconcile` opens an alert for each new condition, refreshes
 * the ones still there, and resolves those of the same kinds (within the same points) that are gone. The partial
 * unique index on `condition_key` keeps at most one active alert per condition, even under concurrency.
 */
@Injectable()
export class AlertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ReadDatabase,
  ) {}

  /**
   * `conditionsSql` selects: type, point_id, product_id, lot_id, subject_id, severity, details. `pointIds` and
   * `productIds` limit which existing alerts may be resolved (a check that looked at some points or products only).
   */
  async reconcile(
    manager: EntityManager,
    check: {
      types: AlertType[];
      conditionsSql: string;
      params: unknown[];
      seenAt: Date;
      pointIds?: string[];
      productIds?: string[];
      /** Checks with the same key take turns; by default all checks of the same alert types do. */
      lockKey?: string;
      /** The check runs on a hot path with a text that never changes: plan it once per connection (`prepared`). */
      planOnce?: boolean;
    },
  ): Promise<ReconcileResult> {
    const base = check.params.length;
    await manager.query(prepared(`SELECT pg_advisory_xact_lock(hashtext($1))`), [`alerts:${check.lockKey ?? [...check.types].sort().join(',')}`]);
    const upsert = `WITH conditions AS (${check.conditionsSql})
       INSERT INTO alerts (type, condition_key, point_id, product_id, lot_id, subject_id, severity, details, first_seen_at, last_seen_at)
       SELECT c.type, concat_ws(':', c.type, c.point_id, c.product_id, c.lot_id, c.subject_id), c.point_id, c.product_id, c.lot_id,
              c.subject_id, c.severity, c.details, $${base + 1}, $${base + 1}
         FROM conditions c
       ON CONFLICT (condition_key) WHERE status <> 'resolved' DO UPDATE
          SET details = EXCLUDED.details, last_seen_at = EXCLUDED.last_seen_at, severity = EXCLUDED.severity,
              -- an acknowledged alert that becomes more severe asks for attention again
              status = CASE WHEN ${SEVERITY_RANK('EXCLUDED.severity')} > ${SEVERITY_RANK('alerts.severity')} THEN 'open' ELSE alerts.status END,
              acknowledged_at = CASE WHEN ${SEVERITY_RANK('EXCLUDED.severity')} > ${SEVERITY_RANK('alerts.severity')} THEN NULL ELSE alerts.acknowledged_at END,
              acknowledged_by = CASE WHEN ${SEVERITY_RANK('EXCLUDED.severity')} > ${SEVERITY_RANK('alerts.severity')} THEN NULL ELSE alerts.acknowledged_by END
       RETURNING type, (xmax = 0) AS raised`;
    const upserted: { type: AlertType; raised: boolean }[] = await manager.query(check.planOnce ? prepared(upsert) : upsert, [...check.params, check.seenAt]);
    const resolved: { type: AlertType }[] = await manager.query(
      `WITH resolved AS (
         UPDATE alerts SET status = 'resolved', resolved_at = $2
          WHERE status <> 'resolved' AND type = ANY($1::text[]) AND last_seen_at < $2
            AND ($3::uuid[] IS NULL OR point_id = ANY($3::uuid[]))
            AND ($4::uuid[] IS NULL OR product_id = ANY($4::uuid[]))
          RETURNING type)
       SELECT type FROM resolved`,
      [check.types, check.seenAt, check.pointIds ?? null, check.productIds ?? null],
    );
    const count = (rows: { type: AlertType }[]) =>
      rows.reduce<Partial<Record<AlertType, number>>>((counts, row) => ({ ...counts, [row.type]: (counts[row.type] ?? 0) + 1 }), {});
    return { raised: count(upserted.filter((row) => row.raised)), stillOpen: upserted.filter((row) => !row.raised).length, resolved: count(resolved) };
  }

  async list(actor: AuthUser, query: AlertQuery): Promise<Page<AlertResponse>> {
    return this.reads.run((db) => pageOf(db, this.listSql(actor, query), query));
  }

  /** Every alert matching the filters, in the list's order, a batch at a time (exports). */
  all(actor: AuthUser, query: AlertQuery): Promise<AsyncIterableIterator<AlertResponse[]>> {
    return this.reads.run((db) => rowsOf<AlertResponse>(db, this.listSql(actor, query)));
  }

  private listSql(actor: AuthUser, query: AlertQuery): ListSql {
    const scope = new AccessScope(actor);
    scope.assertRegencyFilter(query.regencyCode);
    scope.assertProvinceFilter(query.provinceCode);
    const conditions = new SqlConditions();
    conditions
      .where(scope.pointCondition({ pointId: 'a.point_id', regencyCode: 'p.regency_code' }, conditions.params))
      .add('a.status = ?', query.status)
      .add('a.type = ?', query.type)
      .add('a.severity = ?', query.severity)
      .add('p.regency_code = ?', query.regencyCode)
      .add(`${provinceOf('p.regency_code')} = ?`, query.provinceCode)
      .add('a.point_id = ?', query.pointId);
    return {
      select: ALERT_COLUMNS,
      from: ALERT_FROM,
      countFrom: 'alerts a JOIN points p ON p.id = a.point_id',
      conditions,
      orderBy: `${SEVERITY_RANK('a.severity')} DESC, a.first_seen_at DESC, a.id`,
    };
  }

  /** Acknowledging says "we have seen it"; the alert stays until its condition clears. Repeating it changes nothing. */
  async acknowledge(actor: AuthUser, id: string): Promise<AlertResponse> {
    const alert = await this.visible(actor, id);
    if (alert.status === 'resolved') {
      throw new DomainError('ALERT_RESOLVED', 'This alert is already resolved: its condition has cleared.');
    }
    await this.dataSource.query(
      `UPDATE alerts SET status = 'acknowledged', acknowledged_at = now(), acknowledged_by = $2 WHERE id = $1 AND status = 'open'`,
      [id, actor.id],
    );
    return this.visible(actor, id);
  }

  private async visible(actor: AuthUser, id: string): Promise<AlertResponse> {
    const [alert]: (AlertResponse & { regencyCode: string })[] = await this.dataSource.query(`SELECT ${ALERT_COLUMNS} FROM ${ALERT_FROM} WHERE a.id = $1`, [id]);
    if (!alert || !new AccessScope(actor).canSeePoint({ id: alert.pointId, regencyCode: alert.regencyCode })) {
      throw new DomainError('ALERT_NOT_FOUND', `There is no alert ${id} that you can see.`);
    }
    return alert;
  }
}
