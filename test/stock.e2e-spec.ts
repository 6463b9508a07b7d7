import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
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

  const receive = async (pointId: string, productId: string, quantity: number, lotNumber: string, expiryDate: string) => {
    const response = await record(pointId, {
      id: randomUUID(),
      type: 'receipt',
      occurredAt: NOW(),
      source: 'Dinkes Provinsi Jawa Barat',
      lines: [{ productId, quantity, lotNumber, expiryDate, fundingSource: 'APBD' }],
    });
    expect(response.status).toBe(201);
    return response.body.lines[0].lotId as string;
  };

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

  it('refuses UPDATE, DELETE and TRUNCATE on the ledger at the database', async () => {
    await receive(dic, syringe, 1, 'LDS-APPEND', '2030-08-31');
    await expect(t.dataSource.query('UPDATE ledger_lines SET quantity = quantity + 1')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM ledger_lines')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE ledger_lines CASCADE')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`UPDATE movements SET note = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM movements')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('UPDATE stock_balances SET quantity = quantity + 1')).rejects.toThrow(/only through ledger lines/);
  });
});
