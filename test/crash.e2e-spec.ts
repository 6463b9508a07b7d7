import { randomUUID } from 'node:crypto';
import { createServer, Server, Socket, connect } from 'node:net';
import { Client } from 'pg';
import { buildService, freePort, startService } from './support/server-process';
import { seedManyPoints } from './support/large-seed';
import { createTestDatabase } from './support/test-app';

jest.setTimeout(180_000);

const json = (body: unknown) => ({ 'Content-Type': 'application/json', body: JSON.stringify(body) });

async function login(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'pasokan-demo' }) });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

function recordMovement(url: string, token: string, pointId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const { body: payload } = json(body);
  return fetch(`${url}/api/v1/points/${pointId}/movements`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: payload,
    signal: AbortSignal.timeout(20_000),
  });
}

async function withDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The ledger agrees with itself: balances equal the ledger summed per point and lot, none negative. */
async function assertInvariants(databaseUrl: string): Promise<void> {
  await withDatabase(databaseUrl, async (client) => {
    const { rows: mismatches } = await client.query(
      `SELECT l.point_id, l.lot_id, l.total, b.quantity FROM
         (SELECT point_id, lot_id, sum(quantity)::int AS total FROM ledger_lines WHERE account = 'stock' GROUP BY 1, 2) l
         FULL JOIN stock_balances b USING (point_id, lot_id)
        WHERE COALESCE(l.total, 0) <> COALESCE(b.quantity, 0)`,
    );
    expect(mismatches).toEqual([]);
    const { rows: negative } = await client.query('SELECT * FROM stock_balances WHERE quantity < 0');
    expect(negative).toEqual([]);
  });
}

describe('crashes and database outages', () => {
  beforeAll(() => buildService());

  it('answers the retry of a movement whose process died after commit with the original result, recorded once', async () => {
    const database = await createTestDatabase(true);
    const env = { DATABASE_URL: database.url, FAULT_INJECTION: 'true' };
    const [{ id: dic }] = await withDatabase(database.url, async (client) => (await client.query(`SELECT id FROM points WHERE code = 'DIC-BDG-01'`)).rows);
    const [{ id: syringe }] = await withDatabase(database.url, async (client) => (await client.query(`SELECT id FROM products WHERE code = 'NS-1ML-LDS-29G'`)).rows);
    let service = await startService(env);
    try {
      const token = await login(service.url, 'staff.dic.bandung');
      const movement = { id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 2, lines: [{ productId: syringe, quantity: 3 }] };

      await expect(recordMovement(service.url, token, dic, movement, { 'X-Fault-Injection': 'kill-after-commit' })).rejects.toThrow();
      expect(await service.exited).toEqual({ code: null, signal: 'SIGKILL' });
      const count = async () => (await withDatabase(database.url, (client) => client.query('SELECT count(*)::int AS n FROM movements WHERE id = $1', [movement.id]))).rows[0].n;
      expect(await count()).toBe(1);

      service = await startService(env);
      const retry = await recordMovement(service.url, token, dic, movement);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      const body = await retry.json();
      expect(body).toMatchObject({ id: movement.id, type: 'distribution', contacts: 2, lines: [expect.objectContaining({ productId: syringe, quantity: -3 })] });
      expect(await count()).toBe(1);
      await assertInvariants(database.url);
    } finally {
      await service.stop();
      await database.drop();
    }
  });

  it('answers the retry of every shipment step and resupply request whose process died after commit with the original result, recorded once', async () => {
    const database = await createTestDatabase(true);
    const env = { DATABASE_URL: database.url, FAULT_INJECTION: 'true' };
    const id = async (sql: string) => (await withDatabase(database.url, (client) => client.query(sql))).rows[0].id as string;
    const ngo = await id(`SELECT id FROM points WHERE code = 'LSM-CBN-01'`);
    const kit = await id(`SELECT id FROM points WHERE code = 'OUT-CBN-01'`);
    const swab = await id(`SELECT id FROM products WHERE code = 'SWAB-ALC'`);
    const post = (url: string, token: string, path: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(20_000),
      });
    let service = await startService(env);
    const cycles: string[] = [];
    /** Sends `body` so that the process dies after its commit, restarts the service, retries, and checks the answer. */
    const killAndRetry = async (name: string, username: string, path: string, body: Record<string, unknown>, status: number, count: string) => {
      const token = await login(service.url, username);
      await expect(post(service.url, token, path, body, { 'X-Fault-Injection': 'kill-after-commit' })).rejects.toThrow();
      expect(await service.exited).toEqual({ code: null, signal: 'SIGKILL' });
      const recorded = async () => (await withDatabase(database.url, (client) => client.query(count))).rows[0].n as number;
      expect({ name, recorded: await recorded() }).toEqual({ name, recorded: 1 });
      service = await startService(env);
      const retry = await post(service.url, await login(service.url, username), path, body);
      expect({ name, status: retry.status, replayed: retry.headers.get('idempotent-replayed') }).toEqual({ name, status, replayed: 'true' });
      expect({ name, recorded: await recorded() }).toEqual({ name, recorded: 1 });
      cycles.push(name);
      return retry.json() as Promise<Record<string, unknown> & { id: string; lines: { lotId: string }[] }>;
    };
    try {
      const receipt = { id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'Dinkes Kabupaten Bogor',
        lines: [{ productId: swab, quantity: 500, lotNumber: 'CRASH-SW', expiryDate: '2029-06', fundingSource: 'APBD' }] };
      await killAndRetry('receipt', 'staff.lsm.cibinong', `/api/v1/points/${ngo}/movements`, receipt, 201,
        `SELECT count(*)::int AS n FROM movements WHERE id = '${receipt.id}'`);

      const dispatch = { id: randomUUID(), fromPointId: ngo, toPointId: kit, lines: [{ productId: swab, quantity: 40 }] };
      const shipment = await killAndRetry('shipment dispatch', 'staff.lsm.cibinong', '/api/v1/shipments', dispatch, 201,
        `SELECT count(*)::int AS n FROM shipments WHERE id = '${dispatch.id}'`);
      expect(shipment).toMatchObject({ id: dispatch.id, status: 'in_transit' });

      const arrival = { id: randomUUID(), lines: [{ lotId: shipment.lines[0].lotId, quantityReceived: 40 }] };
      const received = await killAndRetry('shipment receipt', 'outreach.cibinong', `/api/v1/shipments/${dispatch.id}/receive`, arrival, 201,
        `SELECT count(*)::int AS n FROM movements WHERE id = '${arrival.id}'`);
      expect(received).toMatchObject({ id: dispatch.id, status: 'received', receiptMovementId: arrival.id });

      const second = { id: randomUUID(), fromPointId: ngo, toPointId: kit, lines: [{ productId: swab, quantity: 10 }] };
      await post(service.url, await login(service.url, 'staff.lsm.cibinong'), '/api/v1/shipments', second).then((response) => expect(response.status).toBe(201));
      const cancellation = { id: randomUUID(), note: 'wrong kit' };
      const cancelled = await killAndRetry('shipment cancellation', 'staff.lsm.cibinong', `/api/v1/shipments/${second.id}/cancel`, cancellation, 201,
        `SELECT count(*)::int AS n FROM movements WHERE id = '${cancellation.id}'`);
      expect(cancelled).toMatchObject({ status: 'cancelled', cancelMovementId: cancellation.id });

      const request = { id: randomUUID(), pointId: kit, lines: [{ productId: swab, quantity: 200 }] };
      await killAndRetry('resupply request', 'outreach.cibinong', '/api/v1/resupply-requests', request, 201,
        `SELECT count(*)::int AS n FROM resupply_requests WHERE id = '${request.id}'`);
      const approved = await killAndRetry('resupply approval', 'staff.lsm.cibinong', `/api/v1/resupply-requests/${request.id}/approve`,
        { lines: [{ productId: swab, approvedQuantity: 150 }] }, 200,
        `SELECT count(*)::int AS n FROM resupply_request_events WHERE request_id = '${request.id}' AND status = 'approved'`);
      expect(approved).toMatchObject({ status: 'approved' });

      expect(cycles).toHaveLength(6);
      await withDatabase(database.url, async (client) => {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM shipment_lines WHERE shipment_id = $1`, [dispatch.id]);
        expect(rows[0].n).toBe(1);
      });
      await assertInvariants(database.url);
    } finally {
      await service.stop();
      await database.drop();
    }
  }, 600_000); // six restarts of the service

  it('stops within its shutdown time on SIGTERM while a long report runs', async () => {
    const database = await createTestDatabase(true);
    await seedManyPoints(database.url, 1_000);
    const service = await startService({ DATABASE_URL: database.url, SHUTDOWN_TIMEOUT_MS: '3000' });
    try {
      const token = await login(service.url, 'admin');
      const report = fetch(`${service.url}/api/v1/expiries?withinDays=1095&format=csv`, { headers: { Authorization: `Bearer ${token}` } }).then(
        (response) => response.status,
        () => 'connection closed',
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const signalled = Date.now();
      service.child.kill('SIGTERM');
      await service.exited;
      expect(Date.now() - signalled).toBeLessThan(8_000);
      await report;
    } finally {
      await service.stop();
      await database.drop();
    }
  });

  it('answers 503 while the database is unreachable, recovers without a restart, and loses or doubles nothing', async () => {
    const database = await createTestDatabase(true);
    const target = new URL(database.url);
    const proxy = new CuttableProxy(target.hostname, Number(target.port || 5432));
    const proxyPort = await proxy.listen();
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxyPort);
    const service = await startService({ DATABASE_URL: viaProxy.toString() });
    try {
      const [{ id: dic }] = await withDatabase(database.url, async (client) => (await client.query(`SELECT id FROM points WHERE code = 'DIC-BDG-01'`)).rows);
      const [{ id: condom }] = await withDatabase(database.url, async (client) => (await client.query(`SELECT id FROM products WHERE code = 'CONDOM-M'`)).rows);
      const token = await login(service.url, 'staff.dic.bandung');
      const acknowledged = new Set<string>();
      const refused: { id: string; body: Record<string, unknown> }[] = [];
      const statuses = new Map<number, number>();

      const worker = async () => {
        for (let index = 0; index < 25; index++) {
          const movement = { id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), lines: [{ productId: condom, quantity: 1 }] };
          const started = Date.now();
          const response = await recordMovement(service.url, token, dic, movement);
          // Answered well before the request deadline (30 s): never a hang.
          expect(Date.now() - started).toBeLessThan(20_000);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 201) acknowledged.add(movement.id);
          else {
            expect(response.status).toBe(503);
            expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
            expect(((await response.json()) as { code: string }).code).toMatch(/^(DATABASE_UNAVAILABLE|SERVICE_UNAVAILABLE)$/);
            refused.push({ id: movement.id, body: movement });
          }
        }
      };
      const outage = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        proxy.cut();
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        const ready = await fetch(`${service.url}/health/ready`);
        expect(ready.status).toBe(503);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        proxy.restore();
      })();
      await Promise.all([...Array.from({ length: 6 }, worker), outage]);

      expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
      expect(service.child.exitCode).toBeNull();
      // Recovered without a restart.
      const ready = await fetch(`${service.url}/health/ready`);
      expect(ready.status).toBe(200);
      // A client retries what was refused: each is recorded once (some may have committed before the cut).
      for (const { id, body } of refused) {
        const retry = await recordMovement(service.url, token, dic, body);
        expect({ id, status: retry.status }).toEqual({ id, status: 201 });
        acknowledged.add(id);
      }
      await withDatabase(database.url, async (client) => {
        const { rows } = await client.query('SELECT count(*)::int AS n FROM movements WHERE id = ANY($1::uuid[])', [[...acknowledged]]);
        expect(rows[0].n).toBe(acknowledged.size);
        const { rows: lines } = await client.query(`SELECT count(*)::int AS n FROM ledger_lines WHERE movement_id = ANY($1::uuid[])`, [[...acknowledged]]);
        expect(lines[0].n).toBeGreaterThanOrEqual(acknowledged.size);
      });
      await assertInvariants(database.url);
    } finally {
      await service.stop();
      await proxy.close();
      await database.drop();
    }
  });
});

/**
 * A TCP proxy to PostgreSQL that can be cut: every open connection is destroyed at once and new ones are refused, as
 * when the database server dies; restored, it forwards again.
 */
class CuttableProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private down = false;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  async listen(): Promise<number> {
    const port = await freePort();
    this.server = createServer((client) => {
      if (this.down) return client.destroy();
      const upstream = connect(this.port, this.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return port;
  }

  cut(): void {
    this.down = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.down = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
