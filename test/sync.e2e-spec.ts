import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Batch sync of movements captured offline (POST /api/v1/sync/movements) against the real database: each movement is
 * answered as the single endpoint would answer it (recorded, replayed, or refused with the same problem document),
 * in the order sent, with the same scope rules, and a batch sent twice at once records everything exactly once.
 */

type Body = Record<string, unknown>;
interface Result {
  id: string;
  pointId: string;
  outcome: 'recorded' | 'replayed' | 'refused';
  status: number;
  movement?: { id: string; lines: { lotId: string; quantity: number }[] };
  problem?: Record<string, unknown> & { code: string; status: number };
}

const NOW = () => new Date().toISOString();

describe('batch sync of movements', () => {
  let t: TestApp;
  let staff: string;
  let admin: string;
  let dic: string;
  let kopo: string;
  let productCounter = 0;

  beforeAll(async () => {
    // A small general body limit shows that the sync route has its own, larger one.
    t = await createTestApp({ env: { BODY_LIMIT: '100kb' } });
    const ids = await demoIds(t.dataSource);
    dic = ids.point('DIC-BDG-01');
    kopo = ids.point('PKM-BDG-KOPO');
    staff = await t.token('staff.dic.bandung');
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  const auth = (token: string) => `Bearer ${token}`;
  const sync = (movements: unknown, token = staff) =>
    t.http().post('/api/v1/sync/movements').set('Authorization', auth(token)).send({ movements });
  const single = (pointId: string, body: Body, token = staff) =>
    t.http().post(`/api/v1/points/${pointId}/movements`).set('Authorization', auth(token)).send(body);
  const ok = (response: Response, status = 200): Response => {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    return response;
  };

  /** A product no other test holds, so its stock starts at 0 everywhere. */
  const newProduct = async (): Promise<string> => {
    const code = `SYNC-${++productCounter}-${randomUUID().slice(0, 6)}`.toUpperCase();
    const response = await t.http().post('/api/v1/products').set('Authorization', auth(admin)).send({
      code, name: `Sync test product ${code}`, nameId: `Produk uji ${code}`, category: 'swab', unit: 'piece', packSize: 10,
    });
    return ok(response, 201).body.id;
  };
  const receipt = (productId: string, quantity: number, extra: Body = {}): Body => ({
    id: randomUUID(), type: 'receipt', occurredAt: NOW(), source: 'Dinkes Kota Bandung',
    lines: [{ productId, quantity, lotNumber: `L-${randomUUID().slice(0, 8)}`.toUpperCase(), expiryDate: '2030-06', fundingSource: 'APBD' }],
    ...extra,
  });
  const distribution = (productId: string, quantity: number, extra: Body = {}): Body => ({
    id: randomUUID(), type: 'distribution', occurredAt: NOW(), contacts: 1, lines: [{ productId, quantity }], ...extra,
  });
  const at = (pointId: string, body: Body): Body => ({ pointId, ...body });

  const recordedCount = async (ids: string[]): Promise<number> =>
    (await t.dataSource.query('SELECT count(*)::int AS count FROM movements WHERE id = ANY($1::uuid[])', [ids]))[0].count;
  const onHand = async (pointId: string, productId: string): Promise<number> =>
    (await t.dataSource.query('SELECT COALESCE(sum(quantity), 0)::int AS total FROM stock_balances WHERE point_id = $1 AND product_id = $2', [pointId, productId]))[0].total;
  const withoutRequestId = (problem: Record<string, unknown>) => ({ ...problem, requestId: undefined });

  it('answers a mixed batch one by one, in order: recorded, replayed, refused for stock, refused for an invalid body', async () => {
    const product = await newProduct();
    const earlier = receipt(product, 5);
    ok(await single(dic, earlier), 201);
    const received = receipt(product, 10);
    const handedOut = distribution(product, 12); // 5 + 10 received: only possible after the receipt in the same batch
    const tooMuch = distribution(product, 4); // 3 left
    const invalid: Body = { ...distribution(product, 1), lines: [{ productId: product, quantity: 'ten' }], colour: 'red' };
    const last = distribution(product, 3);

    const response = ok(await sync([earlier, received, handedOut, tooMuch, invalid, last].map((body) => at(dic, body))));
    const results: Result[] = response.body.results;
    expect(results.map(({ id, pointId, outcome, status }) => ({ id, pointId, outcome, status }))).toEqual([
      { id: earlier.id, pointId: dic, outcome: 'replayed', status: 200 },
      { id: received.id, pointId: dic, outcome: 'recorded', status: 201 },
      { id: handedOut.id, pointId: dic, outcome: 'recorded', status: 201 },
      { id: tooMuch.id, pointId: dic, outcome: 'refused', status: 422 },
      { id: invalid.id, pointId: dic, outcome: 'refused', status: 400 },
      { id: last.id, pointId: dic, outcome: 'recorded', status: 201 },
    ]);
    expect(results[0].movement?.id).toBe(earlier.id);
    expect(results[2].movement?.lines.reduce((sum, line) => sum + line.quantity, 0)).toBe(-12);
    expect(results[3].problem).toMatchObject({ code: 'INSUFFICIENT_STOCK', available: { productId: product, quantity: 3 } });
    expect(results[3].movement).toBeUndefined();
    expect(results[4].problem?.code).toBe('VALIDATION_FAILED');
    expect((results[4].problem?.errors as { field: string }[]).map((error) => error.field).sort()).toEqual(['colour', 'lines[0].quantity']);
    expect(await recordedCount([tooMuch.id as string, invalid.id as string])).toBe(0);
    expect(await onHand(dic, product)).toBe(0);

    // Each refusal is exactly what the single endpoint answers for the same request, in the same state: 3 usable at
    // its date (a restock dated just before it; one dated later would not count for a movement dated earlier).
    const restock = receipt(product, 3, { occurredAt: new Date(Date.parse(tooMuch.occurredAt as string) - 1).toISOString() });
    ok(await single(dic, restock), 201);
    const singleTooMuch = await single(dic, tooMuch);
    expect(singleTooMuch.status).toBe(422);
    expect(withoutRequestId(results[3].problem!)).toEqual(withoutRequestId(singleTooMuch.body));
    const singleInvalid = await single(dic, invalid);
    expect(singleInvalid.status).toBe(400);
    expect(withoutRequestId(results[4].problem!)).toEqual(withoutRequestId(singleInvalid.body));
    expect(results[3].problem?.requestId).toBe(response.headers['x-request-id']);
  });

  it('refuses the same id with a different request, as the single endpoint does', async () => {
    const product = await newProduct();
    const first = receipt(product, 10);
    const results: Result[] = ok(await sync([at(dic, first), at(dic, { ...first, note: 'changed' })])).body.results;
    expect(results.map((result) => result.outcome)).toEqual(['recorded', 'refused']);
    expect(results[1].problem?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await onHand(dic, product)).toBe(10);
  });

  it('applies access scope per movement: a point outside your scope is refused as the single endpoint would', async () => {
    const product = await newProduct();
    const own = receipt(product, 2);
    const foreign = receipt(product, 2); // staff of the drop-in centre do not see Puskesmas Kopo
    const officer = await t.token('dinkes.bandung');
    const seenNotWritable = receipt(product, 2); // the district officer sees the drop-in centre but records only at the Dinkes

    const results: Result[] = ok(await sync([at(dic, own), at(kopo, foreign)])).body.results;
    expect(results.map((result) => [result.outcome, result.status, result.problem?.code])).toEqual([
      ['recorded', 201, undefined],
      ['refused', 404, 'POINT_NOT_FOUND'],
    ]);
    const singleForeign = await single(kopo, foreign);
    expect(withoutRequestId(results[1].problem!)).toEqual(withoutRequestId(singleForeign.body));

    const officerResults: Result[] = ok(await sync([at(dic, seenNotWritable)], officer)).body.results;
    expect(officerResults[0]).toMatchObject({ outcome: 'refused', status: 403, problem: { code: 'OUT_OF_SCOPE' } });
    const singleOfficer = await single(dic, seenNotWritable, officer);
    expect(withoutRequestId(officerResults[0].problem!)).toEqual(withoutRequestId(singleOfficer.body));
    expect(await recordedCount([foreign.id as string, seenNotWritable.id as string])).toBe(0);
  });

  it('refuses the whole request when the envelope is wrong, and writes nothing', async () => {
    const product = await newProduct();
    const fine = at(dic, receipt(product, 1));
    const cases: [unknown, string][] = [
      [undefined, 'movements'],
      [[], 'movements'],
      ['all of them', 'movements'],
      [Array.from({ length: 501 }, () => fine), 'movements'],
      [[fine, 'text'], 'movements[1]'],
      [[fine, { ...receipt(product, 1), pointId: dic, id: 'not-a-uuid' }], 'movements[1].id'],
      [[fine, receipt(product, 1)], 'movements[1].pointId'],
    ];
    for (const [movements, field] of cases) {
      const response = await sync(movements);
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect((response.body.errors as { field: string }[]).map((error) => error.field)).toContain(field);
    }
    const extra = await t.http().post('/api/v1/sync/movements').set('Authorization', auth(staff)).send({ movements: [fine], all: true });
    expect(extra.status).toBe(400);
    expect(await recordedCount([fine.id as string])).toBe(0);
    expect((await t.http().post('/api/v1/sync/movements').send({ movements: [fine] })).status).toBe(401);
  });

  it('records everything exactly once when the same batch is sent twice at the same time', async () => {
    const product = await newProduct();
    const batch = [at(dic, receipt(product, 100)), ...Array.from({ length: 30 }, () => at(dic, distribution(product, 2)))];
    const [first, second] = await Promise.all([sync(batch), sync(batch)]);
    const outcomes = [ok(first), ok(second)].map((response) => (response.body.results as Result[]).map((result) => result.outcome));
    batch.forEach((_movement, index) => {
      expect([outcomes[0][index], outcomes[1][index]].sort()).toEqual(['recorded', 'replayed']);
    });
    expect(await recordedCount(batch.map((movement) => movement.id as string))).toBe(batch.length);
    expect(await onHand(dic, product)).toBe(100 - 30 * 2);
  });

  // A generous timeout: on a loaded 2-core machine 500 transactions can take longer than the default minute.
  it('syncs 500 movements in one request, above the general body limit', async () => {
    const product = await newProduct();
    const note = 'Kegiatan penjangkauan di terminal, dicatat tanpa sinyal dan dikirim kemudian. '.repeat(2);
    const batch = [at(dic, receipt(product, 1000)), ...Array.from({ length: 499 }, () => at(dic, distribution(product, 2, { note })))];
    const body = JSON.stringify({ movements: batch });
    expect(body.length).toBeGreaterThan(100 * 1024);
    ok(await t.http().post('/api/v1/sync/movements').set('Authorization', auth(staff)).set('Content-Type', 'application/json').send(body));
    expect(await recordedCount(batch.map((movement) => movement.id as string))).toBe(500);
    expect(await onHand(dic, product)).toBe(1000 - 499 * 2);
    // The general limit still applies elsewhere.
    const big = await single(dic, { ...distribution(product, 1), note: 'x'.repeat(200 * 1024) });
    expect(big.status).toBe(413);
  }, 300_000);
});
