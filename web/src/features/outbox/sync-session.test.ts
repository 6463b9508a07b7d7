import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { db } from '../../db/db';
import { FakeService } from '../../test-support/fake-service';
import { currentSession, logIn, logOut, restoreSession } from '../auth/session';
import { movementTransport } from './movement-transport';
import { BATCH_SIZE, enqueue, enqueueShipmentReceipt, syncOutbox } from './outbox';

/**
 * The outbox sent through the real API client and session module to a stand-in service: batches, renewal of the
 * access token with the device session, a revoked session, sign-out.
 */
const USER = 'staff.dic.bandung';
const POINT_A = '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10';
const POINT_B = '5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f';
const PRODUCT = '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c';

let server: FakeService;
let counter = 0;

beforeEach(async () => {
  server = new FakeService();
  vi.stubGlobal('fetch', server.fetch);
  await Promise.all([db.outbox.clear(), db.session.clear(), db.cache.clear()]);
  await restoreSession();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function capture(quantity = 5, pointId = POINT_A): Promise<string> {
  counter += 1;
  const id = `00000000-0000-4000-9000-${String(counter).padStart(12, '0')}`;
  await enqueue(db, { id, pointId, username: USER, body: { id, type: 'distribution', occurredAt: '2026-12-02T03:00:00.000Z', contacts: 1, lines: [{ productId: PRODUCT, quantity }] } });
  return id;
}

const sync = () => syncOutbox(db, USER, movementTransport);

async function statuses(): Promise<string[]> {
  return (await db.outbox.orderBy('seq').toArray()).map((record) => record.status);
}

async function signIn(): Promise<void> {
  expect(await logIn(USER, 'pasokan-demo')).toBeUndefined();
  server.requests.length = 0;
}

describe('sending the outbox in batches', () => {
  it('sends everything waiting in one request, in the order captured, each record with its point', async () => {
    await signIn();
    const ids = [await capture(1, POINT_A), await capture(2, POINT_B), await capture(3, POINT_A)];
    expect(await sync()).toEqual({ sent: 3, refused: 0 });
    expect(server.paths()).toEqual(['POST /api/v1/sync/movements']);
    const { movements } = server.requests[0].body as { movements: { id: string; pointId: string }[] };
    expect(movements.map((movement) => [movement.id, movement.pointId])).toEqual([
      [ids[0], POINT_A],
      [ids[1], POINT_B],
      [ids[2], POINT_A],
    ]);
    expect(server.recorded).toEqual(ids);
    expect(await statuses()).toEqual(['sent', 'sent', 'sent']);
  });

  it(`sends a long outbox ${BATCH_SIZE} records per request, oldest first`, async () => {
    await signIn();
    const ids: string[] = [];
    for (let index = 0; index < BATCH_SIZE * 2 + 5; index += 1) ids.push(await capture());
    expect(await sync()).toEqual({ sent: ids.length, refused: 0 });
    expect(server.requests.map((request) => (request.body as { movements: unknown[] }).movements.length)).toEqual([BATCH_SIZE, BATCH_SIZE, 5]);
    expect(server.recorded).toEqual(ids);
  });

  it("keeps a refused record with the server's reason and sends the others of its batch", async () => {
    await signIn();
    await capture(5);
    const big = await capture(5000);
    await capture(5);
    server.refuse = (movement) => ((movement.lines?.[0].quantity ?? 0) > 1000 ? 'INSUFFICIENT_STOCK' : undefined);
    expect(await sync()).toEqual({ sent: 2, refused: 1 });
    expect(await statuses()).toEqual(['sent', 'refused', 'sent']);
    const refused = await db.outbox.where('id').equals(big).first();
    expect(refused?.refusal).toEqual({ status: 422, code: 'INSUFFICIENT_STOCK', title: 'INSUFFICIENT_STOCK', detail: 'refused: INSUFFICIENT_STOCK' });
  });

  it('keeps the whole batch when the server fails part-way (503), and the resend records each movement once', async () => {
    await signIn();
    const ids = [await capture(), await capture(), await capture()];
    server.failBatchAfter = 1;
    expect(await sync()).toEqual({ sent: 0, refused: 0, stoppedBy: 'server' });
    expect(await statuses()).toEqual(['pending', 'pending', 'pending']);
    expect(await sync()).toEqual({ sent: 3, refused: 0 });
    expect(server.recorded).toEqual(ids);
  });

  it('keeps the whole batch when the connection drops, and sends it on the next attempt', async () => {
    await signIn();
    await capture();
    server.unreachable.add('/api/v1/sync/movements');
    expect(await sync()).toEqual({ sent: 0, refused: 0, stoppedBy: 'offline' });
    server.unreachable.clear();
    expect(await sync()).toEqual({ sent: 1, refused: 0 });
  });

  it('sends a batch the server refuses as a whole record by record, so one bad record never blocks the rest', async () => {
    await signIn();
    const ids = [await capture(5), await capture(5000), await capture(5)];
    server.refuseNextBatch = true;
    server.refuse = (movement) => ((movement.lines?.[0].quantity ?? 0) > 1000 ? 'INSUFFICIENT_STOCK' : undefined);
    expect(await sync()).toEqual({ sent: 2, refused: 1 });
    expect(server.paths()).toEqual([
      'POST /api/v1/sync/movements',
      `POST /api/v1/points/${POINT_A}/movements`,
      `POST /api/v1/points/${POINT_A}/movements`,
      `POST /api/v1/points/${POINT_A}/movements`,
    ]);
    expect(server.recorded).toEqual([ids[0], ids[2]]);
  });

  it("sends a shipment's receipt on its own route, in its place between the batches, and counts its resend once", async () => {
    await signIn();
    const before = await capture();
    counter += 1;
    const receipt = `00000000-0000-4000-9000-${String(counter).padStart(12, '0')}`;
    await enqueueShipmentReceipt(db, {
      id: receipt,
      pointId: POINT_A,
      username: USER,
      shipmentId: 'shipment-1',
      shipment: { fromPointName: 'Kantor LSM Cibinong', lines: [] },
      body: { id: receipt, occurredAt: '2026-12-02T03:00:00.000Z', lines: [{ lotId: 'lot-1', quantityReceived: 500 }] },
    });
    const after = await capture();
    server.unreachable.add('/api/v1/shipments/shipment-1/receive');
    expect(await sync()).toEqual({ sent: 1, refused: 0, stoppedBy: 'offline' });
    expect(await statuses()).toEqual(['sent', 'pending', 'pending']);
    server.unreachable.clear();
    expect(await sync()).toEqual({ sent: 2, refused: 0 });
    expect(server.paths()).toEqual([
      'POST /api/v1/sync/movements',
      'POST /api/v1/shipments/shipment-1/receive',
      'POST /api/v1/shipments/shipment-1/receive',
      'POST /api/v1/sync/movements',
    ]);
    expect(server.recorded).toEqual([before, receipt, after]);
    expect(server.received).toEqual(['shipment-1']);
  });
});

describe('the device session', () => {
  it('signs in naming the device, and keeps the refresh token and session id on the phone', async () => {
    await logIn(USER, 'pasokan-demo');
    expect(server.requests[0].body).toMatchObject({ username: USER, deviceName: 'pasokan field app' });
    const stored = await db.session.get('current');
    expect(stored).toMatchObject({ username: USER, refreshToken: 'refresh-1', sessionId: server.sessions[0].id });
  });

  it('renews an access token the server no longer takes and sends, without asking for the password', async () => {
    await signIn();
    const id = await capture();
    server.expireAccessTokens();
    expect(await sync()).toEqual({ sent: 1, refused: 0 });
    expect(server.paths()).toEqual(['POST /api/v1/sync/movements', 'POST /api/v1/auth/refresh', 'POST /api/v1/sync/movements']);
    expect(server.requests[1].body).toEqual({ refreshToken: 'refresh-1' });
    expect(server.requests[2].authorization).not.toBe(server.requests[0].authorization);
    expect(server.recorded).toEqual([id]);
    expect(currentSession()?.expired).toBeFalsy();
    expect((await db.session.get('current'))?.accessToken).toBe(server.requests[2].authorization?.replace('Bearer ', ''));
  });

  it('renews an access token known to be over before sending, so nothing is refused on the way', async () => {
    server.expiresIn = 0;
    await signIn();
    server.expiresIn = 28_800;
    await capture();
    expect(await sync()).toEqual({ sent: 1, refused: 0 });
    expect(server.paths()).toEqual(['POST /api/v1/auth/refresh', 'POST /api/v1/sync/movements']);
  });

  it('renews once for requests refused together', async () => {
    await signIn();
    server.expireAccessTokens();
    const answers = await Promise.all([1, 2, 3].map(() => api.GET('/api/v1/points', { params: { query: { limit: 200 } } })));
    expect(answers.map((answer) => answer.response.status)).toEqual([200, 200, 200]);
    expect(server.paths().filter((path) => path.endsWith('/auth/refresh'))).toHaveLength(1);
  });

  it('does not ask for the password when the renewal cannot reach the server: the records wait', async () => {
    await signIn();
    await capture();
    server.expireAccessTokens();
    server.unreachable.add('/api/v1/auth/refresh');
    expect(await sync()).toEqual({ sent: 0, refused: 0, stoppedBy: 'offline' });
    expect(currentSession()?.expired).toBeFalsy();
    server.unreachable.clear();
    expect(await sync()).toEqual({ sent: 1, refused: 0 });
  });

  it('asks for the password when the session was revoked, keeps every record, and sends each once after signing in again', async () => {
    await signIn();
    const ids = [await capture(), await capture()];
    server.revoke(server.sessions[0].id);
    expect(await sync()).toEqual({ sent: 0, refused: 0, stoppedBy: 'session' });
    expect(currentSession()?.expired).toBe(true);
    expect(await statuses()).toEqual(['pending', 'pending']);
    // The app closed and opened again: it still asks, and trying to send costs no renewal.
    await restoreSession();
    expect(currentSession()?.expired).toBe(true);
    server.requests.length = 0;
    expect(await sync()).toMatchObject({ sent: 0, stoppedBy: 'session' });
    expect(server.paths()).toEqual(['POST /api/v1/sync/movements']);

    await logIn(USER, 'pasokan-demo');
    expect(currentSession()?.expired).toBeFalsy();
    expect(await sync()).toEqual({ sent: 2, refused: 0 });
    expect(server.recorded).toEqual(ids);
    expect(await statuses()).toEqual(['sent', 'sent']);
  });

  it('signs out by ending the device session on the server, and keeps what waits in the outbox', async () => {
    await signIn();
    await capture();
    const token = currentSession()!.accessToken;
    await logOut();
    expect(server.requests).toEqual([expect.objectContaining({ method: 'POST', path: '/api/v1/auth/logout', authorization: `Bearer ${token}` })]);
    expect(server.sessions[0].ended).toBe('SESSION_REVOKED');
    expect(currentSession()).toBeUndefined();
    expect(await db.session.count()).toBe(0);
    expect(await statuses()).toEqual(['pending']);
  });

  it('signs out on the phone even with no connection', async () => {
    await signIn();
    server.unreachable.add('/api/v1/auth/logout');
    await logOut();
    expect(currentSession()).toBeUndefined();
  });
});
