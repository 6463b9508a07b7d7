import { JwtService } from '@nestjs/jwt';
import { createTestApp, TestApp } from './support/test-app';

describe('logging in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '10', LOGIN_RATE_WINDOW_SECONDS: '60' } });
  });
  afterAll(() => t.close());

  it('gives the demo administrator a token and their profile, without any password field', async () => {
    const response = await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'pasokan-demo' }).expect(200);
    expect(response.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(response.body.expiresIn).toBe(8 * 3600);
    expect(response.body.user).toMatchObject({ username: 'admin', role: 'admin', regencyCodes: [], pointIds: [], active: true });
    expect(JSON.stringify(response.body)).not.toMatch(/password|argon2/i);

    const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${response.body.accessToken}`).expect(200);
    expect(me.body.username).toBe('admin');
  });

  it('tells a district officer their regencies and a point worker their points', async () => {
    const officer = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${await t.token('dinkes.bogor')}`).expect(200);
    expect(officer.body).toMatchObject({ role: 'district_officer', regencyCodes: ['32.01'], pointIds: [] });
    const staff = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${await t.token('staff.jakarta')}`).expect(200);
    expect(staff.body.pointIds).toHaveLength(2);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'not-the-password' }).expect(401);
    const unknown = await t.http().post('/api/v1/auth/login').send({ username: 'nobody', password: 'not-the-password' }).expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body).toMatchObject({ code: wrong.body.code, detail: wrong.body.detail });
  });

  it('stores passwords as argon2id hashes', async () => {
    const rows: { password_hash: string }[] = await t.dataSource.query('SELECT password_hash FROM users');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,/);
  });

  it('refuses an expired token', async () => {
    const [{ id, changedAt }] = await t.dataSource.query(`SELECT id, password_changed_at AS "changedAt" FROM users WHERE username = 'admin'`);
    const claims = { sub: id, pwv: changedAt.getTime() };
    // The same claims are accepted while valid, so only the expiry can be what refuses the second token.
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${await t.app.get(JwtService).signAsync(claims)}`).expect(200);
    const expired = await t.app.get(JwtService).signAsync(claims, { expiresIn: -10 });
    const response = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${expired}`).expect(401);
    expect(response.body.code).toBe('INVALID_TOKEN');
  });

  it('refuses a token signed with another secret', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'admin'`);
    const forged = await new JwtService({ secret: 'someone-elses-secret-value' }).signAsync({ sub: id });
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('validates the login body', async () => {
    const response = await t.http().post('/api/v1/auth/login').send({ username: 'admin' }).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
  });

  // Last in this file: it uses up the login attempts allowed from this address.
  it('slows down password guessing: after the limit, attempts answer 429', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: `guess-${attempt}` });
      statuses.push(response.status);
    }
    expect(statuses).toContain(429);
    const limited = await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'pasokan-demo' }).expect(429);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
