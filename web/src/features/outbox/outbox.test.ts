import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldDatabase } from '../../db/db';
import { countWaiting, discard, enqueue, enqueueShipmentDispatch, listOutbox, resend, syncOutbox, type Delivery, type OutboxTransport } from './outbox';
import type { MovementBody, MovementRecord, OutboxRecord, ShipmentDispatchRecord } from './outbox-types';

/** The quantity of a record's first line (every record here is a distribution). */
const firstQuantity = (record: OutboxRecord) => (record.kind === 'movement' ? record.body.lines[0].quantity : 0);

const POINT = '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10';
const PRODUCT = '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c';

function distribution(id: string, quantity: number): MovementBody {
  return { id, type: 'distribution', occurredAt: '2026-12-02T03:00:00.000Z', contacts: 1, lines: [{ productId: PRODUCT, quantity }] };
}

/** A pretend server: records each id once (a resend is a replay), refuses what `refuse` says, fails when `down`. */
class FakeServer implements OutboxTransport {
  recorded: string[] = [];
  requests: string[][] = [];
  down = false;
  /** Answers no more after this many records in the next request (the connection drops mid-way). */
  dropAfter?: number;
  refuse = (_record: OutboxRecord) => false;

  async deliver(records: OutboxRecord[]): Promise<Delivery[]> {
    this.requests.push(records.map((record) => record.id));
    if (this.down) throw new TypeError('Failed to fetch');
    const deliveries: Delivery[] = [];
    for (const record of records) {
      if (this.dropAfter !== undefined && deliveries.length === this.dropAfter) {
        this.dropAfter = undefined;
        // The server recorded this one, but its answer was lost.
        if (!this.recorded.includes(record.id) && !this.refuse(record)) this.recorded.push(record.id);
        deliveries.push({ id: record.id, outcome: 'retry', reason: 'offline', message: 'connection lost' });
        return deliveries;
      }
      if (this.refuse(record)) {
        deliveries.push({ id: record.id, outcome: 'refused', refusal: { status: 422, code: 'INSUFFICIENT_STOCK', title: 'Insufficient stock', detail: 'Only 10 usable' } });
      } else if (this.recorded.includes(record.id)) {
        deliveries.push({ id: record.id, outcome: 'replayed' });
      } else {
        this.recorded.push(record.id);
        deliveries.push({ id: record.id, outcome: 'recorded' });
      }
    }
    return deliveries;
  }
}

let db: FieldDatabase;
let server: FakeServer;
let counter = 0;

beforeEach(async () => {
  db = new FieldDatabase(`outbox-test-${counter++}`);
  await db.open();
  server = new FakeServer();
});

afterEach(async () => {
  await db.delete();
});

async function capture(id: string, quantity = 5, username = 'staff.dic.bandung'): Promise<void> {
  await enqueue(db, { id, pointId: POINT, username, body: distribution(id, quantity) });
}

async function statuses(): Promise<Record<string, string>> {
  return Object.fromEntries((await db.outbox.toArray()).map((record) => [record.id, record.status]));
}

describe('the outbox', () => {
  it('sends records in the order they were captured', async () => {
    for (const id of ['m-3', 'm-1', 'm-2']) await capture(id);
    const summary = await syncOutbox(db, 'staff.dic.bandung', server);
    expect(server.recorded).toEqual(['m-3', 'm-1', 'm-2']);
    expect(summary).toEqual({ sent: 3, refused: 0 });
    expect(await statuses()).toEqual({ 'm-1': 'sent', 'm-2': 'sent', 'm-3': 'sent' });
  });

  it('keeps everything pending when the network fails, and sends it on the next attempt', async () => {
    await capture('a');
    await capture('b');
    server.down = true;
    expect(await syncOutbox(db, 'staff.dic.bandung', server)).toEqual({ sent: 0, refused: 0, stoppedBy: 'offline' });
    expect(await statuses()).toEqual({ a: 'pending', b: 'pending' });
    expect((await db.outbox.where('id').equals('a').first())!.lastError).toBe('Failed to fetch');
    expect(await countWaiting(db, 'staff.dic.bandung')).toEqual({ pending: 2, refused: 0 });

    server.down = false;
    await syncOutbox(db, 'staff.dic.bandung', server);
    expect(server.recorded).toEqual(['a', 'b']);
    expect(await statuses()).toEqual({ a: 'sent', b: 'sent' });
  });

  it('stops at a record whose answer was lost and counts its resend, answered as a replay, as sent once', async () => {
    await capture('a');
    await capture('b');
    await capture('c');
    server.dropAfter = 1;
    const first = await syncOutbox(db, 'staff.dic.bandung', server);
    expect(first.stoppedBy).toBe('offline');
    expect(await statuses()).toEqual({ a: 'sent', b: 'pending', c: 'pending' });

    const second = await syncOutbox(db, 'staff.dic.bandung', server);
    expect(second).toEqual({ sent: 2, refused: 0 });
    expect(server.requests).toEqual([['a', 'b', 'c'], ['b', 'c']]);
    expect(server.recorded).toEqual(['a', 'b', 'c']);
    expect(await statuses()).toEqual({ a: 'sent', b: 'sent', c: 'sent' });
  });

  it('keeps a refused record with the reason, sends the others, and never sends the refused one again by itself', async () => {
    await capture('a', 5);
    await capture('big', 5000);
    await capture('c', 5);
    server.refuse = (record) => firstQuantity(record) > 1000;
    expect(await syncOutbox(db, 'staff.dic.bandung', server)).toEqual({ sent: 2, refused: 1 });
    const refused = (await db.outbox.where('id').equals('big').first())!;
    expect(refused.status).toBe('refused');
    expect(refused.refusal).toMatchObject({ code: 'INSUFFICIENT_STOCK', detail: 'Only 10 usable' });

    await syncOutbox(db, 'staff.dic.bandung', server);
    expect(server.requests).toEqual([['a', 'big', 'c']]);
    expect(await countWaiting(db, 'staff.dic.bandung')).toEqual({ pending: 0, refused: 1 });
  });

  it('sends a corrected refused record again under the same id', async () => {
    await capture('big', 5000);
    server.refuse = (record) => firstQuantity(record) > 1000;
    await syncOutbox(db, 'staff.dic.bandung', server);
    await resend(db, 'big', 'movement', distribution('big', 10));
    expect(await statuses()).toEqual({ big: 'pending' });
    await syncOutbox(db, 'staff.dic.bandung', server);
    expect(server.recorded).toEqual(['big']);
    const record = (await db.outbox.where('id').equals('big').first())!;
    expect(record.status).toBe('sent');
    expect(record.refusal).toBeUndefined();
    expect(firstQuantity(record)).toBe(10);
  });

  it('sends a corrected refused shipment under the same id, with the name of its new destination, and only as the same kind', async () => {
    await enqueueShipmentDispatch(db, {
      id: 's1',
      pointId: POINT,
      username: 'staff.dic.bandung',
      toPointName: 'Kit A',
      body: { id: 's1', fromPointId: POINT, toPointId: 'kit-a', resupplyRequestId: 'r1', occurredAt: '2026-12-02T03:00:00.000Z', lines: [{ productId: PRODUCT, quantity: 50 }] },
    });
    server.refuse = () => true;
    await syncOutbox(db, 'staff.dic.bandung', server);
    const corrected = { id: 's1', fromPointId: POINT, toPointId: 'kit-b', occurredAt: '2026-12-02T03:00:00.000Z', lines: [{ productId: PRODUCT, quantity: 50 }] };
    await expect(resend<MovementRecord>(db, 's1', 'movement', distribution('s1', 5))).rejects.toThrow('not a refused movement');
    await expect(resend<ShipmentDispatchRecord>(db, 's1', 'shipment_dispatch', { ...corrected, id: 's2' })).rejects.toThrow('keeps its id');
    await resend<ShipmentDispatchRecord>(db, 's1', 'shipment_dispatch', corrected, { toPointName: 'Kit B' });
    server.refuse = () => false;
    await syncOutbox(db, 'staff.dic.bandung', server);
    const record = (await db.outbox.where('id').equals('s1').first()) as ShipmentDispatchRecord;
    expect([record.status, record.toPointName, record.body.toPointId, record.body.resupplyRequestId]).toEqual(['sent', 'Kit B', 'kit-b', undefined]);
    expect(server.recorded).toEqual(['s1']);
  });

  it('removes a record only when the user discards it after a refusal', async () => {
    await capture('a');
    await expect(discard(db, 'a')).rejects.toThrow('not refused');
    server.refuse = () => true;
    await syncOutbox(db, 'staff.dic.bandung', server);
    await discard(db, 'a');
    expect(await db.outbox.count()).toBe(0);
  });

  it('runs one sync at a time: a second call while sending does not send anything twice', async () => {
    for (const id of ['a', 'b', 'c']) await capture(id);
    const [one, two] = await Promise.all([syncOutbox(db, 'staff.dic.bandung', server), syncOutbox(db, 'staff.dic.bandung', server)]);
    expect(one).toBe(two);
    expect(server.requests).toEqual([['a', 'b', 'c']]);
  });

  it("sends only the signed-in user's records and lists them newest first", async () => {
    await capture('mine-1');
    await capture('theirs', 5, 'outreach.cibinong');
    await capture('mine-2');
    await syncOutbox(db, 'staff.dic.bandung', server);
    expect(server.recorded).toEqual(['mine-1', 'mine-2']);
    expect((await listOutbox(db, 'staff.dic.bandung')).map((record) => record.id)).toEqual(['mine-2', 'mine-1']);
    expect(await countWaiting(db, 'outreach.cibinong')).toEqual({ pending: 1, refused: 0 });
  });
});
