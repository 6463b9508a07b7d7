import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Needle-syringe programme indicators (issue 18 items 3-5, docs/needle-programme.md): naloxone refills and reported
 * reversals on distributions; the monthly programme report (complete sets by channel, contacts, returns, naloxone
 * units and doses); estimates of people who inject drugs (append-only) and coverage against the WHO levels, with and
 * without an estimate.
 */
describe('needle-syringe programme: naloxone, the programme report and coverage', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let api: ReturnType<typeof ledgerApi>;
  const products: Record<string, string> = {};
  const dic = () => ids.point('DIC-BDG-01');
  const pkm = () => ids.point('PKM-BDG-KOPO');
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
  const year = Number(month.slice(0, 4));
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.token(username)}` });

  const distribute = async (username: string, pointId: string, body: object, lines: [string, number][]) =>
    t
      .http()
      .post(`/api/v1/points/${pointId}/movements`)
      .set(await auth(username))
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), lines: lines.map(([productId, quantity]) => ({ productId, quantity })), ...body });
  const distributed = async (username: string, pointId: string, body: object, lines: [string, number][]) => {
    const response = await distribute(username, pointId, body, lines);
    if (response.status !== 201) throw new Error(`answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const createProduct = async (body: object) => {
    const response = await t.http().post('/api/v1/products').set(await auth('admin')).send(body);
    if (response.status !== 201) throw new Error(`answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  };
  type Row = Record<string, number | string | null>;
  const programme = async (username = 'dinkes.bandung') =>
    (await t.http().get('/api/v1/reports/programme').query({ from: month, to: month, regencyCode: '32.73' }).set(await auth(username)).expect(200)).body as { items: Row[]; regencies: Row[] };
  const rowOf = (report: { items: Row[] }, code: string) => report.items.find((row) => row.pointCode === code && row.month === month);
  const delta = (after: Row | undefined, before: Row | undefined, field: string) => Number(after?.[field] ?? 0) - Number(before?.[field] ?? 0);

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    api = ledgerApi(t, ids);
    products.lass = await createProduct({ code: 'LASS-PACK-3', name: 'LASS pack: 3 syringes 1 ml', category: 'needle_syringe', unit: 'pack', packSize: 50, contentsPerUnit: 3 });
    products.barrel = await createProduct({ code: 'BARREL-3ML', name: 'Syringe barrel 3 ml, no needle', category: 'needle_syringe', unit: 'piece', packSize: 100, syringeContent: 'barrel' });
    products.kit = await createProduct({ code: 'NALOXONE-KIT-2', name: 'Naloxone kit, 2 ampoules', category: 'naloxone', unit: 'kit', packSize: 10, contentsPerUnit: 2 });
    products.ns = ids.product('NS-1ML-LDS-29G');
    products.needle = ids.product('NDL-25G-16MM');
    for (const [product, lot] of [['lass', 'PRG-LASS'], ['barrel', 'PRG-BRL'], ['ns', 'PRG-NS'], ['needle', 'PRG-NDL']] as const) {
      await api.receive('DIC-BDG-01', products[product], 2000, lot);
    }
    await api.receive('PKM-BDG-KOPO', products.kit, 100, 'PRG-NLX');
  });
  afterAll(() => t.close());

  it('says what a unit holds: only needle-syringe products are a set, a needle or a barrel', async () => {
    const read = await t.http().get(`/api/v1/products/${products.needle}`).set(await auth('admin')).expect(200);
    expect(read.body).toMatchObject({ syringeContent: 'needle', contentsPerUnit: 1 });
    const kit = await t.http().get(`/api/v1/products/${products.kit}`).set(await auth('admin')).expect(200);
    expect(kit.body).toMatchObject({ syringeContent: null, contentsPerUnit: 2 });
    const wrong = await t.http().post('/api/v1/products').set(await auth('admin')).send({ code: 'SWAB-X', name: 'Swab', category: 'swab', unit: 'piece', packSize: 10, syringeContent: 'set' });
    expect([wrong.status, wrong.body.errors?.[0]?.field]).toEqual([400, 'syringeContent']);
    const zero = await t.http().post('/api/v1/products').set(await auth('admin')).send({ code: 'SWAB-Y', name: 'Swab', category: 'swab', unit: 'piece', packSize: 10, contentsPerUnit: 0 });
    expect(zero.status).toBe(400);
    // The database holds the rule too: a needle-syringe product is always one of the three, nothing else is.
    await expect(t.dataSource.query(`UPDATE products SET syringe_content = NULL WHERE id = $1`, [products.ns])).rejects.toThrow(/products_syringe_content_for_needle_syringes/);
    await expect(t.dataSource.query(`UPDATE products SET syringe_content = 'set' WHERE id = $1`, [products.kit])).rejects.toThrow(/products_syringe_content_for_needle_syringes/);
  });

  it('records why naloxone is refilled and the reversals reported, only with naloxone, and writes nothing when it refuses', async () => {
    const movements = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM movements WHERE point_id = $1`, [pkm()]))[0].n);
    const refill = await distributed('staff.pkm.kopo', pkm(), { contacts: 1, naloxoneRefillReason: 'used_on_overdose', overdoseReversals: 2 }, [[products.kit, 1]]);
    expect(refill).toMatchObject({ naloxoneRefillReason: 'used_on_overdose', overdoseReversals: 2 });
    const read = await t.http().get(`/api/v1/movements/${refill.id}`).set(await auth('dinkes.bandung')).expect(200);
    expect(read.body).toMatchObject({ naloxoneRefillReason: 'used_on_overdose', overdoseReversals: 2 });

    const before = await movements();
    const noNaloxone = await distribute('staff.pkm.kopo', pkm(), { contacts: 1, naloxoneRefillReason: 'lost' }, [[ids.product('CONDOM-M'), 1]]);
    expect([noNaloxone.status, noNaloxone.body.errors]).toEqual([400, [{ field: 'naloxoneRefillReason', messages: [expect.stringContaining('naloxone')] }]]);
    const reversalsWithoutUse = await distribute('staff.pkm.kopo', pkm(), { contacts: 1, naloxoneRefillReason: 'lost', overdoseReversals: 1 }, [[products.kit, 1]]);
    expect([reversalsWithoutUse.status, reversalsWithoutUse.body.errors?.[0]?.field]).toEqual([400, 'overdoseReversals']);
    const freeText = await distribute('staff.pkm.kopo', pkm(), { contacts: 1, naloxoneRefillReason: 'his friend took it' }, [[products.kit, 1]]);
    expect(freeText.status).toBe(400);
    const onReceipt = await t.http().post(`/api/v1/points/${pkm()}/movements`).set(await auth('staff.pkm.kopo')).send({
      id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'Dinkes', overdoseReversals: 1,
      lines: [{ productId: products.kit, quantity: 1, lotNumber: 'R1', expiryDate: '2030-01', fundingSource: 'APBN' }],
    });
    expect([onReceipt.status, onReceipt.body.errors]).toEqual([400, [{ field: 'overdoseReversals', messages: ['only distributions carry overdoseReversals'] }]]);
    expect(await movements()).toBe(before);
    // The database refuses reversals without a refill after use on an overdose, whoever writes.
    await expect(
      t.dataSource.query(`INSERT INTO movements (id, point_id, type, occurred_at, recorded_by, request_hash, naloxone_refill_reason, overdose_reversals)
        SELECT gen_random_uuid(), $1, 'distribution', now(), id, 'x', 'lost', 1 FROM users LIMIT 1`, [pkm()]),
    ).rejects.toThrow(/movements_reversals_after_use/);
  });

  it('reports complete sets by channel, contacts, naloxone units, doses, refills and reversals per point, and the regency as their sum', async () => {
    const before = await programme();
    // 10 LASS packs of 3 = 30 sets at the point; 20 syringes on outreach; 40 loose needles and 25 barrels at a hotspot = 25 sets.
    await distributed('staff.dic.bandung', dic(), { contacts: 3, newContacts: 1, channel: 'at_point' }, [[products.lass, 10]]);
    await distributed('staff.dic.bandung', dic(), { contacts: 4, channel: 'outreach' }, [[products.ns, 20]]);
    await distributed('staff.dic.bandung', dic(), { contacts: 5, newContacts: 2, channel: 'hotspot' }, [[products.needle, 40], [products.barrel, 25]]);
    // A distribution undone by a reversal counts for nothing: not its sets, not its contacts.
    const undone = await distributed('staff.dic.bandung', dic(), { contacts: 7, channel: 'peer_secondary' }, [[products.ns, 70]]);
    const reversal = await t.http().post(`/api/v1/points/${dic()}/movements`).set(await auth('staff.dic.bandung'))
      .send({ id: randomUUID(), type: 'reversal', occurredAt: new Date().toISOString(), reversesMovementId: undone.id, lines: [] });
    expect(reversal.status).toBe(201);
    await distributed('staff.pkm.kopo', pkm(), { contacts: 2, naloxoneRefillReason: 'confiscated' }, [[products.kit, 3]]);
    await distributed('staff.pkm.kopo', pkm(), { contacts: 1 }, [[products.kit, 1]]);

    const after = await programme();
    const [d0, d1] = [rowOf(before, 'DIC-BDG-01'), rowOf(after, 'DIC-BDG-01')];
    expect(Object.fromEntries(['distributed', 'distributedAtPoint', 'distributedOutreach', 'distributedHotspot', 'distributedPeerSecondary', 'contacts', 'newContacts'].map((field) => [field, delta(d1, d0, field)]))).toEqual({
      distributed: 75,
      distributedAtPoint: 30,
      distributedOutreach: 20,
      distributedHotspot: 25,
      distributedPeerSecondary: 0,
      contacts: 12,
      newContacts: 3,
    });
    const [p0, p1] = [rowOf(before, 'PKM-BDG-KOPO'), rowOf(after, 'PKM-BDG-KOPO')];
    expect(Object.fromEntries(['naloxoneUnits', 'naloxoneDoses', 'naloxoneRefills', 'refillsConfiscated', 'refillsUsedOnOverdose', 'overdoseReversals'].map((field) => [field, delta(p1, p0, field)]))).toEqual({
      naloxoneUnits: 4,
      naloxoneDoses: 8,
      naloxoneRefills: 1,
      refillsConfiscated: 1,
      refillsUsedOnOverdose: 0,
      overdoseReversals: 0,
    });
    // Over the whole month the first test's refill after an overdose is there too.
    expect(Number(p1!.overdoseReversals)).toBeGreaterThanOrEqual(2);
    const regency = after.regencies.find((row) => row.month === month)!;
    for (const field of ['distributed', 'contacts', 'naloxoneDoses', 'overdoseReversals', 'returned']) {
      expect([field, regency[field]]).toEqual([field, after.items.filter((row) => row.month === month).reduce((sum, row) => sum + Number(row[field]), 0)]);
    }
    expect(regency.pointId).toBeNull();
    const csv = await t.http().get('/api/v1/reports/programme').query({ from: month, to: month, format: 'csv' }).set(await auth('dinkes.bandung')).expect(200);
    expect(csv.text.split('\n')[0]).toContain('Set alat suntik dibagikan');
    await t.http().get('/api/v1/reports/programme').query({ from: month, to: month, regencyCode: '32.01' }).set(await auth('dinkes.bandung')).expect(403);
  });

  it('records estimates of people who inject, append-only, the newest for a year in use, and only for the officer\'s regencies', async () => {
    const record = async (username: string, body: object) => t.http().post('/api/v1/pwid-estimates').set(await auth(username)).send(body);
    expect((await record('dinkes.bandung', { regencyCode: '32.73', year: year - 1, estimate: 1000, source: 'Estimasi populasi kunci Kemenkes' })).status).toBe(201);
    const first = await record('dinkes.bandung', { regencyCode: '32.73', year: year - 1, estimate: 1200, source: 'Pemetaan LSM' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ regencyCode: '32.73', year: year - 1, estimate: 1200, source: 'Pemetaan LSM', recordedBy: 'dinkes.bandung', current: true });
    const list = await t.http().get('/api/v1/pwid-estimates').query({ regencyCode: '32.73' }).set(await auth('dinkes.bandung')).expect(200);
    expect(list.body.items.map((item: { estimate: number; current: boolean }) => [item.estimate, item.current])).toEqual([[1200, true], [1000, false]]);
    expect((await record('dinkes.bandung', { regencyCode: '32.01', year, estimate: 10, source: 'Pemetaan' })).status).toBe(403);
    expect((await record('staff.dic.bandung', { regencyCode: '32.73', year, estimate: 10, source: 'Pemetaan' })).status).toBe(403);
    expect((await record('dinkes.bandung', { regencyCode: '32.73', year, estimate: 0, source: 'Pemetaan' })).status).toBe(400);
    expect((await record('dinkes.bandung', { regencyCode: '32.73', year, estimate: 10, source: 'NIK 3273012345678901' })).status).toBe(400);
    expect((await record('admin', { regencyCode: '99.99', year, estimate: 10, source: 'Pemetaan' })).status).toBe(422);
    await expect(t.dataSource.query(`UPDATE pwid_estimates SET estimate = 1`)).rejects.toThrow();
  });

  it('reports sets per person who injects against the WHO levels, and says so where no estimate exists', async () => {
    const coverage = async (query: object, username = 'admin') =>
      (await t.http().get('/api/v1/reports/coverage').query({ year, ...query }).set(await auth(username)).expect(200)).body;
    const province = await coverage({ provinceCode: '32' });
    const bandung = province.items.find((row: { regencyCode: string }) => row.regencyCode === '32.73');
    // The previous test's estimate is for last year: the newest earlier estimate stands in for this year, and says so.
    expect(bandung).toMatchObject({ estimate: 1200, estimateYear: year - 1, estimateSource: 'Pemetaan LSM', regenciesWithoutEstimate: 0 });
    expect(bandung.setsPerPerson).toBeCloseTo(Math.round((bandung.setsDistributed / 1200) * 10) / 10, 5);
    const bogor = province.items.find((row: { regencyCode: string }) => row.regencyCode === '32.01');
    expect(bogor).toMatchObject({ estimate: null, setsPerPerson: null, level: null, meets2030Target: null, regenciesWithoutEstimate: 1 });
    const total = province.provinces[0];
    expect(total.regenciesWithoutEstimate).toBe(province.items.filter((row: { estimate: number | null }) => row.estimate === null).length);
    expect(total.setsDistributed).toBe(province.items.reduce((sum: number, row: { setsDistributed: number }) => sum + row.setsDistributed, 0));
    // The province divides only the sets of regencies with an estimate: here Bandung's alone.
    expect(total.setsPerPerson).toBe(bandung.setsPerPerson);

    // Sets count complete sets: 100 loose needles and no barrels add nothing; 10 barrels then make 10 sets with them.
    const was = bandung.setsDistributed;
    await distributed('staff.dic.bandung', dic(), { contacts: 10 }, [[products.needle, 100]]);
    expect((await coverage({ regencyCode: '32.73' }, 'dinkes.bandung')).items[0].setsDistributed).toBe(was);
    await distributed('staff.dic.bandung', dic(), { contacts: 1 }, [[products.barrel, 10]]);
    const now = (await coverage({ regencyCode: '32.73' }, 'dinkes.bandung')).items[0];
    expect(now.setsDistributed).toBe(was + 10);
    // An estimate for this very year replaces last year's.
    await t.http().post('/api/v1/pwid-estimates').set(await auth('dinkes.bandung')).send({ regencyCode: '32.73', year, estimate: 2, source: 'Pemetaan LSM' }).expect(201);
    const high = (await coverage({ regencyCode: '32.73' }, 'dinkes.bandung')).items[0];
    expect(high).toMatchObject({ estimate: 2, estimateYear: year, setsPerPerson: Math.round((now.setsDistributed / 2) * 10) / 10 });
    expect(high.level).toBe(now.setsDistributed / 2 > 200 ? 'high' : now.setsDistributed / 2 >= 100 ? 'medium' : 'low');
    const xlsx = await t.http().get('/api/v1/reports/coverage').query({ year, format: 'xlsx' }).set(await auth('dinkes.bandung')).buffer(true).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    await t.http().get('/api/v1/reports/coverage').query({ year, regencyCode: '32.01' }).set(await auth('dinkes.bandung')).expect(403);
    await t.http().get('/api/v1/reports/coverage').query({ year: 'last' }).set(await auth('dinkes.bandung')).expect(400);
  });
});
