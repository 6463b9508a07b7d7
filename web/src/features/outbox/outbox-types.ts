import type { components } from '../../api/schema';

export type MovementBody = components['schemas']['RecordMovementRequest'];

/** The server's refusal, as a problem document (RFC 9457) with our stable code. */
export interface Refusal {
  status: number;
  code: string;
  title: string;
  detail: string;
}

export type OutboxStatus = 'pending' | 'sent' | 'refused';

/**
 * One capture waiting for (or done with) the server. Its `id` was made on the phone when the capture was made and is
 * the idempotency key: sending it twice records it once.
 */
export interface OutboxRecord {
  seq?: number;
  id: string;
  kind: 'movement';
  pointId: string;
  /** Who captured it: only their session sends it. */
  username: string;
  body: MovementBody;
  status: OutboxStatus;
  createdAt: string;
  attempts: number;
  sentAt?: string;
  /** Why the last attempt did not reach the server (kept pending). */
  lastError?: string;
  refusal?: Refusal;
}
