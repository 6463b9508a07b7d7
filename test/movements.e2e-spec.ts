import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Stock movements through HTTP against the real database: FEFO, expiry in the point's local time, adjustments,
 * stock counts, reversals, receipts and lots, dates, restricted products, scope, reads and privacy. Every refusal is
 * also checked to have written nothing (movements, ledger lines, lots and balances unchanged).
 */

interface Line {
  lineNo: number;
  productId: string;
  lotId: string;
  lotNumber: string;
  expiryDate: string;
  quantity: number;
  countedQuantity: number | null;
  reason: string | null;
}

interface Movement {
  id: string;
  type: string;
  pointId: string;
  occurredAt: string;
  recordedAt: string;
  recordedBy: string;
  note: string | null;
  contacts: number | null;
  source: string | null;
  reversesMovementId: string | null;
  lines: Line[];
}

interface LotStock {
  lotId: string;
  lotNumber: string;
  expiryDate: string;
  fundingSource: string;
  donorName: string | null;
  quantity: number;
  daysToExpiry: number;
}

interface ProductStock {
  productId: string;
  onHand: number;
  usable: number;
  expired: number;
  inTransitInbound: number;
  lots: LotStock[];
}

interface CardLine {
  movementId: string;
  type: string;
  reason: string | null;
  lotId: string;
  lotNumber: string;
  quantity: number;
  countedQuantity: number | null;
  runningBalance: number;
  recordedBy: string;
  occurredAt: string;
  recordedAt: string;
}

interface Snapshot {
  movements: number;
  lines: number;
  lots: number;
  balances: string;
}

type Body = Record<string, unknown>;
type LineRequest = Record<string, unknown>;

const DAY_MS = 86_400_000;
const NOW = () => new Date().toISOString();
const daysAgo = (days: number, from = Date.now()) => new Date(from - days * DAY_MS).toISOString();

/** The calendar date (YYYY-MM-DD) at an instant in a time zone, computed here independently of the service. */
function dateIn(timeZone: string, instant = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** What a refusal says about the demo products besides their ids. */
const SYRINGE_NAMES = {
  productCode: 'NS-1ML-LDS-29G',
  productName: 'Syringe 1 ml, fixed 29G needle, low dead space',
  productNameId: 'Alat suntik steril 1 ml, jarum tetap 29G (low dead space)',
};
const SWAB_NAMES = { productCode: 'SWAB-ALC', productName: 'Alcohol swab, 70% isopropyl', productNameId: 'Kapas alkohol 70%' };

let lotCounter = 0;
/** A lot number no other test uses. */
const lotNo = (label: string) => `MV-${label}-${++lotCounter}-${randomUUID().slice(0, 8)}`.toUpperCase();

describe('stock movements through HTTP', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  let staff: string;
  let dic: string;
  let kopo: string;
  let syringe: string;
  let swab: string;
  let naloxone: string;
  let jakartaToday: string;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    staff = await t.token('staff.dic.bandung');
    dic = ids.point('DIC-BDG-01');
    kopo = ids.point('PKM-BDG-KOPO');
    syringe = ids.product('NS-1ML-LDS-29G');
    swab = ids.product('SWAB-ALC');
    naloxone = ids.product('NALOXONE-0.4');
    jakartaToday = dateIn('Asia/Jakarta');
  });
  afterAll(() => t.close());

  // ---------------------------------------------------------------- helpers

  const record = (pointId: string, body: Body, token = staff) =>
    t.http().post(`/api/v1/points/${pointId}/movements`).set('Authorization', `Bearer ${token}`).send(body);

  const read = (path: string, token = staff, query: Record<string, string | number> = {}) =>
    t.http().get(path).set('Authorization', `Bearer ${token}`).query(query);

  const expectStatus = (response: Response, status: number) => {
    if (response.status !== status) {
      throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    }
  };

  /** Records a movement that must be accepted and returns it. */
  const accepted = async (pointId: string, body: Body, token = staff): Promise<Movement> => {
    const response = await record(pointId, body, token);
    expectStatus(response, 201);
    return response.body as Movement;
  };

  const snapshot = async (): Promise<Snapshot> => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM movements) AS movements,
              (SELECT count(*)::int FROM ledger_lines) AS lines,
              (SELECT count(*)::int FROM lots) AS lots,
              (SELECT COALESCE(string_agg(point_id || ':' || lot_id || ':' || quantity, ',' ORDER BY point_id, lot_id), '')
                 FROM stock_balances) AS balances`,
    );
    return row;
  };

  /** Sends a request that must be refused with this status and code, and checks that it wrote nothing. */
  const refused = async (send: () => PromiseLike<Response>, status: number, code: string): Promise<Response> => {
    const before = await snapshot();
    const response = await send();
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await snapshot()).toEqual(before);
    return response;
  };

  const fields = (response: Response): string[] => ((response.body.errors ?? []) as { field: string }[]).map((error) => error.field);

  const receiptLine = (productId: string, quantity: number, lotNumber: string, expiryDate: string, extra: LineRequest = {}): LineRequest => ({
    productId,
    quantity,
    lotNumber,
    expiryDate,
    fundingSource: 'APBD',
    ...extra,
  });

  const receiptBody = (lines: LineRequest[], extra: Body = {}): Body => ({
    id: randomUUID(),
    type: 'receipt',
    occurredAt: NOW(),
    source: 'Dinkes Provinsi Jawa Barat',
    lines,
    ...extra,
  });

  /** Receives one lot and returns its id. */
  const receive = async (
    pointId: string,
    productId: string,
    quantity: number,
    lotNumber: string,
    expiryDate: string,
    options: { token?: string; occurredAt?: string } = {},
  ): Promise<string> => {
    const movement = await accepted(
      pointId,
      receiptBody([receiptLine(productId, quantity, lotNumber, expiryDate)], options.occurredAt ? { occurredAt: options.occurredAt } : {}),
      options.token ?? staff,
    );
    expect(movement.lines).toHaveLength(1);
    expect(movement.lines[0].quantity).toBe(quantity);
    return movement.lines[0].lotId;
  };

  const distribution = (lines: LineRequest[], extra: Body = {}): Body => ({ id: randomUUID(), type: 'distribution', occurredAt: NOW(), lines, ...extra });
  const adjustment = (lines: LineRequest[], extra: Body = {}): Body => ({ id: randomUUID(), type: 'adjustment', occurredAt: NOW(), lines, ...extra });
  const stockCount = (lines: LineRequest[], extra: Body = {}): Body => ({ id: randomUUID(), type: 'stock_count', occurredAt: NOW(), lines, ...extra });
  const reversal = (reversesMovementId: string, extra: Body = {}): Body => ({
    id: randomUUID(),
    type: 'reversal',
    occurredAt: NOW(),
    reversesMovementId,
    lines: [],
    ...extra,
  });

  const balance = async (pointId: string, lotId: string): Promise<number> => {
    const rows = await t.dataSource.query('SELECT quantity FROM stock_balances WHERE point_id = $1 AND lot_id = $2', [pointId, lotId]);
    return rows[0]?.quantity ?? 0;
  };

  let pointCounter = 0;
  /** A new point (admin), so tests that depend on all the stock of a product at a point do not share one. */
  const newPoint = async (extra: Body = {}): Promise<{ id: string; timeZone: string; regencyCode: string; mayHoldRestricted: boolean }> => {
    const response = await t
      .http()
      .post('/api/v1/points')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        code: `MVT-${++pointCounter}-${randomUUID().slice(0, 6)}`,
        name: `Movements test point ${pointCounter}`,
        type: 'drop_in_centre',
        regencyCode: '32.73',
        ...extra,
      });
    expectStatus(response, 201);
    return response.body;
  };

  const stockOf = async (pointId: string, productId: string, token = admin): Promise<ProductStock | undefined> => {
    const response = await read(`/api/v1/points/${pointId}/stock`, token);
    expectStatus(response, 200);
    return (response.body as ProductStock[]).find((entry) => entry.productId === productId);
  };

  const lineSummary = (lines: Line[]) => lines.map((line) => ({ lotId: line.lotId, quantity: line.quantity }));

  // ---------------------------------------------------------------- FEFO

  describe('FEFO', () => {
    it('takes a distribution without lotId from the earliest-expiring usable lot first, splits it across lots, and leaves the expired lot alone', async () => {
      const point = await newPoint();
      const [expiredNo, soonNo, laterNo] = [lotNo('FEFO-EXP'), lotNo('FEFO-SOON'), lotNo('FEFO-LATER')];
      const expiredDate = addDays(jakartaToday, -10);
      const soonDate = addDays(jakartaToday, 30);
      const laterDate = addDays(jakartaToday, 90);
      // Received in an order that is not the expiry order, so the allocation cannot just follow insertion.
      const receipt = await accepted(
        point.id,
        receiptBody([
          receiptLine(syringe, 100, laterNo, laterDate),
          receiptLine(syringe, 50, expiredNo, expiredDate),
          receiptLine(syringe, 30, soonNo, soonDate),
        ]),
        admin,
      );
      const [later, expired, soon] = receipt.lines.map((line) => line.lotId);
      expect(new Set([later, expired, soon]).size).toBe(3);

      const issued = await accepted(point.id, distribution([{ productId: syringe, quantity: 50 }], { contacts: 7 }), admin);
      expect(issued.type).toBe('distribution');
      expect(issued.contacts).toBe(7);
      expect(issued.lines.map((line) => ({ lotId: line.lotId, lotNumber: line.lotNumber, expiryDate: line.expiryDate, quantity: line.quantity }))).toEqual([
        { lotId: soon, lotNumber: soonNo, expiryDate: soonDate, quantity: -30 },
        { lotId: later, lotNumber: laterNo, expiryDate: laterDate, quantity: -20 },
      ]);
      expect(await balance(point.id, soon)).toBe(0);
      expect(await balance(point.id, later)).toBe(80);
      expect(await balance(point.id, expired)).toBe(50);

      // The next distribution goes on with the later lot (the emptied one is skipped), still not the expired one.
      const next = await accepted(point.id, distribution([{ productId: syringe, quantity: 5 }]), admin);
      expect(lineSummary(next.lines)).toEqual([{ lotId: later, quantity: -5 }]);
      expect(await balance(point.id, expired)).toBe(50);

      const stock = await stockOf(point.id, syringe);
      expect(stock).toMatchObject({ onHand: 125, usable: 75, expired: 50 });
    });

    it('answers INSUFFICIENT_STOCK with the usable quantity available (expired stock not counted), writes nothing, and lets the id be used once stock arrives', async () => {
      const point = await newPoint();
      await receive(point.id, syringe, 40, lotNo('INS-A'), addDays(jakartaToday, 20), { token: admin });
      await receive(point.id, syringe, 25, lotNo('INS-EXP'), addDays(jakartaToday, -1), { token: admin });
      const body = distribution([{ productId: syringe, quantity: 41 }]);

      const refusal = await refused(() => record(point.id, body, admin), 422, 'INSUFFICIENT_STOCK');
      expect(refusal.body.available).toEqual({ productId: syringe, ...SYRINGE_NAMES, lotId: null, lotNumber: null, quantity: 40 });
      expect(fields(refusal)).toEqual(['lines[0].quantity']);
      expect(refusal.body.detail).toMatch(/41 of NS-1ML-LDS-29G \(Syringe 1 ml, fixed 29G needle, low dead space\) but only 40 usable/);
      expect(await t.dataSource.query('SELECT 1 FROM movements WHERE id = $1', [body.id])).toEqual([]);

      // Two lines of one movement draw on the same stock: the second sees what the first left.
      const twoLines = await refused(
        () => record(point.id, distribution([{ productId: syringe, quantity: 30 }, { productId: syringe, quantity: 11 }]), admin),
        422,
        'INSUFFICIENT_STOCK',
      );
      expect(twoLines.body.available.quantity).toBe(10);
      expect(fields(twoLines)).toEqual(['lines[1].quantity']);

      // Naming a lot: the answer is about that lot.
      const lotId = await receive(point.id, swab, 3, lotNo('INS-SWAB'), '2031-01-31', { token: admin });
      const named = await refused(() => record(point.id, distribution([{ productId: swab, lotId, quantity: 4 }]), admin), 422, 'INSUFFICIENT_STOCK');
      expect(named.body.available).toEqual({ productId: swab, ...SWAB_NAMES, lotId, lotNumber: expect.stringMatching(/^MV-INS-SWAB-/), quantity: 3 });
      expect(named.body.detail).toMatch(/of lot MV-INS-SWAB-/);

      // The refused id recorded nothing, so the same request succeeds once the missing stock is recorded (a receipt
      // entered late, dated before the distribution: stock received after it could not have been handed out).
      await receive(point.id, syringe, 1, lotNo('INS-B'), addDays(jakartaToday, 200), { token: admin, occurredAt: daysAgo(1) });
      const retry = await record(point.id, body, admin);
      expectStatus(retry, 201);
      expect(retry.headers['idempotent-replayed']).toBeUndefined();
      expect(retry.body.lines.reduce((sum: number, line: Line) => sum + line.quantity, 0)).toBe(-41);
    });
  });

  // ---------------------------------------------------------------- expiry in local time

  describe("expiry in the point's local time", () => {
    // Yesterday in Jakarta: local midnight after it has passed in Jakarta and (two hours earlier) in Jayapura, so
    // every occurredAt below is in the past whenever the test runs. In Jayapura this is yesterday or the day before.
    let expiry: string;
    let papua: { id: string; timeZone: string };

    beforeAll(async () => {
      expiry = addDays(jakartaToday, -1);
      const regencies = await read('/api/v1/regions/regencies', admin, { provinceCode: '91' });
      expectStatus(regencies, 200);
      expect(regencies.body.length).toBeGreaterThan(0);
      papua = await newPoint({ type: 'puskesmas', regencyCode: regencies.body[0].code });
      expect(papua.timeZone).toBe('Asia/Jayapura');
    });

    it('judges expiry on the day the movement is recorded: a distribution dated in the last second of the expiry day is refused once that day has passed in Jayapura (UTC+9)', async () => {
      const lotNumber = lotNo('JAYAPURA');
      const lotId = await receive(papua.id, syringe, 10, lotNumber, expiry, { token: admin, occurredAt: `${expiry}T08:00:00+09:00` });

      // Backdating must not hand out a lot that is expired today: it leaves only by an expiry write-off.
      const late = await refused(
        () => record(papua.id, distribution([{ productId: syringe, lotId, quantity: 2 }], { occurredAt: `${expiry}T23:59:59+09:00` }), admin),
        422,
        'LOT_EXPIRED',
      );
      expect(fields(late)).toEqual(['lines[0].lotId']);
      expect(late.body.detail).toContain(expiry);
      // FEFO does not take the expired lot either: no usable stock is left.
      const fefoAfter = await refused(
        () => record(papua.id, distribution([{ productId: syringe, quantity: 1 }], { occurredAt: `${expiry}T23:59:59.900+09:00` }), admin),
        422,
        'INSUFFICIENT_STOCK',
      );
      expect(fefoAfter.body.available.quantity).toBe(0);
      expect(await balance(papua.id, lotId)).toBe(10);

      // Now (at least a day later in Jayapura) the stock shows it as expired.
      const stock = await stockOf(papua.id, syringe);
      expect(stock).toMatchObject({ onHand: 10, usable: 0, expired: 10 });
      expect(stock!.lots).toEqual([expect.objectContaining({ lotId, lotNumber, expiryDate: expiry, quantity: 10 })]);
      expect(stock!.lots[0].daysToExpiry).toBe(-(Date.parse(`${dateIn('Asia/Jayapura')}T00:00:00Z`) - Date.parse(`${expiry}T00:00:00Z`)) / DAY_MS);
    });

    it('reads "today" in each point\'s zone: a lot expiring on Jakarta\'s today is usable there now, and in Jayapura only while it is still that day there', async () => {
      const lotNumber = lotNo('JKT');
      const jakarta = ids.point('PKM-JKT-TNA');
      const jakartaStaff = await t.token('staff.jakarta');
      const papuaLot = await receive(papua.id, syringe, 5, lotNumber, jakartaToday, { token: admin });
      const jakartaLot = await receive(jakarta, syringe, 5, lotNumber, jakartaToday, { token: jakartaStaff });
      expect(jakartaLot).toBe(papuaLot);

      const inJakarta = await accepted(jakarta, distribution([{ productId: syringe, lotId: jakartaLot, quantity: 1 }]), jakartaStaff);
      expect(lineSummary(inJakarta.lines)).toEqual([{ lotId: jakartaLot, quantity: -1 }]);
      // Between 15:00 and 17:00 UTC it is already the next day in Jayapura (UTC+9) but not yet in Jakarta (UTC+7).
      const papuaResponse = await record(papua.id, distribution([{ productId: syringe, lotId: papuaLot, quantity: 1 }]), admin);
      if (dateIn('Asia/Jayapura') > jakartaToday) expect(papuaResponse.body.code).toBe('LOT_EXPIRED');
      else expect(papuaResponse.status).toBe(201);
    });

    it('lets a lot that expires today in Jayapura be handed out now, shown with daysToExpiry 0', async () => {
      const today = dateIn('Asia/Jayapura');
      const lotId = await receive(papua.id, swab, 20, lotNo('TODAY'), today, { token: admin });
      const issued = await accepted(papua.id, distribution([{ productId: swab, quantity: 4 }]), admin);
      expect(lineSummary(issued.lines)).toEqual([{ lotId, quantity: -4 }]);
      const stock = await stockOf(papua.id, swab);
      expect(stock).toMatchObject({ onHand: 16, usable: 16, expired: 0 });
      expect(stock!.lots).toEqual([expect.objectContaining({ lotId, daysToExpiry: 0 })]);
    });

    it('refuses an expired lot named in a distribution (LOT_EXPIRED); it leaves only by an expired_write_off adjustment', async () => {
      const expiredLot = await receive(dic, syringe, 20, lotNo('EXPIRED'), addDays(jakartaToday, -3));
      const freshLot = await receive(dic, syringe, 20, lotNo('FRESH'), addDays(jakartaToday, 60));

      const named = await refused(() => record(dic, distribution([{ productId: syringe, lotId: expiredLot, quantity: 1 }])), 422, 'LOT_EXPIRED');
      expect(fields(named)).toEqual(['lines[0].lotId']);
      expect(named.body.detail).toMatch(/expired_write_off/);

      const damaged = await refused(
        () => record(dic, adjustment([{ productId: syringe, lotId: expiredLot, quantity: 2, reason: 'damaged' }])),
        422,
        'LOT_EXPIRED',
      );
      expect(fields(damaged)).toEqual(['lines[0].lotId']);

      const tooMuch = await refused(
        () => record(dic, adjustment([{ productId: syringe, lotId: expiredLot, quantity: 21, reason: 'expired_write_off' }])),
        422,
        'INSUFFICIENT_STOCK',
      );
      expect(tooMuch.body.available).toEqual({ productId: syringe, ...SYRINGE_NAMES, lotId: expiredLot, lotNumber: expect.any(String), quantity: 20 });

      const writeOff = await accepted(dic, adjustment([{ productId: syringe, lotId: expiredLot, quantity: 20, reason: 'expired_write_off' }]));
      expect(writeOff.lines).toEqual([expect.objectContaining({ lotId: expiredLot, quantity: -20, reason: 'expired_write_off', countedQuantity: null })]);
      expect(await balance(dic, expiredLot)).toBe(0);

      const notExpired = await refused(
        () => record(dic, adjustment([{ productId: syringe, lotId: freshLot, quantity: 1, reason: 'expired_write_off' }])),
        422,
        'LOT_NOT_EXPIRED',
      );
      expect(fields(notExpired)).toEqual(['lines[0].reason']);
      expect(await balance(dic, freshLot)).toBe(20);
    });
  });

  // ---------------------------------------------------------------- adjustments

  describe('adjustments', () => {
    it('removes stock for damaged, lost, stolen and quality_problem, adds it for found, and takes the sign of a correction', async () => {
      const lotId = await receive(dic, swab, 100, lotNo('ADJ'), '2030-03');
      const line = (reason: string, quantity: number) => ({ productId: swab, lotId, quantity, reason });

      const movement = await accepted(
        dic,
        adjustment([line('damaged', 5), line('lost', 3), line('stolen', 2), line('quality_problem', 4), line('found', 6), line('correction', -7), line('correction', 2)], {
          note: 'dried swabs found in the back room',
        }),
      );
      expect(movement.type).toBe('adjustment');
      expect(movement.note).toBe('dried swabs found in the back room');
      expect(movement.lines.map((entry) => [entry.lineNo, entry.reason, entry.quantity])).toEqual([
        [1, 'damaged', -5],
        [2, 'lost', -3],
        [3, 'stolen', -2],
        [4, 'quality_problem', -4],
        [5, 'found', 6],
        [6, 'correction', -7],
        [7, 'correction', 2],
      ]);
      expect(await balance(dic, lotId)).toBe(87);

      // One reason at a time, to see each direction on its own.
      for (const [reason, quantity, expected] of [
        ['damaged', 1, 86],
        ['lost', 1, 85],
        ['stolen', 1, 84],
        ['quality_problem', 1, 83],
        ['found', 10, 93],
        ['correction', -3, 90],
        ['correction', 5, 95],
      ] as const) {
        await accepted(dic, adjustment([line(reason, quantity)]));
        expect({ reason, quantity, balance: await balance(dic, lotId) }).toEqual({ reason, quantity, balance: expected });
      }

      const tooMuch = await refused(() => record(dic, adjustment([line('stolen', 96)])), 422, 'INSUFFICIENT_STOCK');
      expect(tooMuch.body.available).toEqual({ productId: swab, ...SWAB_NAMES, lotId, lotNumber: expect.any(String), quantity: 95 });
      await refused(() => record(dic, adjustment([line('correction', -96)])), 422, 'INSUFFICIENT_STOCK');
    });

    it('answers 400 VALIDATION_FAILED naming the field when the reason or lot is missing or the quantity does not fit, and writes nothing', async () => {
      const lotId = await receive(dic, swab, 10, lotNo('ADJ-VAL'), '2030-04-30');

      const noReason = await refused(() => record(dic, adjustment([{ productId: swab, lotId, quantity: 1 }])), 400, 'VALIDATION_FAILED');
      expect(fields(noReason)).toEqual(['lines[0].reason']);
      const noLot = await refused(() => record(dic, adjustment([{ productId: swab, quantity: 1, reason: 'damaged' }])), 400, 'VALIDATION_FAILED');
      expect(fields(noLot)).toEqual(['lines[0].lotId']);
      const neither = await refused(() => record(dic, adjustment([{ productId: swab, lotId, quantity: 1, reason: 'lost' }, { productId: swab, quantity: 1 }])), 400, 'VALIDATION_FAILED');
      expect(fields(neither).sort()).toEqual(['lines[1].lotId', 'lines[1].reason']);

      const negativeDamage = await refused(() => record(dic, adjustment([{ productId: swab, lotId, quantity: -1, reason: 'damaged' }])), 400, 'VALIDATION_FAILED');
      expect(fields(negativeDamage)).toEqual(['lines[0].quantity']);
      const zeroCorrection = await refused(() => record(dic, adjustment([{ productId: swab, lotId, quantity: 0, reason: 'correction' }])), 400, 'VALIDATION_FAILED');
      expect(fields(zeroCorrection)).toEqual(['lines[0].quantity']);
      const unknownReason = await refused(() => record(dic, adjustment([{ productId: swab, lotId, quantity: 1, reason: 'spilled' }])), 400, 'VALIDATION_FAILED');
      expect(fields(unknownReason)).toEqual(['lines[0].reason']);
      const noLines = await refused(() => record(dic, adjustment([])), 400, 'VALIDATION_FAILED');
      expect(fields(noLines)).toEqual(['lines']);

      const wrongProduct = await refused(() => record(dic, adjustment([{ productId: syringe, lotId, quantity: 1, reason: 'lost' }])), 422, 'LOT_MISMATCH');
      expect(fields(wrongProduct)).toEqual(['lines[0].lotId']);
      await refused(() => record(dic, adjustment([{ productId: swab, lotId: randomUUID(), quantity: 1, reason: 'found' }])), 422, 'UNKNOWN_LOT');
      expect(await balance(dic, lotId)).toBe(10);
    });

    it('applies the lines of one adjustment in order: found then damaged on a lot with a (zero) balance here', async () => {
      const lotId = await receive(dic, swab, 4, lotNo('ADJ-ORDER'), '2030-06-30');
      await accepted(dic, distribution([{ productId: swab, lotId, quantity: 4 }]));
      expect(await balance(dic, lotId)).toBe(0);
      const movement = await accepted(
        dic,
        adjustment([
          { productId: swab, lotId, quantity: 5, reason: 'found' },
          { productId: swab, lotId, quantity: 3, reason: 'damaged' },
        ]),
      );
      expect(movement.lines.map((line) => line.quantity)).toEqual([5, -3]);
      expect(await balance(dic, lotId)).toBe(2);
    });

    it('applies found then damaged in one adjustment of a lot this point has never held', async () => {
      const kopoStaff = await t.token('staff.pkm.kopo');
      const lotId = await receive(kopo, swab, 5, lotNo('ADJ-NEW'), '2030-06-30', { token: kopoStaff });
      expect(await balance(dic, lotId)).toBe(0);
      const movement = await accepted(
        dic,
        adjustment([
          { productId: swab, lotId, quantity: 5, reason: 'found' },
          { productId: swab, lotId, quantity: 3, reason: 'damaged' },
        ]),
      );
      expect(movement.lines.map((line) => line.quantity)).toEqual([5, -3]);
      expect(await balance(dic, lotId)).toBe(2);
    });
  });

  // ---------------------------------------------------------------- stock counts

  describe('stock counts', () => {
    it('records an equal count as a zero line, refuses a difference without a reason, and makes the balance the counted quantity', async () => {
      const lotId = await receive(dic, syringe, 40, lotNo('COUNT'), '2030-05-31');

      const equal = await accepted(dic, stockCount([{ productId: syringe, lotId, quantity: 40 }]));
      expect(equal.type).toBe('stock_count');
      expect(equal.lines).toEqual([expect.objectContaining({ lotId, quantity: 0, countedQuantity: 40, reason: null })]);
      expect(await balance(dic, lotId)).toBe(40);

      const noReason = await refused(() => record(dic, stockCount([{ productId: syringe, lotId, quantity: 35 }])), 422, 'COUNT_DIFFERENCE_NEEDS_REASON');
      expect(noReason.body).toMatchObject({ recorded: 40, counted: 35 });
      expect(fields(noReason)).toEqual(['lines[0].reason']);

      const shortfall = await accepted(dic, stockCount([{ productId: syringe, lotId, quantity: 35, reason: 'lost' }]));
      expect(shortfall.lines).toEqual([expect.objectContaining({ lotId, quantity: -5, countedQuantity: 35, reason: 'lost' })]);
      expect(await balance(dic, lotId)).toBe(35);

      const excessDamaged = await refused(() => record(dic, stockCount([{ productId: syringe, lotId, quantity: 38, reason: 'damaged' }])), 422, 'REASON_DOES_NOT_FIT');
      expect(fields(excessDamaged)).toEqual(['lines[0].reason']);
      const shortFound = await refused(() => record(dic, stockCount([{ productId: syringe, lotId, quantity: 30, reason: 'found' }])), 422, 'REASON_DOES_NOT_FIT');
      expect(fields(shortFound)).toEqual(['lines[0].reason']);

      const excess = await accepted(dic, stockCount([{ productId: syringe, lotId, quantity: 38, reason: 'found' }]));
      expect(excess.lines).toEqual([expect.objectContaining({ lotId, quantity: 3, countedQuantity: 38, reason: 'found' })]);
      expect(await balance(dic, lotId)).toBe(38);

      const toZero = await accepted(dic, stockCount([{ productId: syringe, lotId, quantity: 0, reason: 'stolen' }]));
      expect(toZero.lines).toEqual([expect.objectContaining({ quantity: -38, countedQuantity: 0 })]);
      expect(await balance(dic, lotId)).toBe(0);
    });

    it('needs a lot per count line, a non-negative count, and each lot once', async () => {
      const lotId = await receive(dic, syringe, 5, lotNo('COUNT-VAL'), '2030-05-31');
      const noLot = await refused(() => record(dic, stockCount([{ productId: syringe, quantity: 5 }])), 400, 'VALIDATION_FAILED');
      expect(fields(noLot)).toContain('lines[0].lotId');
      const negative = await refused(() => record(dic, stockCount([{ productId: syringe, lotId, quantity: -1, reason: 'lost' }])), 400, 'VALIDATION_FAILED');
      expect(fields(negative)).toEqual(['lines[0].quantity']);
      const twice = await refused(
        () => record(dic, stockCount([{ productId: syringe, lotId, quantity: 5 }, { productId: syringe, lotId, quantity: 4, reason: 'lost' }])),
        400,
        'VALIDATION_FAILED',
      );
      expect(fields(twice)).toEqual(['lines[1].lotId']);
      expect(await balance(dic, lotId)).toBe(5);
    });
  });

  // ---------------------------------------------------------------- reversals

  describe('reversals', () => {
    it('puts a distribution back with the exact opposite lines, and refuses a second reversal with ALREADY_REVERSED', async () => {
      const point = await newPoint();
      const lotA = await receive(point.id, syringe, 10, lotNo('REV-A'), addDays(jakartaToday, 10), { token: admin });
      const lotB = await receive(point.id, syringe, 50, lotNo('REV-B'), addDays(jakartaToday, 40), { token: admin });
      const issued = await accepted(point.id, distribution([{ productId: syringe, quantity: 25 }]), admin);
      expect(lineSummary(issued.lines)).toEqual([
        { lotId: lotA, quantity: -10 },
        { lotId: lotB, quantity: -15 },
      ]);

      const undoBody = reversal(issued.id, { note: 'entered at the wrong point' });
      const undo = await accepted(point.id, undoBody, admin);
      expect(undo).toMatchObject({ type: 'reversal', reversesMovementId: issued.id, pointId: point.id });
      expect(lineSummary(undo.lines)).toEqual(issued.lines.map((line) => ({ lotId: line.lotId, quantity: -line.quantity })));
      expect(undo.lines.map((line) => line.productId)).toEqual([syringe, syringe]);
      expect(await balance(point.id, lotA)).toBe(10);
      expect(await balance(point.id, lotB)).toBe(50);

      const again = await refused(() => record(point.id, reversal(issued.id), admin), 422, 'ALREADY_REVERSED');
      expect(again.body.detail).toContain(issued.id);
      // The same reversal resent is a replay, not a second reversal.
      const sameReversal = await record(point.id, undoBody, admin);
      expectStatus(sameReversal, 201);
      expect(sameReversal.headers['idempotent-replayed']).toBe('true');
      expect(sameReversal.body).toEqual(undo);
      expect(await balance(point.id, lotB)).toBe(50);
    });

    it('refuses to reverse a receipt whose stock is already handed out (INSUFFICIENT_STOCK), and allows it once the distribution is reversed', async () => {
      const receipt = await accepted(dic, receiptBody([receiptLine(syringe, 10, lotNo('REV-RCPT'), '2030-09-30')]));
      const lotId = receipt.lines[0].lotId;
      const issued = await accepted(dic, distribution([{ productId: syringe, lotId, quantity: 4 }]));

      await refused(() => record(dic, reversal(receipt.id)), 422, 'INSUFFICIENT_STOCK');
      expect(await balance(dic, lotId)).toBe(6);

      await accepted(dic, reversal(issued.id));
      // The refused reversal did not mark the receipt as reversed.
      const undoReceipt = await accepted(dic, reversal(receipt.id));
      expect(lineSummary(undoReceipt.lines)).toEqual([{ lotId, quantity: -10 }]);
      expect(await balance(dic, lotId)).toBe(0);
    });

    it('reverses adjustments and stock counts line by line, skipping zero count lines', async () => {
      const lotA = await receive(dic, swab, 30, lotNo('REV-CNT-A'), '2030-10-31');
      const lotB = await receive(dic, swab, 30, lotNo('REV-CNT-B'), '2030-11-30');
      const count = await accepted(
        dic,
        stockCount([
          { productId: swab, lotId: lotA, quantity: 30 },
          { productId: swab, lotId: lotB, quantity: 26, reason: 'quality_problem' },
        ]),
      );
      const undo = await accepted(dic, reversal(count.id));
      expect(undo.lines.map((line) => ({ lotId: line.lotId, quantity: line.quantity, reason: line.reason }))).toEqual([
        { lotId: lotB, quantity: 4, reason: 'quality_problem' },
      ]);
      expect(await balance(dic, lotB)).toBe(30);

      const found = await accepted(dic, adjustment([{ productId: swab, lotId: lotA, quantity: 5, reason: 'found' }]));
      const undoFound = await accepted(dic, reversal(found.id));
      expect(lineSummary(undoFound.lines)).toEqual([{ lotId: lotA, quantity: -5 }]);
      expect(await balance(dic, lotA)).toBe(30);
    });

    it('refuses to reverse a reversal (NOT_REVERSIBLE), and a reversal with lines or without a movement (400)', async () => {
      const lotId = await receive(dic, swab, 8, lotNo('REV-REV'), '2030-12-31');
      const issued = await accepted(dic, distribution([{ productId: swab, lotId, quantity: 3 }]));
      const undo = await accepted(dic, reversal(issued.id));

      const reversed = await refused(() => record(dic, reversal(undo.id)), 422, 'NOT_REVERSIBLE');
      expect(reversed.body.detail).toMatch(/reversal/i);

      const withLines = await refused(
        () => record(dic, reversal(issued.id, { lines: [{ productId: swab, lotId, quantity: 3 }] })),
        400,
        'VALIDATION_FAILED',
      );
      expect(fields(withLines)).toEqual(['lines']);
      const withoutTarget = await refused(
        () => record(dic, { id: randomUUID(), type: 'reversal', occurredAt: NOW(), lines: [] }),
        400,
        'VALIDATION_FAILED',
      );
      expect(fields(withoutTarget)).toEqual(['reversesMovementId']);
      const notAReversal = await refused(
        () => record(dic, distribution([{ productId: swab, lotId, quantity: 1 }], { reversesMovementId: issued.id })),
        400,
        'VALIDATION_FAILED',
      );
      expect(fields(notAReversal)).toEqual(['reversesMovementId']);
      expect(await balance(dic, lotId)).toBe(8);
    });

    it('does not reverse a movement of another point, whatever id is sent', async () => {
      const receipt = await accepted(dic, receiptBody([receiptLine(swab, 9, lotNo('REV-FOREIGN'), '2031-02-28')]));
      const bogor = await t.token('dinkes.bogor');
      const response = await refused(() => record(ids.point('DINKES-3201'), reversal(receipt.id), bogor), 404, 'MOVEMENT_NOT_FOUND');
      expect(fields(response)).toEqual(['reversesMovementId']);
      expect(await balance(dic, receipt.lines[0].lotId)).toBe(9);
    });

    it('answers 404 MOVEMENT_NOT_FOUND for a reversal of a movement that does not exist', async () => {
      const response = await refused(() => record(dic, reversal(randomUUID())), 404, 'MOVEMENT_NOT_FOUND');
      expect(fields(response)).toEqual(['reversesMovementId']);
    });

    it('answers MOVEMENT_NOT_FOUND, not ALREADY_REVERSED, for an already reversed movement of another point', async () => {
      const receipt = await accepted(dic, receiptBody([receiptLine(swab, 2, lotNo('REV-LEAK'), '2031-02-28')]));
      await accepted(dic, reversal(receipt.id));
      const bogor = await t.token('dinkes.bogor');
      await refused(() => record(ids.point('DINKES-3201'), reversal(receipt.id), bogor), 404, 'MOVEMENT_NOT_FOUND');
    });

    it('says what is available when a reversal is refused for INSUFFICIENT_STOCK', async () => {
      const receipt = await accepted(dic, receiptBody([receiptLine(swab, 10, lotNo('REV-AVAIL'), '2031-03-31')]));
      const lotId = receipt.lines[0].lotId;
      await accepted(dic, distribution([{ productId: swab, lotId, quantity: 7 }]));
      const response = await refused(() => record(dic, reversal(receipt.id)), 422, 'INSUFFICIENT_STOCK');
      expect(response.body.available).toEqual({ productId: swab, ...SWAB_NAMES, lotId, lotNumber: receipt.lines[0].lotNumber, quantity: 3 });
      expect(response.body.detail).toMatch(/SWAB-ALC \(Alcohol swab, 70% isopropyl\) lot MV-REV-AVAIL-/);
    });
  });

  // ---------------------------------------------------------------- receipts and lots

  describe('receipts and lots', () => {
    it('treats the same product, lot number and expiry as the same lot, and finds it with GET /lots', async () => {
      const lotNumber = lotNo('SAME');
      const first = await receive(dic, syringe, 100, lotNumber, '2029-05');
      const second = await accepted(dic, receiptBody([receiptLine(syringe, 50, lotNumber, '2029-05-31')], { source: 'Global Fund via PKBI' }));
      expect(second.lines[0]).toMatchObject({ lotId: first, lotNumber, expiryDate: '2029-05-31', quantity: 50 });
      expect(second.source).toBe('Global Fund via PKBI');
      expect(await balance(dic, first)).toBe(150);

      // Keyed in lower case and with spaces, it is still the same lot.
      const keyed = await accepted(dic, receiptBody([receiptLine(syringe, 5, ` ${lotNumber.toLowerCase().replace('-', ' -')} `, '2029-05')]));
      expect(keyed.lines[0]).toMatchObject({ lotId: first, lotNumber });

      // The same number with another expiry is refused: a typo would otherwise start a lot no count or recall finds.
      const otherExpiry = await refused(() => record(dic, receiptBody([receiptLine(syringe, 1, lotNumber, '2029-06-30')])), 422, 'LOT_MISMATCH');
      expect(fields(otherExpiry)).toEqual(['lines[0].expiryDate']);
      expect(otherExpiry.body).toMatchObject({ knownExpiryDate: '2029-05-31' });
      // The same number for another product is another lot.
      const otherProduct = await receive(dic, swab, 1, lotNumber, '2029-06-30');
      expect(otherProduct).not.toBe(first);

      const found = await read('/api/v1/lots', staff, { productId: syringe, lotNumber: lotNumber.toLowerCase() });
      expectStatus(found, 200);
      expect(found.body.total).toBe(1);
      expect(found.body.items).toEqual([
        expect.objectContaining({ id: first, productId: syringe, lotNumber, expiryDate: '2029-05-31', fundingSource: 'APBD', donorName: null }),
      ]);
      const byNumber = await read('/api/v1/lots', staff, { lotNumber });
      expect(byNumber.body.total).toBe(2);
      const none = await read('/api/v1/lots', staff, { productId: naloxone, lotNumber });
      expect(none.body).toMatchObject({ items: [], total: 0 });
    });

    it('keeps the same lot number bought by another funder apart, so no point fixes a lot’s funding for the country', async () => {
      const lotNumber = lotNo('FUNDED-TWICE');
      const apbd = await receive(dic, syringe, 10, lotNumber, '2029-07-31');
      const globalFund = await accepted(dic, receiptBody([receiptLine(syringe, 20, lotNumber, '2029-07-31', { fundingSource: 'GLOBAL_FUND' })]));
      const donor = await accepted(dic, receiptBody([receiptLine(syringe, 5, lotNumber, '2029-07-31', { fundingSource: 'OTHER_DONOR', donorName: 'Yayasan X' })]));
      const lotIds = [apbd, globalFund.lines[0].lotId, donor.lines[0].lotId];
      expect(new Set(lotIds).size).toBe(3);
      expect([await balance(dic, lotIds[0]), await balance(dic, lotIds[1]), await balance(dic, lotIds[2])]).toEqual([10, 20, 5]);

      const found = await read('/api/v1/lots', staff, { productId: syringe, lotNumber });
      expect(found.body.items.map((lot: { fundingSource: string; donorName: string | null }) => [lot.fundingSource, lot.donorName]).sort()).toEqual([
        ['APBD', null],
        ['GLOBAL_FUND', null],
        ['OTHER_DONOR', 'Yayasan X'],
      ]);
      // The same funder again is the same lot.
      const again = await accepted(dic, receiptBody([receiptLine(syringe, 1, lotNumber, '2029-07-31', { fundingSource: 'GLOBAL_FUND' })]));
      expect(again.lines[0].lotId).toBe(lotIds[1]);
    });

    it('needs a donor name for OTHER_DONOR, a source, and real dates', async () => {
      const lotNumber = lotNo('DONOR');
      const noDonor = await refused(
        () => record(dic, receiptBody([receiptLine(ids.product('CONDOM-M'), 144, lotNumber, '2029-09-30', { fundingSource: 'OTHER_DONOR' })])),
        400,
        'VALIDATION_FAILED',
      );
      expect(fields(noDonor)).toEqual(['lines[0].donorName']);
      const donorWithoutOther = await refused(
        () => record(dic, receiptBody([receiptLine(ids.product('CONDOM-M'), 144, lotNumber, '2029-09-30', { donorName: 'Yayasan Contoh' })])),
        400,
        'VALIDATION_FAILED',
      );
      expect(fields(donorWithoutOther)).toEqual(['lines[0].donorName']);

      const donated = await accepted(dic, receiptBody([receiptLine(ids.product('CONDOM-M'), 144, lotNumber, '2029-09-30', { fundingSource: 'OTHER_DONOR', donorName: 'Yayasan Contoh' })]));
      const lots = await read('/api/v1/lots', staff, { lotNumber });
      expect(lots.body.items).toEqual([expect.objectContaining({ id: donated.lines[0].lotId, fundingSource: 'OTHER_DONOR', donorName: 'Yayasan Contoh' })]);

      for (const expiryDate of ['2027-02-30', '2027-13', '2027-04-31', '2027-00']) {
        const impossible = await refused(() => record(dic, receiptBody([receiptLine(syringe, 1, lotNo('BADDATE'), expiryDate)])), 400, 'VALIDATION_FAILED');
        expect({ expiryDate, fields: fields(impossible) }).toEqual({ expiryDate, fields: ['lines[0].expiryDate'] });
      }
      const notADate = await refused(() => record(dic, receiptBody([receiptLine(syringe, 1, lotNo('BADDATE'), '30/02/2027')])), 400, 'VALIDATION_FAILED');
      expect(fields(notADate)).toEqual(['lines[0].expiryDate']);

      const { source: _source, ...withoutSource } = receiptBody([receiptLine(syringe, 1, lotNo('NOSOURCE'), '2029-10-31')]);
      const noSource = await refused(() => record(dic, withoutSource), 400, 'VALIDATION_FAILED');
      expect(fields(noSource)).toEqual(['source']);

      const incomplete = await refused(() => record(dic, receiptBody([{ productId: syringe, quantity: 1 }])), 400, 'VALIDATION_FAILED');
      expect(fields(incomplete).sort()).toEqual(['lines[0].expiryDate', 'lines[0].fundingSource', 'lines[0].lotNumber']);
      const zero = await refused(() => record(dic, receiptBody([receiptLine(syringe, 0, lotNo('ZERO'), '2029-10-31')])), 400, 'VALIDATION_FAILED');
      expect(fields(zero)).toEqual(['lines[0].quantity']);
      await refused(() => record(dic, receiptBody([receiptLine(randomUUID(), 1, lotNo('NOPRODUCT'), '2029-10-31')])), 422, 'UNKNOWN_PRODUCT');
    });

  });

  // ---------------------------------------------------------------- occurredAt

  describe('occurredAt', () => {
    it('refuses a movement more than 5 minutes in the future (OCCURRED_IN_FUTURE) and accepts one made offline days ago', async () => {
      const lotId = await receive(dic, syringe, 30, lotNo('WHEN'), '2030-12-31', { occurredAt: daysAgo(10) });
      const future = new Date(Date.now() + 10 * 60_000).toISOString();
      const response = await refused(() => record(dic, distribution([{ productId: syringe, lotId, quantity: 1 }], { occurredAt: future })), 422, 'OCCURRED_IN_FUTURE');
      expect(response.body.detail).toMatch(/future/);
      const farFuture = await refused(
        () => record(dic, receiptBody([receiptLine(syringe, 1, lotNo('WHEN-F'), '2030-12-31')], { occurredAt: '2099-01-01T00:00:00+07:00' })),
        422,
        'OCCURRED_IN_FUTURE',
      );
      expect(farFuture.body.code).toBe('OCCURRED_IN_FUTURE');

      // A device clock a minute ahead is tolerated.
      await accepted(dic, distribution([{ productId: syringe, lotId, quantity: 1 }], { occurredAt: new Date(Date.now() + 60_000).toISOString() }));

      const offlineAt = daysAgo(3);
      const offline = await accepted(dic, distribution([{ productId: syringe, lotId, quantity: 2 }], { occurredAt: offlineAt, contacts: 2 }));
      expect(offline.occurredAt).toBe(offlineAt);
      expect(Date.parse(offline.recordedAt)).toBeGreaterThan(Date.parse(offline.occurredAt) + 2 * DAY_MS);
      const fiveDaysAgo = addDays(jakartaToday, -5);
      const withOffset = await accepted(dic, distribution([{ productId: syringe, lotId, quantity: 1 }], { occurredAt: `${fiveDaysAgo}T09:30:00+07:00` }));
      expect(withOffset.occurredAt).toBe(`${fiveDaysAgo}T02:30:00.000Z`);
      expect(await balance(dic, lotId)).toBe(26);

      const notADate = await refused(() => record(dic, distribution([{ productId: syringe, lotId, quantity: 1 }], { occurredAt: 'yesterday' })), 400, 'VALIDATION_FAILED');
      expect(fields(notADate)).toEqual(['occurredAt']);
    });
  });

  // ---------------------------------------------------------------- restricted products

  describe('restricted products', () => {
    it('receives naloxone at Puskesmas Kopo but refuses it at the drop-in centre (RESTRICTED_PRODUCT)', async () => {
      const kopoStaff = await t.token('staff.pkm.kopo');
      const lotNumber = lotNo('NALOX');
      const atKopo = await accepted(kopo, receiptBody([receiptLine(naloxone, 20, lotNumber, '2028-06')]), kopoStaff);
      const lotId = atKopo.lines[0].lotId;
      expect(atKopo.lines[0]).toMatchObject({ productId: naloxone, quantity: 20, expiryDate: '2028-06-30' });
      // Named lot: the demo data has older naloxone at Kopo, which FEFO would hand out first.
      await accepted(kopo, distribution([{ productId: naloxone, lotId, quantity: 2 }], { contacts: 2 }), kopoStaff);
      expect(await balance(kopo, lotId)).toBe(18);

      const atDic = await refused(() => record(dic, receiptBody([receiptLine(naloxone, 20, lotNumber, '2028-06')])), 422, 'RESTRICTED_PRODUCT');
      expect(fields(atDic)).toEqual(['lines[0].productId']);
      expect(atDic.body.detail).toContain('NALOXONE-0.4');
      // Nor can it appear there through an adjustment or a count.
      await refused(() => record(dic, adjustment([{ productId: naloxone, lotId, quantity: 1, reason: 'found' }])), 422, 'RESTRICTED_PRODUCT');
      await refused(() => record(dic, stockCount([{ productId: naloxone, lotId, quantity: 1, reason: 'found' }])), 422, 'RESTRICTED_PRODUCT');
      await refused(() => record(dic, distribution([{ productId: naloxone, quantity: 1 }])), 422, 'RESTRICTED_PRODUCT');
      expect(await balance(dic, lotId)).toBe(0);
    });
  });

  // ---------------------------------------------------------------- scope

  describe('scope', () => {
    it('lets staff record at their own point, and answers 404 POINT_NOT_FOUND at another point of the same city', async () => {
      const lotNumber = lotNo('SCOPE');
      const own = await accepted(dic, receiptBody([receiptLine(syringe, 10, lotNumber, '2030-01-31')]));
      expect(own).toMatchObject({ pointId: dic, recordedBy: 'staff.dic.bandung' });

      const other = await refused(() => record(kopo, receiptBody([receiptLine(syringe, 10, lotNumber, '2030-01-31')])), 404, 'POINT_NOT_FOUND');
      const missing = await refused(() => record(randomUUID(), receiptBody([receiptLine(syringe, 10, lotNumber, '2030-01-31')])), 404, 'POINT_NOT_FOUND');
      expect(other.body.title).toBe(missing.body.title);
      for (const path of [`/api/v1/points/${kopo}/stock`, `/api/v1/points/${kopo}/movements`]) {
        const response = await read(path);
        expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 404, code: 'POINT_NOT_FOUND' });
      }
    });

    it('lets the Bandung district officer read the DIC but record only at the district health office', async () => {
      const dinkes = await t.token('dinkes.bandung');
      const lotId = await receive(dic, swab, 12, lotNo('DINKES'), '2030-02-28');

      const stock = await stockOf(dic, swab, dinkes);
      expect(stock!.lots).toEqual(expect.arrayContaining([expect.objectContaining({ lotId, quantity: 12 })]));
      expectStatus(await read(`/api/v1/points/${dic}/movements`, dinkes), 200);
      expectStatus(await read(`/api/v1/points/${dic}/stock-card`, dinkes, { productId: swab }), 200);

      await refused(() => record(dic, distribution([{ productId: swab, lotId, quantity: 1 }]), dinkes), 403, 'OUT_OF_SCOPE');
      await refused(() => record(dic, receiptBody([receiptLine(swab, 1, lotNo('DINKES-DIC'), '2030-02-28')]), dinkes), 403, 'OUT_OF_SCOPE');

      const office = await accepted(ids.point('DINKES-3273'), receiptBody([receiptLine(swab, 500, lotNo('DINKES-OFFICE'), '2030-02-28')]), dinkes);
      expect(office).toMatchObject({ pointId: ids.point('DINKES-3273'), recordedBy: 'dinkes.bandung' });
      // Not the Bogor office.
      await refused(
        () => record(ids.point('DINKES-3201'), receiptBody([receiptLine(swab, 1, lotNo('DINKES-BGR'), '2030-02-28')]), dinkes),
        404,
        'POINT_NOT_FOUND',
      );
      expect(await balance(dic, lotId)).toBe(12);
    });

    it('hides Bandung stock and movements from the Bogor district officer', async () => {
      const bogor = await t.token('dinkes.bogor');
      const movement = await accepted(dic, receiptBody([receiptLine(swab, 3, lotNo('BOGOR'), '2030-02-28')]));

      for (const [path, query] of [
        [`/api/v1/points/${dic}/stock`, {}],
        [`/api/v1/points/${dic}/movements`, {}],
        [`/api/v1/points/${dic}/stock-card`, { productId: swab }],
      ] as const) {
        const response = await read(path, bogor, query);
        expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 404, code: 'POINT_NOT_FOUND' });
      }
      const foreign = await read(`/api/v1/movements/${movement.id}`, bogor);
      expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'MOVEMENT_NOT_FOUND' });
      const missing = await read(`/api/v1/movements/${randomUUID()}`, bogor);
      expect(missing.body.title).toBe(foreign.body.title);
      const kopoStaff = await read(`/api/v1/movements/${movement.id}`, await t.token('staff.pkm.kopo'));
      expect(kopoStaff.status).toBe(404);

      await refused(() => record(dic, distribution([{ productId: swab, quantity: 1 }]), bogor), 404, 'POINT_NOT_FOUND');

      const bandung = await read(`/api/v1/movements/${movement.id}`, await t.token('dinkes.bandung'));
      expectStatus(bandung, 200);
      expect(bandung.body).toEqual(movement);
      expect((await read(`/api/v1/movements/${movement.id}`)).body).toEqual(movement);
    });
  });

  // ---------------------------------------------------------------- reads

  describe('reads', () => {
    it('shows stock per product with onHand = usable + expired and daysToExpiry per lot', async () => {
      const point = await newPoint();
      const usableNo = lotNo('READ-OK');
      const expiredNo = lotNo('READ-EXP');
      const usable = await receive(point.id, syringe, 40, usableNo, addDays(jakartaToday, 30), { token: admin });
      const expired = await receive(point.id, syringe, 15, expiredNo, addDays(jakartaToday, -3), { token: admin });
      const swabLot = await receive(point.id, swab, 10, lotNo('READ-SWAB'), addDays(jakartaToday, 400), { token: admin });
      const emptied = await receive(point.id, swab, 5, lotNo('READ-EMPTY'), addDays(jakartaToday, 100), { token: admin });
      await accepted(point.id, distribution([{ productId: swab, lotId: emptied, quantity: 5 }]), admin);

      const response = await read(`/api/v1/points/${point.id}/stock`, admin);
      expectStatus(response, 200);
      const stock = response.body as ProductStock[];
      expect(stock.map((entry) => entry.productId).sort()).toEqual([syringe, swab].sort());
      for (const entry of stock) expect(entry.onHand).toBe(entry.usable + entry.expired);

      const syringes = stock.find((entry) => entry.productId === syringe)!;
      expect(syringes).toMatchObject({ onHand: 55, usable: 40, expired: 15, inTransitInbound: 0 });
      expect(syringes.lots).toEqual([
        { lotId: expired, lotNumber: expiredNo, expiryDate: addDays(jakartaToday, -3), fundingSource: 'APBD', donorName: null, quantity: 15, daysToExpiry: -3 },
        { lotId: usable, lotNumber: usableNo, expiryDate: addDays(jakartaToday, 30), fundingSource: 'APBD', donorName: null, quantity: 40, daysToExpiry: 30 },
      ]);
      const swabs = stock.find((entry) => entry.productId === swab)!;
      expect(swabs).toMatchObject({ onHand: 10, usable: 10, expired: 0 });
      // A lot that is used up is not listed.
      expect(swabs.lots).toEqual([expect.objectContaining({ lotId: swabLot, quantity: 10, daysToExpiry: 400 })]);

      const empty = await newPoint();
      expect((await read(`/api/v1/points/${empty.id}/stock`, admin)).body).toEqual([]);
    });

    it('lists movements newest first, with type, from and to filters and pagination', async () => {
      const point = await newPoint();
      const base = Date.now();
      const at = (days: number) => daysAgo(days, base);
      const receipt = await accepted(point.id, receiptBody([receiptLine(syringe, 100, lotNo('LIST'), '2031-01-31')], { occurredAt: at(5) }), admin);
      const lotId = receipt.lines[0].lotId;
      // Recorded out of order: the list follows when things happened, not when they were entered.
      const d2 = await accepted(point.id, distribution([{ productId: syringe, lotId, quantity: 1 }], { occurredAt: at(2) }), admin);
      const d4 = await accepted(point.id, distribution([{ productId: syringe, lotId, quantity: 1 }], { occurredAt: at(4) }), admin);
      const a1 = await accepted(point.id, adjustment([{ productId: syringe, lotId, quantity: 1, reason: 'found' }], { occurredAt: at(1) }), admin);
      const d3 = await accepted(point.id, distribution([{ productId: syringe, lotId, quantity: 1 }], { occurredAt: at(3) }), admin);

      const list = async (query: Record<string, string | number>) => {
        const response = await read(`/api/v1/points/${point.id}/movements`, admin, query);
        expectStatus(response, 200);
        return { ids: (response.body.items as Movement[]).map((movement) => movement.id), total: response.body.total as number, items: response.body.items as Movement[] };
      };

      const all = await list({});
      expect(all.ids).toEqual([a1.id, d2.id, d3.id, d4.id, receipt.id]);
      expect(all.total).toBe(5);
      expect(all.items[0]).toEqual(a1);
      expect(all.items[4].lines).toEqual(receipt.lines);

      expect(await list({ type: 'distribution' })).toMatchObject({ ids: [d2.id, d3.id, d4.id], total: 3 });
      expect(await list({ type: 'receipt' })).toMatchObject({ ids: [receipt.id], total: 1 });
      expect(await list({ type: 'stock_count' })).toMatchObject({ ids: [], total: 0 });
      // from is inclusive, to exclusive.
      expect(await list({ from: d3.occurredAt, to: a1.occurredAt })).toMatchObject({ ids: [d2.id, d3.id], total: 2 });
      expect(await list({ from: at(3.5) })).toMatchObject({ ids: [a1.id, d2.id, d3.id], total: 3 });
      expect(await list({ to: at(3.5) })).toMatchObject({ ids: [d4.id, receipt.id], total: 2 });
      expect(await list({ type: 'distribution', from: at(3.5), to: at(1.5) })).toMatchObject({ ids: [d2.id, d3.id], total: 2 });

      expect(await list({ limit: 2 })).toMatchObject({ ids: [a1.id, d2.id], total: 5 });
      expect(await list({ limit: 2, offset: 2 })).toMatchObject({ ids: [d3.id, d4.id], total: 5 });
      expect(await list({ limit: 2, offset: 4 })).toMatchObject({ ids: [receipt.id], total: 5 });
      expect(await list({ limit: 2, offset: 10 })).toMatchObject({ ids: [], total: 5 });

      const badType = await read(`/api/v1/points/${point.id}/movements`, admin, { type: 'gift' });
      expect({ status: badType.status, code: badType.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      const badLimit = await read(`/api/v1/points/${point.id}/movements`, admin, { limit: 0 });
      expect(badLimit.status).toBe(400);
    });

    it('gives a stock card in order of occurrence with a running balance that ends at the balance, and an opening balance from `from`', async () => {
      const point = await newPoint();
      const base = Date.now();
      const at = (days: number) => daysAgo(days, base);
      const lotA = (await accepted(point.id, receiptBody([receiptLine(syringe, 100, lotNo('CARD-A'), '2031-04-30')], { occurredAt: at(5) }), admin)).lines[0].lotId;
      await accepted(point.id, distribution([{ productId: syringe, lotId: lotA, quantity: 30 }], { occurredAt: at(2) }), admin);
      // Another product at the same point stays off this card.
      await receive(point.id, swab, 999, lotNo('CARD-SWAB'), '2031-04-30', { token: admin, occurredAt: at(4.5) });
      // Offline entries recorded later but earlier in time.
      await accepted(point.id, distribution([{ productId: syringe, lotId: lotA, quantity: 20 }], { occurredAt: at(4) }), admin);
      const lotB = (await accepted(point.id, receiptBody([receiptLine(syringe, 50, lotNo('CARD-B'), '2031-05-31')], { occurredAt: at(3) }), admin)).lines[0].lotId;
      await accepted(point.id, adjustment([{ productId: syringe, lotId: lotB, quantity: 5, reason: 'found' }], { occurredAt: at(1) }), admin);
      await accepted(point.id, stockCount([{ productId: syringe, lotId: lotB, quantity: 55 }]), admin);

      const card = async (query: Record<string, string | number> = {}) => {
        const response = await read(`/api/v1/points/${point.id}/stock-card`, admin, { productId: syringe, ...query });
        expectStatus(response, 200);
        return response.body as { openingBalance: number; items: CardLine[]; total: number; pointId: string; productId: string };
      };

      const full = await card();
      expect(full).toMatchObject({ pointId: point.id, productId: syringe, openingBalance: 0, total: 6 });
      expect(full.items.map((line) => [line.type, line.reason, line.lotId, line.quantity, line.runningBalance])).toEqual([
        ['receipt', null, lotA, 100, 100],
        ['distribution', null, lotA, -20, 80],
        ['receipt', null, lotB, 50, 130],
        ['distribution', null, lotA, -30, 100],
        ['adjustment', 'found', lotB, 5, 105],
        ['stock_count', null, lotB, 0, 105],
      ]);
      expect(full.items[5].countedQuantity).toBe(55);
      const times = full.items.map((line) => Date.parse(line.occurredAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(full.items.every((line) => line.recordedBy === 'admin' && typeof line.recordedAt === 'string')).toBe(true);

      const stock = await stockOf(point.id, syringe);
      expect(full.items[full.items.length - 1].runningBalance).toBe(stock!.onHand);
      expect(stock!.onHand).toBe(105);

      const fromThree = await card({ from: at(3.5) });
      expect(fromThree.openingBalance).toBe(80);
      expect(fromThree.total).toBe(4);
      expect(fromThree.items.map((line) => line.runningBalance)).toEqual([130, 100, 105, 105]);

      const window = await card({ from: at(3.5), to: at(1.5) });
      expect(window.openingBalance).toBe(80);
      expect(window.items.map((line) => [line.quantity, line.runningBalance])).toEqual([
        [50, 130],
        [-30, 100],
      ]);

      // Pages keep the balance of the whole card.
      const page = await card({ limit: 2, offset: 1 });
      expect(page.total).toBe(6);
      expect(page.items.map((line) => line.runningBalance)).toEqual([80, 130]);

      const missingProduct = await read(`/api/v1/points/${point.id}/stock-card`, admin);
      expect({ status: missingProduct.status, code: missingProduct.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });
  });

  // ---------------------------------------------------------------- privacy

  describe('privacy', () => {
    const CLIENT_FIELD = /^(name|fullName|clientName|client|clientId|nik|nationalId|phone|phoneNumber|address|dateOfBirth|birthDate|email)$/i;

    /** Every key anywhere in a JSON value. */
    const keysOf = (value: unknown): string[] => {
      if (Array.isArray(value)) return value.flatMap(keysOf);
      if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
      return [];
    };

    it('carries only a count of contacts, never who: no response has client fields, and a request with them is refused', async () => {
      const lotId = await receive(dic, syringe, 20, lotNo('PRIVACY'), '2031-06-30');
      const issued = await accepted(dic, distribution([{ productId: syringe, lotId, quantity: 6 }], { contacts: 3 }));
      expect(issued.contacts).toBe(3);

      const responses = [
        issued,
        (await read(`/api/v1/movements/${issued.id}`)).body,
        (await read(`/api/v1/points/${dic}/movements`)).body,
        (await read(`/api/v1/points/${dic}/stock`)).body,
        (await read(`/api/v1/points/${dic}/stock-card`, staff, { productId: syringe })).body,
        (await read('/api/v1/lots', staff, { productId: syringe })).body,
      ];
      const keys = new Set(responses.flatMap(keysOf));
      expect(keys.has('contacts')).toBe(true);
      expect([...keys].filter((key) => CLIENT_FIELD.test(key))).toEqual([]);

      for (const extra of [{ clientName: 'Budi' }, { nik: '3273010101900001' }, { phone: '081234567890' }, { address: 'Jl. Contoh 1' }]) {
        const response = await refused(() => record(dic, distribution([{ productId: syringe, lotId, quantity: 1 }], extra)), 400, 'VALIDATION_FAILED');
        expect(fields(response)).toEqual(Object.keys(extra));
      }
      const inLine = await refused(
        () => record(dic, distribution([{ productId: syringe, lotId, quantity: 1, name: 'Budi', nik: '3273010101900001' }])),
        400,
        'VALIDATION_FAILED',
      );
      expect(fields(inLine).sort()).toEqual(['lines[0].name', 'lines[0].nik']);
      const negativeContacts = await refused(() => record(dic, distribution([{ productId: syringe, lotId, quantity: 1 }], { contacts: -1 })), 400, 'VALIDATION_FAILED');
      expect(fields(negativeContacts)).toEqual(['contacts']);
      const contactsOnReceipt = await refused(
        () => record(dic, receiptBody([receiptLine(syringe, 1, lotNo('PRIV-R'), '2031-06-30')], { contacts: 1 })),
        400,
        'VALIDATION_FAILED',
      );
      expect(fields(contactsOnReceipt)).toEqual(['contacts']);
      expect(await balance(dic, lotId)).toBe(14);

      const columns: { column_name: string }[] = await t.dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name IN ('movements', 'ledger_lines', 'lots', 'stock_balances')`,
      );
      expect(columns.map((column) => column.column_name).filter((column) => /name|nik|phone|address/i.test(column) && !/^(lot_number|donor_name)$/.test(column))).toEqual([]);
    });
  });
});
