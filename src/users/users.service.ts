import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { AccessScope } from '../access/access-scope';
import { AuthUser, Role } from '../access/roles';
import { Page } from '../common/pagination';
import { DomainError, invalidField } from '../common/problem/problem';
import { PointsService } from '../points/points.service';
import { RegionsService } from '../regions/regions.service';
import { CreateUserRequest, UpdateUserRequest, UserQuery, UserResponse } from './dto/user.dto';
import { PasswordHasher } from './password-hasher';
import { pageOf, SqlConditions } from '../common/list-query';
import { prepared } from '../database/prepared-statements';

const USER_COLUMNS = `
  u.id, u.username, u.role, u.active, u.email, u.created_at AS "createdAt", u.updated_at AS "updatedAt",
  COALESCE((SELECT array_agg(s.regency_code::text ORDER BY s.regency_code) FROM user_regency_scopes s WHERE s.user_id = u.id), '{}'::text[]) AS "regencyCodes",
  COALESCE((SELECT array_agg(s.point_id::text ORDER BY s.point_id) FROM user_point_scopes s WHERE s.user_id = u.id), '{}'::text[]) AS "pointIds"`;

/** Roles a district officer may give to the users they manage. */
const ROLES_DISTRICT_OFFICERS_MANAGE: Role[] = ['point_staff', 'outreach_officer'];

export interface AuthenticationRecord {
  user: AuthUser;
  active: boolean;
  passwordChangedAt: Date;
}

interface Scope {
  role: Role;
  regencyCodes: string[];
  pointIds: string[];
}

/**
 * Accounts and their scopes. Administrators manage everyone; a district officer manages the point staff and
 * outreach officers whose points all lie in their regencies. Accounts are deactivated, never deleted.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly points: PointsService,
    private readonly regions: RegionsService,
    private readonly audit: AuditLogService,
  ) {}

  async findCredentials(username: string): Promise<{ id: string; passwordHash: string } | undefined> {
    const rows = await this.dataSource.query(`SELECT id, password_hash AS "passwordHash" FROM users WHERE username = $1`, [
      username.trim().toLowerCase(),
    ]);
    return rows[0];
  }

  /** One query per authenticated request, so a deactivation or a password change takes effect at once. */
  async findForAuthentication(id: string): Promise<AuthenticationRecord | undefined> {
    const rows = await this.dataSource.query(
      prepared(`SELECT ${USER_COLUMNS}, u.password_changed_at AS "passwordChangedAt" FROM users u WHERE u.id = $1`),
      [id],
    );
    if (rows.length === 0) return undefined;
    const row = rows[0];
    return {
      user: { id: row.id, username: row.username, role: row.role, regencyCodes: row.regencyCodes, pointIds: row.pointIds },
      active: row.active,
      passwordChangedAt: row.passwordChangedAt,
    };
  }

  async list(actor: AuthUser, query: UserQuery): Promise<Page<UserResponse>> {
    const conditions = new SqlConditions();
    conditions
      .where(this.visibilityCondition(actor, conditions.params))
      .add('u.role = ?', query.role || undefined)
      .add('u.active = ?', query.active)
      .add('strpos(u.username, ?) > 0', query.q ? query.q.toLowerCase() : undefined);
    return pageOf(this.dataSource, { select: USER_COLUMNS, from: 'users u', conditions, orderBy: 'u.username' }, query);
  }

  /** A user the actor may manage. `manager` reads inside a transaction. */
  async get(actor: AuthUser, id: string, manager: EntityManager | DataSource = this.dataSource): Promise<UserResponse> {
    return this.read(id, manager, false, (params) => this.visibilityCondition(actor, params));
  }

  /**
   * A user whoever asks: for the service's own reads (the signed-in user's own record, a user just written in the
   * caller's transaction). `lock` holds the row until the transaction commits (for the audit's before).
   */
  async byId(id: string, manager: EntityManager | DataSource = this.dataSource, lock = false): Promise<UserResponse> {
    return this.read(id, manager, lock, () => 'TRUE');
  }

  private async read(id: string, manager: EntityManager | DataSource, lock: boolean, scope: (params: unknown[]) => string): Promise<UserResponse> {
    const params: unknown[] = [id];
    const rows = await manager.query(
      `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 AND ${scope(params)}${lock ? ' FOR NO KEY UPDATE OF u' : ''}`,
      params,
    );
    if (rows.length === 0) throw new DomainError('USER_NOT_FOUND', `There is no user ${id} that you can manage.`);
    return rows[0];
  }

  async create(actor: AuthUser, request: CreateUserRequest): Promise<UserResponse> {
    const scope: Scope = { role: request.role, regencyCodes: request.regencyCodes ?? [], pointIds: request.pointIds ?? [] };
    await this.assertScopeAllowed(actor, scope);
    const passwordHash = await this.passwords.hash(request.password);
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .query(`INSERT INTO users (username, password_hash, role, active, email) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
          request.username,
          passwordHash,
          request.role,
          request.active ?? true,
          request.email ?? null,
        ])
        .catch((error: unknown) => {
          if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
            throw new DomainError('USERNAME_TAKEN', `The username ${request.username} is already in use. Choose another.`);
          }
          throw error;
        });
      await this.writeScope(manager, rows[0].id, scope);
      const created = await this.byId(rows[0].id, manager);
      await this.audit.record({ actorId: actor.id, entityType: 'user', entityId: created.id, before: null, after: created }, manager);
      return created;
    });
  }

  async update(actor: AuthUser, id: string, request: UpdateUserRequest): Promise<UserResponse> {
    const current = await this.get(actor, id);
    if (current.id === actor.id && (request.active === false || (request.role && request.role !== current.role))) {
      throw new DomainError('CANNOT_CHANGE_OWN_ACCOUNT', 'You cannot deactivate your own account or change your own role.');
    }
    const role = request.role ?? current.role;
    const roleChanged = role !== current.role;
    const scope: Scope = {
      role,
      // A new role starts from an empty scope unless the request gives one, so no stale scope survives a role change.
      regencyCodes: request.regencyCodes ?? (roleChanged ? [] : current.regencyCodes),
      pointIds: request.pointIds ?? (roleChanged ? [] : current.pointIds),
    };
    const scopeChanged = roleChanged || request.regencyCodes !== undefined || request.pointIds !== undefined;
    if (scopeChanged) await this.assertScopeAllowed(actor, scope);
    // null is taken as "no change", like an absent field.
    const passwordHash = request.password === undefined || request.password === null ? null : await this.passwords.hash(request.password);

    return this.dataSource.transaction(async (manager) => {
      // The change and its audit entry commit together; the row is locked first, so `before` is what this change replaced.
      const before = await this.byId(id, manager, true);
      await manager.query(
        `UPDATE users SET role = $2, active = COALESCE($3, active),
                password_hash = COALESCE($4, password_hash),
                -- Tokens carry this moment: a new password or a deactivation ends every session issued before it, so
                -- re-activating an account does not revive them.
                password_changed_at = CASE WHEN $4::text IS NOT NULL OR ($3::boolean IS FALSE AND active) THEN now() ELSE password_changed_at END,
                -- Absent: unchanged; null: removed.
                email = CASE WHEN $5::boolean THEN $6 ELSE email END,
                updated_at = now()
          WHERE id = $1`,
        [id, role, request.active ?? null, passwordHash, request.email !== undefined, request.email ?? null],
      );
      if (scopeChanged) {
        await manager.query(`DELETE FROM user_regency_scopes WHERE user_id = $1`, [id]);
        await manager.query(`DELETE FROM user_point_scopes WHERE user_id = $1`, [id]);
        await this.writeScope(manager, id, scope);
      }
      const updated = await this.byId(id, manager);
      await this.audit.record(
        { actorId: actor.id, entityType: 'user', entityId: id, before, after: passwordHash === null ? updated : { ...updated, passwordChanged: true } },
        manager,
      );
      return updated;
    });
  }

  /**
   * A user changes their own password, proving the current one. Every token issued before stops working (as after a
   * reset), so the caller logs in again with the new password.
   */
  async changeOwnPassword(actor: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const credentials = await this.findCredentials(actor.username);
    if (!credentials || !(await this.passwords.verify(credentials.passwordHash, currentPassword))) {
      throw new DomainError('WRONG_CURRENT_PASSWORD', 'The current password is not right. Nothing was changed.', {
        errors: [{ field: 'currentPassword', messages: ['is not your current password'] }],
      });
    }
    if (newPassword === currentPassword) {
      throw invalidField('newPassword', 'must differ from the current password');
    }
    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.byId(actor.id, manager, true);
      await manager.query(`UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [actor.id, passwordHash]);
      const after = await this.byId(actor.id, manager);
      await this.audit.record({ actorId: actor.id, entityType: 'user', entityId: actor.id, before, after: { ...after, passwordChanged: true } }, manager);
    });
  }

  /** Creates the first administrator from ADMIN_USERNAME/ADMIN_PASSWORD when the database has no administrator. */
  async ensureAdministrator(username: string, password: string): Promise<boolean> {
    const existing = await this.dataSource.query(`SELECT 1 FROM users WHERE role = 'admin' LIMIT 1`);
    if (existing.length > 0) return false;
    await this.dataSource.query(
      `INSERT INTO users (username, password_hash, role, active) VALUES ($1, $2, 'admin', true)`,
      [username, await this.passwords.hash(password)],
    );
    return true;
  }

  private visibilityCondition(actor: AuthUser, params: unknown[]): string {
    if (actor.role === 'admin') return 'TRUE';
    if (actor.role !== 'district_officer') return 'FALSE';
    params.push(ROLES_DISTRICT_OFFICERS_MANAGE, actor.regencyCodes);
    const roles = `$${params.length - 1}::text[]`;
    const regencies = `$${params.length}::text[]`;
    return `(u.role = ANY(${roles})
      AND EXISTS (SELECT 1 FROM user_point_scopes s WHERE s.user_id = u.id)
      AND NOT EXISTS (SELECT 1 FROM user_point_scopes s JOIN points p ON p.id = s.point_id
                       WHERE s.user_id = u.id AND NOT (p.regency_code = ANY(${regencies}))))`;
  }

  /** The scope must fit the role, refer to existing regencies and points, and lie within what the actor manages. */
  private async assertScopeAllowed(actor: AuthUser, scope: Scope): Promise<void> {
    const fieldError = (field: string, message: string) =>
      new DomainError('INVALID_SCOPE', message, { errors: [{ field, messages: [message] }] });

    if (scope.role === 'admin' && (scope.regencyCodes.length > 0 || scope.pointIds.length > 0)) {
      throw fieldError('role', 'An administrator has no regency or point scope; leave regencyCodes and pointIds empty.');
    }
    if (scope.role === 'district_officer') {
      if (scope.regencyCodes.length === 0) throw fieldError('regencyCodes', 'A district officer needs at least one regency code.');
      if (scope.pointIds.length > 0) throw fieldError('pointIds', 'A district officer is scoped by regency; leave pointIds empty.');
    }
    if (scope.role === 'point_staff' || scope.role === 'outreach_officer') {
      if (scope.pointIds.length === 0) throw fieldError('pointIds', `A ${scope.role} needs at least one point id.`);
      if (scope.regencyCodes.length > 0) throw fieldError('regencyCodes', `A ${scope.role} is scoped by point; leave regencyCodes empty.`);
    }

    const unknownRegencies = await this.regions.unknownRegencies(scope.regencyCodes);
    if (unknownRegencies.length > 0) {
      throw new DomainError('UNKNOWN_REGENCY', `Unknown regency codes: ${unknownRegencies.join(', ')}.`, {
        errors: [{ field: 'regencyCodes', messages: [`unknown: ${unknownRegencies.join(', ')}`] }],
      });
    }

    const accessScope = new AccessScope(actor);
    const points = await this.points.findRefs(scope.pointIds);
    const missing = scope.pointIds.filter((id) => !points.some((point) => point.id === id && accessScope.canSeePoint(point)));
    if (missing.length > 0) {
      throw new DomainError('UNKNOWN_POINT', `Unknown distribution points: ${missing.join(', ')}.`, {
        errors: [{ field: 'pointIds', messages: [`unknown: ${missing.join(', ')}`] }],
      });
    }
    if (scope.role === 'outreach_officer') {
      const notOutreach = points.filter((point) => point.type !== 'outreach').map((point) => point.id);
      if (notOutreach.length > 0) {
        throw fieldError('pointIds', `An outreach officer carries outreach points only; these are not: ${notOutreach.join(', ')}.`);
      }
    }

    if (actor.role === 'district_officer') {
      if (!ROLES_DISTRICT_OFFICERS_MANAGE.includes(scope.role)) {
        throw new DomainError('FORBIDDEN_ROLE', 'A district officer may create only point staff and outreach officers.');
      }
    }
  }

  private async writeScope(manager: EntityManager, userId: string, scope: Scope): Promise<void> {
    if (scope.regencyCodes.length > 0) {
      await manager.query(
        `INSERT INTO user_regency_scopes (user_id, regency_code) SELECT $1, unnest($2::text[])`,
        [userId, scope.regencyCodes],
      );
    }
    if (scope.pointIds.length > 0) {
      await manager.query(`INSERT INTO user_point_scopes (user_id, point_id) SELECT $1, unnest($2::uuid[])`, [
        userId,
        scope.pointIds,
      ]);
    }
  }
}
