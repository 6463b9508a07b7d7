import { randomUUID } from 'node:crypto';
import { DEMO_USERS } from '../src/demo/demo-data';
import { createTestApp, TestApp } from './support/test-app';

interface User {
  id: string;
  username: string;
  role: string;
  regencyCodes: string[];
  pointIds: string[];
  active: boolean;
}

interface Response {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown> & { errors?: { field: string }[] };
  text: string;
}

const PASSWORD = 'a-long-passphrase-1';

describe('users: accounts, roles and scopes', () => {
  let t: TestApp;
  const pointIds = new Map<string, string>();
  const userIds = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp();
    for (const row of await t.dataSource.query('SELECT id, code FROM points')) pointIds.set(row.code, row.id);
    for (const row of await t.dataSource.query('SELECT id, username FROM users')) userIds.set(row.username, row.id);
  });
  afterAll(() => t.close());

  const point = (code: string) => pointIds.get(code)!;
  const userId = (username: string) => userIds.get(username)!;
  const auth = async (username: string) => `Bearer ${await t.token(username)}`;
  const bearer = (token: string) => `Bearer ${token}`;
  const create = async (actor: string, body: Record<string, unknown>) =>
    (await t.http().post('/api/v1/users').set('Authorization', await auth(actor)).send(body)) as unknown as Response;
  const patch = async (actor: string, id: string, body: Record<string, unknown>) =>
    (await t.http().patch(`/api/v1/users/${id}`).set('Authorization', await auth(actor)).send(body)) as unknown as Response;
  const get = async (actor: string, id: string) => (await t.http().get(`/api/v1/users/${id}`).set('Authorization', await auth(actor))) as unknown as Response;
  const list = async (actor: string, query = '') => {
    const response = await t.http().get(`/api/v1/users${query}`).set('Authorization', await auth(actor)).expect(200);
    return response.body as { items: User[]; total: number; limit: number; offset: number };
  };
  const usernames = (page: { items: User[] }) => page.items.map((user) => user.username);
  const userCount = async (): Promise<number> => (await t.dataSource.query('SELECT count(*)::int AS count FROM users'))[0].count;
  const storedUser = async (id: string) => (await t.dataSource.query('SELECT * FROM users WHERE id = $1', [id]))[0];
  const login = (username: string, password: string) => t.http().post('/api/v1/auth/login').send({ username, password });
  const me = (token: string) => t.http().get('/api/v1/auth/me').set('Authorization', bearer(token));
  const expectProblem = (response: Response, status: number, code: string) => {
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code, detail: expect.any(String) });
  };
  const fieldsOf = (response: Response) => (response.body.errors ?? []).map((error) => error.field).sort();
  const expectNoSecrets = (response: { text: string }) => {
    expect(response.text).not.toContain(PASSWORD);
    expect(response.text).not.toMatch(/password|argon2/i);
  };
  let counter = 0;
  const newUsername = (prefix: string) => `${prefix}.${++counter}`;
  /** A refused request writes nothing: the number of users and of scope rows stays the same. */
  const expectNothingWritten = async (work: () => Promise<void>) => {
    const counts = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM user_point_scopes)::int AS points,
                  (SELECT count(*) FROM user_regency_scopes)::int AS regencies`,
        )
      )[0];
    const before = await counts();
    await work();
    expect(await counts()).toEqual(before);
  };

  describe('who sees which users (demo data, nothing changed yet)', () => {
    it('shows an administrator every account', async () => {
      const page = await list('admin');
      expect(page).toMatchObject({ total: DEMO_USERS.length, limit: 50, offset: 0 });
      expect(usernames(page).sort()).toEqual(DEMO_USERS.map((user) => user.username).sort());
      expect(page.items.find((user) => user.username === 'dinkes.lotim')).toMatchObject({ role: 'district_officer', regencyCodes: ['52.03'], pointIds: [] });
      expect(page.items.find((user) => user.username === 'staff.jakarta')?.pointIds.sort()).toEqual([point('LSM-JKT-01'), point('PKM-JKT-TNA')].sort());
    });

    it('shows a district officer only the point staff and outreach officers of their regency', async () => {
      expect(usernames(await list('dinkes.bandung'))).toEqual(['staff.dic.bandung', 'staff.pkm.kopo']);
      expect(usernames(await list('dinkes.bogor'))).toEqual(['outreach.cibinong', 'staff.lsm.cibinong']);
      expect(usernames(await list('dinkes.lotim'))).toEqual(['outreach.lotim']);
    });

    it('answers a district officer 404 USER_NOT_FOUND for a user of another regency, an administrator or another officer', async () => {
      const own = await get('dinkes.bandung', userId('staff.pkm.kopo'));
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ username: 'staff.pkm.kopo', role: 'point_staff', pointIds: [point('PKM-BDG-KOPO')] });
      for (const username of ['staff.lsm.cibinong', 'outreach.lotim', 'admin', 'dinkes.bogor', 'dinkes.bandung']) {
        const response = await get('dinkes.bandung', userId(username));
        expect({ username, status: response.status }).toEqual({ username, status: 404 });
        expectProblem(response, 404, 'USER_NOT_FOUND');
      }
    });

    it('filters by role, active and part of the username, and pages', async () => {
      expect(usernames(await list('admin', '?role=outreach_officer'))).toEqual(['outreach.cibinong', 'outreach.lotim']);
      expect(usernames(await list('admin', '?q=DINKES'))).toEqual(['dinkes.bandung', 'dinkes.bogor', 'dinkes.lotim']);
      expect((await list('admin', '?active=false')).total).toBe(0);
      expect(usernames(await list('dinkes.bandung', '?q=kopo'))).toEqual(['staff.pkm.kopo']);
      const first = await list('admin', '?limit=3');
      const rest = await list('admin', '?limit=50&offset=3');
      expect(first).toMatchObject({ total: 10, limit: 3, offset: 0 });
      expect(first.items).toHaveLength(3);
      expect(rest.items).toHaveLength(7);
      expect([...usernames(first), ...usernames(rest)]).toEqual(usernames(await list('admin')));
    });

    it.each(['staff.dic.bandung', 'outreach.cibinong'])('refuses %s every /api/v1/users route with 403 FORBIDDEN_ROLE', async (username) => {
      const token = await auth(username);
      const responses = [
        await t.http().get('/api/v1/users').set('Authorization', token),
        await t.http().get(`/api/v1/users/${userId(username)}`).set('Authorization', token),
        await t.http().post('/api/v1/users').set('Authorization', token).send({ username: 'sneaky.user', password: PASSWORD, role: 'admin' }),
        await t.http().patch(`/api/v1/users/${userId(username)}`).set('Authorization', token).send({ role: 'admin' }),
      ];
      for (const response of responses) expectProblem(response as unknown as Response, 403, 'FORBIDDEN_ROLE');
      expect(await userCount()).toBe(DEMO_USERS.length);
      expect((await storedUser(userId(username))).role).not.toBe('admin');
    });

    it('answers 401 without a token', async () => {
      const response = (await t.http().get('/api/v1/users')) as unknown as Response;
      expectProblem(response, 401, 'AUTHENTICATION_REQUIRED');
    });
  });

  describe('an administrator creating accounts', () => {
    it('creates an administrator, who has no scope and can log in', async () => {
      const username = newUsername('admin2');
      const response = await create('admin', { username, password: PASSWORD, role: 'admin' });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ id: expect.any(String), username, role: 'admin', regencyCodes: [], pointIds: [], active: true });
      expectNoSecrets(response);
      const session = await login(username, PASSWORD).expect(200);
      expect(session.body.user).toMatchObject({ username, role: 'admin' });
      expectNoSecrets(session);
    });

    it('creates a district officer for two regencies, who then sees the points of both', async () => {
      const username = newUsername('dinkes.jabar');
      const response = await create('admin', { username, password: PASSWORD, role: 'district_officer', regencyCodes: ['32.73', '32.01'] });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ role: 'district_officer', regencyCodes: ['32.01', '32.73'], pointIds: [] });
      const token = (await login(username, PASSWORD).expect(200)).body.accessToken;
      const points = await t.http().get('/api/v1/points').set('Authorization', bearer(token)).expect(200);
      expect(points.body.total).toBe(6);
      expect(new Set(points.body.items.map((item: { regencyCode: string }) => item.regencyCode))).toEqual(new Set(['32.01', '32.73']));
    });

    it('creates point staff, who then sees only their point', async () => {
      const username = newUsername('staff.kopo');
      const response = await create('admin', { username, password: PASSWORD, role: 'point_staff', pointIds: [point('PKM-BDG-KOPO')] });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ role: 'point_staff', regencyCodes: [], pointIds: [point('PKM-BDG-KOPO')] });
      const token = (await login(username, PASSWORD).expect(200)).body.accessToken;
      const points = await t.http().get('/api/v1/points').set('Authorization', bearer(token)).expect(200);
      expect(points.body.items.map((item: { code: string }) => item.code)).toEqual(['PKM-BDG-KOPO']);
    });

    it('creates an outreach officer on an outreach kit', async () => {
      const username = newUsername('outreach.selong');
      const response = await create('admin', { username, password: PASSWORD, role: 'outreach_officer', pointIds: [point('OUT-LOTIM-01')] });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ role: 'outreach_officer', regencyCodes: [], pointIds: [point('OUT-LOTIM-01')] });
    });

    it('stores the username in lower case and the password only as an argon2id hash', async () => {
      const response = await create('admin', { username: '  Staff.Wetan.New ', password: PASSWORD, role: 'point_staff', pointIds: [point('DIC-BDG-01')] });
      expect(response.status).toBe(201);
      expect(response.body.username).toBe('staff.wetan.new');
      const stored = await storedUser(response.body.id as string);
      expect(stored.password_hash).toMatch(/^\$argon2id\$/);
      expect(stored.password_hash).not.toContain(PASSWORD);
      await login('STAFF.WETAN.NEW', PASSWORD).expect(200);
    });

    it('never shows a password or its hash in any answer', async () => {
      const created = await create('admin', { username: newUsername('staff.secret'), password: PASSWORD, role: 'point_staff', pointIds: [point('DIC-BDG-01')] });
      expectNoSecrets(created);
      const id = created.body.id as string;
      expectNoSecrets(await get('admin', id));
      expectNoSecrets(await t.http().get('/api/v1/users?limit=200').set('Authorization', await auth('admin')));
      expectNoSecrets(await patch('admin', id, { password: 'another-long-passphrase' }));
      expectNoSecrets(await login(created.body.username as string, 'another-long-passphrase'));
      const invalid = await create('admin', { username: newUsername('staff.short'), password: 'short', role: 'point_staff', pointIds: [point('DIC-BDG-01')] });
      expect(invalid.status).toBe(400);
      expect(invalid.text).not.toContain('"short"');
    });

    it.each([
      ['a district officer without regencyCodes', { role: 'district_officer' }, 'regencyCodes'],
      ['a district officer with an empty regencyCodes', { role: 'district_officer', regencyCodes: [] }, 'regencyCodes'],
      ['a district officer with pointIds', { role: 'district_officer', regencyCodes: ['32.73'], pointIds: ['DIC-BDG-01'] }, 'pointIds'],
      ['point staff without pointIds', { role: 'point_staff' }, 'pointIds'],
      ['point staff with regencyCodes', { role: 'point_staff', pointIds: ['DIC-BDG-01'], regencyCodes: ['32.73'] }, 'regencyCodes'],
      ['an outreach officer without pointIds', { role: 'outreach_officer' }, 'pointIds'],
      ['an outreach officer on a drop-in centre', { role: 'outreach_officer', pointIds: ['DIC-BDG-01'] }, 'pointIds'],
      ['an administrator with regencyCodes', { role: 'admin', regencyCodes: ['32.73'] }, 'role'],
    ])('refuses %s with 422 INVALID_SCOPE naming the field, writing nothing', async (_case, scope, field) => {
      const body: Record<string, unknown> = { username: newUsername('scope.test'), password: PASSWORD, ...scope };
      if (Array.isArray(body.pointIds)) body.pointIds = (body.pointIds as string[]).map(point);
      await expectNothingWritten(async () => {
        const response = await create('admin', body);
        expect(response.status).toBe(422);
        expectProblem(response, 422, 'INVALID_SCOPE');
        expect(fieldsOf(response)).toEqual([field]);
      });
    });

    it('refuses an unknown regency with 422 UNKNOWN_REGENCY naming regencyCodes, writing nothing', async () => {
      await expectNothingWritten(async () => {
        const response = await create('admin', { username: newUsername('dinkes.nowhere'), password: PASSWORD, role: 'district_officer', regencyCodes: ['32.73', '32.99'] });
        expect(response.status).toBe(422);
        expectProblem(response, 422, 'UNKNOWN_REGENCY');
        expect(fieldsOf(response)).toEqual(['regencyCodes']);
        expect(response.body.detail).toContain('32.99');
        expect(response.body.detail).not.toContain('32.73');
      });
    });

    it('refuses an unknown point with 422 UNKNOWN_POINT naming pointIds, writing nothing', async () => {
      const missing = randomUUID();
      await expectNothingWritten(async () => {
        const response = await create('admin', { username: newUsername('staff.nowhere'), password: PASSWORD, role: 'point_staff', pointIds: [point('DIC-BDG-01'), missing] });
        expect(response.status).toBe(422);
        expectProblem(response, 422, 'UNKNOWN_POINT');
        expect(fieldsOf(response)).toEqual(['pointIds']);
        expect(response.body.detail).toContain(missing);
      });
    });

    it('answers 409 USERNAME_TAKEN for a username in use, whatever its case, writing nothing', async () => {
      await expectNothingWritten(async () => {
        const response = await create('admin', { username: 'Staff.DIC.Bandung', password: PASSWORD, role: 'point_staff', pointIds: [point('PKM-BDG-KOPO')] });
        expect(response.status).toBe(409);
        expectProblem(response, 409, 'USERNAME_TAKEN');
      });
      expect((await get('admin', userId('staff.dic.bandung'))).body.pointIds).toEqual([point('DIC-BDG-01')]);
    });

    it.each([
      [{ password: 'short' }, ['password']],
      [{ username: 'a b' }, ['username']],
      [{ username: 'ab' }, ['username']],
      [{ role: 'superuser' }, ['role']],
      [{ regencyCodes: '32.73', role: 'district_officer' }, ['regencyCodes']],
      [{ regencyCodes: ['3273'], role: 'district_officer' }, ['regencyCodes']],
      [{ pointIds: ['DIC-BDG-01'] }, ['pointIds']],
      [{ nik: '3273010101010001', phone: '0812' }, ['nik', 'phone']],
    ])('refuses the invalid body %j with 400 naming %j, writing nothing', async (extra, fields) => {
      await expectNothingWritten(async () => {
        const response = await create('admin', { username: newUsername('bad.body'), password: PASSWORD, role: 'point_staff', pointIds: [point('DIC-BDG-01')], ...extra });
        expect(response.status).toBe(400);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual(fields);
      });
    });

    it('answers 400 for a malformed id and 404 USER_NOT_FOUND for an unknown one', async () => {
      const malformed = await get('admin', 'staff.dic.bandung');
      expect(malformed.status).toBe(400);
      expect(fieldsOf(malformed)).toEqual(['id']);
      const unknown = await patch('admin', randomUUID(), { active: false });
      expect(unknown.status).toBe(404);
      expectProblem(unknown, 404, 'USER_NOT_FOUND');
    });
  });

  describe('a district officer managing accounts', () => {
    it('creates point staff for a point of their regency', async () => {
      const username = newUsername('staff.kopo.dinkes');
      const response = await create('dinkes.bandung', { username, password: PASSWORD, role: 'point_staff', pointIds: [point('PKM-BDG-KOPO')] });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ username, role: 'point_staff', pointIds: [point('PKM-BDG-KOPO')], active: true });
      expectNoSecrets(response);
      expect(usernames(await list('dinkes.bandung'))).toContain(username);
      expect(usernames(await list('dinkes.bogor'))).not.toContain(username);
    });

    it.each([
      ['a district officer', { role: 'district_officer', regencyCodes: ['32.73'] }],
      ['an administrator', { role: 'admin' }],
    ])('refuses creating %s with 403, writing nothing', async (_case, scope) => {
      await expectNothingWritten(async () => {
        const response = await create('dinkes.bandung', { username: newUsername('promoted'), password: PASSWORD, ...scope });
        expect(response.status).toBe(403);
        expectProblem(response, 403, 'FORBIDDEN_ROLE');
      });
    });

    it('cannot give point staff a point of another regency (422 UNKNOWN_POINT, as if it did not exist)', async () => {
      await expectNothingWritten(async () => {
        const response = await create('dinkes.bandung', { username: newUsername('staff.cibinong'), password: PASSWORD, role: 'point_staff', pointIds: [point('LSM-CBN-01')] });
        expect(response.status).toBe(422);
        expectProblem(response, 422, 'UNKNOWN_POINT');
        expect(fieldsOf(response)).toEqual(['pointIds']);
      });
      await expectNothingWritten(async () => {
        const mixed = await create('dinkes.bandung', {
          username: newUsername('staff.two.regencies'),
          password: PASSWORD,
          role: 'point_staff',
          pointIds: [point('DIC-BDG-01'), point('LSM-CBN-01')],
        });
        expect(mixed.status).toBe(422);
        expect(mixed.body.code).toBe('UNKNOWN_POINT');
      });
    });

    it('cannot move their own staff to a point of another regency', async () => {
      const before = await get('admin', userId('staff.pkm.kopo'));
      const response = await patch('dinkes.bandung', userId('staff.pkm.kopo'), { pointIds: [point('LSM-CBN-01')] });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('UNKNOWN_POINT');
      expect((await get('admin', userId('staff.pkm.kopo'))).body).toEqual(before.body);
    });

    it('cannot promote their own staff to district officer or administrator', async () => {
      for (const change of [{ role: 'district_officer', regencyCodes: ['32.73'] }, { role: 'admin' }]) {
        const response = await patch('dinkes.bandung', userId('staff.pkm.kopo'), change);
        expect(response.status).toBe(403);
        expectProblem(response, 403, 'FORBIDDEN_ROLE');
      }
      expect((await storedUser(userId('staff.pkm.kopo'))).role).toBe('point_staff');
    });

    it('answers 404 USER_NOT_FOUND when patching a user of another regency, changing nothing', async () => {
      const before = await storedUser(userId('staff.lsm.cibinong'));
      const response = await patch('dinkes.bandung', userId('staff.lsm.cibinong'), { active: false, password: 'taken-over-account' });
      expect(response.status).toBe(404);
      expectProblem(response, 404, 'USER_NOT_FOUND');
      expect(await storedUser(userId('staff.lsm.cibinong'))).toEqual(before);
      await login('staff.lsm.cibinong', 'pasokan-demo').expect(200);
    });
  });

  describe('deactivating accounts and changing passwords', () => {
    const createStaff = async (password = PASSWORD) => {
      const username = newUsername('staff.session');
      const response = await create('admin', { username, password, role: 'point_staff', pointIds: [point('DIC-BDG-01')] });
      expect(response.status).toBe(201);
      return { id: response.body.id as string, username };
    };

    it('makes the existing token of a deactivated user answer 401 ACCOUNT_DEACTIVATED at once, and refuses their login', async () => {
      const staff = await createStaff();
      const token = (await login(staff.username, PASSWORD).expect(200)).body.accessToken as string;
      await me(token).expect(200);
      await t.http().get('/api/v1/points').set('Authorization', bearer(token)).expect(200);

      const response = await patch('dinkes.bandung', staff.id, { active: false });
      expect(response.status).toBe(200);
      expect(response.body.active).toBe(false);

      for (const url of ['/api/v1/auth/me', '/api/v1/points', '/api/v1/products']) {
        const refused = (await t.http().get(url).set('Authorization', bearer(token))) as unknown as Response;
        expect({ url, status: refused.status }).toEqual({ url, status: 401 });
        expectProblem(refused, 401, 'ACCOUNT_DEACTIVATED');
      }
      const relogin = (await login(staff.username, PASSWORD)) as unknown as Response;
      expectProblem(relogin, 401, 'ACCOUNT_DEACTIVATED');
      expect(usernames(await list('admin', '?active=false'))).toEqual([staff.username]);

      await patch('admin', staff.id, { active: true });
      await login(staff.username, PASSWORD).expect(200);
    });

    it('makes tokens issued before a password change answer 401 at once; the new password works and the old one does not', async () => {
      const staff = await createStaff();
      // A device logged in and still holds its token; the password is changed right after (a stolen phone).
      const earlier = (await login(staff.username, PASSWORD).expect(200)).body.accessToken as string;
      await me(earlier).expect(200);

      const changed = await patch('admin', staff.id, { password: 'a-brand-new-passphrase' });
      expect(changed.status).toBe(200);

      const refused = (await me(earlier)) as unknown as Response;
      expectProblem(refused, 401, 'INVALID_TOKEN');
      const oldPassword = (await login(staff.username, PASSWORD)) as unknown as Response;
      expectProblem(oldPassword, 401, 'INVALID_CREDENTIALS');
      const fresh = await login(staff.username, 'a-brand-new-passphrase').expect(200);
      await me(fresh.body.accessToken).expect(200);
    });

    it('refuses every token issued before a password change, even within the same second', async () => {
      const staff = await createStaff();
      let password = PASSWORD;
      for (let attempt = 0; attempt < 5; attempt++) {
        const token = (await login(staff.username, password).expect(200)).body.accessToken as string;
        password = `changed-passphrase-${attempt}`;
        expect((await patch('admin', staff.id, { password })).status).toBe(200);
        expectProblem((await me(token)) as unknown as Response, 401, 'INVALID_TOKEN');
      }
    });

    it('does not let an administrator deactivate themselves or change their own role (422 CANNOT_CHANGE_OWN_ACCOUNT)', async () => {
      for (const change of [{ active: false }, { role: 'district_officer', regencyCodes: ['32.73'] }]) {
        const response = await patch('admin', userId('admin'), change);
        expect(response.status).toBe(422);
        expectProblem(response, 422, 'CANNOT_CHANGE_OWN_ACCOUNT');
      }
      const stored = await storedUser(userId('admin'));
      expect(stored).toMatchObject({ active: true, role: 'admin' });
      await me(await t.token('admin')).expect(200);
    });

    it('lets one administrator deactivate another', async () => {
      const username = newUsername('admin.temp');
      const created = await create('admin', { username, password: PASSWORD, role: 'admin' });
      const response = await patch('admin', created.body.id as string, { active: false });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ username, active: false });
    });

    it('checks the scope when the role changes: point staff made outreach officer needs an outreach point', async () => {
      const staff = await createStaff();
      const before = await get('admin', staff.id);
      const noScope = await patch('admin', staff.id, { role: 'outreach_officer' });
      expect(noScope.status).toBe(422);
      expectProblem(noScope, 422, 'INVALID_SCOPE');
      expect(fieldsOf(noScope)).toEqual(['pointIds']);
      const wrongPoint = await patch('admin', staff.id, { role: 'outreach_officer', pointIds: [point('DIC-BDG-01')] });
      expect(wrongPoint.status).toBe(422);
      expect(wrongPoint.body.code).toBe('INVALID_SCOPE');
      expect((await get('admin', staff.id)).body).toEqual(before.body);

      const moved = await patch('admin', staff.id, { role: 'outreach_officer', pointIds: [point('OUT-CBN-01')] });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ role: 'outreach_officer', pointIds: [point('OUT-CBN-01')], regencyCodes: [] });
    });
  });
});
