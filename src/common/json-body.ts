import type { NextFunction, Request, Response } from 'express';
import { DomainError } from './problem/problem';

/**
 * A request that carries a body must say it is JSON (`application/json`, or a `+json` type): anything else (a form,
 * text/plain, no Content-Type at all) answers 415 instead of being read as an empty body and refused field by field.
 * Requests without a body (most POSTs that only act, such as acknowledging an alert) pass.
 */
export function requireJsonBody(request: Request, _response: Response, next: NextFunction): void {
  const hasBody = request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
  if (hasBody && !request.is(['application/json', 'application/*+json'])) {
    const sent = request.headers['content-type'];
    next(
      new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        `${sent ? `The body was sent as ${sent.split(';')[0]}` : 'The body was sent without a Content-Type'}. Send it as JSON with the header "Content-Type: application/json".`,
      ),
    );
    return;
  }
  next();
}
