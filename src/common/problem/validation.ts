import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { DomainError, FieldError } from './problem';

/** Flattens class-validator's tree into `lines[0].quantity`-style paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const isIndex = /^\d+$/.test(error.property);
    const field = parent === '' ? error.property : isIndex ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
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
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const summary = fieldErrors.map((error) => `${error.field}: ${error.messages.join(', ')}`).join('; ');
      return new DomainError('VALIDATION_FAILED', `Please correct these fields. ${summary}`, { errors: fieldErrors });
    },
  });
}
