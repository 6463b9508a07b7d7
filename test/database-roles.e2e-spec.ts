import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The service connects as a role that owns nothing (migrations run as the owner, at start-up), so the database's
 * protections bind every statement it can send, and shipment and resupply request history is append-only.
 * `t.dataSource` is the service's own connection: these statements are what SQL injected anywhere could try.
 */
describe('the database role of the service', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const sql = (text: string, params: unknown[] = []) => t.dataSource.query(text, params);

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
  });
  afterAll(() => t.close());

  it('owns nothing, is no superuser and cannot create roles, databases or tables', async () => {
    const [role] = await sql(
      `SELECT current_user AS name, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned,
              (SELECT count(*)::int FROM pg_proc p WHERE p.proowner = r.oid) AS functions
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(role).toEqual({ name: 'pasokan_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, owned: 0, functions: 0 });
    await expect(sql('CREATE TABLE notes_of_clients (name text)')).rejects.toThrow(/permission denied/);
    await expect(sql('ALTER ROLE pasokan_app SUPERUSER')).rejects.toThrow(/permission denied|must be superuser/);
  });

  it.each([
    'ALTER TABLE movements DISABLE TRIGGER ALL',
    'ALTER TABLE ledger_lines DISABLE TRIGGER ledger_lines_append_only',
    'ALTER TABLE shipments DISABLE TRIGGER shipments_history',
    'ALTER TABLE resupply_request_events DISABLE TRIGGER resupply_request_events_history',
    'DROP TRIGGER audit_log_append_only ON audit_log',
    'ALTER TABLE stock_balances DROP CONSTRAINT stock_balances_non_negative',
    'CREATE OR REPLACE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
    'DROP TABLE audit_log',
  ])('cannot switch the protections off: %s', async (statement) => {
    await expect(sql(statement)).rejects.toThrow(/must be owner|permission denied/);
  });

  it('cannot bypass triggers or become another role', async () => {
    await expect(sql('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(sql('SET ROLE postgres')).rejects.toThrow(/permission denied|does not exist/);
    await expect(sql('TRUNCATE shipments CASCADE')).rejects.toThrow(/permission denied/);
    await expect(sql(`INSERT INTO migrations (timestamp, name) VALUES (1, 'x')`)).rejects.toThrow(/permission denied/);
  });

  describe('shipment and resupply request history', () => {
    let shipmentId: string;
    let requestId: string;

    beforeAll(async () => {
      const admin = auth(await t.token('admin'));
      const dinkes = ids.point('DINKES-3201');
      const ngo = ids.point('LSM-CBN-01');
      shipmentId = randomUUID();
      await t.http().post('/api/v1/shipments').set(admin).send({ id: shipmentId, fromPointId: dinkes, toPointId: ngo, note: 'weekly delivery', lines: [{ productId: ids.product('SWAB-ALC'), quantity: 10 }] }).expect(201);
      const [line] = await sql(`SELECT lot_id AS "lotId" FROM shipment_lines WHERE shipment_id = $1`, [shipmentId]);
      await t.http().post(`/api/v1/shipments/${shipmentId}/receive`).set(admin).send({ id: randomUUID(), lines: [{ lotId: line.lotId, quantityReceived: 10 }] }).expect(201);

      requestId = randomUUID();
      const outreach = auth(await t.token('outreach.cibinong'));
      await t.http().post('/api/v1/resupply-requests').set(outreach).send({ id: requestId, pointId: ids.point('OUT-CBN-01'), note: 'for the weekend', lines: [{ productId: ids.product('SWAB-ALC'), quantity: 100 }] }).expect(201);
      await t.http().post(`/api/v1/resupply-requests/${requestId}/reject`).set(auth(await t.token('dinkes.bogor'))).send({ reason: 'send next month' }).expect(200);
    });

    it.each([
      ['a shipment’s receiver', `UPDATE shipments SET to_point_id = from_point_id WHERE id = $1`],
      ['a shipment’s status back to in transit', `UPDATE shipments SET status = 'in_transit', receipt_movement_id = NULL, received_at = NULL WHERE id = $1`],
      ['a shipment’s dispatch date', `UPDATE shipments SET dispatched_at = dispatched_at - interval '1 day' WHERE id = $1`],
      ['a shipment’s note', `UPDATE shipments SET note = 'edited' WHERE id = $1`],
      ['what was sent', `UPDATE shipment_lines SET quantity_sent = quantity_sent + 1 WHERE shipment_id = $1`],
      ['what arrived, once written', `UPDATE shipment_lines SET quantity_received = 0, discrepancy_reason = 'lost' WHERE shipment_id = $1`],
      ['deleting a shipment line', `DELETE FROM shipment_lines WHERE shipment_id = $1`],
      ['deleting a shipment', `DELETE FROM shipments WHERE id = $1`],
    ])('refuses editing %s', async (_what, statement) => {
      await expect(sql(statement, [shipmentId])).rejects.toThrow(/history|append-only/);
    });

    it.each([
      ['who asked', `UPDATE resupply_requests SET point_id = supplier_point_id, supplier_point_id = point_id WHERE id = $1`],
      ['a rejection turned into a submission', `UPDATE resupply_requests SET status = 'submitted', rejection_reason = NULL, decided_by = NULL, decided_at = NULL WHERE id = $1`],
      ['a rejection turned into an approval', `UPDATE resupply_requests SET status = 'approved', rejection_reason = NULL WHERE id = $1`],
      ['the decision’s author', `UPDATE resupply_requests SET decided_by = requested_by WHERE id = $1`],
      ['the rejection reason', `UPDATE resupply_requests SET rejection_reason = 'other reason' WHERE id = $1`],
      ['the quantity asked for', `UPDATE resupply_request_lines SET quantity = 1 WHERE request_id = $1`],
      ['deleting a line', `DELETE FROM resupply_request_lines WHERE request_id = $1`],
      ['an event', `UPDATE resupply_request_events SET details = '{}' , status = 'approved' WHERE request_id = $1`],
      ['deleting an event', `DELETE FROM resupply_request_events WHERE request_id = $1`],
      ['deleting the request', `DELETE FROM resupply_requests WHERE id = $1`],
    ])('refuses editing %s of a resupply request', async (_what, statement) => {
      await expect(sql(statement, [requestId])).rejects.toThrow(/history|append-only/);
    });

    it('keeps the history as it was', async () => {
      const [shipment] = await sql(`SELECT status, note FROM shipments WHERE id = $1`, [shipmentId]);
      expect(shipment).toEqual({ status: 'received', note: 'weekly delivery' });
      const [request] = await sql(`SELECT status, rejection_reason AS reason FROM resupply_requests WHERE id = $1`, [requestId]);
      expect(request).toEqual({ status: 'rejected', reason: 'send next month' });
      const events = await sql(`SELECT status FROM resupply_request_events WHERE request_id = $1 ORDER BY id`, [requestId]);
      expect(events.map((event: { status: string }) => event.status)).toEqual(['submitted', 'rejected']);
    });
  });
});
