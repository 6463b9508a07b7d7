import { Client } from 'pg';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config/app-config';
import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { databaseUrl, templateName, testRunId, withAdminClient } from './database-server';

export interface TestApp {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  /** The owner's connection (the service itself connects as a role that owns nothing). */
  databaseUrl: string;
  /** A statement as the owner of the schema, for what the service's role may not do (a test trigger, say). */
  ownerQuery(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Logs in (demo password by default) and returns a bearer token; tokens are cached per username. */
  token(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Start from the demo data (default) or from an empty database with only migrations and regions. */
  demo?: boolean;
  /** Extra environment variables, as the service would read them. */
  env?: Record<string, string>;
}

/** A fresh database copied from a template, and the real application on it. One per test file. */
export async function createTestDatabase(demo: boolean): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.PASOKAN_TEST_ADMIN_URL!;
  const name = `pasokan_t${testRunId()}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${templateName(demo ? 'demo' : 'bare')}`));
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(options.demo ?? true);
  // LOG_LEVEL=error npx jest … shows the service's logs while debugging a test.
  const logLevel = process.env.LOG_LEVEL ? { LOG_LEVEL: process.env.LOG_LEVEL } : {};
  const config = loadConfig({ NODE_ENV: 'test', LOGIN_RATE_LIMIT: '10000', ...logLevel, ...options.env });
  const app = await createApp({ ...config, databaseUrl: database.url, demoData: false });
  const http = () => request(app.getHttpServer());
  const tokens = new Map<string, string>();

  return {
    app,
    http,
    dataSource: app.get(DataSource),
    databaseUrl: database.url,
    async ownerQuery(sql: string, params: unknown[] = []) {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    async token(username: string, password = DEMO_PASSWORD) {
      const cached = tokens.get(`${username}\n${password}`);
      if (cached) return cached;
      const response = await http().post('/api/v1/auth/login').send({ username, password });
      if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      tokens.set(`${username}\n${password}`, response.body.accessToken);
      return response.body.accessToken;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
