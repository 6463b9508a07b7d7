import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from './support/test-app';

const PUBLIC_ROUTES = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/refresh', 'GET /health', 'GET /health/ready']);

describe('the running service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness and readiness without a token', async () => {
    await t.http().get('/health').expect(200);
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body.details.database.status).toBe('up');
  });

  it('serves its OpenAPI document and the docs page', async () => {
    const document = await t.http().get('/api/docs-json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/points', '/api/v1/users/{id}', '/api/v1/regions/regencies']),
    );
    expect(document.body.components.schemas.ProblemSchema).toBeDefined();
    const page = await t.http().get('/api/docs').expect(200);
    expect(page.text).toContain('swagger');
  });

  it('documents an example for every request and response property', async () => {
    const { body } = await t.http().get('/api/docs-json').expect(200);
    const missing: string[] = [];
    type Definition = { example?: unknown; $ref?: string; allOf?: unknown[]; items?: { $ref?: string } };
    for (const [schemaName, schema] of Object.entries<{ properties?: Record<string, Definition> }>(body.components.schemas)) {
      for (const [property, definition] of Object.entries(schema.properties ?? {})) {
        const isReference = definition.$ref !== undefined || definition.allOf !== undefined || definition.items?.$ref !== undefined;
        if (!isReference && definition.example === undefined) missing.push(`${schemaName}.${property}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('refuses every non-public route without a token, with a problem document', async () => {
    const { body } = await t.http().get('/api/docs-json').expect(200);
    const routes: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, unknown>>(body.paths)) {
      for (const method of Object.keys(operations)) routes.push(`${method.toUpperCase()} ${path}`);
    }
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes.filter((route) => !PUBLIC_ROUTES.has(route))) {
      const [method, path] = route.split(' ');
      const url = path.replace(/\{[^}]+\}/g, randomUUID());
      const response = await t.http()[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](url).send({});
      expect({ route, status: response.status, code: response.body.code }).toEqual({ route, status: 401, code: 'AUTHENTICATION_REQUIRED' });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('refuses a forged or malformed token', async () => {
    const response = await t.http().get('/api/v1/points').set('Authorization', 'Bearer not.a.token').expect(401);
    expect(response.body.code).toBe('INVALID_TOKEN');
  });

  it('answers an unknown address with a 404 problem document', async () => {
    const response = await t.http().get('/api/v1/no-such-thing').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, code: 'ROUTE_NOT_FOUND', type: 'urn:pasokan:problem:route-not-found' });
  });

  it('answers a body that is not JSON with MALFORMED_JSON and a request id', async () => {
    const token = await t.token('admin');
    const response = await t
      .http()
      .post('/api/v1/products')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send('{"code": "X",')
      .expect(400);
    expect(response.body.code).toBe('MALFORMED_JSON');
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
  });

  it('refuses a body above the size limit with 413', async () => {
    const token = await t.token('admin');
    const response = await t
      .http()
      .post('/api/v1/products')
      .set('Authorization', `Bearer ${token}`)
      .send({ code: 'BIG', name: 'x'.repeat(2 * 1024 * 1024) })
      .expect(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends security headers and echoes a sane request id', async () => {
    const response = await t.http().get('/health').set('X-Request-Id', 'field-device-42').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toBe('field-device-42');
    const replaced = await t.http().get('/health').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never shows internals: a value PostgreSQL cannot store is a 4xx, not a stack trace', async () => {
    const token = await t.token('admin');
    const [{ count: before }] = await t.dataSource.query('SELECT count(*)::int AS count FROM products');
    const response = await t
      .http()
      .post('/api/v1/products')
      .set('Authorization', `Bearer ${token}`)
      .send({ code: 'NUL-1', name: 'bad \u0000 name', nameId: 'nama', category: 'other', unit: 'piece', packSize: 1 })
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).not.toMatch(/at \w+ \(|QueryFailedError|INSERT |invalid byte/);
    const [{ count: after }] = await t.dataSource.query('SELECT count(*)::int AS count FROM products');
    expect(after).toBe(before);
  });

  it('refuses out-of-range paging with the field named', async () => {
    const token = await t.token('admin');
    const response = await t.http().get('/api/v1/points?offset=-1&limit=1000').set('Authorization', `Bearer ${token}`).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['limit', 'offset']);
  });
});
