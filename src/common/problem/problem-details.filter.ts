import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ERROR_CODES, ErrorCode } from './error-codes';
import { DomainError, ProblemDocument, problemType } from './problem';
import { timedOut } from '../request-deadline';

/** PostgreSQL and driver signals that the database, not the request, is the problem. */
const DATABASE_DOWN_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300']);
const DATABASE_DOWN_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

export interface Classified {
  code: ErrorCode;
  detail: string;
  extensions?: Record<string, unknown>;
  /** Unexpected errors are logged with their stack; expected ones are not. */
  unexpected?: boolean;
}

export function isDatabaseDown(error: unknown): boolean {
  // Not `instanceof Error`: a socket's error is made by Node itself, in another realm than code run in a sandbox (tests).
  if (typeof error !== 'object' || error === null) return false;
  const candidate = (error instanceof QueryFailedError ? error.driverError : error) as { code?: string; message?: string };
  if (candidate.code && (DATABASE_DOWN_SQLSTATES.has(candidate.code) || DATABASE_DOWN_ERRNOS.has(candidate.code))) {
    return true;
  }
  const message = candidate.message ?? (error as { message?: string }).message ?? '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|Client was closed|not queryable|timeout exceeded when trying to connect|Connection is not established|Cannot use a pool after calling end/i.test(
    message,
  );
}

function classifyHttpException(error: HttpException): Classified {
  const status = error.getStatus();
  const response = error.getResponse();
  const message =
    typeof response === 'object' && response !== null && 'message' in response
      ? String((response as { message: unknown }).message)
      : error.message;
  switch (status) {
    case HttpStatus.NOT_FOUND:
      return { code: 'ROUTE_NOT_FOUND', detail: `${message}. See /api/docs for the list of endpoints.` };
    case HttpStatus.TOO_MANY_REQUESTS:
      return { code: 'TOO_MANY_REQUESTS', detail: 'Too many attempts in a short time. Wait a minute and try again.' };
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return { code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is larger than the server accepts.' };
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return { code: 'UNSUPPORTED_MEDIA_TYPE', detail: message };
    case HttpStatus.UNAUTHORIZED:
      return { code: 'AUTHENTICATION_REQUIRED', detail: message };
    case HttpStatus.FORBIDDEN:
      return { code: 'FORBIDDEN_ROLE', detail: message };
    case HttpStatus.SERVICE_UNAVAILABLE: {
      // Raised by the readiness check: keep which component failed.
      const checks = typeof response === 'object' && response !== null ? (response as { details?: unknown }).details : undefined;
      return { code: 'SERVICE_UNAVAILABLE', detail: 'A component the service depends on is not ready.', extensions: { checks } };
    }
    default:
      if (status >= 400 && status < 500) return { code: 'VALIDATION_FAILED', detail: message };
      return { code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred.', unexpected: true };
  }
}

/** Errors raised by Express's body parser before any controller runs. */
function classifyBodyParserError(error: { type?: string; status?: number }): Classified | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return { code: 'MALFORMED_JSON', detail: 'The request body could not be read as JSON. Check quotes, commas and brackets.' };
    case 'entity.too.large':
      return { code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is larger than the server accepts.' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Send the body as UTF-8 application/json.' };
    default:
      return undefined;
  }
}

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

function classifyQueryFailure(error: QueryFailedError): Classified | undefined {
  const driverError = error.driverError as { code?: string; column?: string };
  switch (driverError.code) {
    case '23502': {
      // A field sent as null where a value is required; nothing was written.
      const field = camelCase(driverError.column ?? 'value');
      return { code: 'VALIDATION_FAILED', detail: `Please correct these fields. ${field}: cannot be null`, extensions: { errors: [{ field, messages: ['cannot be null'] }] } };
    }
    case '23505':
      return { code: 'CONFLICT', detail: 'This would duplicate something that already exists.' };
    case '23503':
      return { code: 'REFERENCED_DATA_MISSING', detail: 'The request refers to something that does not exist.' };
    case '22P02':
    case '22021':
    case '22P05':
    case '22003':
    case '22007':
    case '22008':
      return { code: 'VALIDATION_FAILED', detail: 'A value in the request has the wrong format or is out of range.' };
    default:
      return undefined;
  }
}

/**
 * `write`: the request may have changed something. When the database fails under a write, even during COMMIT, whether
 * it was recorded is unknown to the service too; the client is told to send the same request again with the same id,
 * which records it once or answers the original result.
 */
export function classifyError(error: unknown, { write = false }: { write?: boolean } = {}): Classified {
  if (error instanceof DomainError) {
    return { code: error.code, detail: error.detail, extensions: error.extensions };
  }
  if (isDatabaseDown(error)) {
    return {
      code: 'DATABASE_UNAVAILABLE',
      detail: write
        ? 'The database could not be reached while this was being recorded, so it may or may not have been recorded. Send the same request again, with the same id, in a moment: it is recorded once.'
        : 'The database is not reachable right now; try again shortly.',
      extensions: write ? { retrySameRequest: true } : undefined,
    };
  }
  if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '57014') {
    // statement_timeout: the database stopped a statement that ran longer than a request may.
    return { code: 'REQUEST_TIMED_OUT', detail: timedOut().detail };
  }
  if (error instanceof HttpException) {
    // Nest wraps body-parser failures (bad JSON, too large) in an HttpException; the cause says which.
    const cause = error.cause as { type?: string } | undefined;
    const bodyError = cause && typeof cause === 'object' ? classifyBodyParserError(cause) : undefined;
    return bodyError ?? classifyHttpException(error);
  }
  if (typeof error === 'object' && error !== null && 'type' in error) {
    const bodyError = classifyBodyParserError(error as { type?: string });
    if (bodyError) return bodyError;
  }
  if (error instanceof QueryFailedError) {
    const queryError = classifyQueryFailure(error);
    if (queryError) return { ...queryError, unexpected: queryError.code !== 'VALIDATION_FAILED' || !queryError.extensions };
  }
  return { code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred. It has been logged.', unexpected: true };
}

/**
 * The problem document for an error, as the filter answers it. Also used where one request answers several outcomes
 * (the sync endpoint's refused movements), so each carries exactly the document its own request would have had.
 */
export function problemFor(
  error: unknown,
  instance: string,
  requestId: string | undefined,
  options: { write: boolean },
): { problem: ProblemDocument; classified: Classified } {
  const classified = classifyError(error, options);
  const { status, title } = ERROR_CODES[classified.code];
  // Extensions first: the standard members always win over an extension of the same name.
  const problem: ProblemDocument = {
    ...classified.extensions,
    type: problemType(classified.code),
    title,
    status,
    detail: classified.detail,
    code: classified.code,
    instance,
    requestId,
  };
  return { problem, classified };
}

/**
 * Turns every error into an `application/problem+json` answer. Internals (stack traces, SQL) never reach the client;
 * unexpected errors are logged with the request id so an operator can find them.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(error: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    this.answer(error, context.getRequest<Request>(), context.getResponse<Response>());
  }

  /** Also used outside Nest's pipeline (the request deadline), so every problem document has the same shape. */
  answer(error: unknown, request: Request, response: Response): void {
    const requestId = request.id === undefined ? undefined : String(request.id);
    const { problem, classified } = problemFor(error, request.originalUrl, requestId, { write: !['GET', 'HEAD', 'OPTIONS'].includes(request.method) });

    if (classified.unexpected) {
      this.logger.error({ err: error, requestId, path: request.originalUrl }, 'Unhandled error');
    } else if (classified.code === 'DATABASE_UNAVAILABLE') {
      this.logger.warn({ requestId, path: request.originalUrl, reason: (error as Error).message }, 'Database unavailable');
    }

    if (response.headersSent) return;
    if (classified.code === 'DATABASE_UNAVAILABLE' || classified.code === 'REQUEST_TIMED_OUT') response.setHeader('Retry-After', '5');
    if (typeof classified.extensions?.retryAfter === 'number') response.setHeader('Retry-After', String(classified.extensions.retryAfter));
    response.status(problem.status).type('application/problem+json').json(problem);
  }
}
