/**
 * Several countries in one pasokan (issue 22 item 3): `npm run bench -- --scale-out` runs, on the national seed and on
 * the regional one (five times the national data, `npm run bench:seed -- --scale regional`), the national reports of
 * the growth benchmark and 15 s of single movements over HTTP, and prints how database size, report latency and write
 * throughput grow. The regional seed is about 28 GB: the run uses both seeds in place (no copy; a copy would need the
 * disk twice) and records its few thousand movements into them.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { Pool } from 'pg';
import { MovementTarget } from './baselines';
import { BenchServer, clusterCpuSeconds, cpuSeconds, formatNumber, freePort, log, login, ScaleName, seedDatabaseName, seedInfo, spawnApp, stopApp, waitReady } from './common';
import { growthRequests, requestMedians } from './growth';
import { Picker } from './picker';

const SCALES: ScaleName[] = ['national', 'regional'];
const CONNECTIONS = 32;

interface ScaleFigures {
  points: number;
  lines: number;
  databaseBytes: number;
  p50: number[];
  movements: { perSecond: number; p50: number; pgMsEach: number; appMsEach: number; failed: number };
}

async function singleMovements(app: { baseUrl: string; child: { pid?: number } }, token: string, picker: Picker, seconds: number, postmaster: number | undefined) {
  const before = { pg: postmaster ? clusterCpuSeconds(postmaster) : NaN, app: cpuSeconds(app.child.pid!) };
  const result = await autocannon({
    url: app.baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const [line] = picker.single() ?? [];
          if (!line) return request;
          return {
            ...request,
            path: `/api/v1/points/${line.pointId}/movements`,
            body: JSON.stringify({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 1, lines: [{ productId: line.productId, lotId: line.lotId, quantity: 1 }] }),
          };
        },
      },
    ],
  });
  const ok = result['2xx'];
  const each = (after: number, start: number) => ((after - start) / Math.max(ok, 1)) * 1000;
  return {
    perSecond: ok / result.duration,
    p50: result.latency.p50,
    pgMsEach: postmaster ? each(clusterCpuSeconds(postmaster), before.pg) : NaN,
    appMsEach: each(cpuSeconds(app.child.pid!), before.app),
    failed: result.non2xx + result.errors,
  };
}

/** `scales` defaults to both; one scale alone (`--scale national`) measures it without the comparison. */
export async function measureScaleOut(server: BenchServer, samples: number, seconds: number, scales: ScaleName[] = SCALES): Promise<string> {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const list = growthRequests(month, now.getUTCFullYear());
  const results = new Map<ScaleName, ScaleFigures>();
  for (const scale of scales) {
    const database = seedDatabaseName(scale);
    const info = await seedInfo(server, database);
    if (!info) throw new Error(`no seed of scale ${scale}: run npm run bench:seed -- --scale ${scale} first (the regional one takes about 30 minutes and 28 GB)`);
    const url = server.urlFor(database);
    const pool = new Pool({ connectionString: url, max: 2 });
    const app = spawnApp({ DATABASE_URL: url, NODE_ENV: 'production', DEMO_DATA: 'false', REQUEST_TIMEOUT_MS: '300000', DAILY_SCAN_ENABLED: 'false' }, await freePort());
    try {
      await waitReady(app, Date.now(), 600_000);
      const { token } = await login(app);
      const [{ bytes }] = (await pool.query(`SELECT pg_database_size(current_database())::float8 AS bytes`)).rows;
      log(`scale-out: ${scale} (${formatNumber(Number(info.ledgerLines))} ledger lines, ${formatNumber(bytes / 2 ** 30, 1)} GiB), ${list.length} requests ×${samples}...`);
      const p50 = await requestMedians(app, token, list, samples, scale, (label, ms) => log(`  ${label}: ${formatNumber(ms)} ms`));
      const { rows: targets } = await pool.query<MovementTarget & { quantity: number }>(
        `SELECT b.point_id AS "pointId", b.product_id AS "productId", b.lot_id AS "lotId", b.quantity
           FROM stock_balances b JOIN lots l ON l.id = b.lot_id JOIN points p ON p.id = b.point_id JOIN products pd ON pd.id = b.product_id
          WHERE b.quantity >= 30 AND l.expiry_date > current_date + 30 AND p.active AND pd.active AND (NOT pd.restricted OR p.may_hold_restricted)
          ORDER BY random() LIMIT 20000`,
      );
      log(`  single movements over HTTP, ${CONNECTIONS} connections, ${seconds} s...`);
      const picker = new Picker(targets);
      await singleMovements(app, token, picker, 3, undefined); // warm-up
      const movements = await singleMovements(app, token, picker, seconds, server.postmasterPid?.());
      log(`  ${formatNumber(movements.perSecond)} movements/s, PostgreSQL ${movements.pgMsEach.toFixed(1)} ms and app ${movements.appMsEach.toFixed(1)} ms of CPU each`);
      results.set(scale, { points: Number(info.points), lines: Number(info.ledgerLines), databaseBytes: bytes, p50, movements });
    } finally {
      await stopApp(app);
      await pool.end();
    }
  }

  const figures = scales.map((scale) => results.get(scale)!);
  const grew = (to: number, from: number) => `${(to / Math.max(from, 0.1)).toFixed(1)}×`;
  const ms = (value: number) => `${value < 10 ? value.toFixed(1) : formatNumber(value)} ms`;
  const gib = (bytes: number) => `${formatNumber(bytes / 2 ** 30, 1)} GiB`;
  /** One row: a cell per scale, and how the last grew from the first when there are two. */
  const row = (label: string, value: (scale: ScaleFigures) => number, show: (value: number) => string) => {
    const values = figures.map(value);
    const growth = values.length > 1 ? ` ${grew(values[values.length - 1], values[0])} |` : '';
    return `| ${label} | ${values.map(show).join(' | ')} |${growth}`;
  };
  const count = (value: number) => formatNumber(value);
  return [
    `# pasokan benchmark: ${scales.length > 1 ? 'one country and five' : scales[0]}, ${new Date().toISOString()}`,
    '',
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${formatNumber(totalmem() / 2 ** 30, 1)} GiB; Node ${process.version}. ` +
      `Reports as the administrator for everything, p50 of ${samples} after a warm-up; movements: 1-line distributions over HTTP, ${CONNECTIONS} connections, ${seconds} s.`,
    '',
    `| figure | ${scales.map((scale, index) => `${scale} (${formatNumber(figures[index].points)} points)`).join(' | ')} |${scales.length > 1 ? ' growth |' : ''}`,
    `| --- |${scales.map(() => ' --- |').join('')}${scales.length > 1 ? ' --- |' : ''}`,
    row('Ledger lines', (scale) => scale.lines, count),
    row('Database size', (scale) => scale.databaseBytes, gib),
    ...list.map((request, index) => row(request.label, (scale) => scale.p50[index], ms)),
    row('Single movements over HTTP, movements/s', (scale) => scale.movements.perSecond, count),
    row('Single movement, p50 latency', (scale) => scale.movements.p50, ms),
    row('PostgreSQL CPU per movement', (scale) => scale.movements.pgMsEach, ms),
    row('App CPU per movement', (scale) => scale.movements.appMsEach, ms),
    `| Failed movement requests | ${figures.map((scale) => scale.movements.failed).join(' | ')} |${scales.length > 1 ? ' |' : ''}`,
    '',
  ].join('\n');
}
