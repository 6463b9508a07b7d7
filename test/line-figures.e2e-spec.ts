import { randomUUID } from 'node:crypto';
import { localDate } from '../src/stock/expiry-dates';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * What a ledger line counts as (counts_as, consumed_in) is decided when it is posted (src/stock/posting/figures.ts) and
 * stored on the line; the consumption aggregate and its rebuild are plain sums of it. A rebuild after the supply links
 * changed gives what was decided at the time, not a new reading of the past.
 */
describe('figures decided when a line is posted', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: { Authorization: string };
  const syringe = () => ids.product('NS-1ML-LDS-29G');
  const now = new Date();
  const thisMonth = `${localDate(now, 'Asia/Jakarta').slice(0, 7)}-01`;
  // Noon on the 10th of last month, Jakarta time: far enough back for a different consumption month.
  const lastMonthAt = (() => {
    const first = new Date(`${thisMonth}T12:00:00+07:00`);
    first.setUTCMonth(first.getUTCMonth() - 1);
    first.setUTCDate(10);
    return first;
  })();
  const lastMonth = `${localDate(lastMonthAt, 'Asia/Jakarta').slice(0, 7)}-01`;

  const move = async (code: string, body: Record<string, unknown>) =>
    (await t.http().post(`/api/v1/points/${ids.point(code)}/movements`).set(admin)
      .send({ id: randomUUID(), occurredAt: new Date().toISOString(), ...body }).expect(201)).body;
  const lineFigures = async (movementId: string) =>
    t.dataSource.query(
      `SELECT quantity, counts_as AS "countsAs", to_char(consumed_in, 'YYYY-MM-DD') AS "consumedIn" FROM ledger_lines WHERE movement_id = $1 AND account = 'stock' ORDER BY line_no`,
      [movementId],
    );
  const consumed = async (code: string, month: string) =>
    Number(
      (await t.dataSource.query(`SELECT COALESCE(sum(consumed), 0) AS n FROM consumption_months WHERE point_id = $1 AND product_id = $2 AND month = $3`, [
        ids.point(code),
        syringe(),
        month,
      ]))[0].n,
    );
  const aggregates = () =>
    t.dataSource.query(
      `SELECT point_id, product_id, to_char(month, 'YYYY-MM-DD') AS month, consumed FROM consumption_months ORDER BY 1, 2, 3`,
    );

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKDATING_DAYS: '3650' } });
    ids = await demoIds(t.dataSource);
    admin = { Authorization: `Bearer ${await t.token('admin')}` };
    await move('LSM-CBN-01', {
      type: 'receipt',
      occurredAt: new Date(lastMonthAt.getTime() - 86_400_000).toISOString(),
      source: 'Dinkes',
      lines: [{ productId: syringe(), quantity: 500, lotNumber: 'FIG-1', expiryDate: '2030-01', fundingSource: 'APBN' }],
    });
  });
  afterAll(() => t.close());

  it('stores each type\'s figures: receipts and adjustments are not consumption, a distribution is, in its local month', async () => {
    const receipt = await move('DIC-BDG-01', {
      type: 'receipt',
      source: 'Dinkes',
      lines: [{ productId: syringe(), quantity: 40, lotNumber: 'FIG-2', expiryDate: '2030-01', fundingSource: 'APBN' }],
    });
    expect(await lineFigures(receipt.id)).toEqual([{ quantity: 40, countsAs: 'receipt', consumedIn: null }]);
    const distribution = await move('DIC-BDG-01', { type: 'distribution', contacts: 2, lines: [{ productId: syringe(), quantity: 6 }] });
    expect(await lineFigures(distribution.id)).toEqual([{ quantity: -6, countsAs: 'distribution', consumedIn: thisMonth }]);
    const adjustment = await move('DIC-BDG-01', { type: 'adjustment', lines: [{ productId: syringe(), lotId: receipt.lines[0].lotId, quantity: 1, reason: 'damaged' }] });
    expect(await lineFigures(adjustment.id)).toEqual([{ quantity: -1, countsAs: 'adjustment', consumedIn: null }]);
  });

  it('takes a reversed distribution back in the distribution\'s month, not the reversal\'s', async () => {
    const before = await consumed('LSM-CBN-01', lastMonth);
    const distribution = await move('LSM-CBN-01', { type: 'distribution', occurredAt: lastMonthAt.toISOString(), contacts: 1, lines: [{ productId: syringe(), quantity: 9 }] });
    expect(await consumed('LSM-CBN-01', lastMonth)).toBe(before + 9);
    const reversal = await move('LSM-CBN-01', { type: 'reversal', reversesMovementId: distribution.id, lines: [] });
    expect(await lineFigures(reversal.id)).toEqual([{ quantity: 9, countsAs: 'distribution', consumedIn: lastMonth }]);
    expect(await consumed('LSM-CBN-01', lastMonth)).toBe(before);
  });

  it('counts supply to a point the sender supplies as consumption, keeps it when the supply link changes, and a cancellation takes it back in the dispatch\'s month', async () => {
    const ship = async (to: string, quantity: number, occurredAt?: Date) =>
      (await t.http().post('/api/v1/shipments').set(admin)
        .send({ id: randomUUID(), fromPointId: ids.point('LSM-CBN-01'), toPointId: ids.point(to), occurredAt: occurredAt?.toISOString(), lines: [{ productId: syringe(), quantity }] })
        .expect(201)).body;
    const before = await consumed('LSM-CBN-01', lastMonth);
    const toKit = await ship('OUT-CBN-01', 20, lastMonthAt);
    expect(await lineFigures(toKit.id)).toEqual([{ quantity: -20, countsAs: 'shipment_dispatch', consumedIn: lastMonth }]);
    expect(await consumed('LSM-CBN-01', lastMonth)).toBe(before + 20);
    // A shipment to a point the sender does not supply is not its consumption.
    const lateral = await ship('DIC-BDG-01', 3);
    expect(await lineFigures(lateral.id)).toEqual([{ quantity: -3, countsAs: 'shipment_dispatch', consumedIn: null }]);
    const received = await t.http().post(`/api/v1/shipments/${lateral.id}/receive`).set(admin)
      .send({ id: randomUUID(), lines: [{ lotId: lateral.lines[0].lotId, quantityReceived: 3 }] }).expect(201);
    expect(await lineFigures(received.body.receiptMovementId)).toEqual([{ quantity: 3, countsAs: 'shipment_receipt', consumedIn: null }]);

    // The kit is moved under another supplier while the shipment is on the road: what was decided stays.
    const supplier = (await t.dataSource.query(`SELECT supplier_point_id AS id FROM points WHERE id = $1`, [ids.point('OUT-CBN-01')]))[0].id;
    await t.dataSource.query(`UPDATE points SET supplier_point_id = NULL WHERE id = $1`, [ids.point('OUT-CBN-01')]);
    try {
      const maintained = await aggregates();
      await t.dataSource.query('SELECT rebuild_consumption_aggregates()');
      expect(await aggregates()).toEqual(maintained);

      const cancelled = await t.http().post(`/api/v1/shipments/${toKit.id}/cancel`).set(admin).send({ id: randomUUID() }).expect(201);
      expect(await lineFigures(cancelled.body.cancelMovementId)).toEqual([{ quantity: 20, countsAs: 'shipment_dispatch', consumedIn: lastMonth }]);
      expect(await consumed('LSM-CBN-01', lastMonth)).toBe(before);
      const afterCancel = await aggregates();
      await t.dataSource.query('SELECT rebuild_consumption_aggregates()');
      expect(await aggregates()).toEqual(afterCancel);
    } finally {
      await t.dataSource.query(`UPDATE points SET supplier_point_id = $2 WHERE id = $1`, [ids.point('OUT-CBN-01'), supplier]);
    }
  });

  it('refuses at the database a line that does not say what it counts as', async () => {
    const [line] = await t.dataSource.query(`SELECT movement_id, point_id, product_id, lot_id FROM ledger_lines LIMIT 1`);
    await expect(
      t.dataSource.query(
        `INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, occurred_at) VALUES ($1, 99, $2, $3, $4, 1, now())`,
        [line.movement_id, line.point_id, line.product_id, line.lot_id],
      ),
    ).rejects.toThrow(/counts_as/);
    await expect(
      t.dataSource.query(
        `INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, occurred_at, counts_as, consumed_in)
         VALUES ($1, 99, $2, $3, $4, 1, now(), 'reversal', NULL)`,
        [line.movement_id, line.point_id, line.product_id, line.lot_id],
      ),
    ).rejects.toThrow(/ledger_lines_counts_as_check/);
  });
});
