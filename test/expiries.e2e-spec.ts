import { SchedulerRegistry } from '@nestjs/schedule';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { AuthUser } from '../src/access/roles';
import { ExpiryLotResponse, ExpiryQuery } from '../src/expiries/dto/expiry.dto';
import { DAYS_PER_MONTH } from '../src/shortages/stock-status';
import { quantityAtRisk } from '../src/stock/expiry-risk';
import { ExpiriesService } from '../src/expiries/expiries.service';
import { StockStatusStore } from '../src/shortages/stock-status.store';
import { localDate } from '../src/stock/expiry-dates';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/** These tests build months of history, further back than users may date a movement (BACKDATING_DAYS, 45 by default). */
const HISTORY = { BACKDATING_DAYS: '3650' };

const DAY = 86_400_000;
const ADMIN: AuthUser = { id: 'test', username: 'test', role: 'admin', regencyCodes: [], pointIds: [] };
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Helpers shared by the describe blocks: each block has its own database, so scans at chosen instants do not interfere. */
function harness() {
  const h = {} as {
    t: TestApp;
    ids: Awaited<ReturnType<typeof demoIds>>;
    admin: string;
    auth: (token: string) => { Authorization: string };
    newPoint: (fields: { code: string; type: string; regencyCode: string; supplierPointId?: string }) => Promise<string>;
    receive: (pointId: string, productCode: string, quantity: number, lotNumber: string, expiryDate: string) => Promise<string>;
    distribute: (pointId: string, productCode: string, quantity: number, daysAgo: number, lotId?: string) => Promise<void>;
    alerts: (query: string, token?: string) => Promise<{ id: string; type: string; severity: string; status: string; lotNumber: string | null; pointId: string; details: Record<string, unknown> }[]>;
  };
  beforeAll(async () => {
    h.t = await createTestApp({ env: HISTORY });
    h.ids = await demoIds(h.t.dataSource);
    h.admin = await h.t.token('admin');
    h.auth = (token) => ({ Authorization: `Bearer ${token}` });
    h.newPoint = async (fields) =>
      (await h.t.http().post('/api/v1/points').set(h.auth(h.admin)).send({ name: `Test ${fields.code}`, ...fields }).expect(201)).body.id;
    h.receive = async (pointId, productCode, quantity, lotNumber, expiryDate) =>
      (
        await h.t
          .http()
          .post(`/api/v1/points/${pointId}/movements`)
          .set(h.auth(h.admin))
          .send({
            id: randomUUID(),
            type: 'receipt',
            occurredAt: new Date(Date.now() - 120 * DAY).toISOString(),
            source: 'test',
            lines: [{ productId: h.ids.product(productCode), quantity, lotNumber, expiryDate, fundingSource: 'APBD' }],
          })
          .expect(201)
      ).body.lines[0].lotId;
    h.distribute = async (pointId, productCode, quantity, daysAgo, lotId) => {
      await h.t
        .http()
        .post(`/api/v1/points/${pointId}/movements`)
        .set(h.auth(h.admin))
        .send({
          id: randomUUID(),
          type: 'distribution',
          occurredAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
          lines: [{ productId: h.ids.product(productCode), quantity, ...(lotId ? { lotId } : {}) }],
        })
        .expect(201);
    };
    h.alerts = async (query, token = h.admin) => (await h.t.http().get(`/api/v1/alerts?limit=200&${query}`).set(h.auth(token)).expect(200)).body.items;
  });
  afterAll(() => h.t.close());
  return h;
}

describe('the expiry scan', () => {
  const h = harness();

  it('counts warning windows from each point\'s local date: the same instant is 31 days in Jakarta and 30 in Jayapura', async () => {
    const [{ code: papua }] = await h.t.dataSource.query(`SELECT code FROM regencies WHERE province_code = '91' ORDER BY code LIMIT 1`);
    const jayapura = await h.newPoint({ code: 'TZ-JAYAPURA', type: 'puskesmas', regencyCode: papua });
    const jakarta = await h.newPoint({ code: 'TZ-JAKARTA', type: 'puskesmas', regencyCode: '31.71' });
    await h.receive(jayapura, 'NS-3ML', 10, 'TZ-LOT', '2027-04-01');
    await h.receive(jakarta, 'NS-3ML', 10, 'TZ-LOT', '2027-04-01');

    // 15:30 UTC on 1 March: 22:30 in Jakarta (still 1 March), 00:30 on 2 March in Jayapura.
    await h.t.app.get(ExpiriesService).scan(new Date('2027-03-01T15:30:00Z'));
    const expiring = (await h.alerts('type=lot_expiring&status=open')).filter((alert) => alert.lotNumber === 'TZ-LOT');
    const byPoint = Object.fromEntries(expiring.map((alert) => [alert.pointId, alert]));
    expect(byPoint[jakarta]).toMatchObject({ severity: 'warning', details: expect.objectContaining({ daysToExpiry: 31, windowDays: 90 }) });
    expect(byPoint[jayapura]).toMatchObject({ severity: 'critical', details: expect.objectContaining({ daysToExpiry: 30, windowDays: 30 }) });
  });

  it('raises nothing twice when run twice, and moves a lot from expiring to expired on the last day of February 2028', async () => {
    const point = await h.newPoint({ code: 'LEAP-PKM', type: 'puskesmas', regencyCode: '32.73' });
    await h.receive(point, 'SWAB-ALC', 40, 'LEAP-28', '2028-02');
    const service = h.t.app.get(ExpiriesService);

    const lastDay = await service.scan(new Date('2028-02-29T10:00:00Z'));
    expect(lastDay.raised.lot_expiring).toBeGreaterThan(0);
    const again = await service.scan(new Date('2028-02-29T11:00:00Z'));
    expect(again.raised).toEqual({});
    expect(again.resolved).toEqual({});
    const [expiring] = (await h.alerts(`pointId=${point}&status=open`)).filter((alert) => alert.lotNumber === 'LEAP-28');
    expect(expiring).toMatchObject({ type: 'lot_expiring', severity: 'critical', details: expect.objectContaining({ expiryDate: '2028-02-29', daysToExpiry: 0 }) });
    const [{ count }] = await h.t.dataSource.query(`SELECT count(*)::int AS count FROM alerts a JOIN lots l ON l.id = a.lot_id WHERE l.lot_number = 'LEAP-28'`);
    expect(count).toBe(1);

    // 1 March in Bandung: the lot is expired; its expiring alert resolves and an expired alert opens.
    await service.scan(new Date('2028-03-01T01:00:00Z'));
    const alerts = await h.alerts(`pointId=${point}`);
    expect(alerts.filter((alert) => alert.lotNumber === 'LEAP-28').map((alert) => [alert.type, alert.status]).sort()).toEqual([
      ['expired_on_hand', 'open'],
      ['lot_expiring', 'resolved'],
    ]);
  });
});

describe('expired stock on hand', () => {
  const h = harness();

  it('opens an alert for expired stock and resolves it at once with the write-off', async () => {
    const point = await h.newPoint({ code: 'WO-DIC', type: 'drop_in_centre', regencyCode: '32.73' });
    const today = localDate(new Date(), 'Asia/Jakarta');
    const lotId = await h.receive(point, 'SWAB-ALC', 25, 'WO-OLD', addDays(today, -3));
    const service = h.t.app.get(ExpiriesService);
    await service.scan();
    const [alert] = await h.alerts(`pointId=${point}&type=expired_on_hand&status=open`);
    expect(alert).toMatchObject({ severity: 'critical', lotNumber: 'WO-OLD', details: expect.objectContaining({ quantity: 25, expiredDaysAgo: 3 }) });

    const acknowledged = await h.t.http().post(`/api/v1/alerts/${alert.id}/acknowledge`).set(h.auth(h.admin)).expect(200);
    expect(acknowledged.body).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'admin' });
    await service.scan();
    expect((await h.alerts(`pointId=${point}&type=expired_on_hand`)).map((a) => a.status)).toEqual(['acknowledged']);

    await h.t
      .http()
      .post(`/api/v1/points/${point}/movements`)
      .set(h.auth(h.admin))
      .send({ id: randomUUID(), type: 'adjustment', occurredAt: new Date().toISOString(), lines: [{ productId: h.ids.product('SWAB-ALC'), lotId, quantity: 25, reason: 'expired_write_off' }] })
      .expect(201);
    // The write-off resolves the alert in its own transaction, before any scan (docs/figures.md).
    expect((await h.alerts(`pointId=${point}&type=expired_on_hand`)).map((a) => a.status)).toEqual(['resolved']);
    await service.scan();
    expect((await h.alerts(`pointId=${point}&type=expired_on_hand`)).map((a) => a.status)).toEqual(['resolved']);
    await h.t.http().post(`/api/v1/alerts/${alert.id}/acknowledge`).set(h.auth(h.admin)).expect(409);
  });

  it('shows alerts only within scope', async () => {
    await h.t.app.get(ExpiriesService).scan();
    const bogor = await h.t.token('dinkes.bogor');
    const seen = await h.alerts('status=open', bogor);
    expect(seen.length).toBeGreaterThan(0);
    const bogorPoints = new Set((await h.t.dataSource.query(`SELECT id FROM points WHERE regency_code = '32.01'`)).map((row: { id: string }) => row.id));
    expect(seen.every((alert) => bogorPoints.has(alert.pointId))).toBe(true);
    const [bandungAlert] = await h.alerts('regencyCode=32.73&status=open');
    await h.t.http().post(`/api/v1/alerts/${bandungAlert.id}/acknowledge`).set(h.auth(bogor)).expect(404);
  });

  it('reports stock of a superseded IEC edition as obsolete', async () => {
    const created = await h.t
      .http()
      .post('/api/v1/products')
      .set(h.auth(h.admin))
      .send({ code: 'IEC-SAFE-INJ-2027', name: 'IEC leaflet: safer injecting (2027)', nameId: 'Leaflet KIE 2027', category: 'iec', unit: 'leaflet', packSize: 50, edition: '2027-1' })
      .expect(201);
    const old = h.ids.product('IEC-SAFE-INJ');
    await h.t.http().patch(`/api/v1/products/${old}`).set(h.auth(h.admin)).send({ supersededByProductId: created.body.id }).expect(200);
    const refused = await h.t.http().patch(`/api/v1/products/${old}`).set(h.auth(h.admin)).send({ supersededByProductId: old }).expect(400);
    expect(refused.body.errors[0].field).toBe('supersededByProductId');

    await h.t.app.get(ExpiriesService).scan();
    const obsolete = await h.alerts('type=obsolete_edition&status=open');
    expect(obsolete.length).toBeGreaterThan(0);
    expect(obsolete[0].details).toMatchObject({ supersededByProductCode: 'IEC-SAFE-INJ-2027' });
  });
});

describe('the expiry report', () => {
  const h = harness();

  it('computes what expires before it is used from the point\'s AMC, lot by lot in FEFO order', async () => {
    // On 20 November 2026 (Jakarta), with 91 used in August to October: AMC 30.33, about 1 a day.
    const at = new Date('2026-11-20T05:00:00Z');
    const point = await h.newPoint({ code: 'RISK-DIC', type: 'drop_in_centre', regencyCode: '32.01' });
    const receiveOn = async (quantity: number, lotNumber: string, expiryDate: string) =>
      (
        await h.t.http().post(`/api/v1/points/${point}/movements`).set(h.auth(h.admin)).send({
          id: randomUUID(), type: 'receipt', occurredAt: '2026-07-15T10:00:00+07:00', source: 'test',
          lines: [{ productId: h.ids.product('CONDOM-M'), quantity, lotNumber, expiryDate, fundingSource: 'APBD' }],
        }).expect(201)
      ).body.lines[0].lotId as string;
    const lotA = await receiveOn(190, 'RISK-A', '2026-12-30');
    const lotB = await receiveOn(100, 'RISK-B', '2027-01-29');
    for (const [date, quantity] of [['2026-08-10', 30], ['2026-09-10', 30], ['2026-10-10', 31]] as const) {
      await h.t.http().post(`/api/v1/points/${point}/movements`).set(h.auth(h.admin))
        .send({ id: randomUUID(), type: 'distribution', occurredAt: `${date}T10:00:00+07:00`, lines: [{ productId: h.ids.product('CONDOM-M'), quantity }] }).expect(201);
    }
    const report = (query: Partial<ExpiryQuery>) =>
      h.t.app.get(ExpiriesService).report(ADMIN, { limit: 50, offset: 0, withinDays: 180, format: 'json', ...query } as ExpiryQuery, at);

    const all = await report({ pointId: point });
    const byLot = Object.fromEntries(all.items.map((row) => [row.lotId, row]));
    // Lot A: 99 left, 41 days of use through its expiry day at 30.33/30.4375 a day -> 40 used, 59 at risk.
    // Lot B is used only after A: 71 days of use cover A's 99 and nothing of B -> all 100 at risk.
    expect(byLot[lotA]).toMatchObject({ quantity: 99, daysToExpiry: 40, quantityAtRisk: 59, status: 'expiring', monthlyConsumption: 30.33 });
    expect(byLot[lotB]).toMatchObject({ quantity: 100, daysToExpiry: 70, quantityAtRisk: 100 });
    expect(all.totals).toEqual([expect.objectContaining({ productCode: 'CONDOM-M', expiring: 199, atRisk: 159, expired: 0 })]);

    expect((await report({ pointId: point, withinDays: 50 })).items.map((row) => row.lotId)).toEqual([lotA]);
    expect(await report({ pointId: point, status: 'expired' })).toMatchObject({ items: [], total: 0 });
  });

  it('holds the quantity at risk to the FEFO model lot by lot, and pages and sorts like the whole list', async () => {
    const point = await h.newPoint({ code: 'RISK-MODEL', type: 'drop_in_centre', regencyCode: '32.01' });
    const today = localDate(new Date(), 'Asia/Jakarta');
    // Ten lots: one expired, two expiring the same day (ties go by lot id), one beyond a 180-day window, the rest spread;
    // 900 handed out in three months from the last lot (AMC 300, about 9.9 a day), so the earlier lots stay whole.
    const lots: [days: number, quantity: number][] = [[-5, 40], [12, 60], [30, 372], [30, 213], [47, 324], [75, 165], [110, 276], [160, 387], [220, 228], [400, 3000]];
    const lotIds: string[] = [];
    for (const [index, [days, quantity]] of lots.entries()) lotIds.push(await h.receive(point, 'CONDOM-M', quantity, `MODEL-${index}`, addDays(today, days)));
    for (const daysAgo of [80, 50, 20]) await h.distribute(point, 'CONDOM-M', 300, daysAgo, lotIds[9]);

    const read = (query: string) => h.t.http().get(`/api/v1/expiries?pointId=${point}&${query}`).set(h.auth(h.admin)).expect(200);
    const all = (await read('withinDays=1095&limit=200')).body;
    expect(all.total).toBe(all.items.length);
    const rows: ExpiryLotResponse[] = all.items;
    const usable = rows.filter((row) => row.status === 'expiring');
    const model = quantityAtRisk(
      usable.map((row) => ({ lotId: row.lotId, expiryDate: row.expiryDate, quantity: row.quantity })),
      usable[0].monthlyConsumption / DAYS_PER_MONTH,
      today,
    );
    expect(usable[0].monthlyConsumption).toBeGreaterThan(0);
    expect(Object.fromEntries(rows.map((row) => [row.lotNumber, row.quantityAtRisk]))).toEqual(
      Object.fromEntries(rows.map((row) => [row.lotNumber, row.status === 'expired' ? row.quantity : model.get(row.lotId)])),
    );
    // Not a trivial case: some lot is used in part, some not at all, some in full.
    expect(usable.some((row) => row.quantityAtRisk > 0 && row.quantityAtRisk < row.quantity)).toBe(true);
    expect(usable.some((row) => row.quantityAtRisk === 0)).toBe(true);
    expect(usable.some((row) => row.quantityAtRisk === row.quantity)).toBe(true);

    // A narrower window shows fewer lots with the same figures (later lots never change an earlier lot's risk).
    const window = (await read('withinDays=180&limit=200')).body.items as ExpiryLotResponse[];
    expect(window.map((row) => row.lotNumber)).toEqual(rows.filter((row) => row.daysToExpiry <= 180).map((row) => row.lotNumber));
    expect(window).toEqual(rows.filter((row) => row.daysToExpiry <= 180));

    // Pages are slices of the whole order, for both orders; totals cover every row, not the page.
    const byRisk = (await read('withinDays=1095&limit=200&sort=atRisk')).body.items as ExpiryLotResponse[];
    expect(byRisk.map((row) => row.quantityAtRisk)).toEqual([...byRisk.map((row) => row.quantityAtRisk)].sort((a, b) => b - a));
    const page = (await read('withinDays=1095&limit=3&offset=2&sort=atRisk')).body;
    expect(page.items).toEqual(byRisk.slice(2, 5));
    expect(page.total).toBe(rows.length);
    expect(page.totals).toEqual([
      expect.objectContaining({
        productCode: 'CONDOM-M',
        expired: rows.filter((row) => row.status === 'expired').reduce((sum, row) => sum + row.quantity, 0),
        expiring: usable.reduce((sum, row) => sum + row.quantity, 0),
        atRisk: usable.reduce((sum, row) => sum + row.quantityAtRisk, 0),
      }),
    ]);
    expect((await read('withinDays=1095&limit=3&offset=3')).body.items).toEqual(rows.slice(3, 6));

    // A lot handed out to the last unit leaves the kept rows; the others follow the lots left ahead of them.
    await h.distribute(point, 'CONDOM-M', 60, 0, lotIds[1]);
    const after: ExpiryLotResponse[] = (await read('withinDays=1095&limit=200')).body.items;
    expect(after.map((row) => row.lotNumber)).toEqual(rows.map((row) => row.lotNumber).filter((lotNumber) => lotNumber !== 'MODEL-1'));
    const usableAfter = after.filter((row) => row.status === 'expiring');
    const modelAfter = quantityAtRisk(usableAfter.map(({ lotId, expiryDate, quantity }) => ({ lotId, expiryDate, quantity })), usableAfter[0].monthlyConsumption / DAYS_PER_MONTH, today);
    // With 60 fewer ahead of them, the lots after MODEL-1 are used earlier: less of them is at risk than before.
    const before = Object.fromEntries(rows.map((row) => [row.lotNumber, row.quantityAtRisk]));
    expect(usableAfter.filter((row) => row.quantityAtRisk < before[row.lotNumber]).length).toBeGreaterThan(0);
    expect(Object.fromEntries(usableAfter.map((row) => [row.lotNumber, row.quantityAtRisk]))).toEqual(
      Object.fromEntries(usableAfter.map((row) => [row.lotNumber, modelAfter.get(row.lotId)])),
    );
  });

  it('keeps the lots of a point deactivated with stock, counted from the day of the daily refresh', async () => {
    const point = await h.newPoint({ code: 'RISK-CLOSED', type: 'ngo_office', regencyCode: '32.01' });
    const today = localDate(new Date(), 'Asia/Jakarta');
    const lot = await h.receive(point, 'SWAB-ALC', 30, 'CLOSED-1', addDays(today, 40));
    await h.t.http().patch(`/api/v1/points/${point}`).set(h.auth(h.admin)).send({ active: false }).expect(200);
    const read = async (at: Date) =>
      (await h.t.app.get(ExpiriesService).report(ADMIN, { limit: 50, offset: 0, withinDays: 180, format: 'json', pointId: point } as ExpiryQuery, at)).items;
    expect(await read(new Date())).toEqual([expect.objectContaining({ lotId: lot, quantity: 30, daysToExpiry: 40, quantityAtRisk: 30 })]);
    // Ten days on, the daily scan's refresh counts the days from then (the point keeps no status figures to go stale).
    const later = new Date(Date.now() + 10 * DAY);
    await h.t.app.get(StockStatusStore).refreshEveryPoint(later);
    expect(await read(later)).toEqual([expect.objectContaining({ lotId: lot, daysToExpiry: 30 })]);
  });

  it('gives the same rows as CSV, with a header row and proper escaping', async () => {
    const point = await h.newPoint({ code: 'CSV-PKM', type: 'puskesmas', regencyCode: '32.73' });
    await h.t.http().patch(`/api/v1/points/${point}`).set(h.auth(h.admin)).send({ name: 'Puskesmas "Kopo", Bandung; sebelah pasar' }).expect(200);
    const today = localDate(new Date(), 'Asia/Jakarta');
    await h.receive(point, 'SWAB-ALC', 12, 'CSV,1"Q', addDays(today, 20));
    await h.receive(point, 'SWAB-ALC', 7, 'CSV-2', addDays(today, -2));

    const json = await h.t.http().get('/api/v1/expiries?regencyCode=32.73&limit=200').set(h.auth(h.admin)).expect(200);
    const csv = await h.t.http().get('/api/v1/expiries?regencyCode=32.73&format=csv').set(h.auth(h.admin)).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows: Record<string, string>[] = parse(csv.text, { columns: true });
    expect(rows).toHaveLength(json.body.total);
    const asJson = json.body.items.map((row: Record<string, unknown>) => ({
      ...Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? '' : String(value)])),
    }));
    expect(rows).toEqual(asJson.map((row: Record<string, string>) => expect.objectContaining(row)));
    expect(rows.find((row) => row.lotNumber === 'CSV,1"Q')).toMatchObject({ pointName: 'Puskesmas "Kopo", Bandung; sebelah pasar', status: 'expiring' });
  });

  it('limits the report to the user\'s scope', async () => {
    const staff = await h.t.token('staff.dic.bandung');
    const mine = await h.t.http().get('/api/v1/expiries?limit=200').set(h.auth(staff)).expect(200);
    expect(mine.body.items.every((row: { pointCode: string }) => row.pointCode === 'DIC-BDG-01')).toBe(true);
    expect(mine.body.total).toBeGreaterThan(0);
    await h.t.http().get(`/api/v1/expiries?pointId=${h.ids.point('LSM-CBN-01')}`).set(h.auth(staff)).expect(404);
  });
});

describe('redistribution suggestions', () => {
  const h = harness();

  it('suggests moving stock at risk to points that will use it in time, and keeps naloxone where it may be held', async () => {
    // 20 November 2026 in Jakarta; the complete months August to October hold the receivers' use.
    const at = new Date('2026-11-20T05:00:00Z');
    const regency = '32.04';
    const source = await h.newPoint({ code: 'RD-SOURCE', type: 'puskesmas', regencyCode: regency });
    const busy = await h.newPoint({ code: 'RD-BUSY', type: 'puskesmas', regencyCode: regency });
    const barred = await h.newPoint({ code: 'RD-BARRED', type: 'puskesmas', regencyCode: regency });
    const elsewhere = await h.newPoint({ code: 'RD-ELSEWHERE', type: 'puskesmas', regencyCode: '32.73' });
    const record = (pointId: string, body: Record<string, unknown>) =>
      h.t.http().post(`/api/v1/points/${pointId}/movements`).set(h.auth(h.admin)).send({ id: randomUUID(), ...body }).expect(201);
    const receiveOn = async (pointId: string, code: string, quantity: number, lotNumber: string, expiryDate: string) =>
      (await record(pointId, { type: 'receipt', occurredAt: '2026-07-15T10:00:00+07:00', source: 'test',
        lines: [{ productId: h.ids.product(code), quantity, lotNumber, expiryDate, fundingSource: 'APBD' }] })).body.lines[0].lotId as string;

    // The source holds 300 swabs and 30 naloxone expiring on 19 January 2027 (60 days) and uses none.
    const swabLot = await receiveOn(source, 'SWAB-ALC', 300, 'RD-SWAB', '2027-01-19');
    const naloxoneLot = await receiveOn(source, 'NALOXONE-0.4', 30, 'RD-NLX', '2027-01-19');
    // The others used 270 swabs and 18 naloxone on 10 October and have been out of stock since: 22 of 92 days, so
    // AMC = 270 / 3 x 92 / 70 = 118.29 swabs and 18 / 3 x 92 / 70 = 7.89 naloxone a month.
    for (const point of [busy, barred, elsewhere]) {
      await receiveOn(point, 'SWAB-ALC', 270, `RD-OWN-${point.slice(0, 4)}`, '2027-12-31');
      await receiveOn(point, 'NALOXONE-0.4', 18, `RD-OWNN-${point.slice(0, 4)}`, '2027-12-31');
      for (const code of ['SWAB-ALC', 'NALOXONE-0.4']) {
        await record(point, { type: 'distribution', occurredAt: '2026-10-10T10:00:00+07:00', lines: [{ productId: h.ids.product(code), quantity: code === 'SWAB-ALC' ? 270 : 18 }] });
      }
    }
    await h.t.http().patch(`/api/v1/points/${barred}`).set(h.auth(h.admin)).send({ mayHoldRestricted: false }).expect(200);

    const suggestions = await h.t.app.get(ExpiriesService).redistribution(ADMIN, { regencyCode: regency }, at);
    const to = (lotId: string) => suggestions.filter((s) => s.lotId === lotId).map((s) => [s.toPointId, s.quantity]);
    // 61 days of use at 118.29 / 30.4375 a day = 237 for the first receiver, the other 63 for the second; the point in
    // another regency is not considered.
    const swabs = to(swabLot);
    expect(swabs.map(([point]) => point).sort()).toEqual([barred, busy].sort());
    expect(swabs.map(([, quantity]) => quantity).sort()).toEqual([237, 63].sort());
    // 61 days at 7.89 / 30.4375 a day = 15; the puskesmas that may no longer hold naloxone gets none.
    expect(to(naloxoneLot)).toEqual([[busy, 15]]);
    expect(suggestions.every((s) => s.toPointId !== elsewhere)).toBe(true);
  });

  it('lets a district officer turn a suggestion into a shipment with one request', async () => {
    const regency = '32.05';
    const day = 86_400_000;
    const ago = (days: number) => new Date(Date.now() - days * day).toISOString();
    const inDays = (days: number) => new Date(Date.now() + days * day).toISOString().slice(0, 10);
    const source = await h.newPoint({ code: 'RD2-SOURCE', type: 'drop_in_centre', regencyCode: regency });
    const user = await h.newPoint({ code: 'RD2-USER', type: 'drop_in_centre', regencyCode: regency });
    const record = (pointId: string, body: Record<string, unknown>) =>
      h.t.http().post(`/api/v1/points/${pointId}/movements`).set(h.auth(h.admin)).send({ id: randomUUID(), ...body }).expect(201);
    const lotId = (await record(source, { type: 'receipt', occurredAt: ago(200), source: 'test',
      lines: [{ productId: h.ids.product('CONDOM-M'), quantity: 500, lotNumber: 'RD2-LOT', expiryDate: inDays(90), fundingSource: 'APBD' }] })).body.lines[0].lotId;
    await record(user, { type: 'receipt', occurredAt: ago(200), source: 'test',
      lines: [{ productId: h.ids.product('CONDOM-M'), quantity: 600, lotNumber: 'RD2-OWN', expiryDate: inDays(400), fundingSource: 'APBD' }] });
    for (const days of [40, 70]) await record(user, { type: 'distribution', occurredAt: ago(days), lines: [{ productId: h.ids.product('CONDOM-M'), quantity: 300 }] });

    await h.t.http().post('/api/v1/users').set(h.auth(h.admin)).send({ username: 'dinkes.garut', password: 'garut-password-1', role: 'district_officer', regencyCodes: [regency] }).expect(201);
    const officer = await h.t.token('dinkes.garut', 'garut-password-1');
    const own = await h.t.http().get('/api/v1/expiries/redistribution').set(h.auth(officer)).expect(200);
    const suggestion = own.body.find((s: { toPointId: string; lotId: string }) => s.toPointId === user && s.lotId === lotId);
    expect(suggestion.quantity).toBeGreaterThan(0);
    const shipped = await h.t.http().post('/api/v1/shipments').set(h.auth(officer)).send({ id: randomUUID(), ...suggestion.shipment }).expect(201);
    expect(shipped.body).toMatchObject({ fromPointId: source, toPointId: user, status: 'in_transit' });
    expect(shipped.body.lines).toEqual([expect.objectContaining({ lotId, quantitySent: suggestion.quantity })]);
  });

  it('is for administrators and district officers of the regency only', async () => {
    const staff = await h.t.token('staff.dic.bandung');
    expect((await h.t.http().get('/api/v1/expiries/redistribution?regencyCode=32.73').set(h.auth(staff)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    const bogor = await h.t.token('dinkes.bogor');
    expect((await h.t.http().get('/api/v1/expiries/redistribution?regencyCode=32.73').set(h.auth(bogor)).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await h.t.http().get('/api/v1/expiries/redistribution').set(h.auth(h.admin)).expect(400)).body.errors[0].field).toBe('regencyCode');
  });
});

describe('the scan schedule', () => {
  it('registers the daily scan at the configured time and zone, and none when disabled', async () => {
    const scheduled = await createTestApp({ demo: false, env: { DAILY_SCAN_ENABLED: 'true', DAILY_SCAN_CRON: '30 2 * * *', DAILY_SCAN_TIME_ZONE: 'Asia/Makassar' } });
    try {
      const job = scheduled.app.get(SchedulerRegistry).getCronJob('daily-scan');
      const next = job.nextDate();
      expect(next.setZone('Asia/Makassar').toFormat('HH:mm')).toBe('02:30');
      expect(job.isActive).toBe(true);
    } finally {
      await scheduled.close();
    }
    const unscheduled = await createTestApp({ demo: false });
    try {
      expect(unscheduled.app.get(SchedulerRegistry).getCronJobs().size).toBe(0);
    } finally {
      await unscheduled.close();
    }
  });
});
