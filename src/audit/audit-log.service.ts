import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Page } from '../common/pagination';
import { AuditEntryResponse, AuditQuery } from './dto/audit.dto';

export type AuditedEntity = 'user' | 'point' | 'product' | 'stock_levels' | 'device_session';

/**
 * Administrative changes: who changed which user, point, product or stock levels, when, and the record before and
 * after. Passwords never appear: the user records logged are the same as the API answers, without any hash.
 */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    entry: { actorId: string; entityType: AuditedEntity; entityId: string; before: unknown | null; after: unknown },
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.actorId, entry.before === null ? 'create' : 'update', entry.entityType, entry.entityId, entry.before === null ? null : JSON.stringify(entry.before), JSON.stringify(entry.after)],
    );
  }

  async list(query: AuditQuery): Promise<Page<AuditEntryResponse>> {
    const params = [query.entityType ?? null, query.entityId ?? null, query.actor ?? null];
    const where = `($1::text IS NULL OR a.entity_type = $1) AND ($2::uuid IS NULL OR a.entity_id = $2) AND ($3::text IS NULL OR u.username = $3)`;
    const from = `audit_log a LEFT JOIN users u ON u.id = a.actor_id`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`, params);
    const items = await this.dataSource.query(
      `SELECT a.id::text AS id, a.at, u.username AS actor, a.action, a.entity_type AS "entityType", a.entity_id AS "entityId", a.before, a.after
         FROM ${from} WHERE ${where} ORDER BY a.id DESC LIMIT $4 OFFSET $5`,
      [...params, query.limit, query.offset],
    );
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
