import { api, asProblem } from '../../api/client';
import { markSessionExpired } from '../auth/session';
import type { Delivery, OutboxTransport, RetryReason } from './outbox';
import { asRequest, type MovementRecord, type OutboxRecord, type ResupplyRequestRecord, type SharpsRecord, type ShipmentDispatchRecord, type ShipmentReceiptRecord } from './outbox-types';


/** A batch gets this long for its answer; without one it is sent again later (what was recorded comes back replayed). */
const SYNC_TIMEOUT_MS = 60_000;

const isOffline = () => typeof navigator !== 'undefined' && !navigator.onLine;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Answers that mean "not now": nothing of the batch is known to be refused, so all of it is tried again later. */
function retryLater(status: number): RetryReason | undefined {
  if (status === 401) return 'session';
  if (status >= 500 || status === 429 || status === 408) return 'server';
  return undefined;
}

function refusal(status: number, problem: unknown): Delivery & { outcome: 'refused' } {
  const { code, title, detail } = asProblem(problem, status);
  return { id: '', outcome: 'refused', refusal: { status, code, title, detail } };
}

/**
 * Sends the outbox's records in the order captured. Movements go in one request to POST /sync/movements, which applies them in the order sent and answers
 * each: recorded (201), replayed (200: the server already had it) or refused with the problem document the single
 * endpoint would have answered. No answer, a 5xx, 429 or 408 keeps the whole batch for later (what was recorded then
 * comes back as replayed). A 401 that renewing the access token did not cure asks for the password.
 *
 * A request the server refuses as a whole (400: a record without a valid id or point; 413: too large) cannot say which
 * record is wrong, so that batch goes one record at a time to the single endpoint instead: the bad record is refused
 * on its own and the others go through, and the outbox is never blocked by one record. A shipment's receipt goes to
 * POST /shipments/{id}/receive, a dispatch to POST /shipments, a resupply request to POST /resupply-requests and a
 * sharps record to POST /points/{pointId}/sharps (all idempotent by the client's id), each between the batches before
 * and after it.
 */
export const movementTransport: OutboxTransport = {
  async deliver(records) {
    if (isOffline()) return [{ id: records[0].id, outcome: 'retry', reason: 'offline', message: 'offline' }];
    // In the order captured: each run of movements in one batch, a shipment's receipt on its own route.
    const deliveries: Delivery[] = [];
    for (let start = 0; start < records.length; ) {
      const first = records[start];
      let answered: Delivery[];
      let taken = 1;
      if (first.kind === 'movement') {
        const run: MovementRecord[] = [];
        for (const record of records.slice(start)) {
          if (record.kind !== 'movement') break;
          run.push(record);
        }
        taken = run.length;
        answered = await deliverMovements(run);
      } else {
        answered = [await deliverOne(first)];
      }
      deliveries.push(...answered);
      if (answered.length < taken || answered.some((delivery) => delivery.outcome === 'retry')) break;
      start += taken;
    }
    return deliveries;
  },
};

async function deliverMovements(records: MovementRecord[]): Promise<Delivery[]> {
  let answer;
  try {
    answer = await api.POST('/api/v1/sync/movements', {
      body: { movements: records.map((record) => ({ ...asRequest(record.body), pointId: record.pointId })) },
      signal: AbortSignal.timeout(SYNC_TIMEOUT_MS),
    });
  } catch (error) {
    return [{ id: records[0].id, outcome: 'retry', reason: 'offline', message: messageOf(error) }];
  }
  const status = answer.response.status;
  if (answer.data) return inOrder(records, answer.data.results);
  const later = retryLater(status);
  if (later === 'session') markSessionExpired();
  if (later) return [{ id: records[0].id, outcome: 'retry', reason: later, message: `HTTP ${status}` }];
  return deliverOneByOne(records);
}

/** A record that has its own route: one request. */
function deliverOne(record: ShipmentReceiptRecord | ShipmentDispatchRecord | ResupplyRequestRecord | SharpsRecord): Promise<Delivery> {
  switch (record.kind) {
    case 'sharps':
      return deliverSharps(record);
    case 'shipment_receipt':
      return deliverShipmentReceipt(record);
    case 'shipment_dispatch':
      return deliverShipmentDispatch(record);
    case 'resupply_request':
      return deliverResupplyRequest(record);
  }
}

/** POST /points/{pointId}/sharps: 201 recorded now (or a replay of this id, answered as before), 4xx refused. */
async function deliverSharps(record: SharpsRecord): Promise<Delivery> {
  let answer;
  try {
    answer = await api.POST('/api/v1/points/{pointId}/sharps', { params: { path: { pointId: record.pointId } }, body: record.body, signal: AbortSignal.timeout(SYNC_TIMEOUT_MS) });
  } catch (error) {
    return { id: record.id, outcome: 'retry', reason: 'offline', message: messageOf(error) };
  }
  return answerOf(record, answer.response.status, answer.error);
}

/** POST /resupply-requests: 201 made now, 200 a replay of this request (same id), 4xx refused. */
async function deliverResupplyRequest(record: ResupplyRequestRecord): Promise<Delivery> {
  let answer;
  try {
    answer = await api.POST('/api/v1/resupply-requests', { body: record.body, signal: AbortSignal.timeout(SYNC_TIMEOUT_MS) });
  } catch (error) {
    return { id: record.id, outcome: 'retry', reason: 'offline', message: messageOf(error) };
  }
  return answerOf(record, answer.response.status, answer.error);
}

/** POST /shipments/{id}/receive: 201 received now, 200 a replay of this receipt (same id), 4xx refused. */
async function deliverShipmentReceipt(record: ShipmentReceiptRecord): Promise<Delivery> {
  let answer;
  try {
    answer = await api.POST('/api/v1/shipments/{id}/receive', { params: { path: { id: record.shipmentId } }, body: record.body, signal: AbortSignal.timeout(SYNC_TIMEOUT_MS) });
  } catch (error) {
    return { id: record.id, outcome: 'retry', reason: 'offline', message: messageOf(error) };
  }
  return answerOf(record, answer.response.status, answer.error);
}

/** POST /shipments: 201 dispatched now, 200 a replay of this shipment (same id), 4xx refused. */
async function deliverShipmentDispatch(record: ShipmentDispatchRecord): Promise<Delivery> {
  let answer;
  try {
    answer = await api.POST('/api/v1/shipments', { body: record.body, signal: AbortSignal.timeout(SYNC_TIMEOUT_MS) });
  } catch (error) {
    return { id: record.id, outcome: 'retry', reason: 'offline', message: messageOf(error) };
  }
  return answerOf(record, answer.response.status, answer.error);
}

/** What a single request's answer means for its record. */
function answerOf(record: OutboxRecord, status: number, problem: unknown): Delivery {
  if (status === 201 || status === 200) return { id: record.id, outcome: status === 201 ? 'recorded' : 'replayed' };
  const later = retryLater(status);
  if (later === 'session') markSessionExpired();
  if (later) return { id: record.id, outcome: 'retry', reason: later, message: `HTTP ${status}` };
  return { ...refusal(status, problem), id: record.id };
}

/**
 * The batch's results matched to the records they answer, in the records' order, up to the first record without a
 * result (the outbox keeps it and those after it for the next attempt).
 */
function inOrder(records: MovementRecord[], results: { id: string; outcome: 'recorded' | 'replayed' | 'refused'; status: number; problem?: unknown }[]): Delivery[] {
  const byId = new Map(results.map((result) => [result.id, result]));
  const deliveries: Delivery[] = [];
  for (const record of records) {
    const result = byId.get(record.id);
    if (!result) {
      deliveries.push({ id: record.id, outcome: 'retry', reason: 'server', message: 'no answer for this record' });
      break;
    }
    deliveries.push(result.outcome === 'refused' ? { ...refusal(result.status, result.problem), id: record.id } : { id: record.id, outcome: result.outcome });
  }
  return deliveries;
}

/** Each record to POST /points/{pointId}/movements, in order, stopping at the first that gets no answer. */
async function deliverOneByOne(records: MovementRecord[]): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  for (const record of records) {
    let delivery: Delivery;
    try {
      const answer = await api.POST('/api/v1/points/{pointId}/movements', { params: { path: { pointId: record.pointId } }, body: asRequest(record.body), signal: AbortSignal.timeout(SYNC_TIMEOUT_MS) });
      delivery = answerOf(record, answer.response.status, answer.error);
    } catch (error) {
      delivery = { id: record.id, outcome: 'retry', reason: 'offline', message: messageOf(error) };
    }
    deliveries.push(delivery);
    if (delivery.outcome === 'retry') break;
  }
  return deliveries;
}
