import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Model-based test of the ledger: fast-check generates sequences of receipts, distributions (named lot and FEFO),
 * adjustments, stock counts, shipments (dispatch, receipt short, cancel), reversals, exact retries and reused ids.
 * A model predicts every answer; after every step the database must agree with the model and with itself.
 * On failure fast-check prints the seed and the shortest failing sequence, to replay with { seed, path }.
 */

type Action =
  | { kind: 'receipt'; point: number; lot: number; quantity: number }
  | { kind: 'distribution'; point: number; product: number; quantity: number; namedLot: number | null }
  | { kind: 'adjustment'; point: number; lot: number; reason: 'damaged' | 'found' | 'correction'; quantity: number }
  | { kind: 'count'; point: number; lot: number; counted: number; reason: 'lost' | 'found' | null }
  | { kind: 'dispatch'; from: number; product: number; quantity: number }
  | { kind: 'receive'; shipment: number; shortBy: number }
  | { kind: 'cancel'; shipment: number }
  | { kind: 'reverse'; movement: number }
  | { kind: 'retry' }
  | { kind: 'reuse' };

/** Three lots: lots 0 and 2 are of product 0 (lot 0 expires first), lot 1 of product 1. */
const LOTS = [
  { product: 0, expiry: '2031-01-31' },
  { product: 1, expiry: '2031-02-28' },
  { product: 0, expiry: '2031-03-31' },
];

const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('receipt' as const), point: fc.nat(1), lot: fc.nat(2), quantity: fc.integer({ min: 1, max: 80 }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('distribution' as const),
      point: fc.nat(1),
      product: fc.nat(1),
      quantity: fc.integer({ min: 1, max: 40 }),
      namedLot: fc.option(fc.nat(2), { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('adjustment' as const),
      point: fc.nat(1),
      lot: fc.nat(2),
      reason: fc.constantFrom('damaged' as const, 'found' as const, 'correction' as const),
      quantity: fc.integer({ min: -20, max: 20 }).filter((quantity) => quantity !== 0),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('count' as const),
      point: fc.nat(1),
      lot: fc.nat(2),
      counted: fc.nat(60),
      reason: fc.constantFrom('lost' as const, 'found' as const, null),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('dispatch' as const), from: fc.nat(1), product: fc.nat(1), quantity: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('receive' as const), shipment: fc.nat(9), shortBy: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), shipment: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), movement: fc.nat(19) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'retry' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reuse' as const }) },
);

interface Model {
  /** balance[point][lot] */
  balance: number[][];
  lotIds: (string | undefined)[];
  shipments: { id: string; from: number; to: number; status: 'in_transit' | 'received' | 'cancelled'; lines: Map<number, number> }[];
  movements: { id: string; point: number; lines: Map<number, number>; reversed: boolean }[];
  accepted: string[];
  refused: string[];
  last?: { url: string; body: Record<string, unknown>; status: number; response: unknown };
}

describe('the ledger against a model', () => {
  let t: TestApp;
  let admin: string;
  let products: string[];
  let run = 0;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.token('admin');
    const ids = await demoIds(t.dataSource);
    products = [ids.product('NS-3ML'), ids.product('CONDOM-M')];
  });
  afterAll(() => t.close());

  const post = (url: string, body: Record<string, unknown>) => t.http().post(url).set('Authorization', `Bearer ${admin}`).send(body);

  async function newPoints(): Promise<string[]> {
    run += 1;
    const created: string[] = [];
    for (const [index, type] of (['ngo_office', 'outreach'] as const).entries()) {
      const response = await post('/api/v1/points', {
        code: `MODEL-${run}-${index}`,
        name: `Model point ${run}.${index}`,
        type,
        regencyCode: '32.01',
        supplierPointId: created[0],
      }).expect(201);
      created.push(response.body.id);
    }
    return created;
  }

  /** FEFO as the model sees it: lots of the product at the point, earliest expiry first. */
  function fefo(model: Model, point: number, product: number, quantity: number): Map<number, number> | undefined {
    const lots = LOTS.map((lot, index) => ({ ...lot, index }))
      .filter((lot) => lot.product === product && model.balance[point][lot.index] > 0)
      .sort((a, b) => a.expiry.localeCompare(b.expiry));
    if (lots.reduce((sum, lot) => sum + model.balance[point][lot.index], 0) < quantity) return undefined;
    const taken = new Map<number, number>();
    let remaining = quantity;
    for (const lot of lots) {
      const take = Math.min(remaining, model.balance[point][lot.index]);
      if (take > 0) taken.set(lot.index, take);
      remaining -= take;
    }
    return taken;
  }

  async function checkInvariants(points: string[], model: Model): Promise<void> {
    const ledger: { point_id: string; lot_id: string; total: number }[] = await t.dataSource.query(
      `SELECT point_id, lot_id, sum(quantity)::int AS total FROM ledger_lines WHERE point_id = ANY($1::uuid[]) AND account = 'stock' GROUP BY point_id, lot_id`,
      [points],
    );
    const balances: { point_id: string; lot_id: string; quantity: number }[] = await t.dataSource.query(
      `SELECT point_id, lot_id, quantity FROM stock_balances WHERE point_id = ANY($1::uuid[])`,
      [points],
    );
    const key = (pointId: string, lotId: string) => `${pointId}/${lotId}`;
    const balanceMap = new Map(balances.map((row) => [key(row.point_id, row.lot_id), row.quantity]));
    for (const row of ledger) expect({ at: key(row.point_id, row.lot_id), balance: balanceMap.get(key(row.point_id, row.lot_id)) ?? 0 }).toEqual({ at: key(row.point_id, row.lot_id), balance: row.total });
    for (const row of balances) expect(row.quantity).toBeGreaterThanOrEqual(0);

    for (const [pointIndex, pointId] of points.entries()) {
      model.lotIds.forEach((lotId, lotIndex) => {
        if (lotId) expect({ point: pointIndex, lot: lotIndex, quantity: balanceMap.get(key(pointId, lotId)) ?? 0 }).toEqual({ point: pointIndex, lot: lotIndex, quantity: model.balance[pointIndex][lotIndex] });
      });
    }

    // In transit = dispatched - received - lost - cancelled, per lot, and it matches the model. The ledger holds the
    // same: each shipment's transit account is what is still on the road, its loss account what never arrived, and
    // no transit account is ever below zero.
    const [transit] = await t.dataSource.query(
      `SELECT
         COALESCE((SELECT -sum(ll.quantity) FROM ledger_lines ll JOIN movements m ON m.id = ll.movement_id
                    WHERE m.type = 'shipment_dispatch' AND m.point_id = ANY($1::uuid[]) AND ll.account = 'stock'), 0)::int AS dispatched,
         COALESCE((SELECT sum(ll.quantity) FROM ledger_lines ll JOIN movements m ON m.id = ll.movement_id
                    WHERE m.type = 'shipment_receipt' AND m.point_id = ANY($1::uuid[]) AND ll.account = 'stock'), 0)::int AS received,
         COALESCE((SELECT sum(ll.quantity) FROM ledger_lines ll JOIN shipments s ON s.id = ll.shipment_id
                    WHERE ll.account = 'transit' AND s.from_point_id = ANY($1::uuid[])), 0)::int AS transit_account,
         COALESCE((SELECT sum(ll.quantity) FROM ledger_lines ll JOIN shipments s ON s.id = ll.shipment_id
                    WHERE ll.account = 'loss' AND s.from_point_id = ANY($1::uuid[])), 0)::int AS loss_account,
         (SELECT count(*) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
                  CROSS JOIN LATERAL (SELECT COALESCE(sum(ll.quantity), 0) AS quantity FROM ledger_lines ll
                                       WHERE ll.account = 'transit' AND ll.shipment_id = sl.shipment_id AND ll.lot_id = sl.lot_id) t
                 WHERE s.from_point_id = ANY($1::uuid[]) AND t.quantity <> CASE s.status WHEN 'in_transit' THEN sl.quantity_sent ELSE 0 END)::int AS wrong_transit,
         COALESCE((SELECT sum(sl.quantity_sent - sl.quantity_received) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
                    WHERE s.status = 'received' AND s.from_point_id = ANY($1::uuid[])), 0)::int AS lost,
         COALESCE((SELECT sum(ll.quantity) FROM ledger_lines ll JOIN movements m ON m.id = ll.movement_id
                    WHERE m.type = 'shipment_cancel' AND m.point_id = ANY($1::uuid[]) AND ll.account = 'stock'), 0)::int AS cancelled,
         COALESCE((SELECT sum(sl.quantity_sent) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
                    WHERE s.status = 'in_transit' AND s.from_point_id = ANY($1::uuid[])), 0)::int AS in_transit`,
      [points],
    );
    expect(transit.dispatched - transit.received - transit.lost - transit.cancelled).toBe(transit.in_transit);
    expect({ transit: transit.transit_account, loss: transit.loss_account, wrong: transit.wrong_transit }).toEqual({ transit: transit.in_transit, loss: transit.lost, wrong: 0 });
    const modelInTransit = model.shipments
      .filter((shipment) => shipment.status === 'in_transit')
      .reduce((sum, shipment) => sum + [...shipment.lines.values()].reduce((a, b) => a + b, 0), 0);
    expect(transit.in_transit).toBe(modelInTransit);

    // Every accepted id is recorded exactly once; no refused id left anything behind.
    const [{ accepted }] = await t.dataSource.query(`SELECT count(*)::int AS accepted FROM movements WHERE id = ANY($1::uuid[])`, [model.accepted]);
    expect(accepted).toBe(new Set(model.accepted).size);
    const [{ refused }] = await t.dataSource.query(`SELECT count(*)::int AS refused FROM movements WHERE id = ANY($1::uuid[])`, [model.refused]);
    expect(refused).toBe(0);
  }

  async function step(points: string[], model: Model, action: Action): Promise<void> {
    const now = new Date().toISOString();
    const movementUrl = (point: number) => `/api/v1/points/${points[point]}/movements`;
    let url: string;
    let body: Record<string, unknown>;
    let expected: number;
    let apply: (response: { body: Record<string, unknown> }) => void = () => undefined;

    switch (action.kind) {
      case 'receipt': {
        url = movementUrl(action.point);
        body = {
          id: randomUUID(),
          type: 'receipt',
          occurredAt: now,
          source: 'model',
          lines: [{ productId: products[LOTS[action.lot].product], quantity: action.quantity, lotNumber: `M${run}-L${action.lot}`, expiryDate: LOTS[action.lot].expiry, fundingSource: 'APBN' }],
        };
        expected = 201;
        apply = (response) => {
          const lotId = (response.body.lines as { lotId: string }[])[0].lotId;
          if (model.lotIds[action.lot]) expect(lotId).toBe(model.lotIds[action.lot]);
          model.lotIds[action.lot] = lotId;
          model.balance[action.point][action.lot] += action.quantity;
          model.movements.push({ id: body.id as string, point: action.point, lines: new Map([[action.lot, action.quantity]]), reversed: false });
        };
        break;
      }
      case 'distribution': {
        const named = action.namedLot !== null && LOTS[action.namedLot].product === action.product ? action.namedLot : null;
        if (named !== null && !model.lotIds[named]) return;
        url = movementUrl(action.point);
        body = {
          id: randomUUID(),
          type: 'distribution',
          occurredAt: now,
          lines: [{ productId: products[action.product], quantity: action.quantity, ...(named !== null ? { lotId: model.lotIds[named] } : {}) }],
        };
        const taken = named !== null ? (model.balance[action.point][named] >= action.quantity ? new Map([[named, action.quantity]]) : undefined) : fefo(model, action.point, action.product, action.quantity);
        expected = taken ? 201 : 422;
        apply = (response) => {
          const lines = response.body.lines as { lotId: string; quantity: number }[];
          expect(lines.map((line) => [line.lotId, line.quantity])).toEqual([...taken!].map(([lot, quantity]) => [model.lotIds[lot], -quantity]));
          for (const [lot, quantity] of taken!) model.balance[action.point][lot] -= quantity;
          model.movements.push({ id: body.id as string, point: action.point, lines: new Map([...taken!].map(([lot, q]) => [lot, -q])), reversed: false });
        };
        break;
      }
      case 'adjustment': {
        if (!model.lotIds[action.lot]) return;
        const quantity = action.reason === 'correction' ? action.quantity : Math.abs(action.quantity);
        const change = action.reason === 'damaged' ? -quantity : quantity;
        url = movementUrl(action.point);
        body = { id: randomUUID(), type: 'adjustment', occurredAt: now, lines: [{ productId: products[LOTS[action.lot].product], lotId: model.lotIds[action.lot], quantity, reason: action.reason }] };
        expected = model.balance[action.point][action.lot] + change >= 0 ? 201 : 422;
        apply = () => {
          model.balance[action.point][action.lot] += change;
          model.movements.push({ id: body.id as string, point: action.point, lines: new Map([[action.lot, change]]), reversed: false });
        };
        break;
      }
      case 'count': {
        if (!model.lotIds[action.lot]) return;
        const difference = action.counted - model.balance[action.point][action.lot];
        url = movementUrl(action.point);
        body = {
          id: randomUUID(),
          type: 'stock_count',
          occurredAt: now,
          lines: [{ productId: products[LOTS[action.lot].product], lotId: model.lotIds[action.lot], quantity: action.counted, ...(action.reason ? { reason: action.reason } : {}) }],
        };
        const fits = difference === 0 || (action.reason === 'lost' && difference < 0) || (action.reason === 'found' && difference > 0);
        expected = fits ? 201 : 422;
        apply = () => {
          model.balance[action.point][action.lot] = action.counted;
          model.movements.push({ id: body.id as string, point: action.point, lines: new Map(difference === 0 ? [] : [[action.lot, difference]]), reversed: false });
        };
        break;
      }
      case 'dispatch': {
        const to = 1 - action.from;
        url = '/api/v1/shipments';
        body = { id: randomUUID(), fromPointId: points[action.from], toPointId: points[to], lines: [{ productId: products[action.product], quantity: action.quantity }] };
        const taken = fefo(model, action.from, action.product, action.quantity);
        expected = taken ? 201 : 422;
        apply = () => {
          for (const [lot, quantity] of taken!) model.balance[action.from][lot] -= quantity;
          model.shipments.push({ id: body.id as string, from: action.from, to, status: 'in_transit', lines: taken! });
        };
        break;
      }
      case 'receive': {
        const shipment = model.shipments[action.shipment % Math.max(model.shipments.length, 1)];
        if (!shipment) return;
        url = `/api/v1/shipments/${shipment.id}/receive`;
        const lines = [...shipment.lines].map(([lot, sent]) => {
          const received = Math.max(0, sent - action.shortBy);
          return { lotId: model.lotIds[lot], quantityReceived: received, ...(received < sent ? { discrepancyReason: 'lost' } : {}) };
        });
        body = { id: randomUUID(), lines };
        expected = shipment.status === 'in_transit' ? 201 : 409;
        apply = () => {
          shipment.status = 'received';
          for (const [lot, sent] of shipment.lines) model.balance[shipment.to][lot] += Math.max(0, sent - action.shortBy);
        };
        break;
      }
      case 'cancel': {
        const shipment = model.shipments[action.shipment % Math.max(model.shipments.length, 1)];
        if (!shipment) return;
        url = `/api/v1/shipments/${shipment.id}/cancel`;
        body = { id: randomUUID() };
        expected = shipment.status === 'in_transit' ? 201 : 409;
        apply = () => {
          shipment.status = 'cancelled';
          for (const [lot, sent] of shipment.lines) model.balance[shipment.from][lot] += sent;
        };
        break;
      }
      case 'reverse': {
        const target = model.movements[action.movement % Math.max(model.movements.length, 1)];
        if (!target) return;
        url = movementUrl(target.point);
        body = { id: randomUUID(), type: 'reversal', occurredAt: now, reversesMovementId: target.id, lines: [] };
        const after = [...model.balance[target.point]];
        for (const [lot, quantity] of target.lines) after[lot] -= quantity;
        expected = target.reversed ? 422 : after.every((quantity) => quantity >= 0) ? 201 : 422;
        apply = () => {
          target.reversed = true;
          model.balance[target.point] = after;
        };
        break;
      }
      case 'retry': {
        const last = model.last;
        if (!last) return;
        const response = await post(last.url, last.body);
        if (last.status === 201) {
          expect(response.status).toBe(201);
          expect(response.headers['idempotent-replayed']).toBe('true');
          if (!last.url.startsWith('/api/v1/shipments')) expect(response.body).toEqual(last.response);
        } else {
          expect(response.status).toBeGreaterThanOrEqual(400);
        }
        return;
      }
      case 'reuse': {
        const last = model.last;
        if (!last || last.status !== 201) return;
        const response = await post(last.url, { ...last.body, note: 'a different request with a reused id' });
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
        return;
      }
    }

    const response = await post(url, body);
    expect({ action, status: response.status, body: response.status === expected ? undefined : response.body }).toEqual({ action, status: expected, body: undefined });
    if (response.status === 201) {
      apply(response);
      model.accepted.push(body.id as string);
    } else {
      model.refused.push(body.id as string);
    }
    model.last = { url, body, status: response.status, response: response.body };
  }

  it('keeps ledger, balances, transit and ids consistent for any sequence of operations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArbitrary, { minLength: 10, maxLength: 40 }), async (actions) => {
        const points = await newPoints();
        const model: Model = { balance: [[0, 0, 0], [0, 0, 0]], lotIds: [], shipments: [], movements: [], accepted: [], refused: [] };
        for (const action of actions) {
          await step(points, model, action);
          await checkInvariants(points, model);
        }
      }),
      { numRuns: Number(process.env.LEDGER_MODEL_RUNS ?? 30), verbose: 1 },
    );
  }, 240_000);
});
