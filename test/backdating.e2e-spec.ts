import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Movements dated in the past (offline devices send late): the running balance of a lot is never negative at any
 * date, the backdating window, month closing, and expiry judged on the day the movement is recorded.
 */

const DAY_MS = 86_400_000;
type Body = Record<string, unknown>;

/** The calendar date at an instant in a time zone, computed here independently of the service. */
const dateIn = (timeZone: string, instant = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** 10:00 in Bandung (UTC+7) on a local date `days` before today. */
const bandungDay = (days: number) => `${addDays(dateIn('Asia/Jakarta'), -days)}T10:00:00+07:00`;

describe('backdated movements', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  let syringe: string;
  let counter = 0;

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const record = (pointId: string, body: Body, token = admin) =>
    t.http().post(`/api/v1/points/${pointId}/movements`).set(auth(token)).send({ id: randomUUID(), ...body });
  const newPoint = async (regencyCode = '32.73') =>
    (await t.http().post('/api/v1/points').set(auth(admin)).send({ code: `BD-${++counter}-${randomUUID().slice(0, 6)}`.toUpperCase(), name: 'Backdating test', type: 'drop_in_centre', regencyCode }).expect(201)).body.id as string;
  const receive = async (pointId: string, quantity: number, occurredAt: string, expiryDate = '2031-01') => {
    const lotNumber = `BD-LOT-${++counter}`;
    return { lotId: (await ledgerApi(t, ids).receive(pointId, syringe, quantity, lotNumber, { occurredAt, expiryDate })).lotId, lotNumber };
  };
  // Kept here, not in the shared helper: the tests check its refusals.
  const distribute = (pointId: string, quantity: number, occurredAt: string, lotId?: string) =>
    record(pointId, { type: 'distribution', occurredAt, lines: [{ productId: syringe, quantity, ...(lotId ? { lotId } : {}) }] });
  const card = async (pointId: string) =>
    (await t.http().get(`/api/v1/points/${pointId}/stock-card`).set(auth(admin)).query({ productId: syringe, limit: 200 }).expect(200)).body as {
      items: { quantity: number; runningBalance: number; type: string }[];
    };
  const movementCount = async (pointId: string) => (await t.dataSource.query('SELECT count(*)::int AS n FROM movements WHERE point_id = $1', [pointId]))[0].n;

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKDATING_DAYS: '45' } });
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    syringe = ids.product('NS-1ML-LDS-29G');
  });
  afterAll(() => t.close());

  describe('the running balance of a lot is never negative at any date', () => {
    it('refuses a distribution dated before its lot arrived, naming the lot and the date', async () => {
      const point = await newPoint();
      const lot = await receive(point, 100, bandungDay(3));
      const before = await distribute(point, 10, bandungDay(5), lot.lotId);
      expect(before.status).toBe(422);
      expect(before.body.code).toBe('INSUFFICIENT_STOCK');
      expect(before.body.detail).toContain(lot.lotNumber);
      expect(before.body.detail).toContain(addDays(dateIn('Asia/Jakarta'), -5));
      // FEFO without a lot: nothing was there on that day either.
      expect((await distribute(point, 10, bandungDay(5))).body.code).toBe('INSUFFICIENT_STOCK');
      expect(await movementCount(point)).toBe(1);
      for (const line of (await card(point)).items) expect(line.runningBalance).toBeGreaterThanOrEqual(0);
    });

    it('limits a backdated line by every later balance and says on which date it would go negative', async () => {
      const point = await newPoint();
      const lot = await receive(point, 50, bandungDay(10));
      expect((await distribute(point, 45, bandungDay(6), lot.lotId)).status).toBe(201);
      await receive(point, 100, bandungDay(2));
      // 5 left between day 6 and day 2: a distribution of 10 dated day 8 would make day 6 negative.
      const late = await distribute(point, 10, bandungDay(8), lot.lotId);
      expect(late.status).toBe(422);
      expect(late.body.available).toMatchObject({ lotId: lot.lotId, quantity: 5, limitedOn: addDays(dateIn('Asia/Jakarta'), -6) });
      expect(late.body.detail).toContain(addDays(dateIn('Asia/Jakarta'), -6));
      expect((await distribute(point, 5, bandungDay(8), lot.lotId)).status).toBe(201);
      const balances = (await card(point)).items.map((line) => line.runningBalance);
      expect(balances).toEqual([50, 45, 0, 100]);
    });

    it('a backdated stock count compares with the balance at its own date', async () => {
      const point = await newPoint();
      const lot = await receive(point, 100, bandungDay(6));
      expect((await distribute(point, 30, bandungDay(2), lot.lotId)).status).toBe(201);
      // Counted 100 on day 4: what the records said then, so no difference (today's balance is 70).
      const count = await record(point, { type: 'stock_count', occurredAt: bandungDay(4), lines: [{ productId: syringe, lotId: lot.lotId, quantity: 100 }] });
      expect(count.status).toBe(201);
      expect(count.body.lines[0]).toMatchObject({ quantity: 0, countedQuantity: 100 });
      // Counted 90 on day 4: 10 lost then.
      const short = await record(point, { type: 'stock_count', occurredAt: bandungDay(4), lines: [{ productId: syringe, lotId: lot.lotId, quantity: 90, reason: 'lost' }] });
      expect(short.status).toBe(201);
      expect(short.body.lines[0]).toMatchObject({ quantity: -10, countedQuantity: 90 });
    });
  });

  describe('the backdating window', () => {
    it('accepts a movement dated within BACKDATING_DAYS of the point\'s today and refuses one before', async () => {
      const point = await newPoint();
      expect((await receive(point, 10, bandungDay(45))).lotId).toBeDefined();
      const tooOld = await record(point, {
        type: 'receipt', occurredAt: bandungDay(46), source: 'test',
        lines: [{ productId: syringe, quantity: 10, lotNumber: 'BD-OLD', expiryDate: '2031-01', fundingSource: 'APBN' }],
      });
      expect(tooOld.status).toBe(422);
      expect(tooOld.body).toMatchObject({ code: 'OCCURRED_TOO_LONG_AGO', earliest: addDays(dateIn('Asia/Jakarta'), -45) });
      expect(tooOld.body.errors).toEqual([{ field: 'occurredAt', messages: [expect.any(String)] }]);
      expect(await movementCount(point)).toBe(1);
    });
  });

  describe('expiry is judged on the day the movement is recorded', () => {
    it('does not let a backdated distribution hand out a lot expired today; it leaves by an expiry write-off', async () => {
      const point = await newPoint();
      const yesterday = addDays(dateIn('Asia/Jakarta'), -1);
      const lot = await receive(point, 40, bandungDay(10), yesterday);
      // Dated three days ago, when the lot was still good: refused all the same.
      const named = await distribute(point, 5, bandungDay(3), lot.lotId);
      expect(named.status).toBe(422);
      expect(named.body.code).toBe('LOT_EXPIRED');
      expect((await distribute(point, 5, bandungDay(3))).body.code).toBe('INSUFFICIENT_STOCK');
      const writeOff = await record(point, { type: 'adjustment', occurredAt: new Date().toISOString(), lines: [{ productId: syringe, lotId: lot.lotId, quantity: 40, reason: 'expired_write_off' }] });
      expect(writeOff.status).toBe(201);
    });
  });

  describe('month closing', () => {
    const lastMonth = () => addDays(`${dateIn('Asia/Jakarta').slice(0, 7)}-01`, -1).slice(0, 7);
    /** The last day of last month, 10:00 in Bandung: always inside the backdating window. */
    const inLastMonth = () => `${addDays(`${dateIn('Asia/Jakarta').slice(0, 7)}-01`, -1)}T10:00:00+07:00`;
    const close = (body: Body, token = admin) => t.http().post('/api/v1/month-closings').set(auth(token)).send(body);

    it('a district officer closes last month for one point; nothing may then be dated in it there, and a correction goes in today', async () => {
      const point = await newPoint();
      const other = await newPoint();
      const lot = await receive(point, 100, inLastMonth());
      const otherLot = await receive(other, 100, inLastMonth());
      const old = await distribute(point, 10, inLastMonth(), lot.lotId);
      expect(old.status).toBe(201);

      const officer = await t.token('dinkes.bandung');
      const closed = await close({ month: lastMonth(), pointId: point, note: 'LPLPO sent' }, officer);
      expect(closed.status).toBe(201);
      expect(closed.body).toMatchObject({ month: lastMonth(), pointId: point, regencyCode: '32.73', closedBy: 'dinkes.bandung', note: 'LPLPO sent' });

      const refused = await distribute(point, 1, inLastMonth(), lot.lotId);
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'MONTH_CLOSED', closedThrough: lastMonth() });
      expect(refused.body.detail).toContain(lastMonth());
      // Reversing the old movement dated in the closed month is refused; dated today, it is the correction.
      expect((await record(point, { type: 'reversal', occurredAt: inLastMonth(), reversesMovementId: old.body.id, lines: [] })).body.code).toBe('MONTH_CLOSED');
      const correction = await record(point, { type: 'reversal', occurredAt: new Date().toISOString(), reversesMovementId: old.body.id, lines: [], note: 'counted twice' });
      expect(correction.status).toBe(201);
      // Another point of the regency is not closed by a point's closing.
      expect((await distribute(other, 1, inLastMonth(), otherLot.lotId)).status).toBe(201);
      // Closing again answers 409; the list shows the closing to the point's readers.
      expect((await close({ month: lastMonth(), pointId: point }, officer)).status).toBe(409);
      const list = await t.http().get('/api/v1/month-closings').set(auth(officer)).query({ pointId: point }).expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ month: lastMonth(), pointId: point })]);
    });

    it('closing a regency closes every point in it; the current month cannot be closed; only the regency\'s officer or an admin may close', async () => {
      const point = await newPoint('32.01');
      const lot = await receive(point, 100, inLastMonth());
      expect((await close({ month: lastMonth(), regencyCode: '32.01' }, await t.token('dinkes.bandung'))).body.code).toBe('OUT_OF_SCOPE');
      expect((await close({ month: lastMonth(), regencyCode: '32.01' }, await t.token('staff.lsm.cibinong'))).status).toBe(403);
      const thisMonth = await close({ month: dateIn('Asia/Jakarta').slice(0, 7), regencyCode: '32.01' }, await t.token('dinkes.bogor'));
      expect(thisMonth.status).toBe(422);
      expect(thisMonth.body.code).toBe('MONTH_NOT_OVER');
      expect((await close({ month: lastMonth() }, await t.token('dinkes.bogor'))).status).toBe(400);

      expect((await close({ month: lastMonth(), regencyCode: '32.01' }, await t.token('dinkes.bogor'))).status).toBe(201);
      expect((await distribute(point, 1, inLastMonth(), lot.lotId)).body.code).toBe('MONTH_CLOSED');
      // Shipments are movements too.
      const dispatch = await t.http().post('/api/v1/shipments').set(auth(admin)).send({
        id: randomUUID(), fromPointId: point, toPointId: ids.point('LSM-CBN-01'), occurredAt: inLastMonth(), lines: [{ productId: syringe, quantity: 1 }],
      });
      expect(dispatch.body.code).toBe('MONTH_CLOSED');
      expect((await distribute(point, 1, new Date().toISOString(), lot.lotId)).status).toBe(201);
      // A closing is history: the database refuses to change or remove it.
      await expect(t.dataSource.query(`DELETE FROM month_closings`)).rejects.toThrow(/append-only/);
    });
  });
});
