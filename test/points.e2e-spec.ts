import { randomUUID } from 'node:crypto';
import { DEMO_POINTS } from '../src/demo/demo-data';
import { createTestApp, TestApp } from './support/test-app';

interface Point {
  id: string;
  code: string;
  name: string;
  type: string;
  regencyCode: string;
  regencyName: string;
  provinceCode: string;
  timeZone: string;
  supplierPointId: string | null;
  mayHoldRestricted: boolean;
  active: boolean;
}

interface Response {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown> & { errors?: { field: string }[] };
}

const BANDUNG_CODES = ['DINKES-3273', 'DIC-BDG-01', 'PKM-BDG-KOPO'];
const BOGOR_CODES = ['DINKES-3201', 'LSM-CBN-01', 'OUT-CBN-01'];

describe('points: distribution points and who sees them', () => {
  let t: TestApp;
  /** Demo point ids by code. */
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp();
    const rows: { id: string; code: string }[] = await t.dataSource.query('SELECT id, code FROM points');
    for (const row of rows) ids.set(row.code, row.id);
  });
  afterAll(() => t.close());

  const id = (code: string) => {
    const found = ids.get(code);
    if (!found) throw new Error(`no demo point ${code}`);
    return found;
  };
  const auth = async (username: string) => `Bearer ${await t.token(username)}`;
  const list = async (username: string, query = '') =>
    (await t.http().get(`/api/v1/points${query}`).set('Authorization', await auth(username)).expect(200)).body as {
      items: Point[];
      total: number;
      limit: number;
      offset: number;
    };
  const codes = (page: { items: Point[] }) => page.items.map((point) => point.code).sort();
  const create = async (username: string, body: Record<string, unknown>) => t.http().post('/api/v1/points').set('Authorization', await auth(username)).send(body);
  const patch = async (username: string, pointId: string, body: Record<string, unknown>) =>
    t.http().patch(`/api/v1/points/${pointId}`).set('Authorization', await auth(username)).send(body);
  const pointCount = async (): Promise<number> => (await t.dataSource.query('SELECT count(*)::int AS count FROM points'))[0].count;
  const storedRow = async (pointId: string) => (await t.dataSource.query('SELECT * FROM points WHERE id = $1', [pointId]))[0];
  const expectProblem = (response: Response, status: number, code: string) => {
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code, detail: expect.any(String) });
  };
  const fieldsOf = (response: Response) => (response.body.errors ?? []).map((error) => error.field).sort();
  let codeCounter = 0;
  const newPoint = (extra: Record<string, unknown> = {}) => ({
    code: `TEST-${++codeCounter}`,
    name: `Titik uji ${codeCounter}`,
    type: 'drop_in_centre',
    regencyCode: '32.73',
    ...extra,
  });

  describe('seeing points (demo data, nothing changed yet)', () => {
    it('shows an administrator all 11 demo points, with regency, province and time zone', async () => {
      const page = await list('admin');
      expect(page).toMatchObject({ total: 11, limit: 50, offset: 0 });
      expect(codes(page)).toEqual(DEMO_POINTS.map((point) => point.code).sort());
      const lombok = page.items.find((point) => point.code === 'OUT-LOTIM-01')!;
      expect(lombok).toMatchObject({
        type: 'outreach',
        regencyCode: '52.03',
        regencyName: 'Kabupaten Lombok Timur',
        provinceCode: '52',
        timeZone: 'Asia/Makassar',
        supplierPointId: id('DINKES-5203'),
        mayHoldRestricted: false,
        active: true,
      });
    });

    it('shows a district officer only the points of their regency (Kota Bandung, 32.73)', async () => {
      const page = await list('dinkes.bandung');
      expect(page.total).toBe(3);
      expect(codes(page)).toEqual([...BANDUNG_CODES].sort());
      expect(page.items.every((point) => point.regencyCode === '32.73' && point.timeZone === 'Asia/Jakarta')).toBe(true);
    });

    it('lets a district officer open a point of their regency but answers 404 POINT_NOT_FOUND for a Bogor point', async () => {
      const own = await t.http().get(`/api/v1/points/${id('PKM-BDG-KOPO')}`).set('Authorization', await auth('dinkes.bandung')).expect(200);
      expect(own.body).toMatchObject({ code: 'PKM-BDG-KOPO', regencyName: 'Kota Bandung', mayHoldRestricted: true });

      const foreign = await t.http().get(`/api/v1/points/${id('LSM-CBN-01')}`).set('Authorization', await auth('dinkes.bandung')).expect(404);
      expectProblem(foreign, 404, 'POINT_NOT_FOUND');
      // The same answer as for a point that does not exist at all, so existence is not revealed.
      const missing = await t.http().get(`/api/v1/points/${randomUUID()}`).set('Authorization', await auth('dinkes.bandung')).expect(404);
      expect(missing.body.code).toBe(foreign.body.code);
      expect(missing.body.title).toBe(foreign.body.title);
    });

    it('does not let a district officer reach another regency through the filters', async () => {
      // Asked outright, the answer says so (403) rather than an empty page that reads as "no points there".
      const refused = await t.http().get('/api/v1/points?regencyCode=32.01').set('Authorization', await auth('dinkes.bandung')).expect(403);
      expect(refused.body.code).toBe('OUT_OF_SCOPE');
      const supplied = await list('dinkes.bandung', `?supplierPointId=${id('DINKES-3201')}`);
      expect(supplied.total).toBe(0);
    });

    it('shows point staff only their own point, and 404 for the point next door', async () => {
      const page = await list('staff.dic.bandung');
      expect(page.total).toBe(1);
      expect(codes(page)).toEqual(['DIC-BDG-01']);
      await t.http().get(`/api/v1/points/${id('DIC-BDG-01')}`).set('Authorization', await auth('staff.dic.bandung')).expect(200);
      const neighbour = await t.http().get(`/api/v1/points/${id('PKM-BDG-KOPO')}`).set('Authorization', await auth('staff.dic.bandung')).expect(404);
      expectProblem(neighbour, 404, 'POINT_NOT_FOUND');
      const supplier = await t.http().get(`/api/v1/points/${id('DINKES-3273')}`).set('Authorization', await auth('staff.dic.bandung')).expect(404);
      expectProblem(supplier, 404, 'POINT_NOT_FOUND');
    });

    it('shows staff of two points both of them, and an outreach officer only their kit', async () => {
      expect(codes(await list('staff.jakarta'))).toEqual(['LSM-JKT-01', 'PKM-JKT-TNA']);
      expect(codes(await list('outreach.cibinong'))).toEqual(['OUT-CBN-01']);
      const foreign = await t.http().get(`/api/v1/points/${id('OUT-LOTIM-01')}`).set('Authorization', await auth('outreach.cibinong')).expect(404);
      expectProblem(foreign, 404, 'POINT_NOT_FOUND');
    });

    it('filters by regency code', async () => {
      const page = await list('admin', '?regencyCode=32.01');
      expect(page.total).toBe(3);
      expect(codes(page)).toEqual([...BOGOR_CODES].sort());
    });

    it('filters by type', async () => {
      expect(codes(await list('admin', '?type=outreach'))).toEqual(['OUT-CBN-01', 'OUT-LOTIM-01']);
      expect(codes(await list('admin', '?type=puskesmas'))).toEqual(['PKM-BDG-KOPO', 'PKM-JKT-TNA']);
      expect(codes(await list('dinkes.bandung', '?type=puskesmas'))).toEqual(['PKM-BDG-KOPO']);
    });

    it('filters by active', async () => {
      expect((await list('admin', '?active=true')).total).toBe(11);
      expect(await list('admin', '?active=false')).toMatchObject({ total: 0, items: [] });
    });

    it('filters by supplier', async () => {
      expect(codes(await list('admin', `?supplierPointId=${id('DINKES-3273')}`))).toEqual(['DIC-BDG-01', 'PKM-BDG-KOPO']);
    });

    it('searches by part of the name or code, any case', async () => {
      expect(codes(await list('admin', '?q=BANDUNG'))).toEqual([...BANDUNG_CODES].sort());
      expect(codes(await list('admin', '?q=lsm-'))).toEqual(['LSM-CBN-01', 'LSM-JKT-01', 'LSM-MTR-01']);
      expect(codes(await list('admin', '?q=cibinong&type=outreach'))).toEqual(['OUT-CBN-01']);
      expect((await list('admin', '?q=surabaya')).total).toBe(0);
    });

    // (the products search escapes them). No demo point has % or _ in its name or code.
    it('takes the search text literally: % and _ are not wildcards', async () => {
      expect((await list('admin', `?q=${encodeURIComponent('%')}`)).total).toBe(0);
      expect((await list('admin', '?q=_')).total).toBe(0);
    });

    it('pages with limit and offset; total counts every match', async () => {
      const all = await list('admin', '?limit=200');
      const first = await list('admin', '?limit=4');
      const second = await list('admin', '?limit=4&offset=4');
      const last = await list('admin', '?limit=4&offset=8');
      expect(first).toMatchObject({ total: 11, limit: 4, offset: 0 });
      expect(second).toMatchObject({ total: 11, limit: 4, offset: 4 });
      expect(last).toMatchObject({ total: 11, limit: 4, offset: 8 });
      expect(last.items).toHaveLength(3);
      const paged = [...first.items, ...second.items, ...last.items].map((point) => point.id);
      expect(paged).toEqual(all.items.map((point) => point.id));
      expect(new Set(paged).size).toBe(11);
      const beyond = await list('admin', '?offset=20');
      expect(beyond).toMatchObject({ total: 11, items: [] });
      const scoped = await list('dinkes.bandung', '?limit=2');
      expect(scoped).toMatchObject({ total: 3, limit: 2 });
      expect(scoped.items).toHaveLength(2);
    });

    it.each([
      ['?type=warehouse', 'type'],
      ['?active=maybe', 'active'],
      ['?regencyCode=3273', 'regencyCode'],
      ['?supplierPointId=abc', 'supplierPointId'],
      ['?limit=0', 'limit'],
      ['?colour=red', 'colour'],
    ])('refuses the filter %s with 400 naming %s', async (query, field) => {
      const response = await t.http().get(`/api/v1/points${query}`).set('Authorization', await auth('admin')).expect(400);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual([field]);
    });

    it('answers 400 for a malformed id in the address', async () => {
      const response = await t.http().get('/api/v1/points/DIC-BDG-01').set('Authorization', await auth('admin')).expect(400);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual(['id']);
    });
  });

  describe('creating points', () => {
    it('lets a district officer create a point in their own regency', async () => {
      const before = await pointCount();
      const response = await create('dinkes.bandung', {
        code: ' dic-bdg-02 ',
        name: '  Drop-in Centre Bandung Kidul ',
        type: 'drop_in_centre',
        regencyCode: '32.73',
        supplierPointId: id('DINKES-3273'),
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        code: 'DIC-BDG-02',
        name: 'Drop-in Centre Bandung Kidul',
        type: 'drop_in_centre',
        regencyCode: '32.73',
        regencyName: 'Kota Bandung',
        provinceCode: '32',
        timeZone: 'Asia/Jakarta',
        supplierPointId: id('DINKES-3273'),
        mayHoldRestricted: false,
        active: true,
      });
      expect(await pointCount()).toBe(before + 1);
      expect(codes(await list('dinkes.bandung'))).toContain('DIC-BDG-02');
      const fromBogor = await t.http().get(`/api/v1/points/${response.body.id}`).set('Authorization', await auth('dinkes.bogor')).expect(404);
      expectProblem(fromBogor, 404, 'POINT_NOT_FOUND');
    });

    it('refuses a district officer creating a point in another regency with 403 OUT_OF_SCOPE, writing nothing', async () => {
      const before = await pointCount();
      const response = await create('dinkes.bandung', newPoint({ regencyCode: '32.01' }));
      expect(response.status).toBe(403);
      expectProblem(response as Response, 403, 'OUT_OF_SCOPE');
      expect(await pointCount()).toBe(before);
    });

    it('lets an administrator create a point in any regency, with the time zone of its province', async () => {
      const response = await create('admin', newPoint({ type: 'ngo_office', regencyCode: '91.03' }));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ regencyCode: '91.03', regencyName: 'Kabupaten Jayapura', provinceCode: '91', timeZone: 'Asia/Jayapura', mayHoldRestricted: false });
    });

    it('answers 422 UNKNOWN_REGENCY for a well-formed regency code that does not exist, writing nothing', async () => {
      const before = await pointCount();
      for (const username of ['admin', 'dinkes.bandung']) {
        const response = await create(username, newPoint({ regencyCode: '32.99' }));
        expect(response.status).toBe(422);
        expectProblem(response as Response, 422, 'UNKNOWN_REGENCY');
        expect(fieldsOf(response as Response)).toEqual(['regencyCode']);
      }
      expect(await pointCount()).toBe(before);
    });

    it.each([
      [{ regencyCode: '3273' }, ['regencyCode']],
      [{ regencyCode: 32.73 }, ['regencyCode']],
      [{ type: 'warehouse' }, ['type']],
      [{ code: 'x' }, ['code']],
      [{ code: 'DIC BDG' }, ['code']],
      [{ name: 'a' }, ['name']],
      [{ supplierPointId: 'DINKES-3273' }, ['supplierPointId']],
      [{ mayHoldRestricted: 'yes' }, ['mayHoldRestricted']],
      [{ clientName: 'Budi', nik: '3273010101010001' }, ['clientName', 'nik']],
    ])('refuses the invalid body %j with 400 naming %j, writing nothing', async (extra, fields) => {
      const before = await pointCount();
      const response = await create('admin', newPoint(extra));
      expect(response.status).toBe(400);
      expectProblem(response as Response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response as Response)).toEqual(fields);
      expect(await pointCount()).toBe(before);
    });

    it('names every missing field', async () => {
      const response = await create('admin', {});
      expect(response.status).toBe(400);
      expect(fieldsOf(response as Response)).toEqual(['code', 'name', 'regencyCode', 'type']);
    });

    it('answers 409 POINT_CODE_TAKEN for a code already in use, whatever its case, writing nothing', async () => {
      const before = await pointCount();
      const response = await create('dinkes.bandung', newPoint({ code: 'dic-bdg-01' }));
      expect(response.status).toBe(409);
      expectProblem(response as Response, 409, 'POINT_CODE_TAKEN');
      expect(fieldsOf(response as Response)).toEqual(['code']);
      expect(await pointCount()).toBe(before);
    });

    it.each([
      ['puskesmas', true],
      ['district_health_office', true],
      ['drop_in_centre', false],
      ['ngo_office', false],
      ['outreach', false],
      ['other', false],
    ])('lets a %s hold restricted products by default: %s', async (type, expected) => {
      const response = await create('admin', newPoint({ type }));
      expect(response.status).toBe(201);
      expect(response.body.mayHoldRestricted).toBe(expected);
      expect((await storedRow(response.body.id)).may_hold_restricted).toBe(expected);
    });

    it('lets a puskesmas opt out of restricted products', async () => {
      const response = await create('admin', newPoint({ type: 'puskesmas', mayHoldRestricted: false }));
      expect(response.status).toBe(201);
      expect(response.body.mayHoldRestricted).toBe(false);
    });

    it('refuses mayHoldRestricted=true on an NGO office with 422 RESTRICTED_NOT_ALLOWED, writing nothing', async () => {
      const before = await pointCount();
      const response = await create('admin', newPoint({ type: 'ngo_office', mayHoldRestricted: true }));
      expect(response.status).toBe(422);
      expectProblem(response as Response, 422, 'RESTRICTED_NOT_ALLOWED');
      expect(fieldsOf(response as Response)).toEqual(['mayHoldRestricted']);
      expect(await pointCount()).toBe(before);
    });

    it('refuses a supplier the district officer cannot see, or that does not exist, with 422 INVALID_SUPPLIER', async () => {
      const before = await pointCount();
      for (const supplierPointId of [id('DINKES-3201'), randomUUID()]) {
        const response = await create('dinkes.bandung', newPoint({ supplierPointId }));
        expect(response.status).toBe(422);
        expectProblem(response as Response, 422, 'INVALID_SUPPLIER');
        expect(fieldsOf(response as Response)).toEqual(['supplierPointId']);
      }
      expect(await pointCount()).toBe(before);
    });

    it.each(['staff.dic.bandung', 'outreach.cibinong'])('refuses %s creating a point with 403 FORBIDDEN_ROLE, writing nothing', async (username) => {
      const before = await pointCount();
      const response = await create(username, newPoint());
      expect(response.status).toBe(403);
      expectProblem(response as Response, 403, 'FORBIDDEN_ROLE');
      expect(await pointCount()).toBe(before);
    });
  });

  describe('changing points', () => {
    it('lets a district officer rename and deactivate a point of their regency; the active filter then finds it', async () => {
      const created = await create('dinkes.bandung', newPoint({ name: 'DIC sementara' }));
      expect(created.status).toBe(201);
      const response = await patch('dinkes.bandung', created.body.id, { name: 'DIC sementara (tutup)', active: false });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: created.body.id, code: created.body.code, name: 'DIC sementara (tutup)', active: false });
      expect(codes(await list('dinkes.bandung', '?active=false'))).toEqual([created.body.code]);
      expect(codes(await list('dinkes.bandung', '?active=true'))).not.toContain(created.body.code);
    });

    it('answers 404 POINT_NOT_FOUND when a district officer patches a point of another regency, changing nothing', async () => {
      const before = await storedRow(id('LSM-CBN-01'));
      const response = await patch('dinkes.bandung', id('LSM-CBN-01'), { name: 'Taken over' });
      expect(response.status).toBe(404);
      expectProblem(response as Response, 404, 'POINT_NOT_FOUND');
      expect(await storedRow(id('LSM-CBN-01'))).toEqual(before);
    });

    it('refuses moving a point into another regency with 403 OUT_OF_SCOPE, changing nothing', async () => {
      const before = await storedRow(id('DIC-BDG-01'));
      const response = await patch('dinkes.bandung', id('DIC-BDG-01'), { regencyCode: '32.01' });
      expect(response.status).toBe(403);
      expectProblem(response as Response, 403, 'OUT_OF_SCOPE');
      expect(await storedRow(id('DIC-BDG-01'))).toEqual(before);
    });

    it('answers 422 UNKNOWN_REGENCY when moving a point to a regency that does not exist', async () => {
      const response = await patch('admin', id('DIC-BDG-01'), { regencyCode: '32.99' });
      expect(response.status).toBe(422);
      expectProblem(response as Response, 422, 'UNKNOWN_REGENCY');
    });

    it('refuses changing the code (not a field of PATCH)', async () => {
      const response = await patch('admin', id('DIC-BDG-01'), { code: 'DIC-BDG-99' });
      expect(response.status).toBe(400);
      expect(fieldsOf(response as Response)).toEqual(['code']);
      expect((await storedRow(id('DIC-BDG-01'))).code).toBe('DIC-BDG-01');
    });

    it.each(['staff.dic.bandung', 'outreach.cibinong'])('refuses %s patching even their own point with 403 FORBIDDEN_ROLE', async (username) => {
      const own = username === 'staff.dic.bandung' ? id('DIC-BDG-01') : id('OUT-CBN-01');
      const before = await storedRow(own);
      const response = await patch(username, own, { name: 'Renamed by staff', active: false });
      expect(response.status).toBe(403);
      expectProblem(response as Response, 403, 'FORBIDDEN_ROLE');
      expect(await storedRow(own)).toEqual(before);
    });

    it('refuses mayHoldRestricted=true on an existing NGO office, changing nothing', async () => {
      const before = await storedRow(id('LSM-JKT-01'));
      const response = await patch('admin', id('LSM-JKT-01'), { mayHoldRestricted: true });
      expect(response.status).toBe(422);
      expectProblem(response as Response, 422, 'RESTRICTED_NOT_ALLOWED');
      expect(await storedRow(id('LSM-JKT-01'))).toEqual(before);
    });

    it('takes the right to hold restricted products away when a puskesmas becomes an NGO office', async () => {
      const created = await create('admin', newPoint({ type: 'puskesmas' }));
      expect(created.body.mayHoldRestricted).toBe(true);
      const response = await patch('admin', created.body.id, { type: 'ngo_office' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ type: 'ngo_office', mayHoldRestricted: false });
    });

    it('refuses a supply cycle: A supplied by B, then B supplied by A, is 422 INVALID_SUPPLIER', async () => {
      const a = (await create('dinkes.bandung', newPoint({ name: 'Titik A' }))).body as unknown as Point;
      const b = (await create('dinkes.bandung', newPoint({ name: 'Titik B' }))).body as unknown as Point;
      const aSuppliedByB = await patch('dinkes.bandung', a.id, { supplierPointId: b.id });
      expect(aSuppliedByB.status).toBe(200);
      expect(aSuppliedByB.body.supplierPointId).toBe(b.id);

      const before = await storedRow(b.id);
      const cycle = await patch('dinkes.bandung', b.id, { supplierPointId: a.id });
      expect(cycle.status).toBe(422);
      expectProblem(cycle as Response, 422, 'INVALID_SUPPLIER');
      expect(fieldsOf(cycle as Response)).toEqual(['supplierPointId']);
      expect(await storedRow(b.id)).toEqual(before);
      expect(before.supplier_point_id).toBeNull();
    });

    it('refuses a longer supply cycle (A <- B <- C <- A) and a point supplying itself', async () => {
      const [a, b, c] = await Promise.all(['A', 'B', 'C'].map(async (letter) => (await create('admin', newPoint({ name: `Rantai ${letter}` }))).body as unknown as Point));
      expect((await patch('admin', a.id, { supplierPointId: b.id })).status).toBe(200);
      expect((await patch('admin', b.id, { supplierPointId: c.id })).status).toBe(200);
      const cycle = await patch('admin', c.id, { supplierPointId: a.id });
      expect(cycle.status).toBe(422);
      expect(cycle.body.code).toBe('INVALID_SUPPLIER');
      const itself = await patch('admin', c.id, { supplierPointId: c.id });
      expect(itself.status).toBe(422);
      expect(itself.body.code).toBe('INVALID_SUPPLIER');
      expect((await storedRow(c.id)).supplier_point_id).toBeNull();
    });

    // Two requests at once (A supplied by B, B supplied by A) must not both pass the cycle check.
    it('refuses a supply cycle even when both halves arrive at the same time', async () => {
      const pairs = await Promise.all(
        Array.from({ length: 10 }, async (_, index) => {
          const a = (await create('admin', newPoint({ name: `Serentak A${index}` }))).body.id as string;
          const b = (await create('admin', newPoint({ name: `Serentak B${index}` }))).body.id as string;
          return [a, b];
        }),
      );
      await Promise.all(pairs.flatMap(([a, b]) => [patch('admin', a, { supplierPointId: b }), patch('admin', b, { supplierPointId: a })]));
      const inCycle: { id: string }[] = await t.dataSource.query(
        `WITH RECURSIVE chain(start, id) AS (
           SELECT p.id, p.supplier_point_id FROM points p WHERE p.supplier_point_id IS NOT NULL
           UNION
           SELECT c.start, p.supplier_point_id FROM chain c JOIN points p ON p.id = c.id WHERE p.supplier_point_id IS NOT NULL
         )
         SELECT DISTINCT start AS id FROM chain WHERE start = id`,
      );
      expect(inCycle).toEqual([]);
    });

    it('clears a supplier with supplierPointId=null', async () => {
      const created = await create('dinkes.bandung', newPoint({ supplierPointId: id('DINKES-3273') }));
      expect(created.body.supplierPointId).toBe(id('DINKES-3273'));
      const response = await patch('dinkes.bandung', created.body.id, { supplierPointId: null });
      expect(response.status).toBe(200);
      expect(response.body.supplierPointId).toBeNull();
    });

    it('refuses a supplier from another regency on PATCH with 422 INVALID_SUPPLIER', async () => {
      const before = await storedRow(id('DIC-BDG-01'));
      const response = await patch('dinkes.bandung', id('DIC-BDG-01'), { supplierPointId: id('DINKES-3201') });
      expect(response.status).toBe(422);
      expectProblem(response as Response, 422, 'INVALID_SUPPLIER');
      expect(await storedRow(id('DIC-BDG-01'))).toEqual(before);
    });

    it('answers 404 POINT_NOT_FOUND for an unknown id and 400 for a malformed one', async () => {
      const unknown = await patch('admin', randomUUID(), { name: 'Nowhere' });
      expect(unknown.status).toBe(404);
      expectProblem(unknown as Response, 404, 'POINT_NOT_FOUND');
      const malformed = await patch('admin', 'not-a-uuid', { name: 'Nowhere' });
      expect(malformed.status).toBe(400);
      expect(fieldsOf(malformed as Response)).toEqual(['id']);
    });
  });
});
