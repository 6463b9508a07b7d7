import { SchedulerRegistry } from '@nestjs/schedule';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { ExpiriesService } from '../src/expiries/expiries.service';
import { localDate } from '../src/stock/expiry-dates';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

const DAY = 86_400_000;
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
    h.t = await createTestApp();
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

  it('opens an alert for expired stock and resolves it by itself after the write-off', async () => {
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
    const result = await service.scan();
    expect(result.resolved.expired_on_hand).toBeGreaterThanOrEqual(1);
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

  it('computes what expires before it is used from the point\'s consumption, lot by lot in FEFO order', async () => {
    const point = await h.newPoint({ code: 'RISK-DIC', type: 'drop_in_centre', regencyCode: '32.01' });
    const today = localDate(new Date(), 'Asia/Jakarta');
    const lotA = await h.receive(point, 'CONDOM-M', 190, 'RISK-A', addDays(today, 40));
    const lotB = await h.receive(point, 'CONDOM-M', 100, 'RISK-B', addDays(today, 70));
    // 90 handed out over the last 90 days: 1 a day (FEFO takes them from lot A).
    for (const daysAgo of [80, 50, 20]) await h.distribute(point, 'CONDOM-M', 30, daysAgo);

    const report = await h.t.http().get(`/api/v1/expiries?pointId=${point}`).set(h.auth(h.admin)).expect(200);
    const byLot = Object.fromEntries(report.body.items.map((row: { lotId: string }) => [row.lotId, row]));
    // Lot A: 100 left, 41 days of use (through its expiry day) -> 59 at risk. Lot B is used only after A: all 100 at risk.
    expect(byLot[lotA]).toMatchObject({ quantity: 100, daysToExpiry: 40, quantityAtRisk: 59, status: 'expiring' });
    expect(byLot[lotB]).toMatchObject({ quantity: 100, daysToExpiry: 70, quantityAtRisk: 100 });
    expect(byLot[lotA].monthlyConsumption).toBeCloseTo(30.4, 1);
    expect(report.body.totals).toEqual([expect.objectContaining({ productCode: 'CONDOM-M', expiring: 200, atRisk: 159, expired: 0 })]);

    const within = await h.t.http().get(`/api/v1/expiries?pointId=${point}&withinDays=50`).set(h.auth(h.admin)).expect(200);
    expect(within.body.items.map((row: { lotId: string }) => row.lotId)).toEqual([lotA]);
    const expired = await h.t.http().get(`/api/v1/expiries?pointId=${point}&status=expired`).set(h.auth(h.admin)).expect(200);
    expect(expired.body).toMatchObject({ items: [], total: 0 });
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

  it('suggests moving stock at risk to points that will use it in time, keeps naloxone where it may be held, and the suggestion ships', async () => {
    const regency = '32.04';
    const today = localDate(new Date(), 'Asia/Jakarta');
    const source = await h.newPoint({ code: 'RD-SOURCE', type: 'puskesmas', regencyCode: regency });
    const busy = await h.newPoint({ code: 'RD-BUSY', type: 'puskesmas', regencyCode: regency });
    const barred = await h.newPoint({ code: 'RD-BARRED', type: 'puskesmas', regencyCode: regency });
    const elsewhere = await h.newPoint({ code: 'RD-ELSEWHERE', type: 'puskesmas', regencyCode: '32.73' });

    // The source holds 300 swabs and 30 naloxone expiring in 60 days and uses none.
    const swabLot = await h.receive(source, 'SWAB-ALC', 300, 'RD-SWAB', addDays(today, 60));
    const naloxoneLot = await h.receive(source, 'NALOXONE-0.4', 30, 'RD-NLX', addDays(today, 60));
    // The others hand out 3 swabs and 0.2 naloxone a day (270 and 18 over 90 days), from their own stock.
    for (const point of [busy, barred, elsewhere]) {
      await h.receive(point, 'SWAB-ALC', 270, `RD-OWN-${point.slice(0, 4)}`, addDays(today, 400));
      await h.receive(point, 'NALOXONE-0.4', 18, `RD-OWNN-${point.slice(0, 4)}`, addDays(today, 400));
      await h.distribute(point, 'SWAB-ALC', 270, 30);
      await h.distribute(point, 'NALOXONE-0.4', 18, 30);
    }
    await h.t.http().patch(`/api/v1/points/${barred}`).set(h.auth(h.admin)).send({ mayHoldRestricted: false }).expect(200);

    const response = await h.t.http().get(`/api/v1/expiries/redistribution?regencyCode=${regency}`).set(h.auth(h.admin)).expect(200);
    const suggestions: { toPointId: string; lotId: string; quantity: number; receiverUseBeforeExpiry: number; shipment: Record<string, unknown> }[] = response.body;
    const to = (lotId: string) => suggestions.filter((s) => s.lotId === lotId).map((s) => [s.toPointId, s.quantity]).sort();
    // 61 days of use at 3 a day = 183 per receiver in the regency; the point in another regency is not considered.
    const swabs = to(swabLot);
    expect(swabs.map(([point]) => point).sort()).toEqual([barred, busy].sort());
    expect(swabs.map(([, quantity]) => quantity).sort()).toEqual([117, 183]);
    // 61 days at 0.2 a day = 12; the puskesmas that may no longer hold naloxone gets none.
    expect(to(naloxoneLot)).toEqual([[busy, 12]]);
    expect(suggestions.every((s) => s.toPointId !== elsewhere)).toBe(true);

    // A district officer of the regency turns one into a shipment with one request.
    await h.t.http().post('/api/v1/users').set(h.auth(h.admin)).send({ username: 'dinkes.kabbandung', password: 'kab-bandung-pass', role: 'district_officer', regencyCodes: [regency] }).expect(201);
    const officer = await h.t.token('dinkes.kabbandung', 'kab-bandung-pass');
    const own = await h.t.http().get('/api/v1/expiries/redistribution').set(h.auth(officer)).expect(200);
    expect(own.body.length).toBe(suggestions.length);
    const suggestion = own.body.find((s: { toPointId: string; lotId: string }) => s.toPointId === busy && s.lotId === swabLot);
    const shipped = await h.t.http().post('/api/v1/shipments').set(h.auth(officer)).send({ id: randomUUID(), ...suggestion.shipment }).expect(201);
    expect(shipped.body.lines).toEqual([expect.objectContaining({ lotId: swabLot, quantitySent: suggestion.quantity })]);
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
