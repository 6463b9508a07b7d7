/**
 * The monthly logistics report (issue 20: "for a whole regency in under 1 s and for the country in under 10 s at
 * national scale"): GET /api/v1/reports/monthly for last month, the largest regency and the whole country, p50/p95,
 * each next to a same-run baseline: the plainest read of the same ledger rows through the pg driver (each point's
 * and product's balance at the month's end), which the report cannot beat since it reads those rows and more.
 */
import type { Pool } from 'pg';
import { median, percentile } from './common';
import type { Record } from './web-app';

const ms = (value: number) => `${Math.round(value)} ms`;

async function timed(run: () => Promise<void>, samples: number): Promise<number[]> {
  // One warm-up request first: the database cache and the service's first query plan.
  const times: number[] = [];
  for (let i = 0; i <= samples; i++) {
    const started = performance.now();
    await run();
    if (i > 0) times.push(performance.now() - started);
  }
  return times;
}

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
