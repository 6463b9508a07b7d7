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

  it('blocks guessing one account from one address with 429, Retry-After and a problem document', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await t.http().post('/api/v1/auth/login').send({ username: 'dinkes.lotim', password: `guess-${attempt}` });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    const limited = await t.http().post('/api/v1/auth/login').send({ username: 'dinkes.lotim', password: 'pasokan-demo' }).expect(429);
    expect(limited.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: expect.any(Number) });
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('lets ten colleagues behind one address all log in, while one of them is blocked', async () => {
    const colleagues = ['admin', 'dinkes.bandung', 'dinkes.bogor', 'staff.dic.bandung', 'staff.pkm.kopo', 'staff.lsm.cibinong',
      'staff.jakarta', 'outreach.cibinong', 'outreach.lotim', 'admin'];
    // Successful logins are never counted: ten from one address, then five failures and one more success, all on
    // one address whose old limit (10 attempts a minute, failed or not) the sixteen attempts exceed.
    for (const username of colleagues) {
      await t.http().post('/api/v1/auth/login').send({ username, password: 'pasokan-demo' }).expect(200);
    }
    // A colleague who mistyped a few times and then got it right is not held back either.
    for (let attempt = 0; attempt < 5; attempt++) {
      await t.http().post('/api/v1/auth/login').send({ username: 'staff.jakarta', password: 'typo' }).expect(401);
    }
    await t.http().post('/api/v1/auth/login').send({ username: 'staff.jakarta', password: 'pasokan-demo' }).expect(200);
  }, 180_000);

  it('does not believe X-Forwarded-For from a client that is not a configured proxy', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', `203.0.113.${attempt + 1}`)
        .send({ username: 'dinkes.bogor', password: `guess-${attempt}` });
      statuses.push(response.status);
    }
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('logging in behind a configured proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { TRUSTED_PROXIES: 'loopback', LOGIN_RATE_LIMIT: '3', LOGIN_ACCOUNT_LIMIT: '8', LOGIN_ACCOUNT_WINDOW_SECONDS: '600' },
    });
  });
  afterAll(() => t.close());

  const attempt = (address: string, username: string, password: string) =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ username, password });

  it('counts each client address the proxy reports apart', async () => {
    for (let guess = 0; guess < 3; guess++) expect((await attempt('198.51.100.1', 'staff.jakarta', `guess-${guess}`)).status).toBe(401);
    expect((await attempt('198.51.100.1', 'staff.jakarta', 'pasokan-demo')).status).toBe(429);
    // The same person on another address (the proxy says so, and it is trusted) still gets in.
    expect((await attempt('198.51.100.2', 'staff.jakarta', 'pasokan-demo')).status).toBe(200);
  });

  it('stops guessing one account from many addresses at the per-account limit', async () => {
    const statuses: number[] = [];
    for (let guess = 0; guess < 10; guess++) statuses.push((await attempt(`192.0.2.${guess + 1}`, 'dinkes.bandung', `guess-${guess}`)).status);
    expect(statuses).toEqual([...Array(8).fill(401), 429, 429]);
    const blocked = await attempt('192.0.2.200', 'dinkes.bandung', 'pasokan-demo');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(500);
    // Other accounts at those addresses are not affected.
    expect((await attempt('192.0.2.1', 'dinkes.bogor', 'pasokan-demo')).status).toBe(200);
  });
});

describe('the end of a login block', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '2', LOGIN_RATE_WINDOW_SECONDS: '6' } });
  });
  afterAll(() => t.close());

  it('does not move when the blocked client keeps retrying', async () => {
    for (let guess = 0; guess < 2; guess++) {
      await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: `guess-${guess}` }).expect(401);
    }
    const first = await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'pasokan-demo' }).expect(429);
    const retryAfter = Number(first.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(6);
    const blockEnds = Date.now() + retryAfter * 1000;
    // Retrying every 200 ms while blocked: each is refused, and none pushes the end of the block further out.
    // (Retry-After is rounded up to whole seconds, so the block may end up to a second before blockEnds.)
    while (Date.now() < blockEnds - 1500) {
      const retry = await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'pasokan-demo' });
      expect(retry.status).toBe(429);
      expect(Number(retry.headers['retry-after'])).toBeLessThanOrEqual(retryAfter);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, blockEnds + 100 - Date.now())));
    await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'pasokan-demo' }).expect(200);
  });
});
