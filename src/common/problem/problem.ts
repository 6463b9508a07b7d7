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
