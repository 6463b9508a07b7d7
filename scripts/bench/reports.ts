/**
 * Reports at national scale, each national and for the largest regency, p50/p95 next to a same-run pg baseline.
 *
 * The monthly logistics report (issue 20: "for a whole regency in under 1 s and for the country in under 10 s at
 * national scale"): GET /api/v1/reports/monthly for last month, the largest regency and the whole country, p50/p95,
 * each next to a same-run baseline: the plainest read of the same ledger rows through the pg driver (each point's
 * and product's balance at the month's end), which the report cannot beat since it reads those rows and more.
 */
import type { Pool } from 'pg';
import { median, percentile, timed } from './common';
import type { Record } from './web-app';

const ms = (value: number) => `${Math.round(value)} ms`;

export async function measureMonthlyReport(
  record: Record,
  log: (message: string) => void,
  pool: Pool,
  appUrl: string,
  token: string,
  regency: string,
  samples: { regency: number; national: number },
): Promise<void> {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
  log(`monthly report ${month}: regency ${regency} ×${samples.regency}, national ×${samples.national}, with pg baselines...`);
  let rows = { regency: 0, national: 0 };
  const get = (query: string, scope: 'regency' | 'national') => async () => {
    const response = await fetch(`${appUrl}/api/v1/reports/monthly?month=${month}${query}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`GET /api/v1/reports/monthly${query} answered ${response.status}: ${body.slice(0, 300)}`);
    const parsed = JSON.parse(body) as { total: number; totals: unknown[] };
    rows = { ...rows, [scope]: parsed.total };
  };
  const balances = (where: string, params: unknown[]) => async () => {
    await pool.query(
      `SELECT ll.point_id, ll.product_id, sum(ll.quantity) FROM ledger_lines ll JOIN points p ON p.id = ll.point_id
        WHERE ll.occurred_at < $1 AND ll.account = 'stock' ${where} GROUP BY 1, 2`,
      [end, ...params],
    );
  };
  const regencyApi = await timed(get(`&regencyCode=${regency}`, 'regency'), samples.regency);
  const regencyBase = await timed(balances('AND p.regency_code = $2', [regency]), samples.regency);
  const nationalApi = await timed(get('', 'national'), samples.national);
  const nationalBase = await timed(balances('', []), samples.national);
  const line = (label: string, api: number[], base: number[], target: number) => {
    const p95 = percentile(api, 95);
    record(`${label}, p50`, ms(median(api)), `${ms(median(base))} (balances at month end, pg)`, `${(median(api) / median(base)).toFixed(1)}×`);
    record(`${label}, p95`, ms(p95), ms(percentile(base, 95)), `${(p95 / percentile(base, 95)).toFixed(1)}×`, `< ${target / 1000} s`, p95 < target ? 'met' : 'missed');
  };
  line(`Monthly report ${month}, regency ${regency} (${rows.regency} points)`, regencyApi, regencyBase, 1000);
  line(`Monthly report ${month}, national (${rows.national} points)`, nationalApi, nationalBase, 10_000);
}

/**
 * A report read through the API, national and for one regency, next to a same-run baseline through the pg driver, and
 * a target on the p95 where an issue sets one (issue 21: the expiry report national < 300 ms, one regency < 20 ms).
 */
async function measureReport(
  record: Record,
  appUrl: string,
  token: string,
  spec: {
    label: string;
    path: string;
    regency: string;
    samples: { regency: number; national: number };
    /** How many rows the answer has, for the label. */
    rows: (body: unknown) => number;
    baseline: { label: string; run: (regency: string | undefined) => Promise<void> };
    targets?: { regency: number; national: number };
  },
): Promise<void> {
  let rows = 0;
  const get = (query: string) => async () => {
    const response = await fetch(`${appUrl}${spec.path}${query}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`GET ${spec.path}${query} answered ${response.status}: ${body.slice(0, 300)}`);
    rows = spec.rows(JSON.parse(body));
  };
  const join = spec.path.includes('?') ? '&' : '?';
  for (const scope of ['regency', 'national'] as const) {
    const api = await timed(get(scope === 'regency' ? `${join}regencyCode=${spec.regency}` : ''), spec.samples[scope]);
    const base = await timed(() => spec.baseline.run(scope === 'regency' ? spec.regency : undefined), spec.samples[scope]);
    const label = `${spec.label}, ${scope === 'regency' ? `regency ${spec.regency}` : 'national'} (${rows} rows)`;
    const p95 = percentile(api, 95);
    const target = spec.targets?.[scope];
    record(`${label}, p50`, ms(median(api)), `${ms(median(base))} (${spec.baseline.label})`, `${(median(api) / Math.max(median(base), 0.1)).toFixed(1)}×`);
    record(`${label}, p95`, ms(p95), ms(percentile(base, 95)), `${(p95 / Math.max(percentile(base, 95), 0.1)).toFixed(1)}×`, target ? `< ${target} ms` : '–', target ? (p95 < target ? 'met' : 'missed') : '');
  }
}

/** The expiry report (lots expired or expiring within 180 days, with the quantity at risk) and the needle-syringe programme's reports. */
export async function measureOtherReports(
  record: Record,
  log: (message: string) => void,
  pool: Pool,
  appUrl: string,
  token: string,
  regency: string,
  samples: { regency: number; national: number },
): Promise<void> {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  log(`expiry, programme and coverage reports: regency ${regency} ×${samples.regency}, national ×${samples.national}, with pg baselines...`);
  const inRegency = (regencyCode: string | undefined, column: string) => (regencyCode ? { sql: `AND ${column} = $2`, params: [regencyCode] } : { sql: '', params: [] });
  await measureReport(record, appUrl, token, {
    label: 'Expiry report (GET /api/v1/expiries, default 180 days)',
    path: '/api/v1/expiries?limit=50',
    regency,
    samples,
    rows: (body) => (body as { total: number }).total,
    baseline: {
      label: 'the lots held expiring within 180 days, pg',
      run: async (regencyCode) => {
        const scope = inRegency(regencyCode, 'p.regency_code');
        await pool.query(
          `SELECT b.point_id, b.lot_id, b.quantity FROM stock_balances b JOIN lots l ON l.id = b.lot_id JOIN points p ON p.id = b.point_id
            WHERE b.quantity > 0 AND l.expiry_date <= ($1::timestamptz)::date + 180 ${scope.sql}`,
          [now, ...scope.params],
        );
      },
    },
    targets: { regency: 20, national: 300 },
  });
  await measureReport(record, appUrl, token, {
    label: `Needle-syringe programme report ${month} (GET /api/v1/reports/programme)`,
    path: `/api/v1/reports/programme?from=${month}&to=${month}`,
    regency,
    samples,
    rows: (body) => (body as { items: unknown[] }).items.length,
    baseline: {
      label: "the month's distribution lines summed per point, pg",
      run: async (regencyCode) => {
        const scope = inRegency(regencyCode, 'p.regency_code');
        await pool.query(
          `SELECT ll.point_id, sum(ll.quantity) FROM ledger_lines ll JOIN points p ON p.id = ll.point_id
            WHERE ll.counts_as = 'distribution' AND ll.consumed_in = $1::date ${scope.sql} GROUP BY 1`,
          [`${month}-01`, ...scope.params],
        );
      },
    },
  });
  await measureReport(record, appUrl, token, {
    label: `Coverage report ${now.getUTCFullYear()} (GET /api/v1/reports/coverage)`,
    path: `/api/v1/reports/coverage?year=${now.getUTCFullYear()}`,
    regency,
    samples,
    rows: (body) => (body as { items: unknown[] }).items.length,
    baseline: {
      label: "the year's distribution lines summed per regency, pg",
      run: async (regencyCode) => {
        const scope = inRegency(regencyCode, 'p.regency_code');
        await pool.query(
          `SELECT p.regency_code, sum(ll.quantity) FROM ledger_lines ll JOIN points p ON p.id = ll.point_id
            WHERE ll.counts_as = 'distribution' AND ll.consumed_in >= $1::date AND ll.consumed_in < $1::date + interval '1 year' ${scope.sql} GROUP BY 1`,
          [`${now.getUTCFullYear()}-01-01`, ...scope.params],
        );
      },
    },
  });
}
