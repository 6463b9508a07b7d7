import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { Page } from '../common/pagination';
import { DomainError } from '../common/problem/problem';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import { DeviceSessionQuery, DeviceSessionResponse } from './dto/session.dto';
import { AuthUser } from '../access/roles';
import { prepared } from '../database/prepared-statements';

/** A refresh token is 256 random bits; only its SHA-256 is stored, so a copy of the database opens no session. */
const newRefreshToken = (): string => randomBytes(32).toString('base64url');
const tokenHash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

const REVOKED_DETAILS: Record<string, string> = {
  logout: 'This device was logged out. Log in again.',
  revoked: 'This device session was revoked by an administrator or district officer. Log in again.',
  password_changed: 'The password was changed since this device logged in. Log in again with the new password.',
  deactivated: 'This account was deactivated. Ask your district officer or administrator.',
};

export interface OpenedSession {
  sessionId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/**
 * Long-lived sessions of a device (a field worker's phone, offline for days): login opens one with a refresh token
 * that is not rotated (a phone that loses an answer can simply retry); it ends when revoked, after
 * DEVICE_SESSION_IDLE_DAYS without a refresh, or, by a trigger on users, when the password changes or the account is
 * deactivated. Access tokens carry the session id, so a revocation also stops them at once.
 */
@Injectable()
export class DeviceSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly audit: AuditLogService,
  ) {}

  async open(userId: string, deviceLabel: string | undefined): Promise<OpenedSession> {
    const refreshToken = newRefreshToken();
    const [row] = await this.dataSource.query(
      `INSERT INTO device_sessions (user_id, device_label, token_hash) VALUES ($1, $2, $3)
       RETURNING id, last_used_at + make_interval(days => $4) AS "expiresAt"`,
      [userId, deviceLabel ?? null, tokenHash(refreshToken), this.config.deviceSessionIdleDays],
    );
    return { sessionId: row.id, refreshToken, refreshExpiresAt: row.expiresAt };
  }

  /** Marks the session used now and answers whose it is; refuses a token that is unknown, revoked or idle too long. */
  async refresh(refreshToken: string): Promise<{ sessionId: string; userId: string; refreshExpiresAt: Date }> {
    const hash = tokenHash(refreshToken);
    const idleDays = this.config.deviceSessionIdleDays;
    const [used] = await this.dataSource.query(
      // In a CTE so the driver answers the rows (a bare UPDATE answers [rows, count]).
      `WITH used AS (
         UPDATE device_sessions SET last_used_at = now()
          WHERE token_hash = $1 AND revoked_at IS NULL AND last_used_at > now() - make_interval(days => $2)
          RETURNING id, user_id, last_used_at)
       SELECT id, user_id AS "userId", last_used_at + make_interval(days => $2) AS "expiresAt" FROM used`,
      [hash, idleDays],
    );
    if (used) return { sessionId: used.id, userId: used.userId, refreshExpiresAt: used.expiresAt };
    const [ended] = await this.dataSource.query(`SELECT revoked_reason AS "revokedReason" FROM device_sessions WHERE token_hash = $1`, [hash]);
    if (!ended) throw new DomainError('INVALID_TOKEN', 'This refresh token is not valid. Log in again.');
    if (ended.revokedReason) throw new DomainError('SESSION_REVOKED', REVOKED_DETAILS[ended.revokedReason]);
    throw new DomainError('SESSION_EXPIRED', `This device was not used for more than ${idleDays} days and was logged out. Log in again.`);
  }

  /** For every request with an access token of a session: why the session no longer admits it, if it does not. */
  async refusal(sessionId: string, userId: string): Promise<DomainError | undefined> {
    const [session] = await this.dataSource.query(
      prepared(`SELECT revoked_reason AS "revokedReason" FROM device_sessions WHERE id = $1 AND user_id = $2`),
      [sessionId, userId],
    );
    if (!session) return new DomainError('INVALID_TOKEN', 'Your session is not valid. Log in again.');
    if (session.revokedReason) return new DomainError('SESSION_REVOKED', REVOKED_DETAILS[session.revokedReason]);
    return undefined;
  }

  async logout(actor: AuthUser): Promise<void> {
    if (!actor.sessionId) return;
    await this.dataSource.query(
      `UPDATE device_sessions SET revoked_at = now(), revoked_by = $2, revoked_reason = 'logout' WHERE id = $1 AND revoked_at IS NULL`,
      [actor.sessionId, actor.id],
    );
  }

  /** The sessions of a user: your own, or those of a user you manage (administrators, district officers in scope). */
  async list(actor: AuthUser, userId: string, query: DeviceSessionQuery): Promise<Page<DeviceSessionResponse>> {
    if (userId !== actor.id) await this.users.get(actor, userId);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM device_sessions WHERE user_id = $1`, [userId]);
    const rows = await this.select(`s.user_id = $2 ORDER BY s.revoked_at IS NOT NULL, s.last_used_at DESC, s.id LIMIT $3 OFFSET $4`, [
      userId,
      query.limit,
      query.offset,
    ]);
    return { items: rows.map((row) => this.present(row, actor)), total, limit: query.limit, offset: query.offset };
  }

  /** Revokes a session (idempotent): the user themself, an administrator, or the district officer who manages the user. Audited. */
  async revoke(actor: AuthUser, id: string): Promise<DeviceSessionResponse> {
    const before = await this.findVisible(actor, id);
    if (before.revokedAt !== null) return before;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE device_sessions SET revoked_at = now(), revoked_by = $2, revoked_reason = 'revoked' WHERE id = $1 AND revoked_at IS NULL`,
        [id, actor.id],
      );
      const [after] = await this.select('s.id = $2', [id], manager);
      await this.audit.record({ actorId: actor.id, entityType: 'device_session', entityId: id, before, after: this.present(after, actor) }, manager);
    });
    return this.findVisible(actor, id);
  }

  private async findVisible(actor: AuthUser, id: string): Promise<DeviceSessionResponse> {
    const [row] = await this.select('s.id = $2', [id]);
    const notFound = () => new DomainError('SESSION_NOT_FOUND', `There is no device session ${id} that you can manage.`);
    if (!row) throw notFound();
    if (row.userId !== actor.id) await this.users.get(actor, row.userId).catch(() => Promise.reject(notFound()));
    return this.present(row, actor);
  }

  private select(condition: string, params: unknown[], manager: Pick<DataSource, 'query'> = this.dataSource): Promise<DeviceSessionResponse[]> {
    return manager.query(
      `SELECT s.id, s.user_id AS "userId", u.username, s.device_label AS "deviceLabel",
              CASE WHEN s.revoked_at IS NOT NULL THEN 'revoked'
                   WHEN s.last_used_at <= now() - make_interval(days => $1) THEN 'expired' ELSE 'active' END AS status,
              s.created_at AS "createdAt", s.last_used_at AS "lastUsedAt", s.last_used_at + make_interval(days => $1) AS "expiresAt",
              s.revoked_at AS "revokedAt", r.username AS "revokedBy", s.revoked_reason AS "revokedReason"
         FROM device_sessions s JOIN users u ON u.id = s.user_id LEFT JOIN users r ON r.id = s.revoked_by
        WHERE ${condition}`,
      [this.config.deviceSessionIdleDays, ...params],
    );
  }

  private present(row: DeviceSessionResponse, actor: AuthUser): DeviceSessionResponse {
    return { ...row, current: row.id === actor.sessionId };
  }
}
