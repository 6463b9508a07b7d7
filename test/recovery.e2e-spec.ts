import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { buildService, freePort, spawnService, startService } from './support/server-process';

jest.setTimeout(240_000);

/** Alive, or a zombie that only its parent can reap: both count as alive here. */
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
};
const postmasterPid = (dataDir: string) => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
const until = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
const status = (url: string) => fetch(url, { signal: AbortSignal.timeout(5_000) }).then((response) => response.status, () => 0);

/**
 * The service with its embedded PostgreSQL comes back by itself: after the Node process is killed, after PostgreSQL
 * crashes; and when it cannot, liveness fails so a supervisor restarts it. Each case runs the built service as a real
 * process on a fresh data folder.
 */
describe('the service with its embedded PostgreSQL comes back by itself', () => {
  let dataDir: string;
  let env: Record<string, string>;
  const started: ChildProcess[] = [];
  const startOptions = { timeoutMs: 120_000 };

  beforeAll(async () => {
    buildService();
    // A folder the `postgres` system user can enter (when run as root, PostgreSQL runs as that user).
    const parent = mkdtempSync(join(tmpdir(), 'pasokan-recovery-'));
    chmodSync(parent, 0o755);
    dataDir = join(parent, 'postgres');
    env = { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
  });
  afterAll(() => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    try {
      const pid = postmasterPid(dataDir);
      if (isAlive(pid)) process.kill(pid, 'SIGQUIT');
    } catch {
      // no server left
    }
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('stops the PostgreSQL a killed service left running, and starts cleanly on the same folder and port', async () => {
    const first = await startService(env, startOptions);
    started.push(first.child);
    const orphan = postmasterPid(dataDir);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(isAlive(orphan)).toBe(true); // the situation that made every next start fail on its port

    const second = await startService(env, startOptions);
    started.push(second.child);
    expect(isAlive(orphan)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    expect(await status(`${second.url}/health`)).toBe(200);

    // SIGTERM stops the service and its PostgreSQL.
    const running = postmasterPid(dataDir);
    await second.stop();
    expect(await second.exited).toEqual({ code: 0, signal: null });
    await until('PostgreSQL stopped', () => !isAlive(running), 20_000);
  });

  it('never signals another program named in a stale lock file', async () => {
    const bystander = spawn('sleep', ['300'], { stdio: 'ignore' });
    started.push(bystander);
    writeFileSync(join(dataDir, 'postmaster.pid'), `${bystander.pid}\n${dataDir}\n0\n${env.EMBEDDED_PG_PORT}\n`);
    const service = await startService(env, startOptions);
    started.push(service.child);
    expect(isAlive(bystander.pid!)).toBe(true);
    expect(postmasterPid(dataDir)).not.toBe(bystander.pid);
    await service.stop();
    bystander.kill('SIGKILL');
  });

  it('starts a crashed PostgreSQL again, and fails liveness when it cannot', async () => {
    const service = await startService(env, startOptions);
    started.push(service.child);
    try {
      process.kill(postmasterPid(dataDir), 'SIGKILL');
      await until('the database answers again', async () => (await status(`${service.url}/health/ready`)) === 200);
      expect(await status(`${service.url}/health`)).toBe(200);
      // The database answers the lookup again (a pooled connection that died with the server may cost one 503 first).
      const login = () =>
        fetch(`${service.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'nobody', password: 'wrong-password' }),
        }).then((response) => response.status);
      await until('a login is looked up in the database', async () => (await login()) === 401, 10_000);

      // Now a crash it cannot recover from: the configuration file is gone.
      const config = join(dataDir, 'postgresql.conf');
      renameSync(config, `${config}.away`);
      try {
        process.kill(postmasterPid(dataDir), 'SIGKILL');
        await until('liveness fails', async () => (await status(`${service.url}/health`)) === 503, 60_000);
        const body = await (await fetch(`${service.url}/health`)).json();
        expect(JSON.stringify(body)).toMatch(/could not be started again/);
        expect(service.child.exitCode).toBeNull();
      } finally {
        renameSync(`${config}.away`, config);
      }
    } finally {
      service.child.kill('SIGKILL');
      await service.exited;
    }
  });

  (userInfo().uid === 0 ? it : it.skip)('stops with what to do when, run as root, the data folder is where PostgreSQL cannot enter', async () => {
    const privateHome = mkdtempSync(join(tmpdir(), 'pasokan-private-'));
    chmodSync(privateHome, 0o700); // like /root
    mkdirSync(join(privateHome, 'pasokan'));
    try {
      const service = spawnService({ EMBEDDED_PG_DIR: join(privateHome, 'pasokan', '.data', 'postgres'), EMBEDDED_PG_PORT: String(await freePort()) }, await freePort());
      started.push(service.child);
      expect(await service.exited).toEqual({ code: 1, signal: null });
      expect(service.stderr()).toContain(`cannot enter ${privateHome}`);
      expect(service.stderr()).toContain('EMBEDDED_PG_DIR');
      expect(service.stderr()).toContain('DATABASE_URL');
    } finally {
      rmSync(privateHome, { recursive: true, force: true });
    }
  });
});
