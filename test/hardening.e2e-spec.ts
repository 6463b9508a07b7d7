import { Logger } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/** The smaller defects of issue 12 item 8, each as the request that showed it. */
describe('smaller defects found by the adversarial test', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: { Authorization: string };
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const today = () => new Date().toISOString();

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = auth(await t.token('admin'));
  });
  afterAll(() => t.close());

  describe('stock levels', () => {
    it.each([
      ['minMonths', { minMonths: 0.0000001, maxMonths: 3 }],
      ['maxMonths', { minMonths: 0, maxMonths: 5e-7 }],
    ])('answer 400 naming %s for a number JavaScript prints in exponent form', async (field, level) => {
      const response = await t
        .http()
        .put(`/api/v1/points/${ids.point('DIC-BDG-01')}/stock-levels`)
        .set(admin)
        .send({ levels: [{ productId: ids.product('SWAB-ALC'), ...level }] });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(`levels[0].${field}`);
    });
  });

  describe('accounts', () => {
    it('do not revive tokens issued before a deactivation when re-activated', async () => {
      const password = 'reactivation-test-password';
      const created = await t.http().post('/api/v1/users').set(admin).send({ username: 'staff.reactivated', password, role: 'point_staff', pointIds: [ids.point('DIC-BDG-01')] }).expect(201);
      const old = auth(await t.token('staff.reactivated', password));
      await t.http().get('/api/v1/auth/me').set(old).expect(200);
      await t.http().patch(`/api/v1/users/${created.body.id}`).set(admin).send({ active: false }).expect(200);
      await t.http().patch(`/api/v1/users/${created.body.id}`).set(admin).send({ active: true }).expect(200);
      const refused = await t.http().get('/api/v1/auth/me').set(old).expect(401);
      expect(refused.body.code).toBe('INVALID_TOKEN');
      // Logging in again works.
      const login = await t.http().post('/api/v1/auth/login').send({ username: 'staff.reactivated', password }).expect(200);
      await t.http().get('/api/v1/auth/me').set(auth(login.body.accessToken)).expect(200);
    });
  });

  describe('a null byte in a text field', () => {
    it('answers 400 naming the field, writes nothing and is not logged as a server error', async () => {
      const errors = jest.spyOn(Logger.prototype, 'error');
      try {
        const point = await t.http().post('/api/v1/points').set(admin).send({ code: 'NUL-01', name: 'Drop-in\u0000Centre', type: 'drop_in_centre', regencyCode: '32.73' });
        expect({ status: point.status, code: point.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
        expect(point.body.errors).toEqual([{ field: 'name', messages: [expect.stringMatching(/null character/)] }]);
        const movement = await t
          .http()
          .post(`/api/v1/points/${ids.point('DIC-BDG-01')}/movements`)
          .set(admin)
          .send({ id: randomUUID(), type: 'distribution', occurredAt: today(), contacts: 1, note: 'ok\u0000', lines: [{ productId: ids.product('SWAB-ALC'), quantity: 1 }] });
        expect(movement.status).toBe(400);
        expect(movement.body.errors).toEqual([{ field: 'note', messages: [expect.stringMatching(/null character/)] }]);
        expect(errors).not.toHaveBeenCalled();
        expect(await t.dataSource.query(`SELECT 1 FROM points WHERE code = 'NUL-01'`)).toEqual([]);
      } finally {
        errors.mockRestore();
      }
    });
  });

  describe('CSV exports', () => {
    it('neutralise cells a spreadsheet would run as a formula', async () => {
      const name = '=HYPERLINK("http://example.invalid/x","Klik")';
      const point = await t.http().post('/api/v1/points').set(admin).send({ code: 'CSV-INJ', name, type: 'drop_in_centre', regencyCode: '32.73' }).expect(201);
      const receipt = {
        id: randomUUID(), type: 'receipt', occurredAt: today(), source: 'Dinkes Kota Bandung',
        lines: [{ productId: ids.product('SWAB-ALC'), quantity: 10, lotNumber: '+CSV-LOT', expiryDate: '2027-01', fundingSource: 'OTHER_DONOR', donorName: '@Yayasan' }],
      };
      await t.http().post(`/api/v1/points/${point.body.id}/movements`).set(admin).send(receipt).expect(201);

      const shortages = await t.http().get('/api/v1/shortages?regencyCode=32.73&format=csv&limit=200').set(admin).expect(200);
      const shortageRows: Record<string, string>[] = parse(shortages.text, { columns: true });
      const ours = shortageRows.filter((row) => row.pointCode === 'CSV-INJ');
      expect(ours.length).toBeGreaterThan(0);
      for (const row of ours) expect(row.pointName).toBe(`'${name}`);

      const expiries = await t.http().get(`/api/v1/expiries?pointId=${point.body.id}&withinDays=1000&format=csv`).set(admin).expect(200);
      const [lot] = parse(expiries.text, { columns: true }) as Record<string, string>[];
      expect(lot).toMatchObject({ pointName: `'${name}`, lotNumber: "'+CSV-LOT", donorName: "'@Yayasan" });
      for (const cell of Object.values(lot)) expect(cell).not.toMatch(/^[=+@]/);
    });
  });

  describe('naloxone', () => {
    const naloxone = () => ids.product('NALOXONE-0.4');
    const receiveNaloxone = (pointId: string, quantity: number) =>
      t.http().post(`/api/v1/points/${pointId}/movements`).set(admin).send({
        id: randomUUID(), type: 'receipt', occurredAt: today(), source: 'Dinkes Kota Bandung',
        lines: [{ productId: naloxone(), quantity, lotNumber: 'NLX-HARD', expiryDate: '2028-01', fundingSource: 'APBN' }],
      });
    const newPuskesmas = async (code: string) =>
      (await t.http().post('/api/v1/points').set(admin).send({ code, name: `Puskesmas ${code}`, type: 'puskesmas', regencyCode: '32.73' }).expect(201)).body.id as string;

    it('cannot stay at a point that changes to a type not allowed to hold it', async () => {
      const pkm = await newPuskesmas('NLX-TYPE');
      await receiveNaloxone(pkm, 10).expect(201);
      const change = await t.http().patch(`/api/v1/points/${pkm}`).set(admin).send({ type: 'ngo_office' });
      expect({ status: change.status, code: change.body.code }).toEqual({ status: 409, code: 'RESTRICTED_STOCK_HELD' });
      expect(change.body.detail).toContain('10 NALOXONE-0.4 on hand');
      const direct = await t.http().patch(`/api/v1/points/${pkm}`).set(admin).send({ mayHoldRestricted: false });
      expect(direct.body.code).toBe('RESTRICTED_STOCK_HELD');
      expect((await t.http().get(`/api/v1/points/${pkm}`).set(admin).expect(200)).body).toMatchObject({ type: 'puskesmas', mayHoldRestricted: true });
    });

    it('cannot lose the right while naloxone is on its way to the point, nor be received after it was lost', async () => {
      const sender = await newPuskesmas('NLX-SEND');
      const receiver = await newPuskesmas('NLX-RECV');
      const lotId = (await receiveNaloxone(sender, 20).expect(201)).body.lines[0].lotId;
      const shipmentId = randomUUID();
      await t.http().post('/api/v1/shipments').set(admin).send({ id: shipmentId, fromPointId: sender, toPointId: receiver, lines: [{ productId: naloxone(), quantity: 5 }] }).expect(201);
      const change = await t.http().patch(`/api/v1/points/${receiver}`).set(admin).send({ type: 'ngo_office' });
      expect(change.body).toMatchObject({ code: 'RESTRICTED_STOCK_HELD', detail: expect.stringContaining('5 NALOXONE-0.4 in transit') });

      // The right lost another way (RESTRICTED_POINT_TYPES changed and the point was updated): the receipt is refused.
      await t.dataSource.query(`UPDATE points SET may_hold_restricted = false WHERE id = $1`, [receiver]);
      const receipt = await t.http().post(`/api/v1/shipments/${shipmentId}/receive`).set(admin).send({ id: randomUUID(), lines: [{ lotId, quantityReceived: 5 }] });
      expect({ status: receipt.status, code: receipt.body.code }).toEqual({ status: 422, code: 'RESTRICTED_PRODUCT' });
      expect(await t.dataSource.query(`SELECT quantity FROM stock_balances WHERE point_id = $1`, [receiver])).toEqual([]);
      // The sender takes it back.
      await t.http().post(`/api/v1/shipments/${shipmentId}/cancel`).set(admin).send({ id: randomUUID() }).expect(201);
    });

    it('does not come back through the reversal of a distribution once the point lost the right', async () => {
      const pkm = await newPuskesmas('NLX-REV');
      await receiveNaloxone(pkm, 4).expect(201);
      const distribution = randomUUID();
      await t.http().post(`/api/v1/points/${pkm}/movements`).set(admin)
        .send({ id: distribution, type: 'distribution', occurredAt: today(), contacts: 4, lines: [{ productId: naloxone(), quantity: 4 }] }).expect(201);
      await t.http().patch(`/api/v1/points/${pkm}`).set(admin).send({ type: 'ngo_office' }).expect(200);
      const reversal = await t.http().post(`/api/v1/points/${pkm}/movements`).set(admin)
        .send({ id: randomUUID(), type: 'reversal', occurredAt: today(), reversesMovementId: distribution, lines: [] });
      expect({ status: reversal.status, code: reversal.body.code }).toEqual({ status: 422, code: 'RESTRICTED_PRODUCT' });
      expect(reversal.body.errors).toEqual([{ field: 'reversesMovementId', messages: [expect.any(String)] }]);
      const [{ quantity }] = await t.dataSource.query(`SELECT COALESCE(sum(quantity), 0)::int AS quantity FROM stock_balances WHERE point_id = $1`, [pkm]);
      expect(quantity).toBe(0);
    });
  });
});
