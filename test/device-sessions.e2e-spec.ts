import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Device sessions: a phone logs in once, refreshes its access token for weeks with a refresh token that is not
 * rotated, and loses it when the session is revoked (by the user, an administrator or the user's district officer),
 * unused for DEVICE_SESSION_IDLE_DAYS, or when the password changes or the account is deactivated. A token that
 * stopped working never works again.
 */

const IDLE_DAYS = 30;
const PASSWORD = 'field-phone-password';

interface Login {
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: string;
  sessionId: string;
}

describe('device sessions', () => {
  let t: TestApp;
  let admin: string;
  let dic: string;
  let userCounter = 0;

  beforeAll(async () => {
    t = await createTestApp({ env: { DEVICE_SESSION_IDLE_DAYS: String(IDLE_DAYS) } });
    dic = (await demoIds(t.dataSource)).point('DIC-BDG-01');
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  const bearer = (token: string) => `Bearer ${token}`;
  const ok = (response: Response, status = 200): Response => {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    return response;
  };
  const problem = (response: Response, status: number, code: string) =>
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });

  /** A new staff member of the Bandung drop-in centre, so each test changes only its own account. */
  const newStaff = async (): Promise<{ id: string; username: string }> => {
    const username = `phone.${++userCounter}.${randomUUID().slice(0, 6)}`;
    const response = await t.http().post('/api/v1/users').set('Authorization', bearer(admin)).send({ username, password: PASSWORD, role: 'point_staff', pointIds: [dic] });
    return { id: ok(response, 201).body.id, username };
  };
  const login = async (username: string, deviceName?: string, password = PASSWORD): Promise<Login> =>
    ok(await t.http().post('/api/v1/auth/login').send({ username, password, ...(deviceName ? { deviceName } : {}) })).body;
  const refresh = (refreshToken: string) => t.http().post('/api/v1/auth/refresh').send({ refreshToken });
  const me = (accessToken: string) => t.http().get('/api/v1/auth/me').set('Authorization', bearer(accessToken));
  const revoke = (sessionId: string, token: string) => t.http().delete(`/api/v1/sessions/${sessionId}`).set('Authorization', bearer(token));
  const sessionRow = async (id: string) =>
    (await t.dataSource.query(`SELECT *, encode(token_hash, 'hex') AS hash_hex FROM device_sessions WHERE id = $1`, [id]))[0];

  it('opens a device session at login and keeps only a hash of its refresh token', async () => {
    const user = await newStaff();
    const before = Date.now();
    const session = await login(user.username, 'HP Android');
    expect(session.refreshToken).toMatch(/^[\w-]{43}$/);
    expect(Date.parse(session.refreshExpiresAt) - before).toBeGreaterThanOrEqual(IDLE_DAYS * 86_400_000 - 60_000);
    expect(Date.parse(session.refreshExpiresAt) - before).toBeLessThanOrEqual(IDLE_DAYS * 86_400_000 + 60_000);
    const row = await sessionRow(session.sessionId);
    expect(row).toMatchObject({ user_id: user.id, device_label: 'HP Android', revoked_at: null });
    expect(JSON.stringify(row)).not.toContain(session.refreshToken);
    expect(JSON.stringify(row)).not.toContain(Buffer.from(session.refreshToken).toString('hex'));
    ok(await me(session.accessToken));
  });

  it('refreshes the access token with the same refresh token as often as needed (not rotated)', async () => {
    const user = await newStaff();
    const session = await login(user.username);
    await t.dataSource.query(`UPDATE device_sessions SET last_used_at = now() - interval '10 days' WHERE id = $1`, [session.sessionId]);
    const first = ok(await refresh(session.refreshToken)).body;
    const second = ok(await refresh(session.refreshToken)).body;
    expect(first).toEqual({ accessToken: expect.any(String), expiresIn: 8 * 3600, refreshExpiresAt: expect.any(String) });
    expect(Date.parse(first.refreshExpiresAt)).toBeGreaterThan(Date.parse(session.refreshExpiresAt) - 60_000);
    ok(await me(first.accessToken));
    ok(await me(second.accessToken));
    const row = await sessionRow(session.sessionId);
    expect(Date.now() - row.last_used_at.getTime()).toBeLessThan(60_000);
  });

  it('refuses an unknown refresh token and an invalid body', async () => {
    problem(await refresh('x'.repeat(43)), 401, 'INVALID_TOKEN');
    problem(await t.http().post('/api/v1/auth/refresh').send({}), 400, 'VALIDATION_FAILED');
    problem(await t.http().post('/api/v1/auth/refresh').send({ refreshToken: 'x', extra: 1 }), 400, 'VALIDATION_FAILED');
  });

  it('lists your own sessions, marking the current one', async () => {
    const user = await newStaff();
    const phone = await login(user.username, 'HP Android');
    const tablet = await login(user.username, 'Tablet DIC');
    const page = ok(await t.http().get('/api/v1/auth/sessions').set('Authorization', bearer(phone.accessToken))).body;
    expect(page.total).toBe(2);
    const byId = new Map(page.items.map((item: { id: string }) => [item.id, item]));
    expect(byId.get(phone.sessionId)).toMatchObject({ deviceLabel: 'HP Android', status: 'active', current: true, userId: user.id, username: user.username });
    expect(byId.get(tablet.sessionId)).toMatchObject({ deviceLabel: 'Tablet DIC', status: 'active', current: false, revokedAt: null });
    expect(JSON.stringify(page)).not.toMatch(/hash|refreshToken/i);
  });

  it('logout ends the session: its refresh token and access token stop, other devices go on', async () => {
    const user = await newStaff();
    const phone = await login(user.username);
    const other = await login(user.username);
    ok(await t.http().post('/api/v1/auth/logout').set('Authorization', bearer(phone.accessToken)), 204);
    problem(await refresh(phone.refreshToken), 401, 'SESSION_REVOKED');
    problem(await me(phone.accessToken), 401, 'SESSION_REVOKED');
    ok(await refresh(other.refreshToken));
    ok(await me(other.accessToken));
    expect(await sessionRow(phone.sessionId)).toMatchObject({ revoked_reason: 'logout', revoked_by: user.id });
  });

  it('an administrator revokes a lost phone: refresh and access stop at once, audited, and nothing revives them', async () => {
    const user = await newStaff();
    const lost = await login(user.username, 'HP hilang');
    const refreshed = ok(await refresh(lost.refreshToken)).body;
    const listed = ok(await t.http().get(`/api/v1/users/${user.id}/sessions`).set('Authorization', bearer(admin))).body;
    expect(listed.items.map((item: { id: string }) => item.id)).toEqual([lost.sessionId]);

    const revoked = ok(await revoke(lost.sessionId, admin)).body;
    expect(revoked).toMatchObject({ id: lost.sessionId, status: 'revoked', revokedBy: 'admin', revokedReason: 'revoked' });
    problem(await refresh(lost.refreshToken), 401, 'SESSION_REVOKED');
    problem(await me(lost.accessToken), 401, 'SESSION_REVOKED');
    problem(await me(refreshed.accessToken), 401, 'SESSION_REVOKED');
    const audit = await t.dataSource.query(`SELECT before, after FROM audit_log WHERE entity_type = 'device_session' AND entity_id = $1`, [lost.sessionId]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ before: { status: 'active' }, after: { status: 'revoked', revokedBy: 'admin' } });

    // Revoking again changes nothing; a new login is a new session; the old tokens stay refused.
    ok(await revoke(lost.sessionId, admin));
    expect(await t.dataSource.query(`SELECT 1 FROM audit_log WHERE entity_id = $1`, [lost.sessionId])).toHaveLength(1);
    const again = await login(user.username);
    ok(await me(again.accessToken));
    problem(await me(lost.accessToken), 401, 'SESSION_REVOKED');
    problem(await refresh(lost.refreshToken), 401, 'SESSION_REVOKED');
  });

  it("the user's district officer may list and revoke their sessions; a district officer elsewhere and other staff may not", async () => {
    const user = await newStaff();
    const session = await login(user.username);
    const bogor = await t.token('dinkes.bogor');
    const colleague = await t.token('staff.dic.bandung');
    for (const token of [bogor, colleague]) {
      problem(await t.http().get(`/api/v1/users/${user.id}/sessions`).set('Authorization', bearer(token)), 404, 'USER_NOT_FOUND');
      problem(await revoke(session.sessionId, token), 404, 'SESSION_NOT_FOUND');
    }
    ok(await refresh(session.refreshToken));

    const bandung = await t.token('dinkes.bandung');
    ok(await t.http().get(`/api/v1/users/${user.id}/sessions`).set('Authorization', bearer(bandung)));
    expect(ok(await revoke(session.sessionId, bandung)).body).toMatchObject({ status: 'revoked', revokedBy: 'dinkes.bandung' });
    problem(await refresh(session.refreshToken), 401, 'SESSION_REVOKED');
    problem(await revoke(randomUUID(), admin), 404, 'SESSION_NOT_FOUND');
  });

  it('a user may revoke another of their own sessions (a phone they lost)', async () => {
    const user = await newStaff();
    const lost = await login(user.username);
    const current = await login(user.username);
    ok(await revoke(lost.sessionId, current.accessToken));
    problem(await refresh(lost.refreshToken), 401, 'SESSION_REVOKED');
    ok(await me(current.accessToken));
  });

  it(`expires a session unused for ${IDLE_DAYS} days`, async () => {
    const user = await newStaff();
    const recent = await login(user.username);
    const idle = await login(user.username);
    await t.dataSource.query(`UPDATE device_sessions SET last_used_at = now() - make_interval(days => $2) + interval '1 hour' WHERE id = $1`, [recent.sessionId, IDLE_DAYS]);
    await t.dataSource.query(`UPDATE device_sessions SET last_used_at = now() - make_interval(days => $2) - interval '1 hour' WHERE id = $1`, [idle.sessionId, IDLE_DAYS]);
    ok(await refresh(recent.refreshToken));
    problem(await refresh(idle.refreshToken), 401, 'SESSION_EXPIRED');
    const listed = ok(await t.http().get(`/api/v1/users/${user.id}/sessions`).set('Authorization', bearer(admin))).body;
    expect(listed.items.find((item: { id: string }) => item.id === idle.sessionId)).toMatchObject({ status: 'expired', revokedAt: null });
  });

  it('a password change ends every session of the account, for good', async () => {
    const user = await newStaff();
    const session = await login(user.username);
    const refreshed = ok(await refresh(session.refreshToken)).body;
    ok(await t.http().patch(`/api/v1/users/${user.id}`).set('Authorization', bearer(admin)).send({ password: 'a-new-password-1' }));
    problem(await refresh(session.refreshToken), 401, 'SESSION_REVOKED');
    expect((await refresh(session.refreshToken)).body.detail).toMatch(/password/);
    problem(await me(refreshed.accessToken), 401, 'INVALID_TOKEN');
    expect(await sessionRow(session.sessionId)).toMatchObject({ revoked_reason: 'password_changed', revoked_by: null });
    const fresh = await login(user.username, undefined, 'a-new-password-1');
    ok(await refresh(fresh.refreshToken));
    problem(await refresh(session.refreshToken), 401, 'SESSION_REVOKED');
  });

  it('a deactivation ends every session of the account, and a reactivation does not bring them back', async () => {
    const user = await newStaff();
    const session = await login(user.username);
    const patch = (active: boolean) => t.http().patch(`/api/v1/users/${user.id}`).set('Authorization', bearer(admin)).send({ active });
    ok(await patch(false));
    problem(await refresh(session.refreshToken), 401, 'SESSION_REVOKED');
    problem(await me(session.accessToken), 401, 'ACCOUNT_DEACTIVATED');
    ok(await patch(true));
    problem(await refresh(session.refreshToken), 401, 'SESSION_REVOKED');
    // Refused for good: a deactivation also moves the account's token version (pwv), which is checked first.
    problem(await me(session.accessToken), 401, 'INVALID_TOKEN');
    expect(await sessionRow(session.sessionId)).toMatchObject({ revoked_reason: 'deactivated' });
  });

  it('validates the device name', async () => {
    const user = await newStaff();
    const long = await t.http().post('/api/v1/auth/login').send({ username: user.username, password: PASSWORD, deviceName: 'x'.repeat(61) });
    problem(long, 400, 'VALIDATION_FAILED');
    expect(long.body.errors).toEqual([expect.objectContaining({ field: 'deviceName' })]);
  });
});
