import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { schemaSnapshot } from '../scripts/schema-snapshot';
import { createTestDatabase } from './support/test-app';

/**
 * docs/schema.sql is the schema the migrations build (tables, constraints, indexes, triggers, functions), kept in the
 * repository so a reader sees the whole at once. A migration added without regenerating it fails here.
 */
describe('the schema snapshot (docs/schema.sql)', () => {
  it('is what the migrations build', async () => {
    const database = await createTestDatabase(false);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    let generated: string;
    try {
      generated = await schemaSnapshot(client);
    } finally {
      await client.end();
      await database.drop();
    }
    const target = join(__dirname, '..', 'docs', 'schema.sql');
    // npm run schema:snapshot (UPDATE_SCHEMA=1) writes the file instead; the check then passes.
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(target, generated);
    expect(generated).toContain('CREATE TABLE ledger_lines (');
    if (generated !== readFileSync(target, 'utf8')) {
      throw new Error('docs/schema.sql is out of date: run `npm run schema:snapshot` and commit it.');
    }
  });
});
