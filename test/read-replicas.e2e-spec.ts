import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/app-config';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { startStreamingPair, StreamingPair } from './support/streaming-replica';

/**
 * Reports read from a real streaming replica (a standby of a primary started for this file): routing, the lag shown in
 * /health/ready and on each response, a user's own writes, and the fallback to the primary when the replica falls
 * behind or stops.
 */
describe('read replicas', () => {
  const MAX_LAG_MS = 3_000;
  let pair: StreamingPair;
  let app: NestExpressApplication;
  let primaryUrl: string;
  const tokens = new Map<string, string>();
  const http = (target = app) => request(target.getHttpServer());

  const withDatabase = (url: string, database: string) => Object.assign(new URL(url), { pathname: `/${database}` }).toString();
  const start = (env: Record<string, string>) =>
    createApp({ ...loadConfig({ NODE_ENV: 'test', LOGIN_RATE_LIMIT: '10000', ...env }), databaseUrl: primaryUrl, demoData: true });

  async function token(username: string): Promise<string> {
    if (!tokens.has(username)) {
      const response = await http().post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
      tokens.set(username, response.body.accessToken);
    }
    return tokens.get(username)!;
  }
  const get = async (path: string, username: string, target = app) => http(target).get(path).set('Authorization', `Bearer ${await token(username)}`).expect(200);
  const replicaHealth = async (target = app) => (await http(target).get('/health/ready').expect(200)).body.details.replicas;
  async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, ms = 20_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await read();
      if (ok(value)) return value;
      if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${ms} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  const state = async (target = app) => (await replicaHealth(target)).replicas[0].state as string;
  const streaming = () => until('replica streaming', () => state(), (value) => value === 'streaming');

  beforeAll(async () => {
    pair = await startStreamingPair();
    const admin = new Client({ connectionString: pair.primaryUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE pasokan');
    await admin.end();
    primaryUrl = withDatabase(pair.primaryUrl, 'pasokan');
    // The replica's URL names no user: the service reads as it writes (its own role, replicated with the data).
    const replica = new URL(withDatabase(pair.standbyUrl, 'pasokan'));
    replica.username = '';
    app = await start({ DATABASE_REPLICA_URLS: replica.toString(), REPLICA_CHECK_MS: '50', REPLICA_MAX_LAG_MS: String(MAX_LAG_MS) });
    for (const username of ['admin', 'dinkes.bandung', 'staff.dic.bandung']) await token(username);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await pair?.stop();
  });

  it('reads reports, lists and exports from the replica while it keeps up, and says how old the figures are', async () => {
    await streaming();
    const health = await replicaHealth();
    expect(health.configured).toBe(1);
    expect(health.replicas[0]).toMatchObject({ name: expect.stringMatching(/^127\.0\.0\.1:\d+\/pasokan$/), state: 'streaming' });
    expect(health.replicas[0].lagMs).toBeLessThan(MAX_LAG_MS);
    expect(JSON.stringify(health)).not.toContain('pasokan_app'); // no credentials in the health answer

    // With the background drain off (tests), the first report of a scope recomputes its queued points on the primary
    // and reads there; the reads below find nothing queued.
    await get('/api/v1/shortages', 'admin');
    for (const path of ['/api/v1/shortages', '/api/v1/expiries', '/api/v1/expiries?format=csv', '/api/v1/alerts', '/api/v1/dashboard']) {
      const response = await get(path, 'dinkes.bandung');
      expect({ path, from: response.headers['pasokan-read-from'] }).toEqual({ path, from: 'replica' });
      expect(Number(response.headers['pasokan-figures-age-ms'])).toBeLessThan(MAX_LAG_MS);
    }
    // Writes and what is not a report stay on the primary and say nothing about replicas.
    const points = await get('/api/v1/points', 'dinkes.bandung');
    expect(points.headers['pasokan-read-from']).toBeUndefined();
  });

  it("a user's reads see their own write at once; another user's reads stay on the replica within the allowed lag", async () => {
    await streaming();
    const alerts = await get('/api/v1/alerts?status=open&limit=1', 'admin');
    const alert = alerts.body.items[0];
    expect(alert).toBeDefined();

    await pair.pauseReplay();
    try {
      await http().post(`/api/v1/alerts/${alert.id}/acknowledge`).set('Authorization', `Bearer ${await token('admin')}`).expect(200);
      const own = await get(`/api/v1/alerts?status=acknowledged&limit=100`, 'admin');
      expect(own.headers['pasokan-read-from']).toBe('primary');
      expect(own.body.items.map((item: { id: string }) => item.id)).toContain(alert.id);

      // The district officer sees the replica, which has not replayed the acknowledgement: figures less than the
      // allowed lag old, as documented.
      const other = await get(`/api/v1/alerts?status=acknowledged&limit=100`, 'dinkes.bandung');
      expect(other.headers['pasokan-read-from']).toBe('replica');
      expect(other.body.items.map((item: { id: string }) => item.id)).not.toContain(alert.id);

      // Once the replica is further behind than REPLICA_MAX_LAG_MS, everyone reads the primary, and readiness says why.
      const lagging = await until('replica lagging', () => replicaHealth(), (value) => value.replicas[0].state === 'lagging');
      expect(lagging.replicas[0].lagMs).toBeGreaterThan(MAX_LAG_MS);
      expect(lagging.replicas[0].reason).toMatch(/REPLICA_MAX_LAG_MS/);
      const fallback = await get(`/api/v1/alerts?status=acknowledged&limit=100`, 'dinkes.bandung');
      expect(fallback.headers['pasokan-read-from']).toBe('primary');
    } finally {
      await pair.resumeReplay();
    }
    await streaming();
    const caughtUp = await get(`/api/v1/alerts?status=acknowledged&limit=100`, 'dinkes.bandung');
    expect(caughtUp.headers['pasokan-read-from']).toBe('replica');
  });

  it('reads the primary while the replica is down, with the same answers, and the replica again once it is back', async () => {
    await streaming();
    const fromReplica = await get('/api/v1/shortages?limit=50', 'admin');
    expect(fromReplica.headers['pasokan-read-from']).toBe('replica');

    await pair.stopStandby();
    try {
      const down = await until('replica down', () => replicaHealth(), (value) => value.replicas[0].state === 'down');
      expect(down.replicas[0].reason).toMatch(/does not answer/);
      await http().get('/health/ready').expect(200); // a replica never makes the service unready
      const fromPrimary = await get('/api/v1/shortages?limit=50', 'admin');
      expect(fromPrimary.headers['pasokan-read-from']).toBe('primary');
      expect(fromPrimary.headers['pasokan-figures-age-ms']).toBe('0');
      expect(fromPrimary.body).toEqual(fromReplica.body);
    } finally {
      await pair.startStandby();
    }
    await streaming();
    expect((await get('/api/v1/shortages?limit=50', 'admin')).headers['pasokan-read-from']).toBe('replica');
  });

  it('runs a read again on the primary when the replica goes away under it, before any check noticed', async () => {
    await streaming();
    const replica = new URL(withDatabase(pair.standbyUrl, 'pasokan'));
    replica.username = '';
    // A second instance that checks its replica only once a minute: the failure is met by the read itself.
    const slow = await start({ DATABASE_REPLICA_URLS: replica.toString(), REPLICA_CHECK_MS: '60000', REPLICA_MAX_LAG_MS: '120000' });
    try {
      const login = await http(slow).post('/api/v1/auth/login').send({ username: 'dinkes.bogor', password: DEMO_PASSWORD }).expect(200);
      const read = () => http(slow).get('/api/v1/alerts').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
      const before = await read();
      expect(before.headers['pasokan-read-from']).toBe('replica');
      await pair.stopStandby();
      const after = await read();
      expect(after.headers['pasokan-read-from']).toBe('primary');
      expect(after.body).toEqual(before.body);
      expect((await replicaHealth(slow)).replicas[0]).toMatchObject({ state: 'down', reason: expect.stringMatching(/a read failed/) });
    } finally {
      await slow.close();
      await pair.startStandby();
    }
  });

  it('never reads from a server that is not a standby', async () => {
    const notAReplica = await start({ DATABASE_REPLICA_URLS: primaryUrl, REPLICA_CHECK_MS: '50' });
    try {
      expect((await replicaHealth(notAReplica)).replicas[0]).toMatchObject({ state: 'not_a_replica' });
      const login = await http(notAReplica).post('/api/v1/auth/login').send({ username: 'dinkes.bogor', password: DEMO_PASSWORD }).expect(200);
      const response = await http(notAReplica).get('/api/v1/alerts').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
      expect(response.headers['pasokan-read-from']).toBe('primary');
    } finally {
      await notAReplica.close();
    }
  });
});
