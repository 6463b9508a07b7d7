import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Kits (docs/kits.md): a bill of materials per kit product; assembly and disassembly as ledger movements; kit lots that
 * expire with their earliest component and keep the component lots they were made from; a kit handed out counted as
 * its components' consumption and, for syringes, as syringe sets.
 */
describe('kits', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: { Authorization: string };
  let NS: string;
  let SWAB: string;
  let IEC: string;
  let KIT: string;
  let pointCounter = 0;

  const post = (path: string, body: Record<string, unknown>) => t.http().post(path).set(admin).send(body);
  const newPoint = async () => {
    pointCounter++;
    const response = await post('/api/v1/points', { code: `KIT-DIC-${pointCounter}`, name: `Kit test drop-in centre ${pointCounter}`, type: 'drop_in_centre', regencyCode: '32.01' }).expect(201);
    return response.body.id as string;
  };
  const move = (pointId: string, body: Record<string, unknown>) => post(`/api/v1/points/${pointId}/movements`, { id: randomUUID(), occurredAt: new Date().toISOString(), ...body });
  const receive = (pointId: string, lines: Record<string, unknown>[]) => move(pointId, { type: 'receipt', source: 'Dinkes Kabupaten Bogor', lines }).expect(201);
  const balances = async (pointId: string): Promise<Record<string, number>> => {
    const rows: { lotId: string; quantity: number }[] = await t.dataSource.query(`SELECT lot_id AS "lotId", quantity FROM stock_balances WHERE point_id = $1`, [pointId]);
    return Object.fromEntries(rows.map((row) => [row.lotId, row.quantity]));
  };
  const consumed = async (pointId: string): Promise<Record<string, number>> => {
    const rows: { productId: string; consumed: number }[] = await t.dataSource.query(
      `SELECT product_id AS "productId", sum(consumed)::int AS consumed FROM consumption_months WHERE point_id = $1 GROUP BY 1`,
      [pointId],
    );
    return Object.fromEntries(rows.map((row) => [row.productId, row.consumed]));
  };

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = { Authorization: `Bearer ${await t.token('admin')}` };
    NS = ids.product('NS-1ML-LDS-29G');
    SWAB = ids.product('SWAB-ALC');
    IEC = ids.product('IEC-SAFE-INJ');
    const kit = await post('/api/v1/products', { code: 'KIT-LASS-3', name: 'LASS kit: 3 syringes, 3 swabs, 1 leaflet', category: 'other', unit: 'kit', packSize: 1 }).expect(201);
    KIT = kit.body.id;
    await t
      .http()
      .put(`/api/v1/products/${KIT}/components`)
      .set(admin)
      .send({ components: [{ productId: NS, quantity: 3 }, { productId: SWAB, quantity: 3 }, { productId: IEC, quantity: 1 }] })
      .expect(200);
  });

  afterAll(() => t.close());

  it('takes a bill of materials one level deep, with restricted components only in a restricted kit', async () => {
    const set = (id: string, components: { productId: string; quantity: number }[]) => t.http().put(`/api/v1/products/${id}/components`).set(admin).send({ components });
    const refused = async (id: string, components: { productId: string; quantity: number }[], message: RegExp) => {
      const response = await set(id, components);
      expect([response.status, JSON.stringify(response.body.errors)]).toEqual([400, expect.stringMatching(message)]);
    };
    await refused(KIT, [{ productId: KIT, quantity: 1 }], /cannot hold itself/);
    await refused(KIT, [{ productId: NS, quantity: 3 }, { productId: NS, quantity: 1 }], /listed twice/);
    await refused(KIT, [{ productId: ids.product('NALOXONE-0.4'), quantity: 1 }], /restricted/);
    await refused(NS, [{ productId: SWAB, quantity: 1 }], /category other/);
    const response = await set(KIT, [{ productId: NS, quantity: 3 }, { productId: SWAB, quantity: 3 }, { productId: IEC, quantity: 1 }]).expect(200);
    expect(response.body.components).toEqual(
      expect.arrayContaining([{ productId: NS, productCode: 'NS-1ML-LDS-29G', quantity: 3 }, { productId: IEC, productCode: 'IEC-SAFE-INJ', quantity: 1 }]),
    );
    const other = await post('/api/v1/products', { code: 'KIT-OUTER', name: 'A kit of kits', category: 'other', unit: 'box', packSize: 1 }).expect(201);
    await refused(other.body.id, [{ productId: KIT, quantity: 2 }], /kit cannot be inside a kit/);
    await refused(SWAB, [{ productId: IEC, quantity: 1 }], /kit cannot be inside a kit/);
    // The database holds the rule too.
    await expect(t.ownerQuery(`INSERT INTO kit_components VALUES ($1, $2, 1)`, [other.body.id, KIT])).rejects.toThrow(/a kit cannot hold a kit/);
    const listed = await t.http().get('/api/v1/products?q=KIT-LASS-3').set(admin).expect(200);
    expect(listed.body.items[0].components).toHaveLength(3);
  });

  it('assembles kits from the earliest-expiring components, as a kit lot that expires with the earliest of them', async () => {
    const point = await newPoint();
    const received = await receive(point, [
      { productId: NS, quantity: 20, lotNumber: 'NS-EARLY', expiryDate: '2028-03', fundingSource: 'GLOBAL_FUND' },
      { productId: NS, quantity: 100, lotNumber: 'NS-LATE', expiryDate: '2030-03', fundingSource: 'GLOBAL_FUND' },
      { productId: SWAB, quantity: 100, lotNumber: 'SWAB-1', expiryDate: '2027-09', fundingSource: 'APBD' },
      { productId: IEC, quantity: 50, lotNumber: 'IEC-1', expiryDate: '2031-12', fundingSource: 'APBN' },
    ]);
    const lot = (number: string) => received.body.lines.find((line: { lotNumber: string }) => line.lotNumber === number).lotId as string;
    const short = await move(point, { type: 'kit_assembly', lines: [{ productId: KIT, quantity: 51 }] });
    expect([short.status, short.body.code, short.body.detail]).toEqual([422, 'INSUFFICIENT_STOCK', expect.stringContaining('Not enough to assemble 51 KIT-LASS-3')]);
    expect(await t.dataSource.query(`SELECT 1 FROM kit_lots`)).toEqual([]);

    const assembly = await move(point, { type: 'kit_assembly', lines: [{ productId: KIT, quantity: 10 }] }).expect(201);
    const kitLine = assembly.body.lines.find((line: { productId: string }) => line.productId === KIT);
    expect(kitLine).toMatchObject({ quantity: 10, expiryDate: '2027-09-30' });
    expect(await balances(point)).toMatchObject({ [lot('NS-EARLY')]: 0, [lot('NS-LATE')]: 90, [lot('SWAB-1')]: 70, [lot('IEC-1')]: 40, [kitLine.lotId]: 10 });
    const [kitLot] = await t.dataSource.query(`SELECT funding_source AS "fundingSource", lot_number AS "lotNumber" FROM lots WHERE id = $1`, [kitLine.lotId]);
    // 30 syringes from Global Fund, 30 swabs from the APBD, 10 leaflets from the APBN: the lot names the main source...
    expect(kitLot.lotNumber).toMatch(/^KIT-/);
    expect(['GLOBAL_FUND', 'APBD']).toContain(kitLot.fundingSource);
    // ... and every component lot stays traceable.
    const sources = await t.dataSource.query(`SELECT component_lot_id AS "lotId", quantity FROM kit_lot_sources WHERE kit_lot_id = $1 ORDER BY quantity DESC, component_lot_id`, [kitLine.lotId]);
    expect(sources).toEqual(
      expect.arrayContaining([{ lotId: lot('NS-EARLY'), quantity: 20 }, { lotId: lot('NS-LATE'), quantity: 10 }, { lotId: lot('SWAB-1'), quantity: 30 }, { lotId: lot('IEC-1'), quantity: 10 }]),
    );
    // Assembling is not consumption: nothing was handed out yet.
    expect(await consumed(point)).toEqual({});
    // The shortage report offers the kit's need as components too: what the point holds, and how many kits it could make.
    const shortages = await t.http().get('/api/v1/shortages').query({ regencyCode: '32.01', productId: KIT, limit: 200 }).set(admin).expect(200);
    const row = shortages.body.items.find((item: { pointId: string }) => item.pointId === point);
    expect(row.kit).toEqual({
      assemblable: 23, // 70 swabs / 3 per kit
      components: expect.arrayContaining([
        { productId: NS, productCode: 'NS-1ML-LDS-29G', perKit: 3, usable: 90, forSuggested: 3 * row.suggestedQuantity },
        { productId: IEC, productCode: 'IEC-SAFE-INJ', perKit: 1, usable: 40, forSuggested: row.suggestedQuantity },
      ]),
    });
    const swabs = await t.http().get('/api/v1/shortages').query({ regencyCode: '32.01', productId: SWAB, limit: 200 }).set(admin).expect(200);
    expect(swabs.body.items.every((item: { kit?: unknown }) => item.kit === undefined)).toBe(true);

    // Handing out 4 kits is 4 kits, 12 syringes, 12 swabs and 4 leaflets of use, and 12 syringe sets in the programme.
    await move(point, { type: 'distribution', contacts: 4, channel: 'at_point', lines: [{ productId: KIT, quantity: 4 }] }).expect(201);
    expect(await consumed(point)).toEqual({ [KIT]: 4, [NS]: 12, [SWAB]: 12, [IEC]: 4 });
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(new Date());
    const programme = await t.http().get('/api/v1/reports/programme').query({ from: month, to: month, pointId: point }).set(admin).expect(200);
    expect(programme.body.items[0]).toMatchObject({ distributed: 12, distributedAtPoint: 12 });

    // Taking 2 kits apart puts their components back into the kit lot's own lots, earliest-expiring first.
    const apart = await move(point, { type: 'kit_disassembly', lines: [{ productId: KIT, lotId: kitLine.lotId, quantity: 2 }] }).expect(201);
    expect(apart.body.lines.map((line: { lotNumber: string; quantity: number }) => [line.lotNumber, line.quantity]).sort()).toEqual(
      [[kitLot.lotNumber, -2], ['IEC-1', 2], ['NS-EARLY', 6], ['SWAB-1', 6]].sort(),
    );
    expect(await balances(point)).toMatchObject({ [lot('NS-EARLY')]: 6, [kitLine.lotId]: 4 });
    const tooMany = await move(point, { type: 'kit_disassembly', lines: [{ productId: KIT, lotId: kitLine.lotId, quantity: 5 }] });
    expect([tooMany.status, tooMany.body.code]).toEqual([422, 'INSUFFICIENT_STOCK']);
    const notKitLot = await move(point, { type: 'kit_disassembly', lines: [{ productId: KIT, lotId: lot('NS-LATE'), quantity: 1 }] });
    expect([notKitLot.status, notKitLot.body.errors]).toEqual([400, [{ field: 'lines[0].lotId', messages: ['not a kit lot of KIT-LASS-3'] }]]);

    // Both are undone by a reversal like any movement recorded at a point.
    await move(point, { type: 'reversal', reversesMovementId: apart.body.id }).expect(201);
    expect(await balances(point)).toMatchObject({ [lot('NS-EARLY')]: 0, [kitLine.lotId]: 6 });

    // The kept consumption is the plain sum the rebuild makes from the ledger.
    const before = await t.dataSource.query(`SELECT point_id, product_id, month, consumed FROM consumption_months ORDER BY 1, 2, 3`);
    await t.ownerQuery(`SELECT rebuild_consumption_aggregates()`);
    expect(await t.dataSource.query(`SELECT point_id, product_id, month, consumed FROM consumption_months ORDER BY 1, 2, 3`)).toEqual(before);
  });

  it('flags kits holding a superseded leaflet edition, and kits at their earliest component\'s expiry', async () => {
    const point = await newPoint();
    const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await receive(point, [
      { productId: NS, quantity: 30, lotNumber: 'FLAG-NS', expiryDate: '2030-01', fundingSource: 'APBN' },
      { productId: SWAB, quantity: 30, lotNumber: 'FLAG-SWAB', expiryDate: soon, fundingSource: 'APBN' },
      { productId: IEC, quantity: 10, lotNumber: 'FLAG-IEC', expiryDate: '2031-01', fundingSource: 'APBN' },
    ]);
    const assembly = await move(point, { type: 'kit_assembly', lines: [{ productId: KIT, quantity: 10 }] }).expect(201);
    const kitLot = assembly.body.lines.find((line: { productId: string }) => line.productId === KIT).lotId;
    const edition = await post('/api/v1/products', { code: 'IEC-SAFE-INJ-2027', name: 'IEC leaflet: safer injecting (2027)', category: 'iec', unit: 'leaflet', packSize: 50, edition: '2027-1' }).expect(201);
    await t.http().patch(`/api/v1/products/${IEC}`).set(admin).send({ supersededByProductId: edition.body.id }).expect(200);
    await t.http().post('/api/v1/expiries/scan').set(admin).expect(200);
    const alerts: { type: string; lotId: string | null; details: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT type, lot_id AS "lotId", details FROM alerts WHERE point_id = $1 AND product_id = $2 AND status <> 'resolved' ORDER BY type`,
      [point, KIT],
    );
    expect(alerts).toEqual([
      { type: 'lot_expiring', lotId: kitLot, details: expect.objectContaining({ expiryDate: soon, quantity: 10 }) },
      { type: 'obsolete_edition', lotId: null, details: expect.objectContaining({ quantity: 10, inKitProductCode: 'IEC-SAFE-INJ', supersededByProductCode: 'IEC-SAFE-INJ-2027' }) },
    ]);
    await t.http().patch(`/api/v1/products/${IEC}`).set(admin).send({ supersededByProductId: null }).expect(200);
  });

  it('refuses kit movements that are not one kit line, and a product that is not a kit', async () => {
    const point = await newPoint();
    const notKit = await move(point, { type: 'kit_assembly', lines: [{ productId: SWAB, quantity: 1 }] });
    expect([notKit.status, notKit.body.code]).toEqual([422, 'NOT_A_KIT']);
    const two = await move(point, { type: 'kit_assembly', lines: [{ productId: KIT, quantity: 1 }, { productId: KIT, quantity: 1 }] });
    expect([two.status, two.body.errors]).toEqual([400, [{ field: 'lines', messages: ['one kit product per movement'] }]]);
    const named = await move(point, { type: 'kit_assembly', lines: [{ productId: KIT, quantity: 1, lotId: randomUUID() }] });
    expect(named.status).toBe(400);
    const noLot = await move(point, { type: 'kit_disassembly', lines: [{ productId: KIT, quantity: 1 }] });
    expect([noLot.status, noLot.body.errors]).toEqual([400, [{ field: 'lines[0].lotId', messages: ['name the kit lot to take apart'] }]]);
  });

  it('conserves every component through any sequence of assembly, disassembly, reversal and hand-out (property)', async () => {
    const done: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant('assemble' as const), kits: fc.integer({ min: 1, max: 8 }) }),
            fc.record({ op: fc.constant('disassemble' as const), kits: fc.integer({ min: 1, max: 6 }), pick: fc.nat() }),
            fc.record({ op: fc.constant('handOutKits' as const), kits: fc.integer({ min: 1, max: 5 }) }),
            fc.record({ op: fc.constant('handOutSyringes' as const), units: fc.integer({ min: 1, max: 10 }) }),
            fc.record({ op: fc.constant('reverseLast' as const) }),
          ),
          { minLength: 3, maxLength: 10 },
        ),
        async (ops) => {
          const point = await newPoint();
          await receive(point, [
            { productId: NS, quantity: 40, lotNumber: `P-NS-A-${pointCounter}`, expiryDate: '2028-01', fundingSource: 'APBN' },
            { productId: NS, quantity: 40, lotNumber: `P-NS-B-${pointCounter}`, expiryDate: '2029-06', fundingSource: 'GLOBAL_FUND' },
            { productId: SWAB, quantity: 60, lotNumber: `P-SWAB-${pointCounter}`, expiryDate: '2027-12', fundingSource: 'APBD' },
            { productId: IEC, quantity: 30, lotNumber: `P-IEC-${pointCounter}`, expiryDate: '2031-12', fundingSource: 'APBN' },
          ]);
          const received: Record<string, number> = { [NS]: 80, [SWAB]: 60, [IEC]: 30 };
          const bom: Record<string, number> = { [NS]: 3, [SWAB]: 3, [IEC]: 1 };
          const recorded: string[] = [];
          for (const op of ops) {
            let response;
            if (op.op === 'assemble') response = await move(point, { type: 'kit_assembly', lines: [{ productId: KIT, quantity: op.kits }] });
            else if (op.op === 'disassemble') {
              const kitLots: { lot_id: string }[] = await t.dataSource.query(
                `SELECT b.lot_id FROM stock_balances b JOIN kit_lots k ON k.lot_id = b.lot_id WHERE b.point_id = $1 AND b.quantity > 0 ORDER BY b.lot_id`,
                [point],
              );
              if (kitLots.length === 0) continue;
              response = await move(point, { type: 'kit_disassembly', lines: [{ productId: KIT, lotId: kitLots[op.pick % kitLots.length].lot_id, quantity: op.kits }] });
            } else if (op.op === 'handOutKits') response = await move(point, { type: 'distribution', contacts: 1, lines: [{ productId: KIT, quantity: op.kits }] });
            else if (op.op === 'handOutSyringes') response = await move(point, { type: 'distribution', contacts: 1, lines: [{ productId: NS, quantity: op.units }] });
            else {
              const last = recorded.pop();
              if (!last) continue;
              response = await move(point, { type: 'reversal', reversesMovementId: last });
            }
            // Refusals (not enough stock, nothing left to reverse) are fine: they must write nothing.
            expect([201, 422]).toContain(response.status);
            if (response.status === 201) done[op.op] = (done[op.op] ?? 0) + 1;
            if (response.status === 201 && op.op !== 'reverseLast') recorded.push(response.body.id);
          }
          // Components conserved: loose at the point + inside the kits at the point + handed out (loose or in kits) = received.
          const [{ kitsHere }] = await t.dataSource.query(
            `SELECT COALESCE(sum(b.quantity), 0)::int AS "kitsHere" FROM stock_balances b JOIN kit_lots k ON k.lot_id = b.lot_id WHERE b.point_id = $1`,
            [point],
          );
          const handedOut: { productId: string; quantity: number }[] = await t.dataSource.query(
            `SELECT product_id AS "productId", -sum(quantity)::int AS quantity FROM ledger_lines WHERE point_id = $1 AND counts_as = 'distribution' GROUP BY 1`,
            [point],
          );
          const out = (productId: string) => handedOut.find((row) => row.productId === productId)?.quantity ?? 0;
          const loose: { productId: string; quantity: number }[] = await t.dataSource.query(
            `SELECT product_id AS "productId", sum(quantity)::int AS quantity FROM stock_balances WHERE point_id = $1 GROUP BY 1`,
            [point],
          );
          const here = (productId: string) => loose.find((row) => row.productId === productId)?.quantity ?? 0;
          for (const component of [NS, SWAB, IEC]) {
            expect({ component, total: here(component) + kitsHere * bom[component] + out(component) + out(KIT) * bom[component] }).toEqual({ component, total: received[component] });
          }
          // Every kit lot expires with its earliest component lot; the consumption kept equals the rebuild's.
          const wrongExpiry = await t.dataSource.query(
            `SELECT k.lot_id FROM kit_lots k JOIN lots kl ON kl.id = k.lot_id
              WHERE kl.expiry_date <> (SELECT min(l.expiry_date) FROM kit_lot_sources s JOIN lots l ON l.id = s.component_lot_id WHERE s.kit_lot_id = k.lot_id)`,
          );
          expect(wrongExpiry).toEqual([]);
          const kept = await consumed(point);
          expect(kept[NS] ?? 0).toBe(out(NS) + out(KIT) * bom[NS]);
          expect(kept[SWAB] ?? 0).toBe(out(KIT) * bom[SWAB]);
        },
      ),
      {
        numRuns: 12,
        // One sequence that surely takes every kind of step, besides the generated ones.
        examples: [
          [
            [
              { op: 'assemble', kits: 5 },
              { op: 'disassemble', kits: 2, pick: 0 },
              { op: 'handOutKits', kits: 1 },
              { op: 'handOutSyringes', units: 3 },
              { op: 'reverseLast' },
            ],
          ],
        ],
      },
    );
    // The sequences did reach every kind of step (a property over refusals alone would prove nothing).
    expect(Object.keys(done).sort()).toEqual(['assemble', 'disassemble', 'handOutKits', 'handOutSyringes', 'reverseLast']);
  });
});
