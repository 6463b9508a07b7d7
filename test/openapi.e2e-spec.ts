import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '../src/common/problem/error-codes';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/** The web app generates its API types from this document, so it must say what the service does. */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let doc: any;
  type Schema = Record<string, unknown> & { $ref?: string; type?: string; format?: string; nullable?: boolean; properties?: Record<string, Schema>; required?: string[]; items?: Schema; oneOf?: Schema[]; allOf?: Schema[]; enum?: unknown[] };
  const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(doc.components.schemas[schema.$ref.split('/').pop()!]) : schema);
  const operations = () =>
    Object.entries(doc.paths as Record<string, Record<string, { parameters?: Schema[]; responses: Record<string, Schema>; requestBody?: Schema }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
    );

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    doc = (await t.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  /** Every property of every schema, with its name and the schema it belongs to. */
  const properties = () =>
    Object.entries(doc.components.schemas as Record<string, Schema>).flatMap(([schema, definition]) =>
      Object.entries(definition.properties ?? {}).map(([name, property]) => ({ schema, name, property: property.type === 'array' ? property.items! : property })),
    );

  it('says quantities and counts are integers (only months and monthly use are fractional)', () => {
    const numbers = properties().filter(({ property }) => property.type === 'number').map(({ schema, name }) => `${schema}.${name}`);
    expect(numbers.map((entry) => entry.split('.')[1]).filter((name) => !['amc', 'minMonths', 'maxMonths', 'monthsOfStock', 'monthlyConsumption', 'stockoutAdjustment'].includes(name))).toEqual([]);
    const quantity = resolve({ $ref: '#/components/schemas/MovementLineResponse' }).properties!.quantity;
    expect(quantity.type).toBe('integer');
  });

  it('gives every property a type: a nullable string or number is not an empty object, a free-form map says so', () => {
    // `x: string | null` reflects as Object: without an explicit type the app's generated type is Record<string, never>.
    const untyped = properties()
      .filter(({ property }) => !property.$ref && !property.allOf && !property.oneOf && !property.enum)
      .filter(({ property }) => !property.type || (property.type === 'object' && !property.properties && property.additionalProperties === undefined))
      .map(({ schema, name }) => `${schema}.${name}`);
    expect(untyped).toEqual([]);
  });

  it('describes a batch sync item as a movement request of one type plus its point (no discriminator of its own)', () => {
    const item = doc.components.schemas.SyncMovementRequest as Schema;
    expect(JSON.stringify(item)).not.toContain('#/components/schemas/RecordMovementRequest');
    const variants = (item.allOf ?? []).flatMap((part) => part.oneOf ?? []).map((variant) => variant.$ref);
    expect(variants).toEqual((doc.components.schemas.RecordMovementRequest as Schema).oneOf!.map((variant) => variant.$ref));
  });

  it('says ids are UUIDs, times date-times and expiry dates dates', () => {
    const wrong = properties()
      .filter(({ property }) => property.type === 'string')
      .filter(({ schema, name, property }) => {
        if ((name === 'id' && schema !== 'AuditEntryResponse') || (/[a-z]Ids?$/.test(name) && !['nameId', 'productNameId', 'requestId'].includes(name))) return property.format !== 'uuid';
        if (name === 'at' || /[a-z]At$/.test(name)) return property.format !== 'date-time';
        if (name === 'expiryDate' && !schema.endsWith('Request')) return property.format !== 'date';
        return false;
      })
      .map(({ schema, name, property }) => `${schema}.${name}: ${property.format ?? 'no format'}`);
    expect(wrong).toEqual([]);
    const pathIds = operations().flatMap(({ route, operation }) =>
      (operation.parameters ?? []).filter((parameter) => parameter.in === 'path' && (parameter.schema as Schema).format !== 'uuid').map((parameter) => `${route} ${parameter.name}`),
    );
    expect(pathIds).toEqual([]);
  });

  it('documents Idempotent-Replayed as a header of the answer, not of the request', () => {
    const idempotent = ['POST /api/v1/points/{pointId}/movements', 'POST /api/v1/points/{pointId}/sharps', 'POST /api/v1/shipments', 'POST /api/v1/shipments/{id}/receive', 'POST /api/v1/shipments/{id}/cancel', 'POST /api/v1/resupply-requests', 'POST /api/v1/outreach-shifts'];
    for (const { route, operation } of operations()) {
      expect({ route, requestHeader: (operation.parameters ?? []).some((parameter) => parameter.name === 'Idempotent-Replayed') }).toEqual({ route, requestHeader: false });
      const header = (operation.responses['201']?.headers as Record<string, unknown> | undefined)?.['Idempotent-Replayed'];
      expect({ route, documented: Boolean(header) }).toEqual({ route, documented: idempotent.includes(route) });
    }
  });

  it('describes the CSV answers as text/csv', () => {
    for (const route of ['/api/v1/expiries', '/api/v1/shortages']) {
      const content = doc.paths[route].get.responses['200'].content;
      expect(content['text/csv'].schema).toEqual({ type: 'string' });
      expect(content['application/json'].schema.$ref).toMatch(/Report$/);
    }
  });

  it('requires what the service requires for each movement type: source and lot details on a receipt, no lines on a reversal', () => {
    const request = resolve({ $ref: '#/components/schemas/RecordMovementRequest' });
    expect(request.discriminator).toMatchObject({ propertyName: 'type' });
    const receipt = resolve({ $ref: '#/components/schemas/ReceiptMovementRequest' });
    expect(receipt.required).toEqual(expect.arrayContaining(['id', 'type', 'occurredAt', 'source', 'lines']));
    expect(resolve(receipt.properties!.lines.items!).required).toEqual(expect.arrayContaining(['productId', 'quantity', 'lotNumber', 'expiryDate', 'fundingSource']));
    const reversal = resolve({ $ref: '#/components/schemas/ReversalMovementRequest' });
    expect(reversal.required).toEqual(['id', 'type', 'occurredAt', 'reversesMovementId']);
    expect(reversal.properties!.lines).toBeUndefined();
    expect(resolve({ $ref: '#/components/schemas/DistributionMovementRequest' }).properties!.source).toBeUndefined();
  });

  it('lists every error code the service answers with, and only those: each is raised somewhere and documented in docs/api.md', () => {
    const codes = Object.keys(ERROR_CODES).sort();
    expect([...resolve({ $ref: '#/components/schemas/ProblemSchema' }).properties!.code.enum!].sort()).toEqual(codes);
    const root = join(__dirname, '..');
    const raised = (code: string) =>
      execFileSync('git', ['grep', '-l', `'${code}'`, '--', 'src', ':!src/common/problem/error-codes.ts', ':!*.spec.ts'], { cwd: root, encoding: 'utf8' }).trim().length > 0;
    const notRaised = codes.filter((code) => {
      try {
        return !raised(code);
      } catch {
        return true;
      }
    });
    expect(notRaised).toEqual([]);
    const api = readFileSync(join(root, 'docs', 'api.md'), 'utf8');
    const table = api.slice(api.indexOf('## Error codes'));
    expect(codes.filter((code) => !table.includes(`\`${code}\``))).toEqual([]);
    // Every status a problem can have is a status some operation documents.
    const documented = new Set(operations().flatMap(({ operation }) => Object.keys(operation.responses)));
    expect([...new Set(Object.values(ERROR_CODES).map((entry) => String(entry.status)))].filter((status) => !documented.has(status))).toEqual([]);
  });

  /** Checks a value against a schema of the document; returns where it does not fit. */
  function mismatches(value: unknown, schema: Schema, at: string): string[] {
    const resolved = resolve(schema);
    if (resolved.oneOf) return resolved.oneOf.some((option) => mismatches(value, option, at).length === 0) ? [] : [`${at}: fits none of oneOf`];
    if (resolved.allOf) return resolved.allOf.flatMap((part) => mismatches(value, part, at));
    if (value === null) return resolved.nullable ? [] : [`${at}: null but not nullable`];
    switch (resolved.type) {
      case 'integer':
        return Number.isInteger(value) ? [] : [`${at}: ${JSON.stringify(value)} is not an integer`];
      case 'number':
        return typeof value === 'number' ? [] : [`${at}: ${JSON.stringify(value)} is not a number`];
      case 'boolean':
        return typeof value === 'boolean' ? [] : [`${at}: not a boolean`];
      case 'string': {
        if (typeof value !== 'string') return [`${at}: ${JSON.stringify(value)} is not a string`];
        const formats: Record<string, RegExp> = {
          uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
          date: /^\d{4}-\d{2}-\d{2}$/,
          'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
        };
        if (resolved.format && formats[resolved.format] && !formats[resolved.format].test(value)) return [`${at}: ${value} is not a ${resolved.format}`];
        if (resolved.enum && !resolved.enum.includes(value)) return [`${at}: ${value} is not one of ${resolved.enum.join(', ')}`];
        return [];
      }
      case 'array':
        return Array.isArray(value) ? value.flatMap((item, index) => mismatches(item, resolved.items!, `${at}[${index}]`)) : [`${at}: not an array`];
      default: {
        if (!resolved.properties) return [];
        if (typeof value !== 'object') return [`${at}: not an object`];
        const record = value as Record<string, unknown>;
        return [
          ...(resolved.required ?? []).filter((name) => !(name in record)).map((name) => `${at}.${name}: required but absent`),
          ...Object.entries(resolved.properties).flatMap(([name, property]) => (name in record ? mismatches(record[name], property, `${at}.${name}`) : [])),
        ];
      }
    }
  }

  it('describes what the running service answers: real answers fit their documented schemas', async () => {
    const dic = ids.point('DIC-BDG-01');
    const syringe = ids.product('NS-1ML-LDS-29G');
    const token = await t.token('admin');
    const staff = await t.token('staff.dic.bandung');
    // One movement of each kind the reads below show.
    const movement = await t
      .http()
      .post(`/api/v1/points/${dic}/movements`)
      .set('Authorization', `Bearer ${staff}`)
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 2, lines: [{ productId: syringe, quantity: 3 }] })
      .expect(201);
    await t.http().post('/api/v1/expiries/scan').set('Authorization', `Bearer ${token}`).expect(200);
    const [shipment] = await t.dataSource.query('SELECT id FROM shipments LIMIT 1');
    const request = await t
      .http()
      .post('/api/v1/resupply-requests')
      .set('Authorization', `Bearer ${await t.token('outreach.cibinong')}`)
      .send({ id: randomUUID(), pointId: ids.point('OUT-CBN-01'), lines: [{ productId: syringe, quantity: 100 }] })
      .expect(201);
    const reads: [string, string][] = [
      ['/api/v1/auth/me', '/api/v1/auth/me'],
      ['/api/v1/points', '/api/v1/points'],
      ['/api/v1/points/{id}', `/api/v1/points/${dic}`],
      ['/api/v1/products', '/api/v1/products'],
      ['/api/v1/users', '/api/v1/users'],
      ['/api/v1/movements/{id}', `/api/v1/movements/${movement.body.id}`],
      ['/api/v1/points/{pointId}/movements', `/api/v1/points/${dic}/movements`],
      ['/api/v1/points/{pointId}/stock', `/api/v1/points/${dic}/stock`],
      ['/api/v1/points/{pointId}/stock-card', `/api/v1/points/${dic}/stock-card?productId=${syringe}`],
      ['/api/v1/lots', '/api/v1/lots'],
      ['/api/v1/shipments', '/api/v1/shipments'],
      ['/api/v1/shipments/{id}', `/api/v1/shipments/${shipment.id}`],
      ['/api/v1/alerts', '/api/v1/alerts'],
      ['/api/v1/expiries', '/api/v1/expiries'],
      ['/api/v1/expiries/redistribution', '/api/v1/expiries/redistribution?regencyCode=32.01'],
      ['/api/v1/shortages', '/api/v1/shortages'],
      ['/api/v1/dashboard', '/api/v1/dashboard'],
      ['/api/v1/dashboard', '/api/v1/dashboard?provinceCode=32'],
      ['/api/v1/points/{id}/stock-status', `/api/v1/points/${dic}/stock-status`],
      ['/api/v1/points/{id}/stock-levels', `/api/v1/points/${dic}/stock-levels`],
      ['/api/v1/points/{id}/history', `/api/v1/points/${dic}/history?productId=${syringe}`],
      ['/api/v1/points/{id}/resupply-suggestion', `/api/v1/points/${dic}/resupply-suggestion`],
      ['/api/v1/resupply-requests', '/api/v1/resupply-requests'],
      ['/api/v1/resupply-requests/{id}', `/api/v1/resupply-requests/${request.body.id}`],
      ['/api/v1/audit-log', '/api/v1/audit-log'],
      ['/api/v1/regions/provinces', '/api/v1/regions/provinces'],
    ];
    const problems: string[] = [...mismatches(movement.body, doc.paths['/api/v1/points/{pointId}/movements'].post.responses['201'].content['application/json'].schema, 'POST movements')];
    for (const [route, url] of reads) {
      const response = await t.http().get(url).set('Authorization', `Bearer ${token}`);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      const schema = doc.paths[route]?.get?.responses['200']?.content?.['application/json']?.schema;
      expect({ route, documented: Boolean(schema) }).toEqual({ route, documented: true });
      problems.push(...mismatches(response.body, schema, route));
    }
    expect(problems).toEqual([]);
  });
});
