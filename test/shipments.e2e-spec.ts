import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

describe('shipments between points', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let ngoStaff: string;
  let outreach: string;
  let ngo: string;
  let kit: string;
  let swab: string;

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const balances = async (pointId: string) =>
    Object.fromEntries(
      (await t.dataSource.query('SELECT lot_id, quantity FROM stock_balances WHERE point_id = $1', [pointId])).map(
        (row: { lot_id: string; quantity: number }) => [row.lot_id, row.quantity],
      ),
    );
  const receiveAtNgo = async (quantity: number, lotNumber: string, expiryDate: string) => {
    const response = await t
      .http()
      .post(`/api/v1/points/${ngo}/movements`)
      .set(auth(ngoStaff))
      .send({
        id: randomUUID(),
        type: 'receipt',
        occurredAt: new Date().toISOString(),
        source: 'Dinkes Kabupaten Bogor',
        lines: [{ productId: swab, quantity, lotNumber, expiryDate, fundingSource: 'GLOBAL_FUND' }],
      })
      .expect(201);
    return response.body.lines[0].lotId as string;
  };
  const dispatch = (body: Record<string, unknown>, token = ngoStaff) => t.http().post('/api/v1/shipments').set(auth(token)).send(body);

  /** A new NGO office and the outreach kit it supplies, with an account for each, so the demo stock does not interfere. */
  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    swab = ids.product('SWAB-ALC');
    const admin = auth(await t.token('admin'));
    ngo = (await t.http().post('/api/v1/points').set(admin).send({ code: 'LSM-SHIP-T', name: 'LSM shipments test', type: 'ngo_office', regencyCode: '32.01' }).expect(201)).body.id;
    kit = (
      await t.http().post('/api/v1/points').set(admin).send({ code: 'OUT-SHIP-T', name: 'Outreach kit shipments test', type: 'outreach', regencyCode: '32.01', supplierPointId: ngo }).expect(201)
    ).body.id;
    const password = 'shipments-test-password';
    await t.http().post('/api/v1/users').set(admin).send({ username: 'staff.ship.test', password, role: 'point_staff', pointIds: [ngo] }).expect(201);
    await t.http().post('/api/v1/users').set(admin).send({ username: 'outreach.ship.test', password, role: 'outreach_officer', pointIds: [kit] }).expect(201);
    ngoStaff = await t.token('staff.ship.test', password);
    outreach = await t.token('outreach.ship.test', password);
  });
  afterAll(() => t.close());

  it('dispatches FEFO, shows the stock in transit at the receiver, and receives it short with a reason', async () => {
    const early = await receiveAtNgo(100, 'SW-EARLY', '2027-03');
    const late = await receiveAtNgo(100, 'SW-LATE', '2027-09');
    const shipmentId = randomUUID();
    const sent = await dispatch({ id: shipmentId, fromPointId: ngo, toPointId: kit, lines: [{ productId: swab, quantity: 150 }] }).expect(201);
    expect(sent.body.status).toBe('in_transit');
    expect(sent.body.lines).toEqual([
      expect.objectContaining({ lotId: early, quantitySent: 100, quantityReceived: null }),
      expect.objectContaining({ lotId: late, quantitySent: 50 }),
    ]);
    expect(await balances(ngo)).toMatchObject({ [early]: 0, [late]: 50 });

    const kitStock = await t.http().get(`/api/v1/points/${kit}/stock`).set(auth(outreach)).expect(200);
    expect(kitStock.body).toEqual([expect.objectContaining({ productId: swab, onHand: 0, inTransitInbound: 150 })]);

    const shortWithoutReason = await t
      .http()
      .post(`/api/v1/shipments/${shipmentId}/receive`)
      .set(auth(outreach))
      .send({ id: randomUUID(), lines: [{ lotId: early, quantityReceived: 90 }, { lotId: late, quantityReceived: 50 }] })
      .expect(422);
    expect(shortWithoutReason.body.code).toBe('SHIPMENT_RECEIPT_MISMATCH');
    expect(shortWithoutReason.body.errors[0].field).toBe('lines[0].discrepancyReason');

    const tooMuch = await t
      .http()
      .post(`/api/v1/shipments/${shipmentId}/receive`)
      .set(auth(outreach))
      .send({ id: randomUUID(), lines: [{ lotId: early, quantityReceived: 101 }, { lotId: late, quantityReceived: 50 }] })
      .expect(422);
    expect(tooMuch.body.errors[0].field).toBe('lines[0].quantityReceived');

    const receiptId = randomUUID();
    const receiptBody = { id: receiptId, lines: [{ lotId: early, quantityReceived: 90, discrepancyReason: 'damaged' }, { lotId: late, quantityReceived: 50 }] };
    const received = await t.http().post(`/api/v1/shipments/${shipmentId}/receive`).set(auth(outreach)).send(receiptBody).expect(201);
    expect(received.body.status).toBe('received');
    expect(received.body.lines).toEqual([
      expect.objectContaining({ lotId: early, quantityReceived: 90, quantityLost: 10, discrepancyReason: 'damaged' }),
      expect.objectContaining({ lotId: late, quantityReceived: 50, quantityLost: 0 }),
    ]);
    expect(await balances(kit)).toEqual({ [early]: 90, [late]: 50 });

    const retry = await t.http().post(`/api/v1/shipments/${shipmentId}/receive`).set(auth(outreach)).send(receiptBody).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await balances(kit)).toEqual({ [early]: 90, [late]: 50 });

    const again = await t
      .http()
      .post(`/api/v1/shipments/${shipmentId}/receive`)
      .set(auth(outreach))
      .send({ ...receiptBody, id: randomUUID() })
      .expect(409);
    expect(again.body.code).toBe('SHIPMENT_NOT_IN_TRANSIT');
  });

  it('cancels a shipment in transit and returns the stock to the sender, once', async () => {
    const lot = await receiveAtNgo(40, 'SW-CANCEL', '2027-12');
    const shipmentId = randomUUID();
    await dispatch({ id: shipmentId, fromPointId: ngo, toPointId: kit, lines: [{ productId: swab, lotId: lot, quantity: 40 }] }).expect(201);
    expect((await balances(ngo))[lot]).toBe(0);

    const byReceiver = await t.http().post(`/api/v1/shipments/${shipmentId}/cancel`).set(auth(outreach)).send({ id: randomUUID() }).expect(403);
    expect(byReceiver.body.code).toBe('OUT_OF_SCOPE');
    const cancelled = await t.http().post(`/api/v1/shipments/${shipmentId}/cancel`).set(auth(ngoStaff)).send({ id: randomUUID() }).expect(201);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await balances(ngo))[lot]).toBe(40);

    const twice = await t.http().post(`/api/v1/shipments/${shipmentId}/cancel`).set(auth(ngoStaff)).send({ id: randomUUID() }).expect(409);
    expect(twice.body.code).toBe('SHIPMENT_NOT_IN_TRANSIT');
    const receiveCancelled = await t
      .http()
      .post(`/api/v1/shipments/${shipmentId}/receive`)
      .set(auth(outreach))
      .send({ id: randomUUID(), lines: [{ lotId: lot, quantityReceived: 40 }] })
      .expect(409);
    expect(receiveCancelled.body.code).toBe('SHIPMENT_NOT_IN_TRANSIT');
    expect((await balances(kit))[lot]).toBeUndefined();
  });

  it('refuses receiving at, and cancelling back to, a deactivated point as a movement there is refused, writing nothing', async () => {
    const admin = auth(await t.token('admin'));
    const setActive = (pointId: string, active: boolean) => t.http().patch(`/api/v1/points/${pointId}`).set(admin).send({ active }).expect(200);
    const lot = await receiveAtNgo(20, 'SW-INACTIVE', '2028-06');
    const shipmentId = randomUUID();
    await dispatch({ id: shipmentId, fromPointId: ngo, toPointId: kit, lines: [{ productId: swab, lotId: lot, quantity: 5 }] }).expect(201);
    const ledgerLines = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM ledger_lines'))[0].n as number;
    const before = { lines: await ledgerLines(), ngo: await balances(ngo), kit: await balances(kit) };

    for (const [pointId, attempt] of [
      [kit, () => t.http().post(`/api/v1/shipments/${shipmentId}/receive`).set(auth(outreach)).send({ id: randomUUID(), lines: [{ lotId: lot, quantityReceived: 5 }] })],
      [ngo, () => t.http().post(`/api/v1/shipments/${shipmentId}/cancel`).set(auth(ngoStaff)).send({ id: randomUUID() })],
    ] as const) {
      await setActive(pointId, false);
      try {
        // The reference: a movement at the same deactivated point.
        const movement = await t
          .http()
          .post(`/api/v1/points/${pointId}/movements`)
          .set(auth(pointId === kit ? outreach : ngoStaff))
          .send({ id: randomUUID(), type: 'adjustment', occurredAt: new Date().toISOString(), lines: [{ productId: swab, lotId: lot, quantity: 1, reason: 'found' }] });
        const refused = await attempt();
        expect(movement.status).toBe(422);
        expect(movement.body.code).toBe('INACTIVE_POINT');
        expect({ status: refused.status, code: refused.body.code }).toEqual({ status: movement.status, code: movement.body.code });
      } finally {
        await setActive(pointId, true);
      }
    }
    expect({ lines: await ledgerLines(), ngo: await balances(ngo), kit: await balances(kit) }).toEqual(before);
    const shipment = await t.http().get(`/api/v1/shipments/${shipmentId}`).set(auth(ngoStaff)).expect(200);
    expect(shipment.body.status).toBe('in_transit');
  });

  it('refuses more than the sender holds, writing nothing, and a retried dispatch is recorded once', async () => {
    const lot = await receiveAtNgo(10, 'SW-SHORT', '2028-01');
    const [{ count: before }] = await t.dataSource.query('SELECT count(*)::int AS count FROM shipments');
    const short = await dispatch({ id: randomUUID(), fromPointId: ngo, toPointId: kit, lines: [{ productId: swab, lotId: lot, quantity: 11 }] }).expect(422);
    expect(short.body.code).toBe('INSUFFICIENT_STOCK');
    expect((await t.dataSource.query('SELECT count(*)::int AS count FROM shipments'))[0].count).toBe(before);

    const body = { id: randomUUID(), fromPointId: ngo, toPointId: kit, lines: [{ productId: swab, lotId: lot, quantity: 4 }] };
    const responses = await Promise.all(Array.from({ length: 5 }, () => dispatch(body)));
    expect(responses.map((response) => response.status)).toEqual(Array(5).fill(201));
    expect((await balances(ngo))[lot]).toBe(6);
  });

  it('keeps restricted products away from points that may not hold them', async () => {
    const admin = await t.token('admin');
    const dinkes = ids.point('DINKES-3201');
    const naloxone = ids.product('NALOXONE-0.4');
    const received = await t
      .http()
      .post(`/api/v1/points/${dinkes}/movements`)
      .set(auth(admin))
      .send({
        id: randomUUID(),
        type: 'receipt',
        occurredAt: new Date().toISOString(),
        source: 'Kemenkes',
        lines: [{ productId: naloxone, quantity: 20, lotNumber: 'NLX-1', expiryDate: '2028-06', fundingSource: 'APBN' }],
      })
      .expect(201);
    const refused = await dispatch(
      { id: randomUUID(), fromPointId: dinkes, toPointId: ngo, lines: [{ productId: naloxone, lotId: received.body.lines[0].lotId, quantity: 5 }] },
      admin,
    ).expect(422);
    expect(refused.body.code).toBe('RESTRICTED_PRODUCT');
  });

  it('lists shipments by direction for the people at each end, and hides them from other regencies', async () => {
    const inbound = await t.http().get('/api/v1/shipments?direction=inbound').set(auth(outreach)).expect(200);
    expect(inbound.body.total).toBeGreaterThan(0);
    expect(inbound.body.items.every((shipment: { toPointId: string }) => shipment.toPointId === kit)).toBe(true);
    const outbound = await t.http().get('/api/v1/shipments?direction=outbound').set(auth(outreach)).expect(200);
    expect(outbound.body.total).toBe(0);
    const inTransit = await t.http().get(`/api/v1/shipments?pointId=${ngo}&status=cancelled`).set(auth(ngoStaff)).expect(200);
    expect(inTransit.body.items.every((shipment: { status: string }) => shipment.status === 'cancelled')).toBe(true);

    const bandung = await t.token('dinkes.bandung');
    const foreign = await t.http().get('/api/v1/shipments?limit=200').set(auth(bandung)).expect(200);
    const ours = new Set([ngo, kit]);
    expect(foreign.body.items.filter((shipment: { fromPointId: string; toPointId: string }) => ours.has(shipment.fromPointId) || ours.has(shipment.toPointId))).toEqual([]);
    const bandungPoints: string[] = (await t.dataSource.query(`SELECT id FROM points WHERE regency_code = '32.73'`)).map((row: { id: string }) => row.id);
    expect(
      foreign.body.items.every((shipment: { fromPointId: string; toPointId: string }) => bandungPoints.includes(shipment.fromPointId) || bandungPoints.includes(shipment.toPointId)),
    ).toBe(true);
    const one = inbound.body.items[0].id;
    const hidden = await t.http().get(`/api/v1/shipments/${one}`).set(auth(bandung)).expect(404);
    expect(hidden.body.code).toBe('SHIPMENT_NOT_FOUND');
  });
});
