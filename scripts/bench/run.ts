/**
 * `npm run bench -- [--scale tiny|small|national|regional] [--quick] [--temp] [--reseed]`
 *
 * Measures, in one run, against the seeded database of the scale (seeded first when missing) on DATABASE_URL's server
 * or the embedded PostgreSQL, with the application running as a separate process (`node dist/src/main.js`):
 * single and batched movements over HTTP (autocannon, 32 connections) against the same SQL sent by the `pg` driver,
 * the shortage report (national and one regency) against the same answer computed naively from the ledger, the
 * expiry scan against its condition query alone, the server's peak resident memory, and start-up to /health/ready
 * with the embedded PostgreSQL against the embedded PostgreSQL alone. Prints a table (figure, baseline, ratio,
 * target met or missed) and writes it to .data/bench/. Benchmarks print figures; `npm test` never depends on them.
 *
 * Each run works on a copy of the seeded database (CREATE DATABASE … TEMPLATE), dropped at the end, so runs start
 * from the same data. --temp uses a throw-away embedded PostgreSQL (CI); --quick shortens every phase.
 */
import autocannon from 'autocannon';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { PreparingClient } from '../../src/database/prepared-statements';
import { MovementTarget, movementBySql, naiveShortageReport, ReportRow, SCAN_CONDITIONS_COUNT_SQL, scanParams } from './baselines';
import {
  AppProcess,
  BenchServer,
  clusterCpuSeconds,
  copyDatabase,
  cpuSeconds,
  ensureBuilt,
  formatNumber,
  freePort,
  log,
  login,
  median,
  MemorySampler,
  openServer,
  parseScale,
  percentile,
  ROOT,
  ScaleName,
  seedDatabaseName,
  seedInfo,
  sleep,
  spawnApp,
  stopApp,
  waitReady,
  withClient,
} from './common';
import { Picker } from './picker';
import { seed } from './seed';
import { measureDashboard } from './dashboard';
import { measureGrowth } from './growth';
import { measureScaleOut } from './scale-out';
import { measureLists } from './lists';
import { measureMonthlyReport, measureOtherReports } from './reports';
import { buildWeb, measureWebApp } from './web-app';

const CONNECTIONS = 32;
/** The application's pool size (src/database/database-options.ts): the baseline uses the same. */
const APP_POOL_SIZE = 20;
const LINES_PER_BATCH = 100;
/** A phone's outbox after days offline: the largest batch POST /api/v1/sync/movements takes. */
const SYNC_BATCH_SIZE = 500;

interface Options {
  scale: ScaleName;
  quick: boolean;
  temp: boolean;
  reseed: boolean;
  skipStartup: boolean;
}

interface ResultRow {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  verdict: '' | 'met' | 'missed';
}

const rows: ResultRow[] = [];
const notes: string[] = [];

function record(figure: string, value: string, baseline = '–', ratio = '–', target = '–', verdict: ResultRow['verdict'] = ''): void {
  rows.push({ figure, value, baseline, ratio, target, verdict });
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : formatNumber(value)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const ratioText = (value: number, baseline: number) => (baseline > 0 && Number.isFinite(value) ? `${(value / baseline).toFixed(2)}×` : '–');
const verdict = (ok: boolean): ResultRow['verdict'] => (ok ? 'met' : 'missed');

function durations(options: Options) {
  if (options.quick) return { load: 5, warmup: 1, reports: 10, regencyReports: 20, naive: 1, naiveRegency: 3 };
  if (options.scale === 'national' || options.scale === 'regional') return { load: 30, warmup: 5, reports: 40, regencyReports: 100, naive: 1, naiveRegency: 10 };
  return { load: 15, warmup: 3, reports: 40, regencyReports: 100, naive: 3, naiveRegency: 10 };
}

// ---------------------------------------------------------------------------------------------------------------


async function timedGet(url: string, token: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

interface CpuSnapshot {
  app: number;
  pg: number;
  bench: number;
}

/** CPU seconds so far of the app process, the PostgreSQL cluster (embedded only) and this process (the load generator). */
function cpuSnapshot(server: BenchServer, appPid: number): CpuSnapshot {
  const postmaster = server.postmasterPid?.();
  const usage = process.cpuUsage();
  return { app: cpuSeconds(appPid), pg: postmaster ? clusterCpuSeconds(postmaster) : NaN, bench: (usage.user + usage.system) / 1e6 };
}

function cpuPerOperation(before: CpuSnapshot, after: CpuSnapshot, operations: number, seconds: number): string {
  const per = (key: keyof CpuSnapshot) => (((after[key] - before[key]) / operations) * 1000).toFixed(2);
  const busy = (after.app - before.app + (after.pg - before.pg || 0) + after.bench - before.bench) / seconds;
  return `CPU per movement: app ${per('app')} ms, PostgreSQL ${Number.isNaN(after.pg) ? 'not measured' : `${per('pg')} ms`}, load generator ${per('bench')} ms (${busy.toFixed(2)} of 2 cores busy)`;
}

/**
 * Single (one line) or batched (100 lines) distributions to random points and lots, over HTTP with autocannon, for
 * `seconds` or `budget` movements, whichever ends first.
 */
async function httpMovements(app: AppProcess, token: string, pick: () => MovementTarget[] | undefined, seconds: number, budget: number) {
  if (budget < CONNECTIONS) return skipped(budget);
  let firstFailure: string | undefined;
  const result = await autocannon({
    url: app.baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    maxOverallRequests: budget,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const lines = pick();
          // Cannot happen within the budget; sent as is, the request fails and is counted as failed.
          if (!lines) return request;
          return {
            ...request,
            path: `/api/v1/points/${lines[0].pointId}/movements`,
            body: JSON.stringify({
              id: randomUUID(),
              type: 'distribution',
              occurredAt: new Date().toISOString(),
              contacts: lines.length,
              lines: lines.map((line) => ({ productId: line.productId, lotId: line.lotId, quantity: 1 })),
            }),
          };
        },
        onResponse: (status, body) => {
          if (status >= 300 && !firstFailure) firstFailure = `${status} ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  if (firstFailure) notes.push(`First failed request: ${firstFailure}`);
  return {
    perSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors,
    seconds: result.duration,
    statusCodes: result.statusCodeStats,
  };
}

/** A phase with no stock left to move: reported as such rather than failing the run. */
function skipped(budget: number) {
  notes.push(`A movement phase was skipped: only ${budget} movements' worth of stock was left.`);
  return { perSecond: NaN, p50: NaN, p99: NaN, ok: 0, failed: 0, statusCodes: undefined, seconds: NaN };
}

/**
 * The same SQL through the `pg` driver, with the same number of concurrent clients and the app's pool size, for
 * `seconds` or `budget` movements, whichever ends first.
 */
async function sqlMovements(pool: Pool, userId: string, pick: () => MovementTarget[] | undefined, seconds: number, budget: number) {
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let failed = 0;
  let begun = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline && begun < budget) {
        const lines = pick();
        if (!lines) break;
        begun++;
        const t = performance.now();
        try {
          await movementBySql(pool, userId, lines);
          latencies.push(performance.now() - t);
        } catch {
          failed++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), ok: latencies.length, failed, seconds: elapsed };
}

/**
 * A field app's outbox: 500 one-line distributions at random points in one POST /api/v1/sync/movements, then the same
 * request again (everything replayed, as after a lost answer), against 500 other such movements sent one by one on
 * one connection, in order, the way a client without the sync endpoint would have to.
 */
async function syncMovements(app: AppProcess, token: string, pick: () => MovementTarget[] | undefined) {
  const movement = () => {
    const lines = pick();
    // The caller checked the budget first.
    if (!lines) throw new Error('no stock left for the sync phase');
    return {
      pointId: lines[0].pointId,
      id: randomUUID(),
      type: 'distribution',
      occurredAt: new Date().toISOString(),
      contacts: lines.length,
      lines: lines.map((line) => ({ productId: line.productId, lotId: line.lotId, quantity: 1 })),
    };
  };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const batch = Array.from({ length: SYNC_BATCH_SIZE }, movement);
  const sync = async () => {
    const started = performance.now();
    const response = await fetch(`${app.baseUrl}/api/v1/sync/movements`, { method: 'POST', headers, body: JSON.stringify({ movements: batch }) });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`POST /api/v1/sync/movements answered ${response.status}: ${text.slice(0, 500)}`);
    const outcomes = (JSON.parse(text) as { results: { outcome: string }[] }).results.map((result) => result.outcome);
    return { ms: performance.now() - started, outcomes, bytes: text.length };
  };
  const first = await sync();
  const again = await sync();
  const count = (outcomes: string[], outcome: string) => outcomes.filter((candidate) => candidate === outcome).length;

  const singles = Array.from({ length: SYNC_BATCH_SIZE }, movement);
  let failed = 0;
  const started = performance.now();
  for (const { pointId, ...body } of singles) {
    const response = await fetch(`${app.baseUrl}/api/v1/points/${pointId}/movements`, { method: 'POST', headers, body: JSON.stringify(body) });
    await response.text();
    if (response.status !== 201) failed++;
  }
  const singleMs = performance.now() - started;
  return {
    syncMs: first.ms,
    replayMs: again.ms,
    singleMs,
    recorded: count(first.outcomes, 'recorded'),
    replayed: count(again.outcomes, 'replayed'),
    answerBytes: first.bytes,
    singleFailed: failed,
  };
}

function compareReports(app: ReportRow[], naive: ReportRow[]): { compared: number; differences: string[] } {
  const byPair = new Map(naive.map((row) => [`${row.pointId}/${row.productId}`, row]));
  const differences: string[] = [];
  for (const row of app) {
    const other = byPair.get(`${row.pointId}/${row.productId}`);
    if (!other) {
      differences.push(`${row.pointId}/${row.productCode}: missing from the naive answer`);
      continue;
    }
    for (const field of ['status', 'usable', 'expired', 'consumed', 'suggestedQuantity'] as const) {
      if (String(row[field]) !== String(other[field])) differences.push(`${row.pointId}/${row.productCode} ${field}: app ${row[field]}, naive ${other[field]}`);
    }
  }
  if (naive.length !== app.length) differences.push(`app ${app.length} rows, naive ${naive.length} rows`);
  return { compared: app.length, differences };
}

// ---------------------------------------------------------------------------------------------------------------

async function measureLoad(server: BenchServer, database: string, options: Options, info: Record<string, unknown>): Promise<void> {
  const d = durations(options);
  const runDatabase = `${database}_run_${process.pid}`;
  log(`copying ${database} to ${runDatabase} for this run...`);
  await copyDatabase(server, database, runDatabase);
  const url = server.urlFor(runDatabase);
  // The app's own pool client, so the driver baseline sends the statements the app prepares as prepared statements too.
  const pool = new Pool({ connectionString: url, max: APP_POOL_SIZE, Client: PreparingClient });
  pool.on('error', () => undefined); // an idle client losing its connection is not the benchmark's failure
  let app: AppProcess | undefined;
  let sampler: MemorySampler | undefined;
  try {
    const { rows: [pg] } = await pool.query(`SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS shared_buffers,
      current_setting('synchronous_commit') AS synchronous_commit, current_setting('fsync') AS fsync`);
    notes.push(`PostgreSQL ${pg.version} (shared_buffers ${pg.shared_buffers}, fsync ${pg.fsync}, synchronous_commit ${pg.synchronous_commit}) — ${server.description}`);

    const port = await freePort();
    // The daily scan and the expiry report run inside a request here (REQUEST_TIMEOUT_MS, 30 s by default): the bench
    // allows 2 minutes so that their figures are measured, not refused.
    app = spawnApp({ DATABASE_URL: url, NODE_ENV: 'production', DEMO_DATA: 'false', WEB_DIST_DIR: buildWeb(), REQUEST_TIMEOUT_MS: '120000' }, port);
    sampler = new MemorySampler(app.child.pid!);
    sampler.start();
    await waitReady(app, Date.now());
    const { token, userId } = await login(app);

    // Targets: usable lots with stock at active points that may hold the product.
    const { rows: targets } = await pool.query<MovementTarget & { quantity: number }>(
      `SELECT b.point_id AS "pointId", b.product_id AS "productId", b.lot_id AS "lotId", b.quantity
         FROM stock_balances b JOIN lots l ON l.id = b.lot_id JOIN points p ON p.id = b.point_id JOIN products pd ON pd.id = b.product_id
        WHERE b.quantity >= 30 AND l.expiry_date > current_date + 30 AND p.active AND pd.active AND (NOT pd.restricted OR p.may_hold_restricted)
        ORDER BY random() LIMIT 100000`,
    );
    if (targets.length === 0) throw new Error('no usable stock to move: is the database seeded?');
    const picker = new Picker(targets);
    const single = () => picker.single();
    const batch = () => picker.batch(LINES_PER_BATCH);
    const byPoint = picker.points;
    // Every movement phase gets its share of the stock still left (see Picker); HTTP phases keep a margin for the
    // requests autocannon prepares but does not send.
    let phasesLeft = options.quick ? 8 : 10;
    const budget = (size: number, http = false) => picker.budget(size, phasesLeft--, http ? 2 * CONNECTIONS : 0);
    log(`${formatNumber(targets.length)} random lots with stock at ${formatNumber(byPoint.size)} points to move stock from`);

    // Single movements.
    sampler.setPhase('single movements');
    log(`single movements: warming up, then ${d.load} s through the pg driver and ${d.load} s over HTTP (${CONNECTIONS} connections)...`);
    await sqlMovements(pool, userId, single, d.warmup, budget(1));
    await httpMovements(app, token, single, d.warmup, budget(1, true));
    const appPid = app.child.pid!;
    let before = cpuSnapshot(server, appPid);
    const sqlSingle = await sqlMovements(pool, userId, single, d.load, budget(1));
    notes.push(`Single movements through the pg driver: ${cpuPerOperation(before, cpuSnapshot(server, appPid), sqlSingle.ok, sqlSingle.seconds)}.`);
    before = cpuSnapshot(server, appPid);
    const httpSingle = await httpMovements(app, token, single, d.load, budget(1, true));
    notes.push(`Single movements over HTTP: ${cpuPerOperation(before, cpuSnapshot(server, appPid), httpSingle.ok, httpSingle.seconds)}.`);
    const singleRatio = httpSingle.perSecond / sqlSingle.perSecond;
    record(
      'Single movements over HTTP (1-line distribution, 32 connections), movements/s',
      formatNumber(httpSingle.perSecond),
      `${formatNumber(sqlSingle.perSecond)} (pg driver, same SQL)`,
      ratioText(httpSingle.perSecond, sqlSingle.perSecond),
      '≥ 50% of baseline and ≥ 1,000/s',
      verdict(singleRatio >= 0.5 && httpSingle.perSecond >= 1000),
    );
    record('Single movements, p50 latency', ms(httpSingle.p50), ms(sqlSingle.p50), ratioText(httpSingle.p50, sqlSingle.p50));
    record('Single movements, p99 latency', ms(httpSingle.p99), ms(sqlSingle.p99), ratioText(httpSingle.p99, sqlSingle.p99));
    notes.push(
      `Single movements: HTTP ${formatNumber(httpSingle.ok)} recorded, ${httpSingle.failed} failed ${JSON.stringify(httpSingle.statusCodes ?? {})}; ` +
        `pg driver ${formatNumber(sqlSingle.ok)} recorded, ${sqlSingle.failed} failed.`,
    );

    // Batched movements.
    sampler.setPhase('batched movements');
    log(`batched movements (${LINES_PER_BATCH} lines): ${d.load} s through the pg driver and ${d.load} s over HTTP...`);
    await httpMovements(app, token, batch, d.warmup, budget(LINES_PER_BATCH, true));
    before = cpuSnapshot(server, appPid);
    const sqlBatch = await sqlMovements(pool, userId, batch, d.load, budget(LINES_PER_BATCH));
    notes.push(`Batched movements through the pg driver: ${cpuPerOperation(before, cpuSnapshot(server, appPid), sqlBatch.ok, sqlBatch.seconds)}.`);
    before = cpuSnapshot(server, appPid);
    const httpBatch = await httpMovements(app, token, batch, d.load, budget(LINES_PER_BATCH, true));
    notes.push(`Batched movements over HTTP: ${cpuPerOperation(before, cpuSnapshot(server, appPid), httpBatch.ok, httpBatch.seconds)}.`);
    record(
      `Batched movements over HTTP (${LINES_PER_BATCH} lines each, 32 connections), lines/s`,
      formatNumber(httpBatch.perSecond * LINES_PER_BATCH),
      `${formatNumber(sqlBatch.perSecond * LINES_PER_BATCH)} (pg driver, same SQL)`,
      ratioText(httpBatch.perSecond, sqlBatch.perSecond),
      '≥ 10,000 lines/s',
      verdict(httpBatch.perSecond * LINES_PER_BATCH >= 10000),
    );
    record('Batched movements, p50 / p99 latency', `${ms(httpBatch.p50)} / ${ms(httpBatch.p99)}`, `${ms(sqlBatch.p50)} / ${ms(sqlBatch.p99)}`, ratioText(httpBatch.p50, sqlBatch.p50));
    notes.push(
      `Batched movements: HTTP ${formatNumber(httpBatch.ok)} recorded, ${httpBatch.failed} failed ${JSON.stringify(httpBatch.statusCodes ?? {})}; ` +
        `pg driver ${formatNumber(sqlBatch.ok)} recorded, ${sqlBatch.failed} failed.`,
    );

    // Sync of a field app's outbox.
    sampler.setPhase('sync');
    log(`sync: ${SYNC_BATCH_SIZE} movements in one request, the same again (replayed), and ${SYNC_BATCH_SIZE} single requests in order...`);
    if (budget(1) < 2 * SYNC_BATCH_SIZE) {
      notes.push(`The sync phase was skipped: less than ${2 * SYNC_BATCH_SIZE} movements' worth of stock was left.`);
    } else {
      const synced = await syncMovements(app, token, single);
      record(
        `Sync of a ${SYNC_BATCH_SIZE}-movement batch (POST /api/v1/sync/movements, 1-line distributions at random points)`,
        seconds(synced.syncMs),
        `${seconds(synced.singleMs)} (${SYNC_BATCH_SIZE} single requests, one after another)`,
        ratioText(synced.syncMs, synced.singleMs),
        '< 10 s',
        verdict(synced.syncMs < 10000 && synced.recorded === SYNC_BATCH_SIZE),
      );
      record(`The same ${SYNC_BATCH_SIZE}-movement batch resent (all replayed)`, seconds(synced.replayMs), seconds(synced.syncMs), ratioText(synced.replayMs, synced.syncMs));
      notes.push(
        `Sync: ${synced.recorded} of ${SYNC_BATCH_SIZE} recorded, then ${synced.replayed} replayed on resend (answer ${formatNumber(synced.answerBytes / 1024)} KB); ` +
          `single requests: ${synced.singleFailed} failed.`,
      );
    }

    // Shortage reports.
    sampler.setPhase('shortage reports');
    await pool.query('ANALYZE');
    const regency = String(info.largestRegency);
    const { rows: [regencyFacts] } = await pool.query(
      `SELECT r.name, count(p.id)::int AS points FROM regencies r LEFT JOIN points p ON p.regency_code = r.code WHERE r.code = $1 GROUP BY r.name`,
      [regency],
    );
    log(`shortage report: national ×${d.reports}, ${regency} ${regencyFacts.name} (${regencyFacts.points} points) ×${d.regencyReports}, and naive baselines...`);
    const national: number[] = [];
    let nationalTotal = 0;
    // The movements above queued the points they changed (stock_status_changes). The background drain recomputes
    // them (STOCK_STATUS_DRAIN_MS); the first national reader reads the kept figures and says how many points wait.
    const queuedPoints = async () => Number((await pool.query(`SELECT count(DISTINCT point_id)::int AS points FROM stock_status_changes`)).rows[0].points);
    const queuedBefore = await queuedPoints();
    const catchUp = await timedGet(`${app.baseUrl}/api/v1/shortages`, token);
    const pendingAtFirst = catchUp.status === 200 ? (JSON.parse(catchUp.body) as { pendingPoints: number }).pendingPoints : null;
    const drainStarted = Date.now();
    while ((await queuedPoints()) > 0 && Date.now() - drainStarted < 600_000) await new Promise((resolve) => setTimeout(resolve, 250));
    notes.push(
      `After the movement phases ${formatNumber(queuedBefore)} points were still queued for the background drain; the first national report ` +
        `answered ${catchUp.status} in ${ms(catchUp.ms)} with pendingPoints ${pendingAtFirst ?? '?'} (it reads the kept figures), and the drain ` +
        `emptied the queue ${((Date.now() - drainStarted) / 1000).toFixed(1)} s later; the report figures below are the requests after that.`,
    );
    for (let i = 0; i < d.reports; i++) {
      const response = await timedGet(`${app.baseUrl}/api/v1/shortages`, token);
      if (response.status !== 200) throw new Error(`GET /api/v1/shortages answered ${response.status}: ${response.body.slice(0, 500)}`);
      national.push(response.ms);
      nationalTotal = (JSON.parse(response.body) as { total: number }).total;
    }
    const regional: number[] = [];
    await timedGet(`${app.baseUrl}/api/v1/shortages?regencyCode=${regency}`, token);
    for (let i = 0; i < d.regencyReports; i++) regional.push((await timedGet(`${app.baseUrl}/api/v1/shortages?regencyCode=${regency}`, token)).ms);
    const naiveNational: number[] = [];
    for (let i = 0; i < d.naive; i++) {
      const t = performance.now();
      await naiveShortageReport(pool, null);
      naiveNational.push(performance.now() - t);
    }
    const naiveRegional: number[] = [];
    let naiveRegencyRows: ReportRow[] = [];
    for (let i = 0; i < d.naiveRegency; i++) {
      const t = performance.now();
      naiveRegencyRows = (await naiveShortageReport(pool, regency)).items;
      naiveRegional.push(performance.now() - t);
    }
    const nationalCsv = await timedGet(`${app.baseUrl}/api/v1/shortages?format=csv`, token);
    if (nationalCsv.status !== 200) throw new Error(`GET /api/v1/shortages?format=csv answered ${nationalCsv.status}: ${nationalCsv.body.slice(0, 500)}`);
    notes.push(
      `The national CSV export (${formatNumber(nationalCsv.body.split('\n').length - 2)} rows, ${(nationalCsv.body.length / 1e6).toFixed(1)} MB, streamed a page at a time) took ${ms(nationalCsv.ms)}.`,
    );
    const csv = parse((await timedGet(`${app.baseUrl}/api/v1/shortages?regencyCode=${regency}&format=csv`, token)).body, { columns: true }) as Record<string, string>[];
    const appRegencyRows: ReportRow[] = csv.map((row) => ({
      pointId: row.pointId,
      productId: row.productId,
      productCode: row.productCode,
      status: row.status,
      usable: Number(row.usable),
      expired: Number(row.expired),
      consumed: Number(row.consumed),
      suggestedQuantity: Number(row.suggestedQuantity),
      quantityExpiringBeforeUse: Number(row.quantityExpiringBeforeUse),
    }));
    const comparison = compareReports(appRegencyRows, naiveRegencyRows);
    notes.push(
      comparison.differences.length === 0
        ? `The naive report from the ledger gives the same answer as the app for ${regency}: ${comparison.compared} rows (status, usable, expired, consumed, suggested) equal.`
        : `The naive report differs from the app's for ${regency} in ${comparison.differences.length} places, e.g. ${comparison.differences.slice(0, 3).join('; ')}`,
    );
    const nationalP95 = percentile(national, 95);
    record(
      `National shortage report (GET /api/v1/shortages as admin, ${formatNumber(nationalTotal)} rows), p50`,
      ms(median(national)),
      `${ms(median(naiveNational))} (naive, from the ledger)`,
      ratioText(median(national), median(naiveNational)),
    );
    record('National shortage report, p95', ms(nationalP95), ms(percentile(naiveNational, 95)), ratioText(nationalP95, percentile(naiveNational, 95)), '< 300 ms', verdict(nationalP95 < 300));
    const regionalP95 = percentile(regional, 95);
    record(
      `One regency (${regency} ${regencyFacts.name}, ${regencyFacts.points} points, the largest), p50`,
      ms(median(regional)),
      `${ms(median(naiveRegional))} (naive)`,
      ratioText(median(regional), median(naiveRegional)),
    );
    record('One regency, p95', ms(regionalP95), ms(percentile(naiveRegional, 95)), ratioText(regionalP95, percentile(naiveRegional, 95)), '< 30 ms', verdict(regionalP95 < 30));

    // Expiry scan.
    sampler.setPhase('expiry scan');
    log('expiry scan: twice (the first raises every alert, the second is the daily case), and its condition query alone...');
    const scan = async () => {
      const t = performance.now();
      const response = await fetch(`${app!.baseUrl}/api/v1/expiries/scan`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { durationMs: number; raised: Record<string, number>; stillOpen: number; resolved: Record<string, number> };
      if (response.status !== 200) throw new Error(`POST /api/v1/expiries/scan answered ${response.status}: ${JSON.stringify(body)}`);
      return { ms: performance.now() - t, body };
    };
    const conditionsStarted = performance.now();
    const { rows: [conditions] } = await pool.query(SCAN_CONDITIONS_COUNT_SQL, scanParams(new Date()));
    const conditionsMs = performance.now() - conditionsStarted;
    const firstScan = await scan();
    const secondScan = await scan();
    const raised = Object.values(firstScan.body.raised).reduce((a, b) => a + b, 0);
    record(
      `Expiry scan at ${options.scale} scale, first run (raises ${formatNumber(raised)} alerts)`,
      seconds(firstScan.ms),
      `${seconds(conditionsMs)} (its condition query alone, ${formatNumber(conditions.conditions)} conditions)`,
      ratioText(firstScan.ms, conditionsMs),
      '< 2 s',
      verdict(firstScan.ms < 2000),
    );
    record(
      `Expiry scan, again (the daily case: ${formatNumber(secondScan.body.stillOpen)} alerts refreshed)`,
      seconds(secondScan.ms),
      seconds(conditionsMs),
      ratioText(secondScan.ms, conditionsMs),
      '< 2 s',
      verdict(secondScan.ms < 2000),
    );

    sampler.stop();
    const peak = sampler.peakHwm;
    record('Server peak resident memory during the load (VmHWM)', `${formatNumber(peak)} MB`, '–', '–', '< 300 MB', verdict(peak < 300));
    notes.push(`Server resident memory, peak per phase: ${[...sampler.peakByPhase].map(([phase, mb]) => `${phase} ${formatNumber(mb)} MB`).join(', ')}.`);

    // The national dashboard, after the scan raised its alerts; after the memory figure, which is the load's (serving
    // the web app to Chromium is not part of it).
    await measureDashboard(record, log, app.baseUrl, token, options.quick ? 10 : 40);
    await measureMonthlyReport(record, log, pool, app.baseUrl, token, regency, options.quick ? { regency: 5, national: 2 } : { regency: 20, national: 5 });
    await measureOtherReports(record, log, pool, app.baseUrl, token, regency, options.quick ? { regency: 5, national: 2 } : { regency: 20, national: 10 });
    await measureLists(record, log, pool, app.baseUrl, token, app.child.pid!, regency, options.quick ? { regency: 2, national: 1 } : { regency: 10, national: 5 });

    if (!options.quick) {
      // What the aggregates kept by every movement cost: the pg-driver baseline again with their triggers off. Last, on
      // this run's throw-away copy, since the aggregates are wrong afterwards.
      log(`what-if: single movements through the pg driver without the aggregate triggers, ${d.load} s...`);
      const what = async (label: string) => {
        const before = cpuSnapshot(server, app!.child.pid!);
        const result = await sqlMovements(pool, userId, single, d.load, budget(1));
        notes.push(`What-if, ${label}: ${formatNumber(result.perSecond)} movements/s through the pg driver; ${cpuPerOperation(before, cpuSnapshot(server, app!.child.pid!), result.ok, result.seconds)}.`);
      };
      await what('same SQL again, all triggers on');
      await pool.query(`ALTER TABLE ledger_lines DISABLE TRIGGER ledger_lines_consumption, DISABLE TRIGGER ledger_lines_stock_status`);
      await what('without the consumption and stock-status triggers on ledger_lines (consumption_months, stock_histories, stock_status_changes)');
    }
  } finally {
    sampler?.stop();
    if (app) await stopApp(app);
    await pool.end();
    await withClient(server.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${runDatabase} WITH (FORCE)`));
  }
}

/** First start and restart of the application with its embedded PostgreSQL, to /health/ready; the database alone as baseline. */
async function measureStartup(): Promise<void> {
  log('start-up: the app with a new embedded PostgreSQL, a restart, and the embedded PostgreSQL alone...');
  const appDir = mkdtempSync(join(tmpdir(), 'pasokan-bench-start-'));
  const pgDir = mkdtempSync(join(tmpdir(), 'pasokan-bench-pg-only-'));
  try {
    const start = async () => {
      const port = await freePort();
      const pgPort = await freePort();
      const t = Date.now();
      const app = spawnApp({ EMBEDDED_PG_DIR: appDir, EMBEDDED_PG_PORT: String(pgPort) }, port);
      try {
        return await waitReady(app, t);
      } finally {
        await stopApp(app);
      }
    };
    const first = await start();
    const restart = await start();
    const pgOnly = async () => {
      const t = Date.now();
      const embedded = await startEmbeddedPostgres({ dataDir: pgDir, port: await freePort(), database: 'pasokan' });
      const elapsed = Date.now() - t;
      await embedded.stop();
      return elapsed;
    };
    const pgFirst = await pgOnly();
    const pgRestart = await pgOnly();
    record(
      'Start-up to /health/ready, first start (embedded PostgreSQL: initdb, migrations, regions, demo data)',
      seconds(first),
      `${seconds(pgFirst)} (embedded PostgreSQL alone)`,
      ratioText(first, pgFirst),
    );
    record('Restart to /health/ready (embedded PostgreSQL)', seconds(restart), `${seconds(pgRestart)} (embedded PostgreSQL alone)`, ratioText(restart, pgRestart), '< 10 s', verdict(restart < 10000));
  } finally {
    rmSync(appDir, { recursive: true, force: true });
    rmSync(pgDir, { recursive: true, force: true });
  }
}

function table(): string {
  const header = ['figure', 'result', 'baseline (same run)', 'ratio', 'target', 'met?'];
  const lines = [header, header.map(() => '---'), ...rows.map((row) => [row.figure, row.value, row.baseline, row.ratio, row.target, row.verdict || '–'])];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** A run that only prints a report (growth, scale-out) and keeps it in .data/bench/results-<name>.md. */
async function reportOnly(name: string, temp: boolean, measure: (server: BenchServer) => Promise<string>): Promise<void> {
  ensureBuilt();
  const server = await openServer({ temp });
  try {
    const report = await measure(server);
    process.stdout.write(`\n${report}`);
    const file = join(ROOT, '.data', 'bench', `results-${name}.md`);
    mkdirSync(join(ROOT, '.data', 'bench'), { recursive: true });
    writeFileSync(file, report);
    log(`written to ${file}`);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      quick: { type: 'boolean', default: false },
      temp: { type: 'boolean', default: false },
      reseed: { type: 'boolean', default: false },
      'skip-startup': { type: 'boolean', default: false },
      growth: { type: 'boolean', default: false },
      'scale-out': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('npm run bench -- [--scale tiny|small|national|regional] [--quick] [--temp] [--reseed] [--skip-startup] | --growth [--quick] | --scale-out [--scale national|regional] [--quick]\n');
    return;
  }
  if (values['scale-out']) {
    const scales = values.scale ? [parseScale(values.scale)] : undefined;
    return reportOnly('scale-out', values.temp!, (server) => measureScaleOut(server, values.quick ? 2 : 3, values.quick ? 5 : 15, scales));
  }
  if (values.growth) return reportOnly('growth', values.temp!, (server) => measureGrowth(server, values.quick ? 2 : 5));
  const options: Options = { scale: parseScale(values.scale), quick: values.quick!, temp: values.temp!, reseed: values.reseed!, skipStartup: values['skip-startup']! };
  const begun = Date.now();
  ensureBuilt();
  const server = await openServer({ temp: options.temp });
  let info: Record<string, unknown> | undefined;
  // With --temp on DATABASE_URL's server, the seeded database is this run's own and is dropped at the end.
  const ownDatabase = options.temp && Boolean(process.env.DATABASE_URL);
  const database = ownDatabase ? `${seedDatabaseName(options.scale)}_tmp_${process.pid}` : seedDatabaseName(options.scale);
  try {
    info = options.reseed ? undefined : await seedInfo(server, database);
    if (!info) {
      log(`no complete seed of scale ${options.scale} on this server: seeding it first`);
      info = { ...(await seed(server, options.scale, database)) };
    } else {
      log(`using ${database}, seeded ${info.completedAt}`);
    }
    await measureLoad(server, database, options, info);
  } finally {
    if (ownDatabase) await withClient(server.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    await server.stop();
  }
  if (!options.skipStartup) await measureStartup();
  await measureWebApp(record, log);

  const header = [
    `# pasokan benchmark: ${options.scale}${options.quick ? ' (quick)' : ''}, ${new Date().toISOString()}`,
    '',
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${formatNumber(totalmem() / 2 ** 30, 1)} GiB; Node ${process.version}.`,
    `Data: ${formatNumber(Number(info.points))} points in ${info.regencies} regencies, ${info.products} products, ${formatNumber(Number(info.lots))} lots, ` +
      `${formatNumber(Number(info.movements))} movements / ${formatNumber(Number(info.ledgerLines))} ledger lines (${info.historyFrom} to ${info.historyTo}), ` +
      `${formatNumber(Number(info.stockBalances))} stock balances; seeded in ${info.seconds} s.`,
    '',
  ];
  const report = [...header, table(), '', ...notes.map((note) => `- ${note}`), '', `Benchmark run took ${((Date.now() - begun) / 1000).toFixed(0)} s.`, ''].join('\n');
  process.stdout.write(`\n${report}`);
  const outDir = join(ROOT, '.data', 'bench');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `results-${options.scale}${options.quick ? '-quick' : ''}.md`);
  writeFileSync(file, report);
  log(`written to ${file}`);
}

main()
  .then(async () => {
    await sleep(50);
    process.exit(0);
  })
  .catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  });
