import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { inRetryingTransaction } from '../src/database/retrying-transaction';
import { LedgerStore } from '../src/stock/posting/ledger-store';
import { createTestApp, TestApp } from './support/test-app';

const NOW = () => new Date().toISOString();

describe('the stock ledger', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let staff: string;
  let dic: string;
  let syringe: string;

  const record = (pointId: string, body: Record<string, unknown>, token = staff) =>
    t.http().post(`/api/v1/points/${pointId}/movements`).set('Authorization', `Bearer ${token}`).send(body);

  const receive = async (pointId: string, productId: string, quantity: number, lotNumber: string, expiryDate: string, username = 'staff.dic.bandung') =>
    (await ledgerApi(t, ids, username).receive(pointId, productId, quantity, lotNumber, { expiryDate, fundingSource: 'APBD' })).lotId;

  const balance = async (pointId: string, lotId: string): Promise<number> => {
    const rows = await t.dataSource.query('SELECT quantity FROM stock_balances WHERE point_id = $1 AND lot_id = $2', [pointId, lotId]);
    return rows[0]?.quantity ?? 0;
  };

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    staff = await t.token('staff.dic.bandung');
    dic = ids.point('DIC-BDG-01');
    syringe = ids.product('NS-1ML-LDS-29G');
  });
  afterAll(() => t.close());

  it('records a receipt, reads it back as stock, and a YYYY-MM expiry means the last day of the month', async () => {
    const lotId = await receive(dic, syringe, 500, 'LDS-LEAP', '2028-02');
    const stock = await t.http().get(`/api/v1/points/${dic}/stock`).set('Authorization', `Bearer ${staff}`).expect(200);
    const product = stock.body.find((entry: { productId: string }) => entry.productId === syringe);
    expect(product.lots).toEqual(
      expect.arrayContaining([expect.objectContaining({ lotId, lotNumber: 'LDS-LEAP', expiryDate: '2028-02-29', quantity: 500, fundingSource: 'APBD' })]),
    );
    expect(product.onHand).toBe(product.usable + product.expired);
  });

  it('records a retried distribution once and answers the retry with the original result', async () => {
    const lotId = await receive(dic, syringe, 100, 'LDS-RETRY', '2029-01-31');
    const body = { id: randomUUID(), type: 'distribution', occurredAt: NOW(), contacts: 3, lines: [{ productId: syringe, lotId, quantity: 10 }] };
    const first = await record(dic, body);
    expect(first.status).toBe(201);
    const retry = await record(dic, { ...body, lines: [{ quantity: 10, lotId, productId: syringe }] }).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.body).toEqual(first.body);
    expect(await balance(dic, lotId)).toBe(90);

    const reused = await record(dic, { ...body, lines: [{ productId: syringe, lotId, quantity: 11 }] }).expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await balance(dic, lotId)).toBe(90);
  });

  it('accepts exactly 71 of 100 concurrent distributions of 7 from a lot of 500', async () => {
    const lotId = await receive(dic, syringe, 500, 'LDS-RACE', '2030-06-30');
    const responses = await Promise.all(
      Array.from({ length: 100 }, () =>
        record(dic, { id: randomUUID(), type: 'distribution', occurredAt: NOW(), lines: [{ productId: syringe, lotId, quantity: 7 }] }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(71);
    expect(responses.filter((response) => response.status === 422).every((response) => response.body.code === 'INSUFFICIENT_STOCK')).toBe(true);
    expect(statuses.filter((status) => status !== 201 && status !== 422)).toEqual([]);
    expect(await balance(dic, lotId)).toBe(3);
  });

  it('keeps a zero balance refilled by a receipt right under concurrent distributions and counts of that lot', async () => {
    const lotId = await receive(dic, syringe, 3, 'LDS-REFILL', '2030-09-30');
    const drain = await record(dic, { id: randomUUID(), type: 'distribution', occurredAt: NOW(), lines: [{ productId: syringe, lotId, quantity: 3 }] });
    expect(drain.status).toBe(201);
    const refill = () =>
      record(dic, {
        id: randomUUID(),
        type: 'receipt',
        occurredAt: NOW(),
        source: 'Dinkes Provinsi Jawa Barat',
        lines: [{ productId: syringe, quantity: 10, lotNumber: 'LDS-REFILL', expiryDate: '2030-09-30', fundingSource: 'APBD' }],
      });
    const take = () => record(dic, { id: randomUUID(), type: 'distribution', occurredAt: NOW(), lines: [{ productId: syringe, lotId, quantity: 2 }] });
    const responses = await Promise.all([take(), take(), refill(), take(), take(), take(), take(), take(), refill(), take()]);
    expect(responses.map((response) => response.status).filter((status) => status !== 201 && status !== 422)).toEqual([]);
    const [{ ledger }] = await t.dataSource.query("SELECT sum(quantity)::int AS ledger FROM ledger_lines WHERE point_id = $1 AND lot_id = $2 AND account = 'stock'", [dic, lotId]);
    expect(await balance(dic, lotId)).toBe(ledger);
    expect(ledger).toBeGreaterThanOrEqual(0);
    const counted = await record(dic, { id: randomUUID(), type: 'stock_count', occurredAt: NOW(), lines: [{ productId: syringe, lotId, quantity: 1, reason: 'lost' }] });
    expect(counted.status === 201 || counted.body.code === 'REASON_DOES_NOT_FIT').toBe(true);
    if (counted.status === 201) expect(await balance(dic, lotId)).toBe(1);
  });

  it('records one movement when the same id arrives on 20 connections at once, and gives all 20 the same answer', async () => {
    const lotId = await receive(dic, syringe, 50, 'LDS-SAMEID', '2030-07-31');
    const body = { id: randomUUID(), type: 'distribution', occurredAt: NOW(), lines: [{ productId: syringe, lotId, quantity: 5 }] };
    const responses = await Promise.all(Array.from({ length: 20 }, () => record(dic, body)));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    for (const response of responses) expect(response.body).toEqual(responses[0].body);
    expect(responses.filter((response) => response.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM movements WHERE id = $1', [body.id]);
    expect(count).toBe(1);
    expect(await balance(dic, lotId)).toBe(45);
  });

  it('answers each kind of movement exactly as it reads back, lines on one lot included', async () => {
    const lotId = await receive(dic, syringe, 30, 'LDS-ANSWER', '2030-02-28');
    const recordAndCompare = async (body: Record<string, unknown>) => {
      const created = await record(dic, { id: randomUUID(), occurredAt: NOW(), ...body });
      expect(created.status).toBe(201);
      const read = await t.http().get(`/api/v1/movements/${created.body.id}`).set('Authorization', `Bearer ${staff}`).expect(200);
      expect(created.body).toStrictEqual(read.body);
      return created.body;
    };
    await recordAndCompare({
      type: 'receipt',
      source: 'Dinkes Provinsi Jawa Barat',
      note: 'checked',
      lines: [{ productId: syringe, quantity: 4, lotNumber: 'LDS-ANSWER', expiryDate: '2030-02', fundingSource: 'APBD' }],
    });
    const distribution = await recordAndCompare({
      type: 'distribution',
      contacts: 2,
      lines: [
        { productId: syringe, lotId, quantity: 3 },
        { productId: syringe, lotId, quantity: 2 },
        { productId: syringe, quantity: 1 },
      ],
    });
    expect(distribution.lines.map((line: { quantity: number }) => line.quantity)).toEqual([-3, -2, -1]);
    const held = await balance(dic, lotId);
    await recordAndCompare({ type: 'adjustment', lines: [{ productId: syringe, lotId, quantity: 2, reason: 'damaged' }] });
    await recordAndCompare({ type: 'stock_count', lines: [{ productId: syringe, lotId, quantity: held - 2 }] });
    await recordAndCompare({ type: 'reversal', reversesMovementId: distribution.id, lines: [] });
    const putBack = distribution.lines
      .filter((line: { lotId: string }) => line.lotId === lotId)
      .reduce((sum: number, line: { quantity: number }) => sum - line.quantity, 0);
    expect(putBack).toBeGreaterThanOrEqual(5);
    expect(await balance(dic, lotId)).toBe(held - 2 + putBack);
  });

  describe('balances applied per statement', () => {
    /** A movement header written directly, for lines inserted by SQL as any code path could. */
    const header = async (): Promise<string> => {
      const id = randomUUID();
      await t.dataSource.query(
        `INSERT INTO movements (id, point_id, type, occurred_at, recorded_by, request_hash)
         SELECT $1, $2, 'adjustment', now(), id, 'direct' FROM users WHERE username = 'staff.dic.bandung'`,
        [id, dic],
      );
      return id;
    };
    const insertLines = async (movementId: string, lines: { lotId: string; quantity: number }[]) =>
      t.dataSource.query(
        `INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, reason, occurred_at, counts_as)
         SELECT $1, t.line_no, $2, $3, t.lot_id, t.quantity, 'correction', now(), 'adjustment'
           FROM unnest($4::int[], $5::uuid[], $6::int[]) AS t(line_no, lot_id, quantity)`,
        [movementId, dic, syringe, lines.map((_line, index) => index + 1), lines.map((line) => line.lotId), lines.map((line) => line.quantity)],
      );
    const refusedNegative = { driverError: expect.objectContaining({ constraint: 'stock_balances_non_negative' }) };

    it('sums several lines on one lot, and creates the balance of a lot new here', async () => {
      const lotId = await receive(dic, syringe, 10, 'LDS-STMT', '2030-03-31');
      const other = await receive(ids.point('PKM-BDG-KOPO'), syringe, 1, 'LDS-STMT-NEW', '2030-04-30', 'staff.pkm.kopo');
      await insertLines(await header(), [
        { lotId, quantity: -4 },
        { lotId: other, quantity: 5 },
        { lotId, quantity: -4 },
        { lotId: other, quantity: -3 },
        { lotId, quantity: 1 },
      ]);
      expect(await balance(dic, lotId)).toBe(3);
      expect(await balance(dic, other)).toBe(2);
    });

    it('refuses at the database a statement whose lines together overdraw a lot, or debit a lot never held here', async () => {
      const lotId = await receive(dic, syringe, 5, 'LDS-STMT-NEG', '2030-05-31');
      const never = await receive(ids.point('PKM-BDG-KOPO'), syringe, 5, 'LDS-STMT-NEVER', '2030-05-31', 'staff.pkm.kopo');
      await expect(insertLines(await header(), [{ lotId, quantity: -3 }, { lotId, quantity: -3 }])).rejects.toMatchObject(refusedNegative);
      await expect(insertLines(await header(), [{ lotId, quantity: -1 }, { lotId: never, quantity: -1 }])).rejects.toMatchObject(refusedNegative);
      expect(await balance(dic, lotId)).toBe(5);
      expect(await balance(dic, never)).toBe(0);
      await expect(t.dataSource.query('INSERT INTO stock_balances (point_id, lot_id, product_id, quantity) VALUES ($1, $2, $3, 1)', [dic, never, syringe]))
        .rejects.toThrow(/only through ledger lines/);
    });

    it('refuses at the database a line at another point than its movement\'s', async () => {
      const lotId = await receive(dic, syringe, 5, 'LDS-STMT-POINT', '2030-06-30');
      const movementId = await header();
      await expect(
        t.dataSource.query(
          `INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, reason, occurred_at, counts_as)
           VALUES ($1, 1, $2, $3, $4, 1, 'correction', now(), 'adjustment')`,
          [movementId, ids.point('PKM-BDG-KOPO'), syringe, lotId],
        ),
      ).rejects.toMatchObject({ driverError: expect.objectContaining({ constraint: 'ledger_lines_movement_point_fkey' }) });
      await insertLines(movementId, [{ lotId, quantity: 1 }]);
      expect(await balance(dic, lotId)).toBe(6);
    });

    it('answers INSUFFICIENT_STOCK when the database refuses the lines of a movement the rules let through', async () => {
      const lotId = await receive(dic, syringe, 5, 'LDS-STMT-MAP', '2030-06-30');
      const ledger = t.app.get(LedgerStore);
      const point = { id: dic, timeZone: 'Asia/Jakarta' };
      const attempt = inRetryingTransaction(t.dataSource, async (manager) => {
        const id = randomUUID();
        await manager.query(
          `INSERT INTO movements (id, point_id, type, occurred_at, recorded_by, request_hash)
           SELECT $1, $2, 'distribution', now(), id, 'direct' FROM users WHERE username = 'staff.dic.bandung'`,
          [id, dic],
        );
        await ledger.insertLines(manager, id, point, new Date(), [
          { productId: syringe, lotId, quantity: -3, figures: { countsAs: 'distribution', consumedIn: null } },
          { productId: syringe, lotId, quantity: -3, figures: { countsAs: 'distribution', consumedIn: null } },
        ]);
      });
      await expect(attempt).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK' });
      expect(await balance(dic, lotId)).toBe(5);
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the ledger at the database', async () => {
    await receive(dic, syringe, 1, 'LDS-APPEND', '2030-08-31');
    await expect(t.dataSource.query('UPDATE ledger_lines SET quantity = quantity + 1')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM ledger_lines')).rejects.toThrow(/append-only/);
    // The service's role may not truncate at all; the trigger refuses it for any role that may.
    await expect(t.dataSource.query('TRUNCATE ledger_lines CASCADE')).rejects.toThrow(/append-only|permission denied/);
    await expect(t.dataSource.query(`UPDATE movements SET note = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM movements')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('UPDATE stock_balances SET quantity = quantity + 1')).rejects.toThrow(/only through ledger lines/);
  });
});
