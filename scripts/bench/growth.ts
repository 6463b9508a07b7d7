/**
 * How each report's cost grows with the data (issue 21 item 5): `npm run bench -- --growth` runs the same national
 * (administrator) requests on the tiny, small and national seeds, each on its own copy with a fresh app, and prints
 * p50 per scale next to how much the data grew (ledger lines, lots held), so a report that is linear in the country's
 * size shows as such however small the seed a change was tried on. Seeds that are missing are built first.
 */
import { cpus, totalmem } from 'node:os';
import { AppProcess, BenchServer, copyDatabase, formatNumber, freePort, log, login, median, ScaleName, seedDatabaseName, seedInfo, spawnApp, stopApp, timed, waitReady, withClient } from './common';
import { seed } from './seed';

const SCALE_ORDER: ScaleName[] = ['tiny', 'small', 'national'];

/** The requests, as the administrator, for the whole country (last month where a month is asked for). */
export function growthRequests(month: string, year: number): { label: string; path: string }[] {
  return [
    { label: 'Shortage report, first page', path: '/api/v1/shortages?limit=50' },
    { label: 'Expiry report, first page (180 days)', path: '/api/v1/expiries?limit=50' },
    { label: 'Alerts, first page', path: '/api/v1/alerts?limit=50' },
    { label: 'Dashboard', path: '/api/v1/dashboard' },
    { label: `Monthly report ${month}, first page`, path: `/api/v1/reports/monthly?month=${month}&limit=50` },
    { label: `Programme report ${month}`, path: `/api/v1/reports/programme?from=${month}&to=${month}` },
    { label: `Coverage report ${year}`, path: `/api/v1/reports/coverage?year=${year}` },
    { label: `Funding-source report ${month}`, path: `/api/v1/reports/funding-sources?from=${month}&to=${month}` },
    { label: 'Shipments, first page', path: '/api/v1/shipments?limit=50' },
    { label: 'Expiry CSV, every lot within 1,095 days', path: '/api/v1/expiries?format=csv&withinDays=1095' },
    { label: 'Shortage CSV', path: '/api/v1/shortages?format=csv' },
  ];
}

/** The median time of each request of `list` (a warm-up first, then `samples`), in order; anything but 200 stops the run. */
export async function requestMedians(
  app: AppProcess,
  token: string,
  list: { label: string; path: string }[],
  samples: number,
  scale: ScaleName,
  each: (label: string, ms: number) => void = () => undefined,
): Promise<number[]> {
  const medians: number[] = [];
  for (const request of list) {
    const times = await timed(async () => {
      const response = await fetch(`${app.baseUrl}${request.path}`, { headers: { authorization: `Bearer ${token}` } });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`GET ${request.path} at ${scale} answered ${response.status}: ${body.slice(0, 300)}`);
    }, samples);
    medians.push(median(times));
    each(request.label, median(times));
  }
  return medians;
}

export async function measureGrowth(server: BenchServer, samples: number): Promise<string> {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const list = growthRequests(month, now.getUTCFullYear());
  const results = new Map<ScaleName, { size: { lines: number; balances: number; points: number }; p50: number[] }>();
  for (const scale of SCALE_ORDER) {
    const database = seedDatabaseName(scale);
    let info = await seedInfo(server, database);
    if (!info) {
      log(`growth: no seed of scale ${scale}: seeding it first`);
      info = { ...(await seed(server, scale, database)) };
    }
    const runDatabase = `${database}_growth_${process.pid}`;
    log(`growth: ${scale} (${formatNumber(Number(info.ledgerLines))} ledger lines), ${list.length} requests ×${samples}...`);
    await copyDatabase(server, database, runDatabase);
    const app = spawnApp({ DATABASE_URL: server.urlFor(runDatabase), NODE_ENV: 'production', DEMO_DATA: 'false', REQUEST_TIMEOUT_MS: '120000' }, await freePort());
    try {
      await waitReady(app, Date.now());
      const { token } = await login(app);
      const p50 = await requestMedians(app, token, list, samples, scale);
      results.set(scale, { size: { lines: Number(info.ledgerLines), balances: Number(info.stockBalances), points: Number(info.points) }, p50 });
    } finally {
      await stopApp(app);
      await withClient(server.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${runDatabase} WITH (FORCE)`));
    }
  }

  const [tiny, small, national] = SCALE_ORDER.map((scale) => results.get(scale)!);
  const grew = (to: number, from: number) => `${(to / Math.max(from, 0.1)).toFixed(1)}×`;
  const ms = (value: number) => `${value < 10 ? value.toFixed(1) : formatNumber(value)} ms`;
  const lines = [
    `# pasokan benchmark: cost growth over three scales, ${new Date().toISOString()}`,
    '',
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${formatNumber(totalmem() / 2 ** 30, 1)} GiB; Node ${process.version}. ` +
      `Each request as the administrator for the whole country; p50 of ${samples} after a warm-up.`,
    '',
    `| request | tiny (${formatNumber(tiny.size.points)} points, ${formatNumber(tiny.size.lines)} lines) | small (${formatNumber(small.size.points)}, ${formatNumber(small.size.lines)}) | national (${formatNumber(national.size.points)}, ${formatNumber(national.size.lines)}) | small → national | data small → national |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...list.map((request, index) =>
      `| ${request.label} | ${ms(tiny.p50[index])} | ${ms(small.p50[index])} | ${ms(national.p50[index])} | ${grew(national.p50[index], small.p50[index])} | ` +
      `lines ${grew(national.size.lines, small.size.lines)}, balances ${grew(national.size.balances, small.size.balances)} |`,
    ),
    '',
    'Reading guide: a first page whose cost grows with the data totals every row of the country (the kept figures: one row per point and product, ' +
      'or per lot); a report that grows like the ledger (the last column) reads the ledger per request; an export grows with the rows it writes.',
    '',
  ];
  return lines.join('\n');
}
