import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { databaseOptions } from '../src/database/database-options';
import { databaseUrl, testRunId, withAdminClient } from './support/database-server';

const tables = async (dataSource: DataSource): Promise<string[]> =>
  (await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map(
    (row: { tablename: string }) => row.tablename,
  );

describe('migrations', () => {
  const adminUrl = process.env.PASOKAN_TEST_ADMIN_URL!;
  const name = `pasokan_t${testRunId()}_migrations`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    dataSource = new DataSource(databaseOptions(databaseUrl(adminUrl, name)));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });

  it('apply to an empty database, then revert one by one to nothing, then apply again', async () => {
    expect(await tables(dataSource)).toEqual([]);
    const applied = await dataSource.runMigrations();
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await tables(dataSource)).toEqual(
      expect.arrayContaining(['migrations', 'points', 'products', 'provinces', 'regencies', 'users', 'user_point_scopes', 'user_regency_scopes']),
    );

    for (let step = 0; step < MIGRATIONS.length; step++) await dataSource.undoLastMigration();
    expect(await tables(dataSource)).toEqual(['migrations']);

    await dataSource.runMigrations();
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
