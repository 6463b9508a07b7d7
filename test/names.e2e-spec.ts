import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Names next to ids wherever a person reads the answer (the field app shows them; nobody reads a UUID): movements
 * (point code and name, product code and names, lot number), stock, shipments, resupply requests and suggestions, and
 * the refusals that name stock. Products may carry an Indonesian name (`nameId`), or not.
 */

const NOW = () => new Date().toISOString();
const SWAB = { productCode: 'SWAB-ALC', productName: 'Alcohol swab, 70% isopropyl', productNameId: 'Kapas alkohol 70%' };

describe('names next to ids', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  let lsm: string;
  let outreach: string;
  let lsmId: string;
  let kitId: string;
  let swab: string;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    lsm = await t.token('staff.lsm.cibinong');
    outreach = await t.token('outreach.cibinong');
    lsmId = ids.point('LSM-CBN-01');
    kitId = ids.point('OUT-CBN-01');
    swab = ids.product('SWAB-ALC');
  });
  afterAll(() => t.close());

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('names the point, the products and the lots of a movement, as recorded and as read back', async () => {
    const lotNumber = `NM-${randomUUID().slice(0, 8)}`.toUpperCase();
    const body = {
      id: randomUUID(), type: 'receipt', occurredAt: NOW(), source: 'Dinkes Kabupaten Bogor',
      lines: [{ productId: swab, quantity: 50, lotNumber, expiryDate: '2031-01', fundingSource: 'APBD' }],
    };
    const recorded = (await t.http().post(`/api/v1/points/${lsmId}/movements`).set(as(lsm)).send(body).expect(201)).body;
    const expected = {
      pointId: lsmId, pointCode: 'LSM-CBN-01', pointName: 'Kantor LSM Cibinong',
      lines: [expect.objectContaining({ productId: swab, ...SWAB, lotNumber, expiryDate: '2031-01-31' })],
    };
    expect(recorded).toMatchObject(expected);
    expect((await t.http().get(`/api/v1/movements/${body.id}`).set(as(lsm)).expect(200)).body).toEqual(recorded);
    const page = (await t.http().get(`/api/v1/points/${lsmId}/movements`).set(as(lsm)).expect(200)).body;
    expect(page.items.find((item: { id: string }) => item.id === body.id)).toEqual(recorded);
    // A replay answers the same names.
    expect((await t.http().post(`/api/v1/points/${lsmId}/movements`).set(as(lsm)).send(body).expect(201)).body).toEqual(recorded);

    // A reversal names them too.
    const reversal = await t.http().post(`/api/v1/points/${lsmId}/movements`).set(as(lsm))
      .send({ id: randomUUID(), type: 'reversal', occurredAt: NOW(), reversesMovementId: body.id, lines: [] }).expect(201);
    expect(reversal.body).toMatchObject({ pointCode: 'LSM-CBN-01', lines: [expect.objectContaining({ ...SWAB, lotNumber, quantity: -50 })] });
  });

  it('names product, lot and what is left when stock is short, in a distribution and in a dispatch', async () => {
    const lotNumber = `NS-${randomUUID().slice(0, 8)}`.toUpperCase();
    const receipt = await t.http().post(`/api/v1/points/${lsmId}/movements`).set(as(lsm)).send({
      id: randomUUID(), type: 'receipt', occurredAt: NOW(), source: 'Dinkes', lines: [{ productId: swab, quantity: 5, lotNumber, expiryDate: '2031-02', fundingSource: 'APBN' }],
    }).expect(201);
    const lotId = receipt.body.lines[0].lotId;
    const distribution = await t.http().post(`/api/v1/points/${lsmId}/movements`).set(as(lsm))
      .send({ id: randomUUID(), type: 'distribution', occurredAt: NOW(), lines: [{ productId: swab, lotId, quantity: 6 }] }).expect(422);
    expect(distribution.body).toMatchObject({ code: 'INSUFFICIENT_STOCK', available: { productId: swab, ...SWAB, lotId, lotNumber, quantity: 5 } });
    expect(distribution.body.detail).toContain(`6 of SWAB-ALC (Alcohol swab, 70% isopropyl) but only 5 of lot ${lotNumber}`);

    const dispatch = await t.http().post('/api/v1/shipments').set(as(lsm))
      .send({ id: randomUUID(), fromPointId: lsmId, toPointId: kitId, lines: [{ productId: swab, lotId, quantity: 6 }] }).expect(422);
    expect(dispatch.body).toMatchObject({ code: 'INSUFFICIENT_STOCK', available: { ...SWAB, lotNumber, quantity: 5 } });
  });

  it('names both ends and the products of a shipment, and the products of stock', async () => {
    const lotNumber = `NH-${randomUUID().slice(0, 8)}`.toUpperCase();
    const receipt = await t.http().post(`/api/v1/points/${lsmId}/movements`).set(as(lsm)).send({
      id: randomUUID(), type: 'receipt', occurredAt: NOW(), source: 'Dinkes', lines: [{ productId: swab, quantity: 20, lotNumber, expiryDate: '2031-03', fundingSource: 'APBN' }],
    }).expect(201);
    const lotId = receipt.body.lines[0].lotId;
    const shipmentId = randomUUID();
    const sent = (await t.http().post('/api/v1/shipments').set(as(lsm))
      .send({ id: shipmentId, fromPointId: lsmId, toPointId: kitId, lines: [{ productId: swab, lotId, quantity: 10 }] }).expect(201)).body;
    const names = {
      fromPointId: lsmId, fromPointCode: 'LSM-CBN-01', fromPointName: 'Kantor LSM Cibinong',
      toPointId: kitId, toPointCode: 'OUT-CBN-01', toPointName: 'Tas penjangkau Cibinong (outreach kit)',
      lines: [expect.objectContaining({ productId: swab, ...SWAB, lotId, lotNumber })],
    };
    expect(sent).toMatchObject(names);
    expect((await t.http().get(`/api/v1/shipments/${shipmentId}`).set(as(outreach)).expect(200)).body).toMatchObject(names);
    const inbound = (await t.http().get('/api/v1/shipments').query({ direction: 'inbound' }).set(as(outreach)).expect(200)).body;
    expect(inbound.items.find((item: { id: string }) => item.id === shipmentId)).toMatchObject(names);

    const stock = (await t.http().get(`/api/v1/points/${kitId}/stock`).set(as(outreach)).expect(200)).body;
    const swabStock = stock.find((row: { productId: string }) => row.productId === swab);
    expect(swabStock).toMatchObject(SWAB);
    expect(swabStock.inTransitInbound).toBeGreaterThanOrEqual(10);
  });

  it('names the points and products of a resupply request and of the suggestion', async () => {
    const id = randomUUID();
    const created = (await t.http().post('/api/v1/resupply-requests').set(as(outreach))
      .send({ id, pointId: kitId, lines: [{ productId: swab, quantity: 200 }] }).expect(201)).body;
    const names = {
      pointCode: 'OUT-CBN-01', pointName: 'Tas penjangkau Cibinong (outreach kit)',
      supplierPointCode: 'LSM-CBN-01', supplierPointName: 'Kantor LSM Cibinong',
      lines: [expect.objectContaining({ productId: swab, ...SWAB, quantity: 200 })],
    };
    expect(created).toMatchObject(names);
    expect((await t.http().get(`/api/v1/resupply-requests/${id}`).set(as(lsm)).expect(200)).body).toMatchObject(names);
    const list = (await t.http().get('/api/v1/resupply-requests').query({ role: 'requester' }).set(as(outreach)).expect(200)).body;
    expect(list.items.find((item: { id: string }) => item.id === id)).toMatchObject(names);

    // Every demo point's suggestion: each line names its product (some points need nothing).
    const points = (await t.http().get('/api/v1/points').query({ limit: 200 }).set(as(admin)).expect(200)).body.items;
    const lines = [];
    for (const point of points) lines.push(...(await t.http().get(`/api/v1/points/${point.id}/resupply-suggestion`).set(as(admin)).expect(200)).body.lines);
    expect(lines.length).toBeGreaterThan(0);
    const catalogue = (await t.http().get('/api/v1/products').query({ limit: 200 }).set(as(admin)).expect(200)).body.items;
    for (const line of lines) {
      const product = catalogue.find((candidate: { id: string }) => candidate.id === line.productId);
      expect(line).toMatchObject({ productCode: product.code, productName: product.name, productNameId: product.nameId });
    }
  });

  it('gives the demo catalogue Indonesian names and lets a product have none', async () => {
    const products = (await t.http().get('/api/v1/products').query({ limit: 200 }).set(as(outreach)).expect(200)).body.items;
    expect(products.every((product: { nameId: string | null }) => typeof product.nameId === 'string' && product.nameId.length > 1)).toBe(true);
    expect(products.find((product: { code: string }) => product.code === 'NALOXONE-0.4').nameId).toMatch(/^Nalokson/);

    const code = `NO-ID-${randomUUID().slice(0, 6)}`.toUpperCase();
    const created = await t.http().post('/api/v1/products').set(as(admin))
      .send({ code, name: 'Sharps container, 5 litre', category: 'other', unit: 'piece', packSize: 10 }).expect(201);
    expect(created.body.nameId).toBeNull();
    const named = await t.http().patch(`/api/v1/products/${created.body.id}`).set(as(admin)).send({ nameId: 'Wadah limbah tajam 5 liter' }).expect(200);
    expect(named.body.nameId).toBe('Wadah limbah tajam 5 liter');
  });
});
