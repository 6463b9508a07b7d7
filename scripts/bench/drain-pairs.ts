/**
 * `npx tsx scripts/bench/drain-pairs.ts [--scale tiny|small|national] [--rounds 5]` (default small): what the
 * stock-status drain costs per queued point, recomputing the whole point (a queue entry without a product, as every
 * movement queued before migration 1795442200000) against recomputing the one product a movement changed. On a copy
 * of the seeded benchmark database (`npm run bench:seed`), alternating the two, 100 random active points (one drain
 * chunk) per round, each with one product it has moved. Prints the median wall time per point of each (the drain's
 * statements and its JavaScript).
 */
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { databaseOptions } from '../../src/database/database-options';
import { StockStatusCalculator } from '../../src/shortages/stock-status.calculator';
import { StockStatusStore } from '../../src/shortages/stock-status.store';
import { BENCH_JWT_SECRET, copyDatabase, log, openServer, parseScale } from './common';

const CHUNK = 100;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scaleAt = args.indexOf('--scale');
  const scale = parseScale(scaleAt >= 0 ? args[scaleAt + 1] : 'small');
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
  const server = await openServer();
  const copy = `pasokan_bench_${scale}_drain_${process.pid}`;
  try {
    await copyDatabase(server, `pasokan_bench_${scale}`, copy);
    const dataSource = new DataSource(databaseOptions(server.urlFor(copy)));
    await dataSource.initialize();
    try {
      const config = loadConfig({ ...process.env, NODE_ENV: 'production', JWT_SECRET: BENCH_JWT_SECRET, STOCK_STATUS_DRAIN_MS: '0' });
      const store = new StockStatusStore(dataSource, new StockStatusCalculator(dataSource, config), config);
      await store.refreshEveryPoint(new Date());
      const [{ products }] = await dataSource.query(`SELECT round(avg(n))::int AS products FROM (SELECT count(*) AS n FROM stock_status GROUP BY point_id) c`);
      log(`${copy}: ${products} products per point on average; ${rounds} rounds of ${CHUNK} points each way`);

      const timings: Record<'whole' | 'pair', number[]> = { whole: [], pair: [] };
      for (let round = 0; round < rounds; round++) {
        for (const kind of ['whole', 'pair'] as const) {
          const picked: { point_id: string; product_id: string }[] = await dataSource.query(
            `SELECT DISTINCT ON (h.point_id) h.point_id, h.product_id FROM stock_histories h JOIN points p ON p.id = h.point_id
              WHERE p.active AND h.point_id IN (SELECT id FROM points WHERE active ORDER BY random() LIMIT ${CHUNK})
              ORDER BY h.point_id, random()`,
          );
          await dataSource.query(
            `INSERT INTO stock_status_changes (point_id, product_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
            [picked.map((row) => row.point_id), picked.map((row) => (kind === 'whole' ? null : row.product_id))],
          );
          const started = process.hrtime.bigint();
          const result = await store.drain(new Date(), () => false);
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          timings[kind].push(ms / result.points);
        }
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      for (const kind of ['whole', 'pair'] as const) {
        log(`${kind === 'whole' ? 'whole point   ' : 'one product   '}: median ${median(timings[kind]).toFixed(2)} ms per point (rounds: ${timings[kind].map((ms) => ms.toFixed(2)).join(', ')})`);
      }
    } finally {
      await dataSource.destroy();
    }
  } finally {
    const admin = new DataSource(databaseOptions(server.adminUrl));
    await admin.initialize();
    await admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
    await admin.destroy();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`drain-pairs failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
