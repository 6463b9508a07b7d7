import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Model-based test of the sharps ledger (docs/needle-programme.md): fast-check generates sequences of returns at a
 * drop-in centre and a puskesmas of one regency, hand-overs from the first to the second, destructions at the second, reversals of them, exact retries, and
 * distributions of stock in between. A model of the full containers each point holds predicts every answer. After
 * every step: the holdings are the model's, the sharps ledger sums to them, nothing destroyed or handed on was never
 * collected, and the stock ledger (balances, consumption, lines) changed only by the distributions.
 */

type Action =
  | { kind: 'return'; point: number; syringes: number; containers: number }
  | { kind: 'handover'; containers: number }
  | { kind: 'destroy'; containers: number }
  | { kind: 'reverse'; movement: number }
  | { kind: 'distribute'; quantity: number }
  | { kind: 'retry' };

const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('return' as const), point: fc.nat(1), syringes: fc.nat(300), containers: fc.nat(3) }).filter((a) => a.syringes + a.containers > 0) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('handover' as const), containers: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('destroy' as const), containers: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), movement: fc.nat(11) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('distribute' as const), quantity: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'retry' as const }) },
);

interface SharpsMovement {
  id: string;
  point: number;
  /** Change in held containers per point. */
  change: number[];
  reversed: boolean;
}

describe('sharps ledger: model-based', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let points: string[];
  let admin: { Authorization: string };

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    points = [ids.point('DIC-BDG-01'), ids.point('PKM-BDG-KOPO')];
    admin = { Authorization: `Bearer ${await t.token('admin')}` };
    await ledgerApi(t, ids).receive('DIC-BDG-01', 'NS-1ML-LDS-29G', 100_000, 'SHARPS-MODEL');
  });
  afterAll(() => t.close());

  const held = async () => {
    const rows: { point_id: string; containers: number }[] = await t.dataSource.query(`SELECT point_id, containers FROM sharps_holdings WHERE point_id = ANY($1)`, [points]);
    return points.map((point) => rows.find((row) => row.point_id === point)?.containers ?? 0);
  };
  const ledgerSums = async () => {
    const rows: { point_id: string; containers: number }[] = await t.dataSource.query(
      `SELECT point_id, sum(containers)::int AS containers FROM sharps_lines WHERE point_id = ANY($1) GROUP BY point_id`,
      [points],
    );
    return points.map((point) => rows.find((row) => row.point_id === point)?.containers ?? 0);
  };
  /** Everything stock at both points is made of. */
  const stock = async () =>
    t.dataSource.query(
      `SELECT (SELECT json_agg(b ORDER BY b.point_id, b.lot_id) FROM stock_balances b WHERE b.point_id = ANY($1)) AS balances,
              (SELECT json_agg(c ORDER BY c.point_id, c.product_id, c.month) FROM consumption_months c WHERE c.point_id = ANY($1)) AS consumption,
              (SELECT count(*)::int FROM ledger_lines WHERE point_id = ANY($1)) AS lines`,
      [points],
    );

  it('holds exactly the containers the model predicts, never fewer than none, and never touches stock', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArbitrary, { minLength: 1, maxLength: 25 }), async (actions) => {
        const model = await held();
        const movements: SharpsMovement[] = [];
        let last: { url: string; body: object; response: unknown } | undefined;
        let stockBefore = await stock();
        for (const action of actions) {
          let url = `/api/v1/points/${points[0]}/sharps`;
          let body: Record<string, unknown> = { id: randomUUID(), occurredAt: new Date().toISOString() };
          let change = [0, 0];
          let point = 0;
          let expected: number;
          let reversing: SharpsMovement | undefined;
          let stockChanges = false;
          switch (action.kind) {
            case 'return':
              point = action.point;
              url = `/api/v1/points/${points[point]}/sharps`;
              body = { ...body, type: 'return', containers: action.containers, ...(action.syringes > 0 ? { syringes: action.syringes, countMethod: 'counted' } : {}) };
              change = point === 0 ? [action.containers, 0] : [0, action.containers];
              expected = 201;
              break;
            case 'handover':
              // The drop-in centre hands to the puskesmas (which destroys them), never the other way round.
              body = { ...body, type: 'handover', containers: action.containers, toPointId: points[1] };
              change = [-action.containers, action.containers];
              expected = model[0] >= action.containers ? 201 : 422;
              break;
            case 'destroy':
              point = 1;
              url = `/api/v1/points/${points[1]}/sharps`;
              body = { ...body, type: 'destruction', containers: action.containers, destructionMethod: 'incinerator' };
              change = [0, -action.containers];
              expected = model[1] >= action.containers ? 201 : 422;
              break;
            case 'reverse': {
              reversing = movements[action.movement % Math.max(movements.length, 1)];
              if (!reversing) continue;
              point = reversing.point;
              url = `/api/v1/points/${points[point]}/movements`;
              body = { ...body, type: 'reversal', reversesMovementId: reversing.id, lines: [] };
              change = reversing.change.map((value) => -value);
              expected = reversing.reversed ? 422 : model.every((value, index) => value + change[index] >= 0) ? 201 : 422;
              break;
            }
            case 'distribute':
              url = `/api/v1/points/${points[0]}/movements`;
              body = { ...body, type: 'distribution', contacts: 1, lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantity: action.quantity }] };
              expected = 201;
              stockChanges = true;
              break;
            case 'retry':
              if (!last) continue;
              url = last.url;
              body = last.body as Record<string, unknown>;
              expected = 201;
              break;
          }
          const response = await t.http().post(url).set(admin).send(body);
          expect({ action, status: response.status, code: response.body.code }).toEqual({
            action,
            status: expected,
            code: expected === 201 ? undefined : action.kind === 'reverse' && reversing?.reversed ? 'ALREADY_REVERSED' : 'SHARPS_NOT_HELD',
          });
          if (action.kind === 'retry') {
            expect(response.headers['idempotent-replayed']).toBe('true');
            expect(response.body).toEqual(last!.response);
          } else if (response.status === 201) {
            model[0] += change[0];
            model[1] += change[1];
            if (reversing) reversing.reversed = true;
            else if (!stockChanges) movements.push({ id: body.id as string, point, change, reversed: false });
            last = { url, body, response: response.body };
          }
          expect(await held()).toEqual(model);
          expect(await ledgerSums()).toEqual(model);
          const stockAfter = await stock();
          if (!stockChanges) expect(stockAfter).toEqual(stockBefore);
          stockBefore = stockAfter;
        }
      }),
      { numRuns: Number(process.env.SHARPS_MODEL_RUNS ?? 20) },
    );
  });
});
