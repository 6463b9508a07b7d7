import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

describe('passwords: your own, and resets by who manages you', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const userId = async (username: string) => (await t.dataSource.query('SELECT id FROM users WHERE username = $1', [username]))[0].id as string;
  const login = (username: string, password: string) => t.http().post('/api/v1/auth/login').send({ username, password });

  it('point staff change their own password; the old password and old tokens stop working', async () => {
    const token = await t.token('staff.pkm.kopo');
    await t.http().post('/api/v1/auth/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: 'pasokan-demo', newPassword: 'kopo-new-passphrase' }).expect(204);
    expect((await login('staff.pkm.kopo', 'pasokan-demo')).status).toBe(401);
    expect((await login('staff.pkm.kopo', 'kopo-new-passphrase')).status).toBe(200);
    const old = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    expect(old.body.code).toBe('INVALID_TOKEN');
    const [entry] = await t.dataSource.query(`SELECT after FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [await userId('staff.pkm.kopo')]);
    expect(entry.after).toMatchObject({ username: 'staff.pkm.kopo', passwordChanged: true });
    expect(JSON.stringify(entry.after)).not.toMatch(/argon2|kopo-new/);
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const token = await t.token('outreach.lotim');
    const response = await t
      .http()
      .post('/api/v1/auth/password')
      .set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: 'not-my-password', newPassword: 'another-long-passphrase' })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'WRONG_CURRENT_PASSWORD', errors: [{ field: 'currentPassword', messages: ['is not your current password'] }] });
    expect((await login('outreach.lotim', 'pasokan-demo')).status).toBe(200);
    const short = await t.http().post('/api/v1/auth/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: 'pasokan-demo', newPassword: 'short' }).expect(400);
    expect(short.body.errors).toEqual([{ field: 'newPassword', messages: ['newPassword must be at least 10 characters long'] }]);
  });

  it('an administrator, or the district officer of the regency, resets a password; a district officer elsewhere cannot', async () => {
    const reset = async (by: string, username: string, password: string) =>
      t.http().patch(`/api/v1/users/${await userId(username)}`).set('Authorization', `Bearer ${await t.token(by)}`).send({ password });
    expect((await reset('dinkes.bandung', 'staff.dic.bandung', 'reset-by-dinkes-1')).status).toBe(200);
    expect((await login('staff.dic.bandung', 'reset-by-dinkes-1')).status).toBe(200);
    expect((await reset('admin', 'outreach.cibinong', 'reset-by-admin-1')).status).toBe(200);
    expect((await login('outreach.cibinong', 'reset-by-admin-1')).status).toBe(200);
    const elsewhere = await reset('dinkes.bandung', 'staff.lsm.cibinong', 'not-allowed-here-1');
    expect(elsewhere.status).toBe(404);
    expect((await login('staff.lsm.cibinong', 'pasokan-demo')).status).toBe(200);
  });
});

describe('audit entries are written in the transaction of the change', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
  });
  afterAll(() => t.close());

  it('a change whose audit entry cannot be written is not made', async () => {
    const point = ids.point('PKM-BDG-KOPO');
    // The audit log refuses entries about this one point, as a full disk or a broken constraint would (a test trigger,
    // made as the owner: the service's own role cannot).
    await t.ownerQuery(`CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.entity_id = '${point}' THEN RAISE EXCEPTION 'audit log unavailable'; END IF; RETURN NEW; END $$`);
    await t.ownerQuery(`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`);
    try {
      const token = await t.token('admin');
      await t.http().patch(`/api/v1/points/${point}`).set('Authorization', `Bearer ${token}`).send({ name: 'Renamed without a trace' }).expect(500);
      const [{ name }] = await t.dataSource.query('SELECT name FROM points WHERE id = $1', [point]);
      expect(name).not.toBe('Renamed without a trace');
      await t.http().put(`/api/v1/points/${point}/stock-levels`).set('Authorization', `Bearer ${token}`).send({ levels: [{ productId: ids.product('NS-1ML-LDS-29G'), minMonths: 1, maxMonths: 2 }] }).expect(500);
      expect(await t.dataSource.query('SELECT * FROM stock_levels WHERE point_id = $1', [point])).toEqual([]);
    } finally {
      await t.ownerQuery('DROP TRIGGER test_refuse_audit ON audit_log');
      await t.ownerQuery('DROP FUNCTION test_refuse_audit()');
    }
  });

  it('concurrent changes each record the state they replaced', async () => {
    const point = ids.point('DIC-BDG-01');
    const token = await t.token('admin');
    const names = Array.from({ length: 8 }, (_, index) => `Drop-in Centre Bandung Wetan ${index + 1}`);
    await Promise.all(names.map((name) => t.http().patch(`/api/v1/points/${point}`).set('Authorization', `Bearer ${token}`).send({ name }).expect(200)));
    const entries: { before: { name: string }; after: { name: string } }[] = await t.dataSource.query(
      `SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'update' ORDER BY id`,
      [point],
    );
    expect(entries).toHaveLength(names.length);
    // A chain: each change starts from what the one before it left.
    entries.slice(1).forEach((entry, index) => expect(entry.before.name).toBe(entries[index].after.name));
    const [{ name }] = await t.dataSource.query('SELECT name FROM points WHERE id = $1', [point]);
    expect(entries[entries.length - 1].after.name).toBe(name);
  });
});
