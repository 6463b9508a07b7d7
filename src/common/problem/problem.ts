import { ERROR_CODES, ErrorCode } from './error-codes';

export interface FieldError {
  /** Path of the invalid field, e.g. `lines[0].quantity`. */
  field: string;
  messages: string[];
}

/** RFC 9457 problem document, plus our stable `code`, the request id and, for invalid input, each field's errors. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export function problemType(code: ErrorCode): string {
  return `urn:pasokan:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

/**
 * The one error type that domain code throws. The exception filter turns it into a problem document; `extensions`
 * carry machine-readable facts (for example what stock is available).
 */
export class DomainError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extensions: { errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(detail);
    this.name = 'DomainError';
    this.status = ERROR_CODES[code].status;
  }
}

/**
 * The one way to refuse invalid input (400 VALIDATION_FAILED): every field with its messages, and a detail that lists
 * them ("Please correct these fields. lines[0].quantity: …; note: …"), or says `summary` instead.
 */
export function invalidFields(errors: FieldError[], summary?: string): DomainError {
  const listed = summary ?? errors.map((error) => `${error.field}: ${error.messages.join(', ')}`).join('; ');
  return new DomainError('VALIDATION_FAILED', `Please correct these fields. ${listed}`, { errors });
}

/** One invalid field (see invalidFields). */
export function invalidField(field: string, message: string): DomainError {
  return invalidFields([{ field, messages: [message] }]);
}
