import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Outreach shifts (docs/outreach-shifts.md): the bag issued from the supplier to the officer's kit in one step, hand-outs
 * recorded at the kit during the shift, and the close: the count against the ledger, every difference explained, the
 * remainder back to the point or kept in the kit. Stock moves only as ledger movements; the database keeps the rest.
 */
describe('outreach shifts', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let NS: string;
  let SWAB: string;
  let KIT: string;
  let LSM: string;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.token(username)}` });
  const start = async (username: string, body: Record<string, unknown>) => t.http().post('/api/v1/outreach-shifts').set(await auth(username)).send(body);
  const close = async (username: string, shiftId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/v1/outreach-shifts/${shiftId}/close`).set(await auth(username)).send(body);
  const usable = async (pointId: string, productId: string): Promise<number> =>
    (
      await t.dataSource.query(
        `SELECT COALESCE(sum(b.quantity), 0)::int AS n FROM stock_balances b JOIN lots l ON l.id = b.lot_id
          WHERE b.point_id = $1 AND b.product_id = $2 AND l.expiry_date >= current_date`,
        [pointId, productId],
      )
    )[0].n;
  const distribute = async (quantities: [string, number][], contacts = 10) =>
    t
      .http()
      .post(`/api/v1/points/${KIT}/movements`)
      .set(await auth('outreach.cibinong'))
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts, channel: 'outreach', lines: quantities.map(([productId, quantity]) => ({ productId, quantity })) })
      .expect(201);
  const product = (shift: { products: { productId: string }[] }, productId: string) => shift.products.find((p) => p.productId === productId) as unknown as Record<string, number>;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    NS = ids.product('NS-1ML-LDS-29G');
    SWAB = ids.product('SWAB-ALC');
    KIT = ids.point('OUT-CBN-01');
    LSM = ids.point('LSM-CBN-01');
    // Enough at the NGO office for several bags, in one far lot.
    await t
      .http()
      .post(`/api/v1/points/${LSM}/movements`)
      .set(await auth('staff.lsm.cibinong'))
      .send({
        id: randomUUID(),
        type: 'receipt',
        occurredAt: new Date().toISOString(),
        source: 'Dinkes Kabupaten Bogor',
        lines: [
          { productId: NS, quantity: 1000, lotNumber: 'SHIFT-NS', expiryDate: '2030-01', fundingSource: 'GLOBAL_FUND' },
          { productId: SWAB, quantity: 2000, lotNumber: 'SHIFT-SWAB', expiryDate: '2030-01', fundingSource: 'GLOBAL_FUND' },
        ],
      })
      .expect(201);
  });

  afterAll(() => t.close());

  it('is started by the supplier\'s staff only, for an outreach kit with a supplier', async () => {
    const body = { id: randomUUID(), kitPointId: KIT, remainder: 'return', lines: [{ productId: NS, quantity: 10 }] };
    const officer = await start('outreach.cibinong', body);
    expect([officer.status, officer.body.code]).toEqual([403, 'OUT_OF_SCOPE']);
    const elsewhere = await start('staff.dic.bandung', body);
    expect([elsewhere.status, elsewhere.body.code]).toEqual([404, 'POINT_NOT_FOUND']);
    const notKit = await start('staff.lsm.cibinong', { ...body, kitPointId: LSM });
    expect([notKit.status, notKit.body.code]).toEqual([422, 'NOT_AN_OUTREACH_KIT']);
    const twice = await start('staff.lsm.cibinong', { ...body, lines: [{ productId: NS, quantity: 1 }, { productId: NS, quantity: 2 }] });
    expect([twice.status, twice.body.errors]).toEqual([400, [{ field: 'lines[1].productId', messages: [expect.stringContaining('twice')] }]]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM outreach_shifts`))[0].n).toBe(0);
  });

  describe('a whole shift, the remainder going back', () => {
    let shiftId: string;
    let openingNs: number;
    let openingSwab: number;
    let lsmBefore: number;

    it('issues the bag from the NGO office to the kit in one step, once however often it is sent', async () => {
      openingNs = await usable(KIT, NS);
      openingSwab = await usable(KIT, SWAB);
      lsmBefore = await usable(LSM, NS);
      shiftId = randomUUID();
      const body = { id: shiftId, kitPointId: KIT, remainder: 'return', lines: [{ productId: NS, quantity: 100 }, { productId: SWAB, quantity: 200 }] };
      const response = await start('staff.lsm.cibinong', body);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ id: shiftId, status: 'open', kitPointCode: 'OUT-CBN-01', issuingPointCode: 'LSM-CBN-01', officers: ['outreach.cibinong'], startedBy: 'staff.lsm.cibinong', differences: 0 });
      expect(product(response.body, NS)).toMatchObject({ opening: openingNs, issued: 100, distributed: 0, expected: openingNs + 100, counted: null });
      expect(await usable(KIT, NS)).toBe(openingNs + 100);
      expect(await usable(LSM, NS)).toBe(lsmBefore - 100);
      const [shipment] = await t.dataSource.query(`SELECT status FROM shipments WHERE id = $1`, [response.body.issueShipmentId]);
      expect(shipment.status).toBe('received');

      const retry = await start('staff.lsm.cibinong', body);
      expect([retry.status, retry.headers['idempotent-replayed'], retry.body.issueShipmentId]).toEqual([201, 'true', response.body.issueShipmentId]);
      expect(await usable(LSM, NS)).toBe(lsmBefore - 100);
      const reused = await start('staff.lsm.cibinong', { ...body, lines: [{ productId: NS, quantity: 99 }] });
      expect([reused.status, reused.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
      const second = await start('staff.lsm.cibinong', { ...body, id: randomUUID() });
      expect([second.status, second.body.code, second.body.openShiftId]).toEqual([409, 'SHIFT_ALREADY_OPEN', shiftId]);
    });

    it('shows what the kit recorded during the shift, as it stands', async () => {
      await distribute([[NS, 30], [SWAB, 60]]);
      const shift = await t.http().get(`/api/v1/outreach-shifts/${shiftId}`).set(await auth('outreach.cibinong')).expect(200);
      expect(product(shift.body, NS)).toMatchObject({ distributed: 30, expected: openingNs + 70, otherChange: 0 });
      expect(product(shift.body, SWAB)).toMatchObject({ distributed: 60, expected: openingSwab + 140 });
      const officers = await t.http().get('/api/v1/outreach-shifts?status=open').set(await auth('dinkes.bogor')).expect(200);
      expect(officers.body.items.map((item: { id: string }) => item.id)).toEqual([shiftId]);
      const otherRegency = await t.http().get(`/api/v1/outreach-shifts/${shiftId}`).set(await auth('dinkes.bandung'));
      expect([otherRegency.status, otherRegency.body.code]).toEqual([404, 'SHIFT_NOT_FOUND']);
    });

    it('refuses a count that does not add up, and writes nothing', async () => {
      const movementsBefore = (await t.dataSource.query(`SELECT count(*)::int AS n FROM movements`))[0].n;
      const unexplained = await close('outreach.cibinong', shiftId, {
        id: randomUUID(),
        counts: [
          { productId: NS, counted: openingNs + 65, lost: 2 },
          { productId: SWAB, counted: openingSwab + 140 },
        ],
      });
      expect([unexplained.status, unexplained.body.code]).toEqual([422, 'SHIFT_DIFFERENCE_UNEXPLAINED']);
      expect(unexplained.body.errors).toEqual([{ field: 'counts[0]', messages: [expect.stringContaining('5 fewer than')] }]);
      const missing = await close('outreach.cibinong', shiftId, { id: randomUUID(), counts: [{ productId: NS, counted: openingNs + 70 }] });
      expect(missing.body.errors).toEqual([{ field: 'counts', messages: [expect.stringContaining('SWAB-ALC is missing')] }]);
      const stranger = await close('outreach.cibinong', shiftId, { id: randomUUID(), counts: [{ productId: NS, counted: openingNs + 70 }, { productId: SWAB, counted: openingSwab + 140 }, { productId: ids.product('CONDOM-M'), counted: 1 }] });
      expect(stranger.body.errors).toEqual([{ field: 'counts[2].productId', messages: ['this product was not in the bag of this shift'] }]);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM movements`))[0].n).toBe(movementsBefore);
      expect(await usable(KIT, NS)).toBe(openingNs + 70);
      expect((await t.dataSource.query(`SELECT status FROM outreach_shifts WHERE id = $1`, [shiftId]))[0].status).toBe('open');
    });

    it('closes with every difference explained in the ledger and the remainder back at the NGO office', async () => {
      const closeId = randomUUID();
      const body = {
        id: closeId,
        counts: [
          { productId: NS, counted: openingNs + 65, unrecorded: 3, lost: 2 },
          { productId: SWAB, counted: openingSwab + 144, found: 4 },
        ],
      };
      const response = await close('outreach.cibinong', shiftId, body);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'closed', closedBy: 'outreach.cibinong', differences: 9 });
      expect(product(response.body, NS)).toMatchObject({ distributed: 30, expected: openingNs + 70, counted: openingNs + 65, difference: -5, unrecorded: 3, lost: 2, damaged: 0, found: 0, returned: openingNs + 65 });
      expect(product(response.body, SWAB)).toMatchObject({ expected: openingSwab + 140, counted: openingSwab + 144, difference: 4, found: 4, returned: openingSwab + 144 });

      // The explanations are ordinary movements at the kit: a distribution without contacts, an adjustment by reason.
      const [unrecorded] = await t.dataSource.query(`SELECT type, channel, contacts FROM movements WHERE id = $1`, [response.body.unrecordedMovementId]);
      expect(unrecorded).toEqual({ type: 'distribution', channel: 'outreach', contacts: null });
      const adjustment = await t.dataSource.query(
        `SELECT product_id AS "productId", reason, sum(quantity)::int AS quantity FROM ledger_lines WHERE movement_id = $1 GROUP BY 1, 2 ORDER BY 2`,
        [response.body.adjustmentMovementId],
      );
      expect(adjustment).toEqual([
        { productId: SWAB, reason: 'found', quantity: 4 },
        { productId: NS, reason: 'lost', quantity: -2 },
      ]);
      // The bag is empty and what was in it is back at the NGO office.
      expect(await usable(KIT, NS)).toBe(0);
      expect(await usable(KIT, SWAB)).toBe(0);
      expect(await usable(LSM, NS)).toBe(lsmBefore - 100 + openingNs + 65);
      const [back] = await t.dataSource.query(`SELECT status, from_point_id AS "from", to_point_id AS "to" FROM shipments WHERE id = $1`, [response.body.returnShipmentId]);
      expect(back).toEqual({ status: 'received', from: KIT, to: LSM });

      const retry = await close('outreach.cibinong', shiftId, body);
      expect([retry.status, retry.headers['idempotent-replayed'], retry.body.returnShipmentId]).toEqual([200, 'true', response.body.returnShipmentId]);
      const again = await close('staff.lsm.cibinong', shiftId, { ...body, id: randomUUID() });
      expect([again.status, again.body.code]).toEqual([409, 'SHIFT_CLOSED']);
    });

    it("counts the bag as the NGO office's consumption only for what did not come back", async () => {
      const [shift] = await t.dataSource.query(`SELECT issue_shipment_id AS issue, return_shipment_id AS back FROM outreach_shifts WHERE id = $1`, [shiftId]);
      const [{ consumed }] = await t.dataSource.query(
        `SELECT -sum(ll.quantity)::int AS consumed FROM ledger_lines ll JOIN movements m ON m.id = ll.movement_id
          WHERE ll.point_id = $1 AND ll.product_id = $2 AND ll.consumed_in IS NOT NULL AND m.shipment_id = ANY($3::uuid[])`,
        [LSM, NS, [shift.issue, shift.back]],
      );
      // 100 went out, the opening and what was left came back: the kit's own recorded use is the rest.
      expect(consumed).toBe(100 - (openingNs + 65));
    });

    it('keeps a closed shift as it was closed: the database refuses a change or an arithmetic that does not add up', async () => {
      await expect(t.ownerQuery(`UPDATE outreach_shifts SET remainder = 'keep' WHERE id = $1`, [shiftId])).rejects.toThrow(/can only be closed, once/);
      await expect(t.ownerQuery(`DELETE FROM outreach_shift_products WHERE shift_id = $1`, [shiftId])).rejects.toThrow(/kept as they were closed/);
      await t.ownerQuery(`ALTER TABLE outreach_shift_products DISABLE TRIGGER outreach_shift_products_close_once`);
      try {
        await expect(t.ownerQuery(`UPDATE outreach_shift_products SET lost = lost + 1 WHERE shift_id = $1 AND product_id = $2`, [shiftId, NS])).rejects.toThrow(/outreach_shift_products_explained/);
      } finally {
        await t.ownerQuery(`ALTER TABLE outreach_shift_products ENABLE TRIGGER outreach_shift_products_close_once`);
      }
    });

    it("gives the district office per-officer totals, counts only", async () => {
      const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(new Date());
      const totals = await t.http().get(`/api/v1/outreach-shifts/totals?from=${month}&to=${month}`).set(await auth('dinkes.bogor')).expect(200);
      expect(totals.body.openShifts).toBe(0);
      const ns = totals.body.items.find((row: { productId: string }) => row.productId === NS);
      expect(ns).toMatchObject({ kitPointCode: 'OUT-CBN-01', officers: ['outreach.cibinong'], shifts: 1, issued: 100, distributed: 30, unrecorded: 3, lost: 2, damaged: 0, found: 0, returned: openingNs + 65 });
      const bandung = await t.http().get(`/api/v1/outreach-shifts/totals?from=${month}&to=${month}`).set(await auth('dinkes.bandung')).expect(200);
      expect(bandung.body.items).toEqual([]);
      const csv = await t.http().get(`/api/v1/outreach-shifts/totals?from=${month}&to=${month}&format=csv`).set(await auth('dinkes.bogor')).expect(200);
      expect(csv.text).toContain('Dibagikan tanpa catatan');
      const withDifferences = await t.http().get('/api/v1/outreach-shifts?withDifferences=true').set(await auth('dinkes.bogor')).expect(200);
      expect(withDifferences.body.items.map((item: { id: string }) => item.id)).toEqual([shiftId]);
    });
  });

  describe('a shift whose remainder stays in the kit', () => {
    it('keeps the remainder in the kit, and the next bag starts from it', async () => {
      const first = await start('staff.lsm.cibinong', { id: randomUUID(), kitPointId: KIT, remainder: 'keep', lines: [{ productId: NS, quantity: 40 }] });
      expect(first.status).toBe(201);
      await distribute([[NS, 15]], 5);
      const closed = await close('staff.lsm.cibinong', first.body.id, { id: randomUUID(), counts: [{ productId: NS, counted: 25 }] });
      expect(closed.status).toBe(200);
      expect(product(closed.body, NS)).toMatchObject({ expected: 25, counted: 25, difference: 0, returned: 0 });
      expect(closed.body.returnShipmentId).toBeNull();
      expect(closed.body.adjustmentMovementId).toBeNull();
      expect(await usable(KIT, NS)).toBe(25);

      const next = await start('staff.lsm.cibinong', { id: randomUUID(), kitPointId: KIT, remainder: 'keep', lines: [{ productId: NS, quantity: 10 }] });
      expect(product(next.body, NS)).toMatchObject({ opening: 25, issued: 10, expected: 35 });
      // Two people closing at once: one close counts, the other is told it was closed.
      const [a, b] = await Promise.all([
        close('outreach.cibinong', next.body.id, { id: randomUUID(), counts: [{ productId: NS, counted: 35 }] }),
        close('staff.lsm.cibinong', next.body.id, { id: randomUUID(), counts: [{ productId: NS, counted: 35 }] }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect(await usable(KIT, NS)).toBe(35);
    });

    it('opens one shift per kit when two start at once', async () => {
      const body = () => ({ id: randomUUID(), kitPointId: KIT, remainder: 'keep', lines: [{ productId: SWAB, quantity: 5 }] });
      const results = await Promise.all([start('staff.lsm.cibinong', body()), start('dinkes.bogor', body())]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM outreach_shifts WHERE kit_point_id = $1 AND status = 'open'`, [KIT]))[0].n).toBe(1);
      // The loser wrote nothing: every bag that left the NGO office for the kit belongs to a shift.
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM shipments s WHERE s.from_point_id = $1 AND s.to_point_id = $2
            AND NOT EXISTS (SELECT 1 FROM outreach_shifts o WHERE o.issue_shipment_id = s.id)
            AND NOT EXISTS (SELECT 1 FROM outreach_shifts o WHERE o.return_shipment_id = s.id)
            AND s.dispatched_at > now() - interval '10 minutes'`,
        [LSM, KIT],
      );
      expect(n).toBe(0);
    });
  });
});
