import { Client } from 'pg';

/** The local PostgreSQL of the development and CI machines (STACK.md). */
export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs statements on the server's maintenance connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function withAdminClient<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL of another database on the same server. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function testRunId(): string {
  const id = process.env.PASOKAN_TEST_RUN;
  if (!id) throw new Error('PASOKAN_TEST_RUN is not set: run the tests with jest (npm test), which runs the global set-up.');
  return id;
}

export const templateName = (kind: 'bare' | 'demo') => `pasokan_t${testRunId()}_template_${kind}`;
