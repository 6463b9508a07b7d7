import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { createServer, Server, Socket, connect } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/app-config';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { demoIds } from './support/demo-ids';
import { freePort } from './support/server-process';
import { createTestDatabase } from './support/test-app';

jest.setTimeout(120_000);

/**
 * A TCP proxy between the service and PostgreSQL that can be made to fail as a crashed database server does: every
 * connection is dropped at once and new ones are refused. `failAfter(marker)` lets the request's authentication query
 * (which carries `marker`) through, then fails on the next query, so the outage hits the read the route itself makes.
 * Statements marked `prepared` carry their text only the first time a connection sends them (Parse); after that only
 * their name (Bind), so the proxy remembers which name stands for which text.
 */
class OutageProxy {
  private readonly sockets = new Set<Socket>();
  private down = false;
  private armed?: { marker: string; seen: boolean };
  /** Named prepared statements seen in Parse messages: name -> SQL text. */
  private readonly statements = new Map<string, string>();
  private server?: Server;
  port = 0;

  constructor(
    private readonly target: { host: string; port: number },
  ) {}

  async start(): Promise<void> {
    this.port = await freePort();
    this.server = createServer((client) => {
      if (this.down) return client.destroy();
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.on('data', (chunk) => {
        // Parse: 'P', the length (4 bytes), the statement's name and its text, each ending with a zero byte.
        for (const [, name, sql] of chunk.toString('latin1').matchAll(/P[\s\S]{4}(pasokan_[0-9a-f]{20})\0([^\0]*)\0/g)) this.statements.set(name, sql);
        if (this.armed) {
          const text = chunk.toString('latin1');
          const { marker } = this.armed;
          const isMarker = text.includes(marker) || [...this.statements].some(([name, sql]) => sql.includes(marker) && text.includes(`${name}\0`));
          // A query starts with Parse or Query, or with Bind when it executes a statement prepared before.
          if (this.armed.seen && !isMarker && /[PQB]/.test(text[0] ?? '')) return this.cut();
          if (isMarker) this.armed.seen = true;
        }
        upstream.write(chunk);
      });
      upstream.on('data', (chunk) => client.write(chunk));
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  failAfter(marker: string): void {
    this.armed = { marker, seen: false };
  }

  private cut(): void {
    this.armed = undefined;
    this.down = true;
    for (const socket of this.sockets) socket.destroy();
  }

  get wasCut(): boolean {
    return this.down;
  }

  restore(): void {
    this.armed = undefined;
    this.down = false;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

describe('every read answers 503 while the database is down, never 404 or an empty list', () => {
  let app: NestExpressApplication;
  let proxy: OutageProxy;
  let database: { url: string; drop: () => Promise<void> };
  let token: string;
  const paths: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(true);
    const url = new URL(database.url);
    proxy = new OutageProxy({ host: url.hostname, port: Number(url.port || 5432) });
    await proxy.start();
    url.host = `127.0.0.1:${proxy.port}`;
    const config = loadConfig({ NODE_ENV: 'test', LOGIN_RATE_LIMIT: '10000' });
    app = await createApp({ ...config, databaseUrl: url.toString(), demoData: false });
    const http = () => request(app.getHttpServer());
    token = (await http().post('/api/v1/auth/login').send({ username: 'admin', password: DEMO_PASSWORD }).expect(200)).body.accessToken;

    const ids = await demoIds(app.get(DataSource));
    const dataSource = app.get(DataSource);
    const [{ id: movement }] = await dataSource.query(`SELECT id FROM movements ORDER BY recorded_at LIMIT 1`);
    const [{ id: user }] = await dataSource.query(`SELECT id FROM users WHERE username = 'staff.dic.bandung'`);
    const [shipment] = await dataSource.query(`SELECT id FROM shipments LIMIT 1`);
    const [resupply] = await dataSource.query(`SELECT id FROM resupply_requests LIMIT 1`);
    const dic = ids.point('DIC-BDG-01');
    const syringe = ids.product('NS-1ML-LDS-29G');
    paths.push(
      `/api/v1/movements/${movement}`,
      `/api/v1/movements/${randomUUID()}`,
      `/api/v1/points/${dic}`,
      `/api/v1/points/${dic}/movements`,
      `/api/v1/points/${dic}/stock`,
      `/api/v1/points/${dic}/stock-card?productId=${syringe}`,
      `/api/v1/points/${dic}/stock-status`,
      `/api/v1/points/${dic}/stock-levels`,
      `/api/v1/points/${dic}/resupply-suggestion`,
      `/api/v1/points?regencyCode=32.73`,
      `/api/v1/products/${syringe}`,
      `/api/v1/products`,
      `/api/v1/lots?productId=${syringe}`,
      `/api/v1/users/${user}`,
      `/api/v1/users`,
      `/api/v1/auth/me`,
      `/api/v1/alerts`,
      `/api/v1/expiries`,
      `/api/v1/expiries/redistribution?regencyCode=32.73`,
      `/api/v1/shortages?regencyCode=32.73`,
      `/api/v1/shortages?format=csv`,
      `/api/v1/shipments`,
      `/api/v1/resupply-requests`,
      `/api/v1/audit-log`,
      ...(shipment ? [`/api/v1/shipments/${shipment.id}`] : []),
      ...(resupply ? [`/api/v1/resupply-requests/${resupply.id}`] : []),
    );
  });

  afterAll(async () => {
    proxy?.restore();
    await app?.close();
    await proxy?.stop();
    await database?.drop();
  });

  it('answers 503 DATABASE_UNAVAILABLE to each read when the database fails after the caller was authenticated', async () => {
    const answers: Record<string, string> = {};
    for (const path of paths) {
      // Wait until the service reaches the database again, then fail it right after the authentication query.
      proxy.restore();
      for (let attempt = 0; ; attempt++) {
        const ready = await request(app.getHttpServer()).get('/health/ready');
        if (ready.status === 200) break;
        if (attempt > 100) throw new Error('the database did not come back');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      proxy.failAfter('password_changed_at');
      const response = await request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
      answers[path] = proxy.wasCut ? `${response.status} ${response.body.code ?? response.text.slice(0, 40)}` : 'no database read after authentication';
    }
    expect(answers).toEqual(Object.fromEntries(paths.map((path) => [path, '503 DATABASE_UNAVAILABLE'])));
  });
});
