import { templateName, withAdminClient } from './database-server';

/** Once per run, after every test (Jest calls it once per project tier that ran: the later calls find nothing to do). */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.PASOKAN_TEST_ADMIN_URL;
  delete process.env.PASOKAN_TEST_ADMIN_URL;
  if (adminUrl) {
    await withAdminClient(adminUrl, async (client) => {
      const prefix = templateName('bare').replace(/_template_bare$/, '');
      const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [prefix]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    });
  }
  await globalThis.pasokanEmbeddedDatabase?.stop();
  globalThis.pasokanEmbeddedDatabase = undefined;
}
