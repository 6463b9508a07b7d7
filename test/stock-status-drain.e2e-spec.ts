import { StockStatusDrain } from '../src/shortages/stock-status-drain';
import { StockStatusStore } from '../src/shortages/stock-status.store';
import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Reads that do not write (issue 14 item 6): the background drain keeps the shortage figures current, and a report
 * recomputes inline only when few points of its own scope wait (STOCK_STATUS_READ_REFRESH_LIMIT).
 */
describe('the stock status drain', () => {
  const receive = (t: TestApp, ids: Awaited<ReturnType<typeof demoIds>>, code: string, quantity: number) =>
    ledgerApi(t, ids).receive(code, 'SWAB-ALC', quantity, `DRAIN-${code}`, { expiryDate: '2030-01' });
  const queued = async (t: TestApp) => (await t.dataSource.query(`SELECT count(DISTINCT point_id)::int AS n FROM stock_status_changes`))[0].n as number;
  const usable = async (t: TestApp, ids: Awaited<ReturnType<typeof demoIds>>, code: string) =>
    (await t.dataSource.query(`SELECT usable::int AS usable FROM stock_status WHERE point_id = $1 AND product_id = $2`, [ids.point(code), ids.product('SWAB-ALC')]))[0]?.usable as number | undefined;

  describe('on a short interval', () => {
    let t: TestApp;
    let ids: Awaited<ReturnType<typeof demoIds>>;
    beforeAll(async () => {
      t = await createTestApp({ env: { STOCK_STATUS_DRAIN_MS: '100' } });
      ids = await demoIds(t.dataSource);
    });
    afterAll(() => t.close());

    it('brings the figures of a movement up to date without anyone reading them', async () => {
      const before = (await usable(t, ids, 'DIC-BDG-01')) ?? 0;
      await receive(t, ids, 'DIC-BDG-01', 25);
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && ((await queued(t)) > 0 || (await usable(t, ids, 'DIC-BDG-01')) !== before + 25)) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect({ queued: await queued(t), usable: await usable(t, ids, 'DIC-BDG-01') }).toEqual({ queued: 0, usable: before + 25 });
    });
  });

  describe('with the drain idle and a read limit of one point', () => {
    let t: TestApp;
    let ids: Awaited<ReturnType<typeof demoIds>>;
    beforeAll(async () => {
      // On (so readers rely on it), but with an hour between runs: nothing drains during the test unless it asks.
      t = await createTestApp({ env: { STOCK_STATUS_DRAIN_MS: '3600000', STOCK_STATUS_READ_REFRESH_LIMIT: '1' } });
      ids = await demoIds(t.dataSource);
      await t.app.get(StockStatusStore).refreshEveryPoint(new Date());
    });
    afterAll(() => t.close());

    it('reads the kept figures of a large scope and says how many points wait; recomputes a small one inline', async () => {
      const admin = await t.token('admin');
      for (const code of ['LSM-CBN-01', 'OUT-CBN-01', 'DIC-BDG-01']) await receive(t, ids, code, 10);
      expect(await queued(t)).toBe(3);
      const figuresBefore = await usable(t, ids, 'LSM-CBN-01');

      // The whole country: three points wait, more than one, so the report only reads.
      const national = await t.http().get('/api/v1/shortages?limit=1').set({ Authorization: `Bearer ${admin}` }).expect(200);
      expect(national.body.pendingPoints).toBe(3);
      expect(await queued(t)).toBe(3);
      expect(await usable(t, ids, 'LSM-CBN-01')).toBe(figuresBefore);
      const dashboard = await t.http().get('/api/v1/dashboard').set({ Authorization: `Bearer ${admin}` }).expect(200);
      expect(dashboard.body.pendingPoints).toBe(3);

      // Bandung's officer: one point of theirs waits, so their report recomputes it first and is current.
      const bandung = await t.http().get('/api/v1/shortages?limit=1').set({ Authorization: `Bearer ${await t.token('dinkes.bandung')}` }).expect(200);
      expect(bandung.body.pendingPoints).toBe(0);
      expect(await queued(t)).toBe(2);

      // The drain catches up with the rest.
      await t.app.get(StockStatusDrain).runOnce();
      expect(await queued(t)).toBe(0);
      expect(await usable(t, ids, 'LSM-CBN-01')).toBe((figuresBefore ?? 0) + 10);
      const after = await t.http().get('/api/v1/shortages?limit=1').set({ Authorization: `Bearer ${admin}` }).expect(200);
      expect(after.body.pendingPoints).toBe(0);
    });
  });
});
