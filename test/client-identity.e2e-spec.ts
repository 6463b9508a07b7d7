import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * pasokan never stores a client's identity. Free text is where it slips in, so every free-text field refuses obvious
 * identifiers, and an administrator can erase free text from history (audited) without changing any figure.
 */
describe('free text that could identify a client', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: { Authorization: string };
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const now = () => new Date().toISOString();

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    admin = auth(await t.token('admin'));
  });
  afterAll(() => t.close());

  /** Every free-text field a request can carry: method, path, a valid body, and where the text goes in it. */
  const fields = (): { field: string; method: 'post' | 'patch'; path: string; body: (text: string) => object }[] => {
    const dic = ids.point('DIC-BDG-01');
    const swab = ids.product('SWAB-ALC');
    const receipt = (line: object, extra: object = {}) => ({
      id: randomUUID(), type: 'receipt', occurredAt: now(), source: 'Dinkes Kota Bandung',
      lines: [{ productId: swab, quantity: 1, lotNumber: 'ID-TEST', expiryDate: '2028-01', fundingSource: 'APBN', ...line }], ...extra,
    });
    return [
      { field: 'name', method: 'post', path: '/api/v1/points', body: (text) => ({ code: 'ID-PT', name: text, type: 'drop_in_centre', regencyCode: '32.73' }) },
      { field: 'name', method: 'patch', path: `/api/v1/points/${dic}`, body: (text) => ({ name: text }) },
      { field: 'name', method: 'post', path: '/api/v1/products', body: (text) => ({ code: 'ID-PR', name: text, nameId: 'x', category: 'other', unit: 'piece', packSize: 1 }) },
      { field: 'nameId', method: 'patch', path: `/api/v1/products/${swab}`, body: (text) => ({ nameId: text }) },
      { field: 'unit', method: 'patch', path: `/api/v1/products/${swab}`, body: (text) => ({ unit: text }) },
      { field: 'note', method: 'post', path: `/api/v1/points/${dic}/movements`, body: (text) => receipt({}, { note: text }) },
      { field: 'source', method: 'post', path: `/api/v1/points/${dic}/movements`, body: (text) => receipt({}, { source: text }) },
      { field: 'lines[0].lotNumber', method: 'post', path: `/api/v1/points/${dic}/movements`, body: (text) => receipt({ lotNumber: text }) },
      { field: 'lines[0].donorName', method: 'post', path: `/api/v1/points/${dic}/movements`, body: (text) => receipt({ fundingSource: 'OTHER_DONOR', donorName: text }) },
      { field: 'note', method: 'post', path: '/api/v1/shipments', body: (text) => ({ id: randomUUID(), fromPointId: dic, toPointId: ids.point('PKM-BDG-KOPO'), note: text, lines: [{ productId: swab, quantity: 1 }] }) },
      { field: 'note', method: 'post', path: `/api/v1/shipments/${randomUUID()}/receive`, body: (text) => ({ id: randomUUID(), note: text, lines: [{ lotId: randomUUID(), quantityReceived: 1 }] }) },
      { field: 'note', method: 'post', path: `/api/v1/shipments/${randomUUID()}/cancel`, body: (text) => ({ id: randomUUID(), note: text }) },
      { field: 'note', method: 'post', path: '/api/v1/resupply-requests', body: (text) => ({ id: randomUUID(), pointId: dic, note: text, lines: [{ productId: swab, quantity: 1 }] }) },
      { field: 'lines[0].note', method: 'post', path: '/api/v1/resupply-requests', body: (text) => ({ id: randomUUID(), pointId: dic, lines: [{ productId: swab, quantity: 1, note: text }] }) },
      { field: 'lines[0].comment', method: 'post', path: `/api/v1/resupply-requests/${randomUUID()}/approve`, body: (text) => ({ lines: [{ productId: swab, approvedQuantity: 1, comment: text }] }) },
      { field: 'reason', method: 'post', path: `/api/v1/resupply-requests/${randomUUID()}/reject`, body: (text) => ({ reason: text }) },
    ];
  };

  it.each([
    ['a NIK', 'klien 3273010101900001', 'national ID number'],
    ['a phone number', 'hubungi 0812-3456-7890', 'phone number'],
    ['an international phone number', '+62 812 3456 7890', 'phone number'],
    ['an e-mail address', 'budi.s@example.com', 'e-mail address'],
  ])('every free-text field refuses %s with a message naming the field, and writes nothing', async (_what, text, kind) => {
    const before = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM points) AS points, (SELECT count(*) FROM movements) AS movements, (SELECT count(*) FROM shipments) AS shipments,
              (SELECT count(*) FROM resupply_requests) AS requests, (SELECT count(*) FROM audit_log) AS audit`,
    );
    for (const { field, method, path, body } of fields()) {
      const response = await t.http()[method](path).set(admin).send(body(text));
      expect({ field, status: response.status, code: response.body.code }).toEqual({ field, status: 400, code: 'VALIDATION_FAILED' });
      const error = (response.body.errors as { field: string; messages: string[] }[]).find((candidate) => candidate.field === field);
      expect({ field, messages: error?.messages }).toEqual({ field, messages: [expect.stringContaining(kind)] });
    }
    expect(
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM points) AS points, (SELECT count(*) FROM movements) AS movements, (SELECT count(*) FROM shipments) AS shipments,
                (SELECT count(*) FROM resupply_requests) AS requests, (SELECT count(*) FROM audit_log) AS audit`,
      ),
    ).toEqual(before);
  });

  it('keeps notes, reasons and comments short', async () => {
    const response = await t.http().post(`/api/v1/points/${ids.point('DIC-BDG-01')}/movements`).set(admin)
      .send({ id: randomUUID(), type: 'distribution', occurredAt: now(), contacts: 1, note: 'x'.repeat(201), lines: [{ productId: ids.product('SWAB-ALC'), quantity: 1 }] });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['note']);
  });

  describe('erasure by an administrator', () => {
    const redact = (entityType: string, entityId: string, token = admin) => t.http().post('/api/v1/redactions').set(token).send({ entityType, entityId });
    const ledger = () =>
      t.dataSource.query(
        `SELECT (SELECT string_agg(point_id || ':' || lot_id || ':' || quantity, ',' ORDER BY point_id, lot_id) FROM stock_balances) AS balances,
                (SELECT string_agg(movement_id || ':' || quantity, ',' ORDER BY id) FROM ledger_lines) AS lines,
                (SELECT string_agg(id || ':' || type || ':' || occurred_at || ':' || COALESCE(contacts, -1), ',' ORDER BY id) FROM movements) AS movements`,
      );

    it('replaces a movement’s note and source with [redacted], keeps every figure, and is audited', async () => {
      const staff = auth(await t.token('staff.dic.bandung'));
      const id = randomUUID();
      await t.http().post(`/api/v1/points/${ids.point('DIC-BDG-01')}/movements`).set(staff)
        .send({ id, type: 'receipt', occurredAt: now(), source: 'from Pak Budi', note: 'Budi from the back alley brought it', lines: [{ productId: ids.product('CONDOM-M'), quantity: 144, lotNumber: 'RED-1', expiryDate: '2029-01', fundingSource: 'APBD' }] })
        .expect(201);
      const figures = await ledger();

      expect((await redact('movement', id, staff)).status).toBe(403);
      const response = await redact('movement', id).expect(200);
      expect(response.body).toMatchObject({ entityType: 'movement', entityId: id, redacted: [{ table: 'movements', column: 'note', rows: 1 }, { table: 'movements', column: 'source', rows: 1 }] });
      const movement = await t.http().get(`/api/v1/movements/${id}`).set(staff).expect(200);
      expect(movement.body).toMatchObject({ note: '[redacted]', source: '[redacted]', lines: [expect.objectContaining({ quantity: 144 })] });
      expect(await ledger()).toEqual(figures);

      const audit = await t.http().get(`/api/v1/audit-log?entityId=${id}`).set(admin).expect(200);
      expect(audit.body.items).toEqual([expect.objectContaining({ id: response.body.auditEntryId, action: 'redact', entityType: 'movement', actor: 'admin' })]);
      expect(JSON.stringify(audit.body)).not.toContain('Budi');
      // Again: nothing more to change, and that too is recorded.
      expect((await redact('movement', id).expect(200)).body.redacted).toEqual([]);
    });

    it('covers a shipment’s movements, a resupply request’s history, and a point’s audit entries', async () => {
      const shipmentId = randomUUID();
      await t.http().post('/api/v1/shipments').set(admin)
        .send({ id: shipmentId, fromPointId: ids.point('DINKES-3201'), toPointId: ids.point('LSM-CBN-01'), note: 'give to Budi', lines: [{ productId: ids.product('SWAB-ALC'), quantity: 5 }] }).expect(201);
      const shipment = await redact('shipment', shipmentId).expect(200);
      expect(shipment.body.redacted).toEqual([{ table: 'shipments', column: 'note', rows: 1 }, { table: 'movements', column: 'note', rows: 1 }]);
      expect((await t.http().get(`/api/v1/shipments/${shipmentId}`).set(admin).expect(200)).body).toMatchObject({ note: '[redacted]', status: 'in_transit' });

      const requestId = randomUUID();
      await t.http().post('/api/v1/resupply-requests').set(auth(await t.token('outreach.cibinong')))
        .send({ id: requestId, pointId: ids.point('OUT-CBN-01'), note: 'for Budi', lines: [{ productId: ids.product('SWAB-ALC'), quantity: 100, note: 'Budi asks' }] }).expect(201);
      await t.http().post(`/api/v1/resupply-requests/${requestId}/reject`).set(auth(await t.token('dinkes.bogor'))).send({ reason: 'Budi got some' }).expect(200);
      const request = await redact('resupply_request', requestId).expect(200);
      expect(request.body.redacted).toEqual([
        { table: 'resupply_requests', column: 'note', rows: 1 },
        { table: 'resupply_requests', column: 'rejection_reason', rows: 1 },
        { table: 'resupply_request_lines', column: 'note', rows: 1 },
        { table: 'resupply_request_events', column: 'details', rows: 1 },
      ]);
      const detail = await t.http().get(`/api/v1/resupply-requests/${requestId}`).set(admin).expect(200);
      expect(JSON.stringify(detail.body)).not.toContain('Budi');
      expect(detail.body).toMatchObject({ status: 'rejected', lines: [expect.objectContaining({ quantity: 100 })] });

      const point = await t.http().post('/api/v1/points').set(admin).send({ code: 'RED-PT', name: 'DIC rumah Budi', type: 'drop_in_centre', regencyCode: '32.73' }).expect(201);
      await t.http().patch(`/api/v1/points/${point.body.id}`).set(admin).send({ name: 'DIC Bandung Timur' }).expect(200);
      const redaction = await redact('point', point.body.id).expect(200);
      expect(redaction.body.redacted).toEqual([{ table: 'audit_log', column: 'before', rows: 1 }, { table: 'audit_log', column: 'after', rows: 2 }]);
      const audit = await t.http().get(`/api/v1/audit-log?entityId=${point.body.id}`).set(admin).expect(200);
      expect(JSON.stringify(audit.body)).not.toContain('Budi');
      expect(audit.body.items.find((entry: { action: string }) => entry.action === 'create').after).toMatchObject({ code: 'RED-PT', name: '[redacted]', type: 'drop_in_centre' });
    });

    it('is the only change the database allows to history, and only with its audit entry', async () => {
      const [movement] = await t.dataSource.query(`SELECT id FROM movements WHERE note IS NOT NULL AND note <> '[redacted]' LIMIT 1`);
      const id = movement?.id ?? (await t.http().post(`/api/v1/points/${ids.point('DIC-BDG-01')}/movements`).set(admin)
        .send({ id: randomUUID(), type: 'distribution', occurredAt: now(), contacts: 1, note: 'a note', lines: [{ productId: ids.product('SWAB-ALC'), quantity: 1 }] }).expect(201)).body.id;
      await expect(t.dataSource.query(`UPDATE movements SET note = '[redacted]' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);

      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      try {
        const inTransaction = async (work: () => Promise<unknown>) => {
          await runner.startTransaction();
          try {
            const [{ id: auditId }] = await runner.query(
              `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, after) SELECT id, 'redact', 'movement', $1, '{}' FROM users WHERE username = 'admin' RETURNING id::text AS id`,
              [id],
            );
            await runner.query(`SELECT set_config('pasokan.redaction_audit_id', $1, true)`, [auditId]);
            return await work();
          } finally {
            await runner.rollbackTransaction();
          }
        };
        // With its audit entry, still nothing but free text turned into [redacted].
        await expect(inTransaction(() => runner.query(`UPDATE movements SET contacts = 99 WHERE id = $1`, [id]))).rejects.toThrow(/append-only/);
        await expect(inTransaction(() => runner.query(`UPDATE movements SET note = 'rewritten' WHERE id = $1`, [id]))).rejects.toThrow(/append-only/);
        await expect(inTransaction(() => runner.query(`DELETE FROM movements WHERE id = $1`, [id]))).rejects.toThrow(/append-only/);
        await expect(inTransaction(() => runner.query(`UPDATE ledger_lines SET quantity = 0 WHERE movement_id = $1`, [id]))).rejects.toThrow(/append-only/);
        // An old audit entry does not open history again.
        const [{ old }] = await t.dataSource.query(`SELECT max(id)::text AS old FROM audit_log WHERE action = 'redact'`);
        await runner.startTransaction();
        await runner.query(`SELECT set_config('pasokan.redaction_audit_id', $1, true)`, [old]);
        await expect(runner.query(`UPDATE movements SET note = '[redacted]' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
        await runner.rollbackTransaction();
      } finally {
        await runner.release();
      }
    });
  });
});
