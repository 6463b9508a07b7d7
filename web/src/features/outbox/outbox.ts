import type { FieldDatabase } from '../../db/db';
import type { MovementBody, OutboxRecord, Refusal, ResupplyRequestRecord, SharpsRecord, ShipmentDispatchRecord, ShipmentReceiptRecord } from './outbox-types';

/** What the server did with one record. `retry`: it did not get an answer (offline, 5xx, expired session): keep it. */
export type Delivery =
  | { id: string; outcome: 'recorded' | 'replayed' }
  | { id: string; outcome: 'refused'; refusal: Refusal }
  | { id: string; outcome: 'retry'; reason: RetryReason; message: string };

export type RetryReason = 'offline' | 'server' | 'session';

/**
 * Sends records in the order given and answers one delivery per record it tried, in the same order. It may stop
 * early (answering fewer deliveries, the last of them `retry`): the rest stay pending.
 */
export interface OutboxTransport {
  deliver(records: OutboxRecord[]): Promise<Delivery[]>;
}

export interface SyncSummary {
  sent: number;
  refused: number;
  /** Set when sending stopped: why (the remaining records wait for the next attempt). */
  stoppedBy?: RetryReason;
}

/** At most this many records per request. */
export const BATCH_SIZE = 100;

/** Sent records shown in the list as confirmation; older ones are removed. */
export const SENT_KEPT = 50;

export async function enqueue(db: FieldDatabase, record: { id: string; pointId: string; username: string; body: MovementBody }): Promise<void> {
  await db.outbox.add({ ...record, kind: 'movement', status: 'pending', createdAt: new Date().toISOString(), attempts: 0 });
}

/** The receipt of a shipment, captured like a movement: it waits in the same queue, in the same order. */
export async function enqueueShipmentReceipt(db: FieldDatabase, record: Pick<ShipmentReceiptRecord, 'id' | 'pointId' | 'username' | 'shipmentId' | 'shipment' | 'body'>): Promise<void> {
  await db.outbox.add({ ...record, kind: 'shipment_receipt', status: 'pending', createdAt: new Date().toISOString(), attempts: 0 });
}

/** A shipment sent to another point, captured like a movement. */
export async function enqueueShipmentDispatch(db: FieldDatabase, record: Pick<ShipmentDispatchRecord, 'id' | 'pointId' | 'username' | 'toPointName' | 'body'>): Promise<void> {
  await db.outbox.add({ ...record, kind: 'shipment_dispatch', status: 'pending', createdAt: new Date().toISOString(), attempts: 0 });
}

/** A resupply request, captured like a movement (an outreach officer asks from the field, often offline). */
export async function enqueueResupplyRequest(db: FieldDatabase, record: Pick<ResupplyRequestRecord, 'id' | 'pointId' | 'username' | 'body'>): Promise<void> {
  await db.outbox.add({ ...record, kind: 'resupply_request', status: 'pending', createdAt: new Date().toISOString(), attempts: 0 });
}

/** Used syringes returned, or full sharps containers handed over or destroyed, captured like a movement. */
export async function enqueueSharps(db: FieldDatabase, record: Pick<SharpsRecord, 'id' | 'pointId' | 'username' | 'toPointName' | 'body'>): Promise<void> {
  await db.outbox.add({ ...record, kind: 'sharps', status: 'pending', createdAt: new Date().toISOString(), attempts: 0 });
}

export async function listOutbox(db: FieldDatabase, username: string): Promise<OutboxRecord[]> {
  const records = await db.outbox.orderBy('seq').toArray();
  return records.filter((record) => record.username === username).reverse();
}

export async function countWaiting(db: FieldDatabase, username: string): Promise<{ pending: number; refused: number }> {
  const mine = await db.outbox.where('username').equals(username).toArray();
  return {
    pending: mine.filter((record) => record.status === 'pending').length,
    refused: mine.filter((record) => record.status === 'refused').length,
  };
}

/**
 * A refused record, corrected by the user: it goes back to pending with the same id and kind (the server recorded
 * nothing for it, so the same id is free); `shown` updates what the outbox shows of it (e.g. the destination's name).
 */
export async function resend<R extends OutboxRecord>(db: FieldDatabase, id: string, kind: R['kind'], body: R['body'], shown?: Partial<Omit<R, keyof OutboxRecord>>): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const record = await db.outbox.where('id').equals(id).first();
    if (!record || record.status !== 'refused' || record.kind !== kind) throw new Error(`record ${id} is not a refused ${kind}`);
    if (body.id !== id) throw new Error('a corrected record keeps its id');
    await db.outbox.update(record.seq!, { ...shown, body, status: 'pending', refusal: undefined, lastError: undefined });
  });
}

/** The user gives up a refused record: only then does it leave the phone. */
export async function discard(db: FieldDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const record = await db.outbox.where('id').equals(id).first();
    if (!record || record.status !== 'refused') throw new Error(`record ${id} is not refused`);
    await db.outbox.delete(record.seq!);
  });
}

const running = new WeakMap<FieldDatabase, Promise<SyncSummary>>();

/**
 * Sends the user's pending records, oldest first, in batches. One sync at a time per database (a second call waits
 * for the running one), so a record is never in two requests at once; a record whose answer was lost stays pending
 * and its resend is answered as a replay.
 */
export function syncOutbox(db: FieldDatabase, username: string, transport: OutboxTransport): Promise<SyncSummary> {
  const current = running.get(db);
  if (current) return current;
  const run = sendPending(db, username, transport).finally(() => running.delete(db));
  running.set(db, run);
  return run;
}

async function sendPending(db: FieldDatabase, username: string, transport: OutboxTransport): Promise<SyncSummary> {
  const summary: SyncSummary = { sent: 0, refused: 0 };
  for (;;) {
    const batch = (await db.outbox.orderBy('seq').toArray())
      .filter((record) => record.status === 'pending' && record.username === username)
      .slice(0, BATCH_SIZE);
    if (batch.length === 0) break;
    let deliveries: Delivery[];
    try {
      deliveries = await transport.deliver(batch);
    } catch (error) {
      deliveries = [{ id: batch[0].id, outcome: 'retry', reason: 'offline', message: error instanceof Error ? error.message : String(error) }];
    }
    const stopped = await applyDeliveries(db, batch, deliveries, summary);
    if (stopped) {
      summary.stoppedBy = stopped;
      break;
    }
  }
  await pruneSent(db);
  return summary;
}

async function applyDeliveries(db: FieldDatabase, batch: OutboxRecord[], deliveries: Delivery[], summary: SyncSummary): Promise<RetryReason | undefined> {
  const byId = new Map(batch.map((record) => [record.id, record]));
  return db.transaction('rw', db.outbox, async () => {
    for (const delivery of deliveries) {
      const record = byId.get(delivery.id);
      if (!record) continue;
      if (delivery.outcome === 'retry') {
        await db.outbox.update(record.seq!, { attempts: record.attempts + 1, lastError: delivery.message });
        return delivery.reason;
      }
      if (delivery.outcome === 'refused') {
        await db.outbox.update(record.seq!, { status: 'refused', attempts: record.attempts + 1, refusal: delivery.refusal, lastError: undefined });
        summary.refused += 1;
      } else {
        await db.outbox.update(record.seq!, { status: 'sent', attempts: record.attempts + 1, sentAt: new Date().toISOString(), lastError: undefined });
        summary.sent += 1;
      }
    }
    // Fewer answers than records without a retry: the transport stopped without saying why; try again later.
    return deliveries.length < batch.length ? 'server' : undefined;
  });
}

async function pruneSent(db: FieldDatabase): Promise<void> {
  const sent = await db.outbox.where('status').equals('sent').sortBy('seq');
  const excess = sent.slice(0, Math.max(0, sent.length - SENT_KEPT));
  if (excess.length > 0) await db.outbox.bulkDelete(excess.map((record) => record.seq!));
}
