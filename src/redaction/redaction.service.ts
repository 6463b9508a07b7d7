import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../access/roles';
import { ErrorCode } from '../common/problem/error-codes';
import { DomainError } from '../common/problem/problem';
import { RedactableEntity, RedactedText, RedactionRequest, RedactionResponse } from './dto/redaction.dto';
import { REDACTED, redactJson } from './free-text';

/** Free-text columns of each kind of record, and which rows of them belong to it ($1 = the record's id). */
const TEXT_COLUMNS: Record<RedactableEntity, { table: string; columns: string[]; rowsOf: string }[]> = {
  movement: [{ table: 'movements', columns: ['note', 'source'], rowsOf: 'id = $1' }],
  shipment: [
    { table: 'shipments', columns: ['note'], rowsOf: 'id = $1' },
    { table: 'movements', columns: ['note'], rowsOf: 'shipment_id = $1' },
  ],
  resupply_request: [
    { table: 'resupply_requests', columns: ['note', 'rejection_reason'], rowsOf: 'id = $1' },
    { table: 'resupply_request_lines', columns: ['note', 'approval_comment'], rowsOf: 'request_id = $1' },
  ],
  point: [],
  product: [],
  user: [],
  stock_levels: [],
};

/** JSON history that copies free text: request events, and every audit entry of the record. */
const JSON_COLUMNS: Record<RedactableEntity, { table: string; key: string; columns: string[]; rowsOf: string }[]> = Object.fromEntries(
  Object.keys(TEXT_COLUMNS).map((entity) => [
    entity,
    [
      ...(entity === 'resupply_request' ? [{ table: 'resupply_request_events', key: 'id', columns: ['details'], rowsOf: 'request_id = $1' }] : []),
      { table: 'audit_log', key: 'id', columns: ['before', 'after'], rowsOf: `entity_id = $1 AND action <> 'redact'` },
    ],
  ]),
) as Record<RedactableEntity, { table: string; key: string; columns: string[]; rowsOf: string }[]>;

const EXISTS: Record<RedactableEntity, { table: string; code: ErrorCode }> = {
  movement: { table: 'movements', code: 'MOVEMENT_NOT_FOUND' },
  shipment: { table: 'shipments', code: 'SHIPMENT_NOT_FOUND' },
  resupply_request: { table: 'resupply_requests', code: 'REQUEST_NOT_FOUND' },
  point: { table: 'points', code: 'POINT_NOT_FOUND' },
  product: { table: 'products', code: 'PRODUCT_NOT_FOUND' },
  user: { table: 'users', code: 'USER_NOT_FOUND' },
  stock_levels: { table: 'points', code: 'POINT_NOT_FOUND' },
};

/**
 * An administrator's erasure of free text that should never have been typed (a client's name, NIK or phone): the
 * text becomes "[redacted]" in the record and in its history, while quantities, ids and dates stay, so every figure
 * of the ledger and of the reports is unchanged. History is append-only; the database allows exactly this change,
 * and only in a transaction that first wrote the `redact` audit entry (see the HistoryAppendOnly migration).
 */
@Injectable()
export class RedactionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async redact(actor: AuthUser, request: RedactionRequest): Promise<RedactionResponse> {
    const { entityType, entityId } = request;
    return this.dataSource.transaction(async (manager) => {
      const target = EXISTS[entityType];
      const found = await manager.query(`SELECT 1 FROM ${target.table} WHERE id = $1`, [entityId]);
      if (found.length === 0) throw new DomainError(target.code, `There is no ${entityType.replace('_', ' ')} ${entityId}.`);

      const scope = [
        ...TEXT_COLUMNS[entityType].flatMap(({ table, columns }) => columns.map((column) => `${table}.${column}`)),
        ...JSON_COLUMNS[entityType].flatMap(({ table, columns }) => columns.map((column) => `${table}.${column}`)),
      ];
      const [{ id: auditEntryId }] = await manager.query(
        `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after) VALUES ($1, 'redact', $2, $3, NULL, $4) RETURNING id::text AS id`,
        [actor.id, entityType, entityId, JSON.stringify({ scope })],
      );
      await manager.query(`SELECT set_config('pasokan.redaction_audit_id', $1, true)`, [auditEntryId]);

      const redacted: RedactedText[] = [];
      for (const { table, columns, rowsOf } of TEXT_COLUMNS[entityType]) {
        for (const column of columns) {
          const [{ rows }] = await manager.query(
            `WITH changed AS (UPDATE ${table} SET ${column} = $2 WHERE ${rowsOf} AND ${column} IS NOT NULL AND ${column} <> $2 RETURNING 1)
             SELECT count(*)::int AS rows FROM changed`,
            [entityId, REDACTED],
          );
          if (rows > 0) redacted.push({ table, column, rows });
        }
      }
      for (const history of JSON_COLUMNS[entityType]) redacted.push(...(await this.redactJsonHistory(manager, entityId, history)));
      return { auditEntryId, entityType, entityId, redacted };
    });
  }

  private async redactJsonHistory(
    manager: EntityManager,
    entityId: string,
    { table, key, columns, rowsOf }: { table: string; key: string; columns: string[]; rowsOf: string },
  ): Promise<RedactedText[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${key} AS key, ${columns.join(', ')} FROM ${table} WHERE ${rowsOf} FOR UPDATE`, [entityId]);
    const counts = new Map<string, number>();
    for (const row of rows) {
      const changed = columns.filter((column) => JSON.stringify(redactJson(row[column])) !== JSON.stringify(row[column]));
      if (changed.length === 0) continue;
      const assignments = changed.map((column, index) => `${column} = $${index + 2}::jsonb`).join(', ');
      await manager.query(`UPDATE ${table} SET ${assignments} WHERE ${key} = $1`, [row.key, ...changed.map((column) => JSON.stringify(redactJson(row[column])))]);
      for (const column of changed) counts.set(column, (counts.get(column) ?? 0) + 1);
    }
    return columns.filter((column) => counts.has(column)).map((column) => ({ table, column, rows: counts.get(column)! }));
  }
}
