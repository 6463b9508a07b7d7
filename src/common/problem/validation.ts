import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidationError } from 'class-validator';
import { DomainError, FieldError } from './problem';

/** What a constraint expects a value to be, for constraints that only make sense on one JSON type. */
const EXPECTED_TYPE: Record<string, string> = {
  isInt: 'a whole number',
  isNumber: 'a number',
  isPositive: 'a number',
  isBoolean: 'true or false',
  isArray: 'a list',
  arrayMinSize: 'a list',
  arrayMaxSize: 'a list',
  nestedValidation: 'an object',
  isObject: 'an object',
  isString: 'text',
  isUuid: 'text',
  isIso8601: 'text',
  isDateString: 'text',
  matches: 'text',
  minLength: 'text',
  maxLength: 'text',
  isEmail: 'text',
};

function jsonTypeOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return 'an object';
  }
}

function fits(value: unknown, expected: string): boolean {
  const actual = jsonTypeOf(value);
  return actual === expected || (expected === 'a number' && actual === 'a whole number') || (expected === 'an object' && actual === 'a list');
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), for suggesting a field name. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known field closest to an unknown one, when it is close enough to be a slip. */
export function closestField(unknown: string, known: string[]): string | undefined {
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    const [a, b] = [unknown.toLowerCase(), field.toLowerCase()];
    // The same but for case, one the beginning of the other (regency for regencyCode), or a slip of a letter or two.
    const distance = a === b ? 0 : Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)) ? 1 : editDistance(a, b);
    if (!best || distance < best.distance) best = { field, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(unknown.length / 3)) ? best.field : undefined;
}

/** The fields a request object may carry: the validated properties of its class. */
function knownFields(target: object | undefined): string[] {
  if (!target) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return [...new Set(metadata.map((entry) => entry.propertyName))];
}

/**
 * One message per problem, worded for the person who filled the form: a missing field "is required" (not its length
 * and format rules as well), a value of the wrong type says once what it should be, an unknown field suggests the
 * closest known one. Other rules keep their own messages.
 */
function messagesFor(error: ValidationError): { messages: string[]; whole: boolean } {
  const constraints = error.constraints ?? {};
  if ('whitelistValidation' in constraints) {
    const known = knownFields(error.target);
    const suggestion = closestField(error.property, known);
    return { messages: [suggestion ? `is not a known field; did you mean ${suggestion}?` : `is not a known field (known fields: ${known.join(', ')})`], whole: true };
  }
  if (error.value === undefined || error.value === null) return { messages: ['is required'], whole: true };
  const typeRule = Object.keys(constraints).find((name) => EXPECTED_TYPE[name] && !fits(error.value, EXPECTED_TYPE[name]));
  if (typeRule) return { messages: [`must be ${EXPECTED_TYPE[typeRule]}, not ${jsonTypeOf(error.value)}`], whole: true };
  return { messages: Object.values(constraints), whole: false };
}

/** Flattens class-validator's tree into `lines[0].quantity`-style paths, one entry per field. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const isIndex = /^\d+$/.test(error.property);
    const field = parent === '' ? error.property : isIndex ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    if (!error.constraints) return flattenValidationErrors(error.children ?? [], field);
    const { messages, whole } = messagesFor(error);
    // A missing value or one of the wrong type has no parts worth listing.
    return [{ field, messages }, ...(whole ? [] : flattenValidationErrors(error.children ?? [], field))];
  });
}

/** Keys no request field is named after: objects' own machinery, which the DTO mapping would drop silently. */
const RESERVED_KEYS = new Set([
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'toLocaleString', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
]);
/** Deeper than any request pasokan accepts (a movement line is 3 levels down). */
const MAX_DEPTH = 16;

/**
 * Finds the first field that is reserved, nested too deeply or holds a null byte (which PostgreSQL cannot store in
 * text), without recursing into what it refuses.
 */
export function unacceptableShape(value: unknown, path = '', depth = 0): { field: string; message: string } | undefined {
  if (typeof value === 'string' && value.includes('\u0000')) return { field: path || 'body', message: 'must not contain a null character (\\u0000)' };
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_DEPTH) return { field: path || 'body', message: `is nested more than ${MAX_DEPTH} levels deep` };
  for (const key of Object.keys(value)) {
    const field = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (!Array.isArray(value) && RESERVED_KEYS.has(key)) return { field, message: `property ${key} should not exist` };
    if (key.includes('\u0000')) return { field: field.replaceAll('\u0000', '\\u0000'), message: 'a field name must not contain a null character' };
    const found = unacceptableShape((value as Record<string, unknown>)[key], field, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The global pipe: refuses reserved keys and absurd nesting first, then validates against the DTO. */
class ProblemValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const found = unacceptableShape(value);
      if (found) {
        throw new DomainError('VALIDATION_FAILED', `Please correct these fields. ${found.field}: ${found.message}`, {
          errors: [{ field: found.field, messages: [found.message] }],
        });
      }
    }
    return super.transform(value, metadata);
  }
}

/**
 * Strict input: unknown fields are refused (not silently dropped), values are converted to their declared types,
 * and every invalid field is listed in the problem document.
 */
export function createValidationPipe(): ValidationPipe {
  return new ProblemValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    // Kept for the messages only (the type a value was, the fields its object knows); never sent to the client.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const summary = fieldErrors.map((error) => `${error.field}: ${error.messages.join(', ')}`).join('; ');
      return new DomainError('VALIDATION_FAILED', `Please correct these fields. ${summary}`, { errors: fieldErrors });
    },
  });
}
