import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/** What the API takes: one request schema per movement type (`type` chooses). */
export type MovementRequest = Schemas['RecordMovementRequest'];

/** A line as the outbox keeps it: every field any movement type's line takes (each type uses its own). */
export type MovementLine = Pick<Schemas['DistributionLineRequest'], 'productId' | 'quantity'> &
  Partial<Omit<Schemas['ReceiptLineRequest'], 'productId' | 'quantity'>> & { lotId?: string; reason?: Schemas['AdjustmentLineRequest']['reason'] };

/**
 * A captured movement as the outbox keeps it, one shape for all types so the screens read it simply; the forms fill
 * only the fields of their type, and the server checks each type's shape. `asRequest` hands it to the API.
 */
export interface MovementBody {
  id: string;
  type: MovementRequest['type'];
  occurredAt: string;
  note?: string;
  source?: string;
  contacts?: number;
  reversesMovementId?: string;
  lines: MovementLine[];
}

/** The stored capture as the API's request type (the shapes differ only in what TypeScript knows of each type). */
export const asRequest = (body: MovementBody): MovementRequest => body as unknown as MovementRequest;

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
