/**
 * Shared plumbing of the benchmark scripts (`npm run bench:seed`, `npm run bench`): scales, the PostgreSQL server the
 * benchmark uses (DATABASE_URL, or an embedded PostgreSQL of its own), the compiled application run as a child
 * process, memory sampling and small statistics. Benchmarks print figures; they are not tests.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { ensureBuilt as ensureAppBuilt } from '../build-if-changed';

export const ROOT = resolve(__dirname, '..', '..');
export const MAIN_JS = join(ROOT, 'dist', 'src', 'main.js');

export type ScaleName = 'tiny' | 'small' | 'national' | 'regional';

export interface Scale {
  name: ScaleName;
  /** Regency codes to use; undefined = all 514 from idn-area-data. */
  regencies?: string[];
  /** Provinces whose regencies are used (alternative to `regencies`). */
  provinces?: string[];
  points: number;
  products: number;
  days: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  // Six regencies across the three time zones: a few seconds.
  tiny: { name: 'tiny', regencies: ['31.71', '32.01', '32.73', '52.03', '73.71', '91.71'], points: 40, products: 12, days: 120 },
  // DKI Jakarta, Jawa Barat and Nusa Tenggara Barat: about a tenth of the country.
  small: { name: 'small', provinces: ['31', '32', '52'], points: 1000, products: 30, days: 365 },
  // Every regency of Indonesia.
  national: { name: 'national', points: 10000, products: 30, days: 365 },
  // Several countries' programmes in one pasokan (issue 22): five times the national data, generated the same way
  // (every regency carries five times the points). About 70 M ledger lines and 28 GB; the seed takes about 30 min.
  regional: { name: 'regional', points: 50000, products: 30, days: 365 },
};

export function parseScale(value: string | undefined): ScaleName {
  const name = (value ?? 'tiny') as ScaleName;
  if (!(name in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')} (got ${value})`);
  return name;
}

/** The administrator the seed creates (through ADMIN_USERNAME/ADMIN_PASSWORD at start-up) and the benchmark logs in as. */
export const BENCH_ADMIN = { username: 'bench.admin', password: 'bench-admin-password' };
export const BENCH_JWT_SECRET = 'pasokan-benchmark-secret-not-for-production';

const started = Date.now();
export function log(message: string): void {
  process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}\n`);
}

/**
 * Last-resort stops for what the benchmark started (the application, embedded PostgreSQL clusters): run when the
 * process exits for any reason (an error, an uncaught exception, Ctrl-C) without having stopped them itself. They must
 * be synchronous: signals only.
 */
const stopsOnExit = new Set<() => void>();
export function stopOnExit(stop: () => void): () => void {
  stopsOnExit.add(stop);
  return () => stopsOnExit.delete(stop);
}
process.on('exit', () => {
  for (const stop of stopsOnExit) {
    try {
      stop();
    } catch {
      // already gone
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping what the benchmark started\n`);
    process.exit(130);
  });
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Builds the application when its sources changed since the last build (the same check `npm start` makes). */
export function ensureBuilt(): void {
  ensureAppBuilt(log, ROOT);
}

/** A PostgreSQL server the benchmark may create and drop its own databases on. */
export interface BenchServer {
  /** URL of a maintenance database (CREATE/DROP DATABASE). */
  adminUrl: string;
  description: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
  /** The embedded cluster's postmaster, to measure the database's CPU time; undefined on DATABASE_URL. */
  postmasterPid?: () => number | undefined;
}

export interface ServerOptions {
  /** A throw-away embedded cluster in a temporary folder, deleted on stop (CI). */
  temp?: boolean;
  /** Extra `postgres -c` flags for the embedded cluster (the seed turns fsync off while loading). */
  postgresFlags?: string[];
}

/**
 * DATABASE_URL when set (the benchmark creates and drops its own databases there, so the user needs CREATEDB), else an
 * embedded PostgreSQL: the one shipped with the app (`embedded-postgres`), data in .data/bench/postgres (git-ignored)
 * on port BENCH_PG_PORT (5434), or a throw-away one with --temp.
 */
export async function openServer(options: ServerOptions = {}): Promise<BenchServer> {
  const urlFor = (base: string) => (database: string) => {
    const url = new URL(base);
    url.pathname = `/${database}`;
    return url.toString();
  };
  if (process.env.DATABASE_URL) {
    const adminUrl = process.env.DATABASE_URL;
    const host = new URL(adminUrl).host;
    return { adminUrl, description: `DATABASE_URL (${host})`, urlFor: urlFor(adminUrl), stop: async () => undefined };
  }
  const dataDir = options.temp ? mkdtempSync(join(tmpdir(), 'pasokan-bench-pg-')) : join(ROOT, '.data', 'bench', 'postgres');
  const port = options.temp ? await freePort() : Number(process.env.BENCH_PG_PORT ?? 5434);
  const postmasterPid = () => {
    try {
      return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    } catch {
      return undefined;
    }
  };
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port,
    database: 'postgres',
    persistent: true,
    postgresFlags: ['-c', 'max_connections=200', ...(options.postgresFlags ?? [])],
  });
  // SIGINT is PostgreSQL's fast shutdown: it rolls back open transactions and exits cleanly.
  const forget = stopOnExit(() => {
    const pid = postmasterPid();
    if (pid) process.kill(pid, 'SIGINT');
  });
  return {
    adminUrl: embedded.url,
    description: `embedded PostgreSQL (${dataDir}, port ${port})`,
    postmasterPid,
    urlFor: urlFor(embedded.url),
    stop: async () => {
      await embedded.stop();
      forget();
      if (options.temp) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined); // errors reach the awaiting query; never an unhandled 'error' event
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const seedDatabaseName = (scale: ScaleName) => `pasokan_bench_${scale}`;

/** A fresh copy of a seeded database for one run (by file copy where the server allows it: much faster than WAL). */
export async function copyDatabase(server: BenchServer, from: string, to: string): Promise<void> {
  await withClient(server.adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${to}`);
    try {
      await client.query(`CREATE DATABASE ${to} TEMPLATE ${from} STRATEGY FILE_COPY`);
    } catch {
      await client.query(`CREATE DATABASE ${to} TEMPLATE ${from}`);
    }
  });
}

/** `samples` timings of `run` in ms, after one warm-up run (the database cache, the service's first query plan). */
export async function timed(run: () => Promise<void>, samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= samples; i++) {
    const started = performance.now();
    await run();
    if (i > 0) times.push(performance.now() - started);
  }
  return times;
}
export const SEED_MARK = 'pasokan benchmark seed';

/** The seed's summary stored as the database comment when a seed completed, or undefined. */
export async function seedInfo(server: BenchServer, database: string): Promise<Record<string, unknown> | undefined> {
  return withClient(server.adminUrl, async (client) => {
    const { rows } = await client.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [database]);
    const comment: string | null = rows[0]?.comment ?? null;
    if (!comment?.startsWith(SEED_MARK)) return undefined;
    return JSON.parse(comment.slice(SEED_MARK.length + 1)) as Record<string, unknown>;
  });
}

/** The compiled application (`node dist/src/main.js`) as a child process. */
export interface AppProcess {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  output: () => string;
}

export function spawnApp(env: Record<string, string>, port: number): AppProcess {
  let output = '';
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      DAILY_SCAN_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '10000',
      JWT_SECRET: BENCH_JWT_SECRET,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // SIGTERM lets the application stop its own embedded PostgreSQL, if it started one.
  const forget = stopOnExit(() => child.kill('SIGTERM'));
  child.once('exit', () => forget());
  return { child, port, baseUrl: `http://127.0.0.1:${port}`, output: () => output };
}

/** Polls /health/ready until it answers 200; returns the milliseconds since `since`. */
export async function waitReady(app: AppProcess, since: number, timeoutMs = 180_000): Promise<number> {
  for (;;) {
    if (app.child.exitCode !== null) throw new Error(`the application exited (code ${app.child.exitCode}):\n${app.output()}`);
    try {
      const response = await fetch(`${app.baseUrl}/health/ready`);
      if (response.status === 200) return Date.now() - since;
    } catch {
      // not listening yet
    }
    if (Date.now() - since > timeoutMs) throw new Error(`the application was not ready after ${timeoutMs} ms:\n${app.output()}`);
    await sleep(25);
  }
}

/** SIGTERM (the app closes Nest and its embedded PostgreSQL), SIGKILL if it has not exited in time. */
export async function stopApp(app: AppProcess, timeoutMs = 30_000): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = new Promise<void>((done) => app.child.once('exit', () => done()));
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Samples a process's resident memory (VmRSS) and its peak (VmHWM) from /proc, per named phase. */
export class MemorySampler {
  private timer?: NodeJS.Timeout;
  private phase = 'start-up';
  readonly peakByPhase = new Map<string, number>();
  peakHwm = 0;

  constructor(private readonly pid: number) {}

  start(intervalMs = 100): void {
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  setPhase(phase: string): void {
    this.sample();
    this.phase = phase;
    this.sample();
  }

  sample(): void {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
      const rss = kb('VmRSS') / 1024;
      this.peakHwm = Math.max(this.peakHwm, kb('VmHWM') / 1024);
      this.peakByPhase.set(this.phase, Math.max(this.peakByPhase.get(this.phase) ?? 0, rss));
    } catch {
      // the process has exited
    }
  }

  stop(): void {
    this.sample();
    if (this.timer) clearInterval(this.timer);
  }
}

const TICKS_PER_SECOND = 100;

function statFields(pid: number): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3 (state).
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** CPU seconds used by a process (user + system), optionally with its waited-for children (exited backends). */
export function cpuSeconds(pid: number, withExitedChildren = false): number {
  const fields = statFields(pid);
  if (!fields) return 0;
  // fields[11..14] = utime, stime, cutime, cstime (fields 14-17 of /proc/pid/stat)
  const ticks = Number(fields[11]) + Number(fields[12]) + (withExitedChildren ? Number(fields[13]) + Number(fields[14]) : 0);
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds used so far by a PostgreSQL cluster: the postmaster, its live children and the backends that exited. */
export function clusterCpuSeconds(postmasterPid: number): number {
  let total = cpuSeconds(postmasterPid, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === postmasterPid) total += cpuSeconds(Number(entry));
  }
  return total;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values: number[]) => percentile(values, 50);

/** A small seeded pseudo-random generator (mulberry32), so a scale always produces the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Logs in as the benchmark administrator. */
export async function login(app: AppProcess): Promise<{ token: string; userId: string }> {
  const response = await fetch(`${app.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { accessToken: string; user: { id: string } };
  return { token: body.accessToken, userId: body.user.id };
}
