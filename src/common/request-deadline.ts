import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from './problem/problem';

const deadlines = new AsyncLocalStorage<{ deadline: number }>();

/** Rows handled between two yields to the event loop: small enough that /health never waits long. */
const YIELD_EVERY = 2_000;

/** The problem every request that ran out of time answers with; a write may still complete, so retry with the same id. */
export const timedOut = () =>
  new DomainError(
    'REQUEST_TIMED_OUT',
    'This took longer than the server allows and was stopped. Try again later or ask for less (a regency, a point, a product). ' +
      'If you were recording something, send the same request again with the same id: it is recorded once.',
  );

/**
 * Gives every request a deadline (`REQUEST_TIMEOUT_MS`). Long work checks it when it yields (`yieldEvery`) and stops;
 * if the answer is still not sent at the deadline, the client gets a 503 problem document at once. The database
 * cancels a statement that runs longer by itself (`statement_timeout`, set on every connection).
 */
export function requestDeadline(timeoutMs: number, answer: (request: Request, response: Response, error: DomainError) => void) {
  return (request: Request, response: Response, next: NextFunction) => {
    const timer = setTimeout(() => {
      if (!response.headersSent) answer(request, response, timedOut());
    }, timeoutMs);
    timer.unref();
    response.once('close', () => clearTimeout(timer));
    deadlines.run({ deadline: Date.now() + timeoutMs }, next);
  };
}

/** Lets other work (health checks, other requests, signals) run, and stops work whose request ran out of time. */
export async function yieldToEventLoop(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const context = deadlines.getStore();
  if (context && Date.now() > context.deadline) throw timedOut();
}

/** Maps `items` in order, yielding to the event loop every few thousand items. */
export async function mapYielding<T, R>(items: readonly T[], map: (item: T, index: number) => R): Promise<R[]> {
  const results: R[] = new Array(items.length);
  for (let index = 0; index < items.length; index++) {
    if (index > 0 && index % YIELD_EVERY === 0) await yieldToEventLoop();
    results[index] = map(items[index], index);
  }
  return results;
}
