import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

/** The role the application connects as when APP_DATABASE_URL does not name one. */
export const DEFAULT_APP_ROLE = 'pasokan_app';

/** Tables the application reads but never writes. */
const READ_ONLY_TABLES = ['migrations'];

export interface DatabaseRoles {
  /** Owns the schema: runs the migrations and grants (DATABASE_URL). */
  ownerUrl: string;
  /** The application's own connection (APP_DATABASE_URL); unset = DEFAULT_APP_ROLE, made and kept by start-up. */
  appUrl?: string;
}

/**
 * Start-up, as the owner of the schema: apply pending migrations, make sure the application's role exists, owns
 * nothing and holds only data rights (SELECT, INSERT, UPDATE, DELETE; no TRUNCATE, no DDL), then return the URL the
 * application connects with. So the append-only triggers and constraints bind every statement the application can
 * send: a role that does not own a table cannot disable its triggers, alter or drop it, and only a superuser can set
 * session_replication_role.
 */
export async function prepareDatabase(roles: DatabaseRoles): Promise<string> {
  const migrations = new DataSource(databaseOptions(roles.ownerUrl));
  await migrations.initialize();
  try {
    await migrations.runMigrations({ transaction: 'each' });
  } finally {
    await migrations.destroy();
  }

  const appUrl = roles.appUrl ?? derivedAppUrl(roles.ownerUrl);
  const appRole = decodeURIComponent(new URL(appUrl).username);
  const owner = new Client({ connectionString: roles.ownerUrl });
  await owner.connect();
  try {
    await ensureRole(owner, appRole, appUrl, roles.appUrl === undefined);
    await grantDataRights(owner, appRole);
  } finally {
    await owner.end();
  }
  await assertCanConnect(appUrl, appRole);
  return appUrl;
}

/**
 * The default application role connects like the owner (same host, port and database) with a password derived from
 * the owner's: every instance of the service computes the same one, so none has to store it, and it is as secret as
 * the owner's own.
 */
export function derivedAppUrl(ownerUrl: string, role = DEFAULT_APP_ROLE): string {
  const url = new URL(ownerUrl);
  const password = createHash('sha256').update(`pasokan application role\n${decodeURIComponent(url.password)}\n${role}`).digest('base64url');
  url.username = role;
  url.password = password;
  return url.toString();
}

async function ensureRole(owner: Client, role: string, appUrl: string, managed: boolean): Promise<void> {
  const [ownerRole] = (await owner.query(`SELECT current_user AS name`)).rows as { name: string }[];
  if (ownerRole.name === role) {
    throw new Error(`The application role ${role} is the owner of the schema (DATABASE_URL): give APP_DATABASE_URL another role.`);
  }
  const password = decodeURIComponent(new URL(appUrl).password);
  const exists = (await owner.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role])).rowCount === 1;
  if (!exists) {
    try {
      await owner.query(
        `CREATE ROLE ${owner.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT` +
          (password ? ` PASSWORD ${owner.escapeLiteral(password)}` : ''),
      );
    } catch (error) {
      // Another instance (or test run) on the same server created it at the same moment.
      if (!['42710', '23505'].includes((error as { code?: string }).code ?? '')) throw roleError(role, error);
    }
  } else if (managed && !(await canConnect(appUrl))) {
    // The owner's password changed (so the derived one did), or the role was made elsewhere: set it.
    await owner.query(`ALTER ROLE ${owner.escapeIdentifier(role)} LOGIN PASSWORD ${owner.escapeLiteral(password)}`).catch((error) => {
      throw roleError(role, error);
    });
  }

  const [attributes] = (
    await owner.query(
      `SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb AS powerful, pg_has_role(rolname, current_user, 'MEMBER') AS owner_member
         FROM pg_roles WHERE rolname = $1`,
      [role],
    )
  ).rows as { powerful: boolean; owner_member: boolean }[];
  if (attributes.powerful || attributes.owner_member) {
    throw new Error(
      `The application role ${role} must be an ordinary role: not a superuser, not allowed to create roles or databases or bypass ` +
        `row security, and not a member of the schema owner ${ownerRole.name}.`,
    );
  }
}

/** Resets the role's rights on every table and sequence, so a table added by a later migration is covered too. */
async function grantDataRights(owner: Client, role: string): Promise<void> {
  const who = owner.escapeIdentifier(role);
  await owner.query('BEGIN');
  try {
    // Two instances starting at once take turns (GRANT on one table from two sessions can fail).
    await owner.query(`SELECT pg_advisory_xact_lock(hashtext('pasokan application role grants'))`);
    await owner.query(`GRANT USAGE ON SCHEMA public TO ${who}`);
    await owner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${who}`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${who}`);
    for (const table of READ_ONLY_TABLES) await owner.query(`REVOKE INSERT, UPDATE, DELETE ON ${owner.escapeIdentifier(table)} FROM ${who}`);
    await owner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${who}`);
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${who}`);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function assertCanConnect(url: string, role: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The service could not connect as its application role ${role}: ${(error as Error).message}. ` +
        'Check that the server lets this role log in (pg_hba.conf), or set APP_DATABASE_URL to a role you made (see the README).',
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function roleError(role: string, error: unknown): Error {
  return new Error(
    `The service could not create or update its application role ${role} (${(error as Error).message}). ` +
      'Give the owner in DATABASE_URL the CREATEROLE right, or create the role yourself and set APP_DATABASE_URL (see the README).',
    { cause: error },
  );
}
