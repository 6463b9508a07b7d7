import { randomUUID } from 'node:crypto';
import { OverdueService } from '../src/resupply/overdue.service';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('resupply requests', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: string;
  let dicStaff: string;
  let outreach: string;
  let dic: string;
  let kit: string;
  let swab: string;
  let syringe: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const post = (url: string, token: string, body: Record<string, unknown> = {}) => t.http().post(url).set(auth(token)).send(body);
  const newRequest = (lines: { productId: string; quantity: number }[], token = outreach, pointId = kit) =>
    post('/api/v1/resupply-requests', token, { id: randomUUID(), pointId, lines, note: 'for the outreach week' });

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    swab = ids.product('SWAB-ALC');
    syringe = ids.product('NS-1ML-LDS-29G');
    dic = (await post('/api/v1/points', admin, { code: 'RS-DIC', name: 'DIC Cibinong (resupply test)', type: 'drop_in_centre', regencyCode: '32.01' }).expect(201)).body.id;
    kit = (await post('/api/v1/points', admin, { code: 'RS-KIT', name: 'Outreach kit (resupply test)', type: 'outreach', regencyCode: '32.01', supplierPointId: dic }).expect(201)).body.id;
    const password = 'resupply-test-password';
    await post('/api/v1/users', admin, { username: 'staff.rs.dic', password, role: 'point_staff', pointIds: [dic] }).expect(201);
    await post('/api/v1/users', admin, { username: 'outreach.rs', password, role: 'outreach_officer', pointIds: [kit] }).expect(201);
    dicStaff = await t.token('staff.rs.dic', password);
    outreach = await t.token('outreach.rs', password);
    await post(`/api/v1/points/${dic}/movements`, dicStaff, {
      id: randomUUID(),
      type: 'receipt',
      occurredAt: new Date().toISOString(),
      source: 'Dinkes Kabupaten Bogor',
      lines: [
        { productId: swab, quantity: 2000, lotNumber: 'RS-SW', expiryDate: '2028-06', fundingSource: 'GLOBAL_FUND' },
        { productId: syringe, quantity: 1000, lotNumber: 'RS-NS', expiryDate: '2028-06', fundingSource: 'GLOBAL_FUND' },
      ],
    }).expect(201);
  });
  afterAll(() => t.close());

  it('goes from the outreach officer\'s request to received, with changed quantities, two shipments and a shortfall', async () => {
    const suggestion = await t.http().get(`/api/v1/points/${kit}/resupply-suggestion`).set(auth(outreach)).expect(200);
    expect(suggestion.body).toMatchObject({ pointId: kit, supplierPointId: dic, lines: expect.any(Array) });

    const body = { id: randomUUID(), pointId: kit, lines: [{ productId: swab, quantity: 500 }, { productId: syringe, quantity: 300 }] };
    const created = await post('/api/v1/resupply-requests', outreach, body).expect(201);
    expect(created.body).toMatchObject({ status: 'submitted', supplierPointId: dic, requestedBy: 'outreach.rs' });
    const retry = await post('/api/v1/resupply-requests', outreach, body).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const id = created.body.id;

    // The outreach officer cannot decide; the drop-in centre approves fewer swabs.
    expect((await post(`/api/v1/resupply-requests/${id}/approve`, outreach, { lines: [{ productId: swab, approvedQuantity: 500 }, { productId: syringe, approvedQuantity: 300 }] }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    const approved = await post(`/api/v1/resupply-requests/${id}/approve`, dicStaff, {
      lines: [{ productId: swab, approvedQuantity: 400, comment: 'Only 400 until the next delivery' }, { productId: syringe, approvedQuantity: 300 }],
    }).expect(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.lines.find((l: { productId: string }) => l.productId === swab)).toMatchObject({ quantity: 500, approvedQuantity: 400, approvalComment: 'Only 400 until the next delivery' });

    const ship = (lines: { productId: string; quantity: number }[]) =>
      post('/api/v1/shipments', dicStaff, { id: randomUUID(), fromPointId: dic, toPointId: kit, resupplyRequestId: id, lines });
    const first = await ship([{ productId: swab, quantity: 250 }]).expect(201);
    expect((await t.http().get(`/api/v1/resupply-requests/${id}`).set(auth(outreach))).body.status).toBe('partially_shipped');
    const tooMany = await ship([{ productId: syringe, quantity: 301 }]).expect(422);
    expect(tooMany.body).toMatchObject({ code: 'EXCEEDS_APPROVED', approved: 300, shipped: 0 });
    const notApproved = await ship([{ productId: ids.product('CONDOM-M'), quantity: 1 }]).expect(422);
    expect(notApproved.body.code).toBe('REQUEST_NOT_SHIPPABLE');
    const second = await ship([{ productId: swab, quantity: 150 }, { productId: syringe, quantity: 300 }]).expect(201);
    expect((await t.http().get(`/api/v1/resupply-requests/${id}`).set(auth(outreach))).body.status).toBe('shipped');

    const receive = (shipment: { id: string; lines: { lotId: string; quantitySent: number; productId: string }[] }, short = 0) =>
      post(`/api/v1/shipments/${shipment.id}/receive`, outreach, {
        id: randomUUID(),
        lines: shipment.lines.map((line) => ({
          lotId: line.lotId,
          quantityReceived: line.productId === swab ? line.quantitySent - short : line.quantitySent,
          ...(line.productId === swab && short > 0 ? { discrepancyReason: 'lost' } : {}),
        })),
      }).expect(201);
    await receive(first.body);
    expect((await t.http().get(`/api/v1/resupply-requests/${id}`).set(auth(outreach))).body.status).toBe('shipped');
    await receive(second.body, 10);

    const detail = await t.http().get(`/api/v1/resupply-requests/${id}`).set(auth(outreach)).expect(200);
    expect(detail.body.status).toBe('received');
    expect(detail.body.lines.find((l: { productId: string }) => l.productId === swab)).toMatchObject({ approvedQuantity: 400, shippedQuantity: 400, receivedQuantity: 390 });
    expect(detail.body.shipments).toHaveLength(2);
    expect(detail.body.shipments[1].lines).toEqual(expect.arrayContaining([expect.objectContaining({ productId: swab, quantityLost: 10, discrepancyReason: 'lost' })]));
    expect(detail.body.history.map((event: { status: string; by: string }) => [event.status, event.by])).toEqual([
      ['submitted', 'outreach.rs'],
      ['approved', 'staff.rs.dic'],
      ['partially_shipped', 'staff.rs.dic'],
      ['shipped', 'staff.rs.dic'],
      ['received', 'outreach.rs'],
    ]);
  });

  it('refuses self-approval, keeps naloxone away from points that may not hold it, and needs a reason to reject', async () => {
    const own = await newRequest([{ productId: swab, quantity: 10 }], admin).expect(201);
    const self = await post(`/api/v1/resupply-requests/${own.body.id}/approve`, admin, { lines: [{ productId: swab, approvedQuantity: 10 }] }).expect(403);
    expect(self.body.code).toBe('SELF_APPROVAL');

    const naloxone = await newRequest([{ productId: ids.product('NALOXONE-0.4'), quantity: 5 }]).expect(422);
    expect(naloxone.body.code).toBe('RESTRICTED_PRODUCT');
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM resupply_requests WHERE point_id = $1', [kit]))[0].n).toBeGreaterThan(0);

    const toReject = await newRequest([{ productId: syringe, quantity: 50 }]).expect(201);
    const noReason = await post(`/api/v1/resupply-requests/${toReject.body.id}/reject`, dicStaff, {}).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const rejected = await post(`/api/v1/resupply-requests/${toReject.body.id}/reject`, dicStaff, { reason: 'Ask the Dinkes office this month' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Ask the Dinkes office this month', decidedBy: 'staff.rs.dic' });
    const shipRejected = await post('/api/v1/shipments', dicStaff, { id: randomUUID(), fromPointId: dic, toPointId: kit, resupplyRequestId: toReject.body.id, lines: [{ productId: syringe, quantity: 1 }] }).expect(422);
    expect(shipRejected.body.code).toBe('REQUEST_NOT_SHIPPABLE');

    const toCancel = await newRequest([{ productId: syringe, quantity: 5 }]).expect(201);
    expect((await post(`/api/v1/resupply-requests/${toCancel.body.id}/cancel`, outreach).expect(200)).body.status).toBe('cancelled');
    const late = await post(`/api/v1/resupply-requests/${toCancel.body.id}/approve`, dicStaff, { lines: [{ productId: syringe, approvedQuantity: 5 }] }).expect(409);
    expect(late.body.code).toBe('REQUEST_NOT_SUBMITTED');
  });

  it('lets a district officer of the requesting regency decide, and hides requests from other regencies', async () => {
    const request = await newRequest([{ productId: swab, quantity: 20 }]).expect(201);
    const bogor = await t.token('dinkes.bogor');
    await post(`/api/v1/resupply-requests/${request.body.id}/approve`, bogor, { lines: [{ productId: swab, approvedQuantity: 20 }] }).expect(200);

    const bandung = await t.token('dinkes.bandung');
    expect((await t.http().get(`/api/v1/resupply-requests/${request.body.id}`).set(auth(bandung)).expect(404)).body.code).toBe('REQUEST_NOT_FOUND');
    const theirs = await t.http().get('/api/v1/resupply-requests').set(auth(bandung)).expect(200);
    expect(theirs.body.items.some((r: { pointId: string }) => r.pointId === kit)).toBe(false);

    const asSupplier = await t.http().get('/api/v1/resupply-requests?role=supplier&status=approved').set(auth(dicStaff)).expect(200);
    expect(asSupplier.body.items.length).toBeGreaterThan(0);
    expect(asSupplier.body.items.every((r: { supplierPointId: string; status: string }) => r.supplierPointId === dic && r.status === 'approved')).toBe(true);
    const asRequester = await t.http().get('/api/v1/resupply-requests?role=requester').set(auth(dicStaff)).expect(200);
    expect(asRequester.body.total).toBe(0);
  });

  it('raises overdue alerts for undecided requests and shipments in transit too long, and resolves them', async () => {
    const request = await newRequest([{ productId: syringe, quantity: 30 }]).expect(201);
    const shipment = await post('/api/v1/shipments', dicStaff, { id: randomUUID(), fromPointId: dic, toPointId: kit, lines: [{ productId: swab, quantity: 5 }] }).expect(201);
    const overdue = t.app.get(OverdueService);
    const alertsFor = async (subjectId: string) =>
      (await t.dataSource.query(`SELECT type, status, point_id AS "pointId" FROM alerts WHERE subject_id = $1 ORDER BY first_seen_at`, [subjectId])) as {
        type: string;
        status: string;
        pointId: string;
      }[];

    await overdue.scan(new Date(Date.now() + 2 * DAY));
    expect(await alertsFor(request.body.id)).toEqual([]);
    await overdue.scan(new Date(Date.now() + 4 * DAY));
    expect(await alertsFor(request.body.id)).toEqual([{ type: 'request_overdue', status: 'open', pointId: dic }]);
    expect(await alertsFor(shipment.body.id)).toEqual([]);
    await overdue.scan(new Date(Date.now() + 15 * DAY));
    expect(await alertsFor(shipment.body.id)).toEqual([{ type: 'shipment_overdue', status: 'open', pointId: kit }]);

    await post(`/api/v1/resupply-requests/${request.body.id}/reject`, dicStaff, { reason: 'Stock reserved for the DIC' }).expect(200);
    await post(`/api/v1/shipments/${shipment.body.id}/receive`, outreach, {
      id: randomUUID(),
      lines: shipment.body.lines.map((line: { lotId: string; quantitySent: number }) => ({ lotId: line.lotId, quantityReceived: line.quantitySent })),
    }).expect(201);
    await overdue.scan(new Date(Date.now() + 16 * DAY));
    expect((await alertsFor(request.body.id)).map((a) => a.status)).toEqual(['resolved']);
    expect((await alertsFor(shipment.body.id)).map((a) => a.status)).toEqual(['resolved']);
  });
});
