import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config/app-config';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { canConnect, databaseUrl, LOCAL_POSTGRES_URL, templateName, withAdminClient } from './database-server';
import { freePort } from './server-process';

declare global {
  var pasokanEmbeddedDatabase: EmbeddedDatabase | undefined;
}

/**
 * Chooses the PostgreSQL server for the run: DATABASE_URL when set, else the machine's PostgreSQL on
 * 127.0.0.1:5432, else a throw-away embedded one (fsync off); PASOKAN_TEST_DB=embedded forces the embedded one, as on
 * a machine without PostgreSQL. Returns a URL with the right to create databases.
 */
async function resolveServer(): Promise<string> {
  const forceEmbedded = process.env.PASOKAN_TEST_DB === 'embedded';
  if (process.env.DATABASE_URL && !forceEmbedded) return process.env.DATABASE_URL;
  if (!forceEmbedded && (await canConnect(LOCAL_POSTGRES_URL))) return LOCAL_POSTGRES_URL;
  const dataDir = await mkdtemp(join(tmpdir(), 'pasokan-test-pg-'));
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: 'postgres',
    persistent: false,
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'],
  });
  globalThis.pasokanEmbeddedDatabase = embedded;
  return embedded.url;
}

/** Builds a template database through the real application start-up: migrations, regions, and demo data if asked. */
async function buildTemplate(adminUrl: string, name: string, from: string | undefined, demoData: boolean): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}${from ? ` TEMPLATE ${from}` : ''}`);
  });
  const app = await createApp({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: databaseUrl(adminUrl, name), demoData });
  await app.close();
}

export default async function globalSetup(): Promise<void> {
  // The integration and slow tiers both name this set-up; Jest runs it once per project that has tests to run, in one
  // process, before any test: the first call prepares the run, the others find it prepared.
  if (process.env.PASOKAN_TEST_ADMIN_URL) return;
  const adminUrl = await resolveServer();
  process.env.PASOKAN_TEST_ADMIN_URL = adminUrl;
  process.env.PASOKAN_TEST_RUN = `${process.pid}_${Date.now().toString(36)}`;
  await buildTemplate(adminUrl, templateName('bare'), undefined, false);
  await buildTemplate(adminUrl, templateName('demo'), templateName('bare'), true);
}
