import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/** What a new user meets first: messages they can act on, and a clear answer to a body that is not JSON. */
describe('first contact', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const auth = async (username = 'admin') => ({ Authorization: `Bearer ${await t.token(username)}` });

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
  });
  afterAll(() => t.close());

  const fieldErrors = (body: { errors?: { field: string; messages: string[] }[] }) => Object.fromEntries((body.errors ?? []).map((error) => [error.field, error.messages]));

  it('says a missing field is required, once', async () => {
    const response = await t.http().post('/api/v1/points').set(await auth()).send({ name: 'Drop-in Centre Baru', type: 'drop_in_centre', regencyCode: '32.73' }).expect(400);
    expect(fieldErrors(response.body)).toEqual({ code: ['is required'] });
    expect(response.body.detail).toBe('Please correct these fields. code: is required');
  });

  it('says a value of the wrong type once', async () => {
    const response = await t
      .http()
      .post(`/api/v1/points/${ids.point('DIC-BDG-01')}/movements`)
      .set(await auth('staff.dic.bandung'))
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantity: '12' }] })
      .expect(400);
    expect(fieldErrors(response.body)).toEqual({ 'lines[0].quantity': ['must be a whole number, not text'] });
    const lines = await t
      .http()
      .post(`/api/v1/points/${ids.point('DIC-BDG-01')}/movements`)
      .set(await auth('staff.dic.bandung'))
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), lines: 'twelve syringes' })
      .expect(400);
    expect(fieldErrors(lines.body)).toEqual({ lines: ['must be a list, not text'] });
  });

  it('suggests the closest known field for an unknown one', async () => {
    const response = await t
      .http()
      .post(`/api/v1/points/${ids.point('DIC-BDG-01')}/movements`)
      .set(await auth('staff.dic.bandung'))
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantiy: 12 }] })
      .expect(400);
    expect(fieldErrors(response.body)).toEqual({ 'lines[0].quantiy': ['is not a known field; did you mean quantity?'], 'lines[0].quantity': ['is required'] });
    const query = await t.http().get('/api/v1/points?regency=32.73').set(await auth()).expect(400);
    expect(fieldErrors(query.body)).toEqual({ regency: ['is not a known field; did you mean regencyCode?'] });
  });

  it('records a reversal sent without lines', async () => {
    const headers = await auth('staff.dic.bandung');
    const point = ids.point('DIC-BDG-01');
    const distribution = { id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 1, lines: [{ productId: ids.product('NS-1ML-LDS-29G'), quantity: 2 }] };
    await t.http().post(`/api/v1/points/${point}/movements`).set(headers).send(distribution).expect(201);
    const reversal = { id: randomUUID(), type: 'reversal', occurredAt: new Date().toISOString(), reversesMovementId: distribution.id };
    const response = await t.http().post(`/api/v1/points/${point}/movements`).set(headers).send(reversal).expect(201);
    expect(response.body.lines).toEqual([expect.objectContaining({ quantity: 2 })]);
    // The same reversal with `lines: []` is the same request: a retry, not a reused id.
    const retry = await t.http().post(`/api/v1/points/${point}/movements`).set(headers).send({ ...reversal, lines: [] }).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    // Any other type still needs its lines.
    const empty = await t.http().post(`/api/v1/points/${point}/movements`).set(headers).send({ ...distribution, id: randomUUID(), lines: undefined }).expect(400);
    expect(fieldErrors(empty.body)).toEqual({ lines: ['at least one line is needed'] });
  });

  it("the README's reversal example works as written", async () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const body = (type: string) => {
      const line = readme.split('\n').find((candidate) => candidate.includes(`"type":"${type}"`))!;
      // The shell's substitutions, as they expand.
      const start = readme.indexOf(line);
      const command = readme.slice(start, readme.indexOf("}'\n", start) + 1);
      const json = command
        .slice(command.indexOf("-d '") + 4)
        .replace(`'$(node -p 'crypto.randomUUID()')'`, randomUUID())
        .replaceAll(`'$(date -Iseconds)'`, new Date().toISOString())
        .replaceAll(`'$SYRINGE'`, ids.product('NS-1ML-LDS-29G'))
        .replaceAll(`'$DISTRIBUTION'`, distributionId);
      return JSON.parse(json);
    };
    const distributionId = randomUUID();
    const headers = await auth('staff.dic.bandung');
    const point = ids.point('DIC-BDG-01');
    const distribution = body('distribution');
    expect(distribution.id).toBe(distributionId);
    await t.http().post(`/api/v1/points/${point}/movements`).set(headers).send(distribution).expect(201);
    const reversal = await t.http().post(`/api/v1/points/${point}/movements`).set(headers).send(body('reversal'));
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({ type: 'reversal', reversesMovementId: distributionId });
  });

  it.each([
    ['no Content-Type', undefined, '{"code":"NEW-1"}'],
    ['a form', 'application/x-www-form-urlencoded', 'code=NEW-1&name=x'],
    ['text/plain', 'text/plain', '{"code":"NEW-1"}'],
  ])('answers a body sent with %s with 415 and writes nothing', async (_name, contentType, body) => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM points');
    const request = t.http().post('/api/v1/points').set(await auth());
    if (contentType) request.set('Content-Type', contentType);
    else request.unset('Content-Type');
    const response = await request.send(Buffer.from(body));
    expect(response.status).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 });
    expect(response.body.detail).toMatch(/Content-Type: application\/json/);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM points')).toEqual(before);
  });

  it.each(['/api/v1/shortages', '/api/v1/shortages?format=csv&', '/api/v1/expiries', '/api/v1/expiries?format=csv&', '/api/v1/alerts', '/api/v1/points'])(
    'answers a district officer filtering %s by another regency with 403, not an empty list that reads as "none"',
    async (path) => {
      const url = `${path}${path.endsWith('&') ? '' : '?'}regencyCode=32.01`;
      const response = await t.http().get(url).set(await auth('dinkes.bandung'));
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'OUT_OF_SCOPE', errors: [{ field: 'regencyCode' }] });
      // Their own regency, and an administrator's filter of any regency, still answer.
      await t.http().get(url.replace('32.01', '32.73')).set(await auth('dinkes.bandung')).expect(200);
      await t.http().get(url).set(await auth('admin')).expect(200);
    },
  );

  it('still accepts a POST without a body where none is needed', async () => {
    await t.http().post('/api/v1/expiries/scan').set(await auth()).expect(200);
  });
});
