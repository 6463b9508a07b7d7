import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { AuthUser } from '../../access/roles';

/** The request a read serves: who asks (for their own writes) and the response on which to say where it read. */
interface RequestContext {
  request: Request & { user?: AuthUser };
  response: Response;
}

const context = new AsyncLocalStorage<RequestContext>();

/** Response headers saying where the figures of a read came from and how old they may be. */
export const READ_FROM_HEADER = 'Pasokan-Read-From';
export const FIGURES_AGE_HEADER = 'Pasokan-Figures-Age-Ms';

/** Registered first: the rest of every request runs in its context, so a read deep in a service knows its request. */
export function requestContext(request: Request, response: Response, next: NextFunction): void {
  context.run({ request, response }, next);
}

/** The user of the request being served, if any. */
export function currentUserId(): string | undefined {
  return context.getStore()?.request.user?.id;
}

/** Says on the current response where its figures were read; nothing once the first byte is out. */
export function tellReadSource(source: 'primary' | 'replica', ageMs: number): void {
  const response = context.getStore()?.response;
  if (!response || response.headersSent) return;
  response.setHeader(READ_FROM_HEADER, source);
  response.setHeader(FIGURES_AGE_HEADER, String(Math.round(ageMs)));
}

/**
 * Each user's writes, so that their own reads see them: while a write of theirs runs, and until the replicas have
 * caught up with the moment it ended, their reads go to the primary. Kept in this process (several instances behind a
 * load balancer need sticky sessions for it; docs/scaling.md). Entries older than the longest lag a replica may have
 * are forgotten: by then any replica still used holds the write.
 */
export class OwnWrites {
  private readonly running = new Map<string, number>();
  private readonly ended = new Map<string, number>();

  constructor(private readonly forgetAfterMs: number) {}

  begin(userId: string): void {
    this.running.set(userId, (this.running.get(userId) ?? 0) + 1);
  }

  end(userId: string, at: number): void {
    const left = (this.running.get(userId) ?? 1) - 1;
    if (left > 0) this.running.set(userId, left);
    else this.running.delete(userId);
    this.ended.set(userId, at);
    if (this.ended.size > 10_000) this.forget(at);
  }

  /** The time a read by `userId` must be fresh as of: now while a write of theirs runs, else their last write's end. */
  notBefore(userId: string | undefined, now: number): number | undefined {
    if (userId === undefined) return undefined;
    if (this.running.has(userId)) return now;
    const ended = this.ended.get(userId);
    if (ended === undefined || now - ended <= this.forgetAfterMs) return ended;
    this.ended.delete(userId);
    return undefined;
  }

  private forget(now: number): void {
    for (const [userId, at] of this.ended) if (now - at > this.forgetAfterMs) this.ended.delete(userId);
  }
}
