import { applyDecorators, Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, getSchemaPath, OpenAPIObject } from '@nestjs/swagger';

/**
 * What the OpenAPI document says must be exactly what the service does: the web app generates its API types from it.
 * The decorators below describe answers the DTO classes cannot (a response header, a second media type);
 * `refineApiDocument` applies the project's conventions the decorators leave out, in one place, so every schema
 * follows them: counts are integers, ids are UUIDs, times are date-times and expiry dates are dates.
 */

/** The 201 of an idempotent create: a retry answers the original result with `Idempotent-Replayed: true`. */
export function ApiCreatedOrReplayed(type: Type<unknown>) {
  return ApiCreatedResponse({
    type,
    description: 'Recorded; or, for a retry of the same request (same `id`, same body), the original result',
    headers: {
      'Idempotent-Replayed': {
        description: '`true` when this answer is the replay of a request already recorded; absent otherwise',
        schema: { type: 'string', enum: ['true'] },
      },
    },
  });
}

/** A report answered as JSON (an object, or with `array` a list of them), or with `?format=csv|xlsx` as a file. */
export function ApiJsonOrCsv(type: Type<unknown>, options: { array?: boolean } = {}) {
  return applyDecorators(
    ApiExtraModels(type),
    ApiOkResponse({
      description: 'JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers',
      content: {
        'application/json': { schema: options.array ? { type: 'array', items: { $ref: getSchemaPath(type) } } : { $ref: getSchemaPath(type) } },
        'text/csv': { schema: { type: 'string' } },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
      },
    }),
  );
}

/** Quantities and counts are whole; these are the only numbers that are not (months, and use per month). */
const FRACTIONAL = new Set(['amc', 'minMonths', 'maxMonths', 'monthsOfStock', 'monthlyConsumption', 'stockoutAdjustment']);
/** Named like ids but not UUIDs: a product's Indonesian name (also as productNameId); the request id (the caller's X-Request-Id when sane). */
const NOT_UUID = new Set(['nameId', 'productNameId', 'requestId']);
/** Schemas whose `id` is not a UUID: audit entries are numbered. */
const NUMBERED = new Set(['AuditEntryResponse']);

type Schema = {
  type?: string;
  format?: string;
  pattern?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  $ref?: string;
};

const isId = (name: string) => !NOT_UUID.has(name) && (name === 'id' || /[a-z]Id$/.test(name));
const isIdList = (name: string) => /[a-z]Ids$/.test(name);

function refineProperty(schemaName: string, name: string, property: Schema): void {
  const target = property.type === 'array' && property.items ? property.items : property;
  if (target.type === 'number' && !FRACTIONAL.has(name)) target.type = 'integer';
  if (target.type === 'string' && !target.format) {
    if ((isId(name) && !(name === 'id' && NUMBERED.has(schemaName))) || isIdList(name)) target.format = 'uuid';
    else if (name === 'at' || /[a-z]At$/.test(name)) target.format = 'date-time';
    // Responses give the full date; requests also accept YYYY-MM (the last day of that month).
    else if (name === 'expiryDate' && !/Request$/.test(schemaName)) target.format = 'date';
  }
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemSchema' } } } });
/** Answers any operation of the API can give, beyond what each one declares. */
const EVERY_OPERATION = {
  '500': problem('A bug (INTERNAL_ERROR): logged with the request id'),
  '503': problem('The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry'),
};
/** And any operation that takes a body. */
const WITH_BODY = {
  '413': problem('The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE)'),
  '415': problem('The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE)'),
};

interface Operation {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

/**
 * Applies the conventions to every component schema and to path and query parameters, and adds the problem answers
 * every operation can give (503; 413 and 415 with a body).
 */
export function refineApiDocument(document: OpenAPIObject): OpenAPIObject {
  for (const [schemaName, schema] of Object.entries((document.components?.schemas ?? {}) as Record<string, Schema>)) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) refineProperty(schemaName, name, property);
  }
  for (const [route, path] of Object.entries(document.paths)) {
    for (const operation of Object.values(path) as Operation[]) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.schema && (parameter.in === 'path' || parameter.in === 'query')) refineProperty('parameter', parameter.name, parameter.schema);
      }
      if (!route.startsWith('/api/v1/')) continue;
      operation.responses = { ...operation.responses, ...EVERY_OPERATION, ...(operation.requestBody ? WITH_BODY : {}) };
    }
  }
  return document;
}
