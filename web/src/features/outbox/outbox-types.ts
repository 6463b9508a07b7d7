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
  /** Distributions: how they reached people (counts and fixed lists only). */
  channel?: Schemas['DistributionMovementRequest']['channel'];
  contactType?: Schemas['DistributionMovementRequest']['contactType'];
  newContacts?: number;
  aboveCapReason?: Schemas['DistributionMovementRequest']['aboveCapReason'];
  /** Distributions of naloxone: why it is a refill, and the overdose reversals reported (counts only). */
  naloxoneRefillReason?: Schemas['DistributionMovementRequest']['naloxoneRefillReason'];
  overdoseReversals?: number;
  reversesMovementId?: string;
  lines: MovementLine[];
}

/** The stored capture as the API's request type (the shapes differ only in what TypeScript knows of each type). */
export const asRequest = (body: MovementBody): MovementRequest => body as unknown as MovementRequest;

export type ShipmentReceiptBody = Schemas['ReceiveShipmentRequest'];
export type DiscrepancyReason = NonNullable<ShipmentReceiptBody['lines'][number]['discrepancyReason']>;

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
interface OutboxBase {
  seq?: number;
  id: string;
  pointId: string;
  /** Who captured it: only their session sends it. */
  username: string;
  status: OutboxStatus;
  createdAt: string;
  attempts: number;
  sentAt?: string;
  /** Why the last attempt did not reach the server (kept pending). */
  lastError?: string;
  refusal?: Refusal;
}

/** A movement at the point (distribution, receipt, adjustment, stock count, reversal): sent in batches. */
export interface MovementRecord extends OutboxBase {
  kind: 'movement';
  body: MovementBody;
}

/** What a shipment carried, kept with its receipt to show it and to count it in the phone's stock before it is sent. */
export interface ShipmentSummary {
  fromPointName: string;
  lines: { lotId: string; productId: string; productName: string; productNameId: string | null; lotNumber: string; expiryDate: string; quantitySent: number }[];
}

/** The receipt of a shipment addressed to the point (POST /shipments/{id}/receive, idempotent by the receipt's id). */
export interface ShipmentReceiptRecord extends OutboxBase {
  kind: 'shipment_receipt';
  shipmentId: string;
  shipment: ShipmentSummary;
  body: ShipmentReceiptBody;
}

export type ShipmentDispatchBody = Schemas['DispatchShipmentRequest'];

/** A shipment sent from the point (POST /shipments, idempotent by the shipment's id); lots first-expired-first-out. */
export interface ShipmentDispatchRecord extends OutboxBase {
  kind: 'shipment_dispatch';
  toPointName: string;
  body: ShipmentDispatchBody;
}

export type ResupplyRequestBody = Schemas['CreateResupplyRequest'];

/** A resupply request to the point's supplier (POST /resupply-requests, idempotent by the request's id). */
export interface ResupplyRequestRecord extends OutboxBase {
  kind: 'resupply_request';
  body: ResupplyRequestBody;
}

export type SharpsBody = Schemas['RecordSharpsRequest'];

/**
 * Used syringes returned, full sharps containers handed over or destroyed (POST /points/{pointId}/sharps, idempotent
 * by the movement's id). Never stock: the phone's stock is not changed by it.
 */
export interface SharpsRecord extends OutboxBase {
  kind: 'sharps';
  /** The receiving point's name, for a hand-over. */
  toPointName?: string;
  body: SharpsBody;
}

export type OutboxRecord = MovementRecord | ShipmentReceiptRecord | ShipmentDispatchRecord | ResupplyRequestRecord | SharpsRecord;

/** The capture's moment, whatever its kind. */
export function occurredAt(record: OutboxRecord): string {
  return record.kind === 'resupply_request' ? record.createdAt : (record.body.occurredAt ?? record.createdAt);
}
