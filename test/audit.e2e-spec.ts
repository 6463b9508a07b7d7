import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

describe('the audit log of administrative changes', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
  });
  afterAll(() => t.close());

  it('records who changed a point, when, and the record before and after', async () => {
    const admin = await t.token('admin');
    const point = ids.point('PKM-BDG-KOPO');
    await t.http().patch(`/api/v1/points/${point}`).set(auth(admin)).send({ name: 'Puskesmas Kopo (renovated)' }).expect(200);
    const log = await t.http().get(`/api/v1/audit-log?entityType=point&entityId=${point}`).set(auth(admin)).expect(200);
    expect(log.body.items[0]).toMatchObject({
      actor: 'admin',
      action: 'update',
      entityType: 'point',
      entityId: point,
      before: expect.objectContaining({ name: 'Puskesmas Kopo, Bandung' }),
      after: expect.objectContaining({ name: 'Puskesmas Kopo (renovated)' }),
    });
  });

  it('records users created and changed by a district officer, never with a password or its hash', async () => {
    const officer = await t.token('dinkes.bandung');
    const password = 'a-secret-passphrase-1';
    const created = await t.http().post('/api/v1/users').set(auth(officer))
      .send({ username: 'staff.audit', password, role: 'point_staff', pointIds: [ids.point('DIC-BDG-01')] }).expect(201);
    await t.http().patch(`/api/v1/users/${created.body.id}`).set(auth(officer)).send({ password: 'another-passphrase-2', active: false }).expect(200);

    const admin = await t.token('admin');
    const log = await t.http().get(`/api/v1/audit-log?entityType=user&entityId=${created.body.id}`).set(auth(admin)).expect(200);
    expect(log.body.items.map((entry: { action: string; actor: string }) => [entry.action, entry.actor])).toEqual([
      ['update', 'dinkes.bandung'],
      ['create', 'dinkes.bandung'],
    ]);
    expect(log.body.items[0]).toMatchObject({ before: expect.objectContaining({ active: true }), after: expect.objectContaining({ active: false, passwordChanged: true }) });
    const stored = JSON.stringify(await t.dataSource.query('SELECT before, after FROM audit_log'));
    expect(stored).not.toContain(password);
    expect(stored).not.toContain('another-passphrase-2');
    expect(stored).not.toMatch(/argon2/);
  });

  it('records products and stock levels, is for administrators only, and cannot be edited', async () => {
    const admin = await t.token('admin');
    const product = ids.product('LUBE-SACHET');
    await t.http().patch(`/api/v1/products/${product}`).set(auth(admin)).send({ packSize: 50 }).expect(200);
    await t.http().put(`/api/v1/points/${ids.point('DIC-BDG-01')}/stock-levels`).set(auth(admin)).send({ levels: [{ productId: product, minMonths: 1, maxMonths: 2.5 }] }).expect(200);
    const log = await t.http().get('/api/v1/audit-log?limit=10').set(auth(admin)).expect(200);
    const types = log.body.items.map((entry: { entityType: string }) => entry.entityType);
    expect(types).toEqual(expect.arrayContaining(['product', 'stock_levels']));
    const levels = log.body.items.find((entry: { entityType: string }) => entry.entityType === 'stock_levels');
    expect(levels.after).toEqual([expect.objectContaining({ productId: product, maxMonths: 2.5, source: 'point' })]);

    const officer = await t.token('dinkes.bandung');
    expect((await t.http().get('/api/v1/audit-log').set(auth(officer)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    await expect(t.dataSource.query('UPDATE audit_log SET actor_id = NULL')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
});
