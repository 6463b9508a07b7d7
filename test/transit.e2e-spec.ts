import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Stock on the road is in the ledger (migrations/1795441300000-TransitInTheLedger.ts): a dispatch moves units from the
 * sender's shelf to the shipment's transit account, a receipt from transit to the receiver's shelf and what did not
 * arrive to the shipment's loss account with its reason, a cancellation from transit back to the sender.
 */
describe('stock in transit, in the ledger', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: { Authorization: string };
  const swab = () => ids.product('SWAB-ALC');

  let api: ReturnType<typeof ledgerApi>;
  const receive = async (lotNumber: string, quantity: number) => (await api.receive('LSM-CBN-01', 'SWAB-ALC', quantity, lotNumber)).lotId;
  const dispatch = (lotId: string, quantity: number) => api.ship('LSM-CBN-01', 'OUT-CBN-01', 'SWAB-ALC', quantity, { lotId });
  /** "Where did these units go": one query over the ledger, per account and point. */
  const whereabouts = async (lotId: string) =>
    t.dataSource.query(
      `SELECT ll.account, CASE ll.account WHEN 'stock' THEN p.code ELSE 'shipment' END AS point, ll.reason, sum(ll.quantity)::int AS quantity
         FROM ledger_lines ll JOIN points p ON p.id = ll.point_id
        WHERE ll.lot_id = $1
        GROUP BY 1, 2, 3
       HAVING sum(ll.quantity) <> 0
        ORDER BY 1, 2`,
      [lotId],
    );
  const balance = async (code: string, lotId: string) =>
    Number((await t.dataSource.query(`SELECT COALESCE(sum(quantity), 0) AS q FROM stock_balances WHERE point_id = $1 AND lot_id = $2`, [ids.point(code), lotId]))[0].q);

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = { Authorization: `Bearer ${await t.token('admin')}` };
    api = ledgerApi(t, ids);
  });
  afterAll(() => t.close());

  it('keeps every unit somewhere: on the sender\'s shelf, on the road, on the receiver\'s shelf, or lost with its reason', async () => {
    const lotId = await receive('TRANSIT-1', 30);
    const shipment = await dispatch(lotId, 10);
    expect(await whereabouts(lotId)).toEqual([
      { account: 'stock', point: 'LSM-CBN-01', reason: null, quantity: 20 },
      { account: 'transit', point: 'shipment', reason: null, quantity: 10 },
    ]);
    const [{ onTheRoad }] = await t.dataSource.query(`SELECT sum(quantity)::int AS "onTheRoad" FROM ledger_lines WHERE shipment_id = $1 AND account = 'transit'`, [shipment.id]);
    expect(onTheRoad).toBe(10);

    await api.receiveShipment(shipment, { quantity: 2, reason: 'damaged' });
    // Transit is empty again (+10 at dispatch, -10 at receipt, so it is left out of the sums that are not zero).
    expect(await whereabouts(lotId)).toEqual([
      { account: 'loss', point: 'shipment', reason: 'damaged', quantity: 2 },
      { account: 'stock', point: 'LSM-CBN-01', reason: null, quantity: 20 },
      { account: 'stock', point: 'OUT-CBN-01', reason: null, quantity: 8 },
    ]);
    expect([await balance('LSM-CBN-01', lotId), await balance('OUT-CBN-01', lotId)]).toEqual([20, 8]);
  });

  it('brings a cancelled shipment back from transit to the sender', async () => {
    const lotId = await receive('TRANSIT-2', 12);
    const shipment = await dispatch(lotId, 12);
    expect(await balance('LSM-CBN-01', lotId)).toBe(0);
    await api.cancelShipment(shipment);
    expect(await whereabouts(lotId)).toEqual([{ account: 'stock', point: 'LSM-CBN-01', reason: null, quantity: 12 }]);
    expect(await balance('LSM-CBN-01', lotId)).toBe(12);
  });

  it('shows the shelf only where it showed it before: movement lines and the stock card', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const lotId = await receive('TRANSIT-3', 5);
    const shipment = await dispatch(lotId, 3);
    const movements = await t.http().get(`/api/v1/points/${ids.point('LSM-CBN-01')}/movements?limit=5`).set(admin).expect(200);
    const sent = movements.body.items.find((movement: { id: string }) => movement.id === shipment.dispatchMovementId);
    expect(sent.lines.map((line: { lotId: string; quantity: number }) => [line.lotId, line.quantity])).toEqual([[lotId, -3]]);
    const card = await t.http().get(`/api/v1/points/${ids.point('LSM-CBN-01')}/stock-card?productId=${swab()}&from=${encodeURIComponent(since)}&limit=200`).set(admin).expect(200);
    const lines = card.body.items.filter((line: { lotId: string }) => line.lotId === lotId);
    expect(lines.map((line: { quantity: number; runningBalance: number }) => line.quantity)).toEqual([5, -3]);
  });

  it('refuses at the database a transit line that takes more off the road than is on it', async () => {
    const lotId = await receive('TRANSIT-4', 4);
    const shipment = await dispatch(lotId, 4);
    const insert = (quantity: number) =>
      t.dataSource.query(
        `INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, occurred_at, counts_as, account, shipment_id)
         SELECT m.id, 99, m.point_id, $2, $3, $4, now(), 'shipment_receipt', 'transit', $5 FROM movements m WHERE m.id = $1`,
        [shipment.dispatchMovementId, swab(), lotId, quantity, shipment.id],
      );
    await expect(insert(-5)).rejects.toMatchObject({ driverError: expect.objectContaining({ constraint: 'ledger_transit_non_negative' }) });
    // A line on the transit account must name its shipment, and a loss needs its reason.
    await expect(
      t.dataSource.query(
        `INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, occurred_at, counts_as, account)
         SELECT m.id, 98, m.point_id, $2, $3, 1, now(), 'shipment_receipt', 'transit' FROM movements m WHERE m.id = $1`,
        [shipment.dispatchMovementId, swab(), lotId],
      ),
    ).rejects.toThrow(/ledger_lines_account_shipment_check/);
    await expect(
      t.dataSource.query(
        `INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, occurred_at, counts_as, account, shipment_id)
         SELECT m.id, 97, m.point_id, $2, $3, 1, now(), 'shipment_receipt', 'loss', $4 FROM movements m WHERE m.id = $1`,
        [shipment.dispatchMovementId, swab(), lotId, shipment.id],
      ),
    ).rejects.toThrow(/ledger_lines_loss_reason_check/);
  });
});
