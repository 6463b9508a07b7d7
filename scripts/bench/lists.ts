/**
 * Every list and export endpoint not measured elsewhere (issue 21 item 1), as the administrator, national and for the
 * largest regency where the endpoint takes one (or for the point with the most lots, where it is per point): p50/p95,
 * rows answered, and the server's peak resident memory while it ran. Exports are read to the end. A pg baseline is
 * given where there is a plain query of the same rows to compare with.
 */
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { MemorySampler, median, percentile, timed } from './common';
import type { Record } from './web-app';

const ms = (value: number) => `${Math.round(value)} ms`;

interface ListSpec {
  label: string;
  /** The national request (or the point's), without the regency. */
  path: string;
  /** The regency's request: the path with `regencyCode`, or undefined where the endpoint has no regency filter. */
  regencyPath?: string;
  /** Rows in the answer. */
  rows: (body: string) => number;
  baseline?: { label: string; run: (regencyCode: string | undefined) => Promise<unknown> };
}

const total = (body: string) => (JSON.parse(body) as { total: number }).total;
const items = (body: string) => {
  const parsed = JSON.parse(body) as unknown[] | { items: unknown[] };
  return Array.isArray(parsed) ? parsed.length : parsed.items.length;
};
const csvLines = (body: string) => body.split('\n').filter((line) => line.length > 0).length - 1;

/**
 * What the seed does not hold, so the lists of it have rows to answer: the data-quality scan of last month (its time is
 * a figure of its own), resupply requests from 300 points, and a shift open at 100 outreach kits, all through the API.
 */
async function prepare(record: Record, log: (message: string) => void, pool: Pool, appUrl: string, token: string, month: string): Promise<void> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${appUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status >= 300) throw new Error(`POST ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return response;
  };
  log(`data-quality scan of ${month}, 300 resupply requests and 100 outreach shifts through the API...`);
  const started = performance.now();
  await post('/api/v1/data-quality/scan', { month });
  record(`Data-quality scan of ${month} (POST /api/v1/data-quality/scan)`, ms(performance.now() - started));
  const { rows: requesters } = await pool.query<{ pointId: string; productId: string }>(
    `SELECT DISTINCT ON (p.id) p.id AS "pointId", b.product_id AS "productId"
       FROM points p JOIN stock_balances b ON b.point_id = p.id
      WHERE p.active AND p.supplier_point_id IS NOT NULL AND p.type <> 'outreach' ORDER BY p.id, b.product_id LIMIT 300`,
  );
  for (const { pointId, productId } of requesters) await post('/api/v1/resupply-requests', { id: randomUUID(), pointId, lines: [{ productId, quantity: 20 }] });
  const { rows: kits } = await pool.query<{ kitPointId: string; productId: string }>(
    `SELECT DISTINCT ON (k.id) k.id AS "kitPointId", b.product_id AS "productId"
       FROM points k JOIN stock_balances b ON b.point_id = k.supplier_point_id JOIN lots l ON l.id = b.lot_id JOIN products pd ON pd.id = b.product_id
      WHERE k.active AND k.type = 'outreach' AND b.quantity >= 50 AND l.expiry_date > current_date + 30 AND NOT pd.restricted
        AND NOT EXISTS (SELECT 1 FROM outreach_shifts s WHERE s.kit_point_id = k.id AND s.status = 'open')
      ORDER BY k.id, b.product_id LIMIT 100`,
  );
  for (const { kitPointId, productId } of kits) await post('/api/v1/outreach-shifts', { id: randomUUID(), kitPointId, remainder: 'return', lines: [{ productId, quantity: 10 }] });
}

export async function measureLists(
  record: Record,
  log: (message: string) => void,
  pool: Pool,
  appUrl: string,
  token: string,
  appPid: number,
  regency: string,
  samples: { regency: number; national: number },
): Promise<void> {
  const { rows: [busiest] } = await pool.query<{ id: string; lots: number; productId: string }>(
    `SELECT point_id AS id, count(*)::int AS lots, (array_agg(product_id ORDER BY quantity DESC))[1] AS "productId"
       FROM stock_balances WHERE quantity > 0 GROUP BY point_id ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const inRegency = (regencyCode: string | undefined, column: string) => (regencyCode ? { sql: `AND ${column} = $1`, params: [regencyCode] } : { sql: '', params: [] });
  const specs: ListSpec[] = [
    {
      label: 'Expiry report CSV, every lot held within 1,095 days (GET /api/v1/expiries?format=csv)',
      path: '/api/v1/expiries?format=csv&withinDays=1095',
      regencyPath: `/api/v1/expiries?format=csv&withinDays=1095&regencyCode=${regency}`,
      rows: csvLines,
      baseline: {
        label: 'the lots held, pg',
        run: (regencyCode) => {
          const scope = inRegency(regencyCode, 'p.regency_code');
          return pool.query(`SELECT b.* FROM stock_balances b JOIN points p ON p.id = b.point_id WHERE b.quantity > 0 ${scope.sql}`, scope.params);
        },
      },
    },
    {
      label: 'Expiry report xlsx (GET /api/v1/expiries?format=xlsx, 180 days)',
      path: '/api/v1/expiries?format=xlsx',
      regencyPath: `/api/v1/expiries?format=xlsx&regencyCode=${regency}`,
      rows: () => NaN,
    },
    { label: 'Redistribution suggestions (GET /api/v1/expiries/redistribution)', path: '', regencyPath: `/api/v1/expiries/redistribution?regencyCode=${regency}`, rows: items },
    {
      label: 'Alerts, open (GET /api/v1/alerts)',
      path: '/api/v1/alerts?limit=50&status=open',
      regencyPath: `/api/v1/alerts?limit=50&status=open&regencyCode=${regency}`,
      rows: total,
      baseline: {
        label: 'open alerts counted, pg',
        run: (regencyCode) => {
          const scope = inRegency(regencyCode, 'p.regency_code');
          return pool.query(`SELECT count(*) FROM alerts a JOIN points p ON p.id = a.point_id WHERE a.status = 'open' ${scope.sql}`, scope.params);
        },
      },
    },
    { label: 'Alerts CSV, open (GET /api/v1/alerts?format=csv)', path: '/api/v1/alerts?format=csv&status=open', regencyPath: `/api/v1/alerts?format=csv&status=open&regencyCode=${regency}`, rows: csvLines },
    {
      label: 'Shortage report CSV (GET /api/v1/shortages?format=csv)',
      path: '/api/v1/shortages?format=csv',
      regencyPath: `/api/v1/shortages?format=csv&regencyCode=${regency}`,
      rows: csvLines,
      baseline: {
        label: 'stock_status rows, pg',
        run: (regencyCode) => {
          const scope = inRegency(regencyCode, 'regency_code');
          return pool.query(`SELECT * FROM stock_status WHERE TRUE ${scope.sql}`, scope.params);
        },
      },
    },
    { label: `Stock of the point with the most lots (${busiest.lots}) (GET /api/v1/points/{id}/stock)`, path: `/api/v1/points/${busiest.id}/stock`, rows: items },
    {
      label: 'Stock card of that point, its largest product, first page (GET /api/v1/points/{id}/stock-card)',
      path: `/api/v1/points/${busiest.id}/stock-card?limit=50&productId=${busiest.productId}`,
      rows: total,
      baseline: {
        label: "the product's ledger lines at the point counted, pg",
        run: () => pool.query(`SELECT count(*) FROM ledger_lines WHERE point_id = $1 AND product_id = $2 AND account = 'stock'`, [busiest.id, busiest.productId]),
      },
    },
    { label: 'Movements of that point, first page (GET /api/v1/points/{id}/movements)', path: `/api/v1/points/${busiest.id}/movements?limit=50`, rows: total },
    { label: 'Shipments of that point, first page (GET /api/v1/shipments?pointId=)', path: `/api/v1/shipments?limit=50&pointId=${busiest.id}`, rows: total },
    { label: 'Shipments, first page (GET /api/v1/shipments)', path: '/api/v1/shipments?limit=50', rows: total },
    { label: 'Resupply requests (GET /api/v1/resupply-requests)', path: '/api/v1/resupply-requests?limit=50', regencyPath: `/api/v1/resupply-requests?limit=50&regencyCode=${regency}`, rows: total },
    { label: 'Resupply requests CSV', path: '/api/v1/resupply-requests?format=csv', regencyPath: `/api/v1/resupply-requests?format=csv&regencyCode=${regency}`, rows: csvLines },
    { label: 'Data-quality flags (GET /api/v1/data-quality/flags)', path: '/api/v1/data-quality/flags?limit=50', regencyPath: `/api/v1/data-quality/flags?limit=50&regencyCode=${regency}`, rows: total },
    { label: 'Outreach shifts (GET /api/v1/outreach-shifts)', path: '/api/v1/outreach-shifts?limit=50', regencyPath: `/api/v1/outreach-shifts?limit=50&regencyCode=${regency}`, rows: total },
    { label: 'Points (GET /api/v1/points)', path: '/api/v1/points?limit=50', regencyPath: `/api/v1/points?limit=50&regencyCode=${regency}`, rows: total },
    { label: 'Lots (GET /api/v1/lots)', path: '/api/v1/lots?limit=50', rows: total },
    { label: 'Audit log (GET /api/v1/audit-log)', path: '/api/v1/audit-log?limit=50', rows: total },
    {
      label: `Funding-source report ${month} (GET /api/v1/reports/funding-sources)`,
      path: `/api/v1/reports/funding-sources?from=${month}&to=${month}`,
      regencyPath: `/api/v1/reports/funding-sources?from=${month}&to=${month}&regencyCode=${regency}`,
      rows: items,
    },
    { label: `Monthly report CSV ${month} (GET /api/v1/reports/monthly?format=csv)`, path: '', regencyPath: `/api/v1/reports/monthly?format=csv&month=${month}&regencyCode=${regency}`, rows: csvLines },
  ];

  await prepare(record, log, pool, appUrl, token, month);
  log(`lists and exports: ${specs.length} endpoints, national ×${samples.national}, regency ${regency} ×${samples.regency}...`);
  const sampler = new MemorySampler(appPid);
  sampler.start(50);
  try {
    for (const spec of specs) {
      for (const scope of ['national', 'regency'] as const) {
        const path = scope === 'national' ? spec.path : spec.regencyPath;
        if (!path) continue;
        let rows = 0;
        const phase = `${spec.label} ${scope}`;
        sampler.setPhase(phase);
        const api = await timed(async () => {
          const response = await fetch(`${appUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
          const body = await response.text();
          if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 300)}`);
          rows = spec.rows(body);
        }, samples[scope]);
        sampler.setPhase('between');
        const memory = `peak ${Math.round(sampler.peakByPhase.get(phase) ?? 0)} MB resident`;
        const where = path.includes('regencyCode=') ? `regency ${regency}` : path.includes('/points/') || path.includes('pointId=') ? 'one point' : 'national';
        const base = spec.baseline ? await timed(async () => void (await spec.baseline!.run(where === `regency ${regency}` ? regency : undefined)), samples[scope]) : undefined;
        record(
          `${spec.label}, ${where}${Number.isNaN(rows) ? '' : ` (${rows} rows)`}, p50 / p95; ${memory}`,
          `${ms(median(api))} / ${ms(percentile(api, 95))}`,
          base ? `${ms(median(base))} / ${ms(percentile(base, 95))} (${spec.baseline!.label})` : '–',
          base ? `${(median(api) / Math.max(median(base), 0.1)).toFixed(1)}×` : '–',
        );
      }
    }
  } finally {
    sampler.stop();
  }
}
