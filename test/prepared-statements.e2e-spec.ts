import { QueryRunner } from 'typeorm';
import { prepared, statementName } from '../src/database/prepared-statements';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Statements marked `prepared` go out as named prepared statements on the application's own pool (databaseOptions
 * gives the pool PreparingClient), so PostgreSQL parses them once per connection and comes to keep a generic plan;
 * unmarked statements are still planned per call. What TypeORM answers must not change with it.
 */
describe('prepared statements', () => {
  let t: TestApp;
  let runner: QueryRunner;
  let pointId: string;

  const preparedHere = async (): Promise<{ name: string; statement: string; genericPlans: number; customPlans: number }[]> =>
    runner.query(`SELECT name, statement, generic_plans::int AS "genericPlans", custom_plans::int AS "customPlans" FROM pg_prepared_statements ORDER BY name`);

  beforeAll(async () => {
    t = await createTestApp();
    runner = t.dataSource.createQueryRunner();
    await runner.connect();
    [{ id: pointId }] = await runner.query(`SELECT id FROM points ORDER BY code LIMIT 1`);
  });
  afterAll(async () => {
    await runner?.release();
    await t?.close();
  });

  it('sends a marked statement under its name, parses it once per connection and comes to keep a generic plan', async () => {
    const sql = prepared(`SELECT code FROM points WHERE id = $1`);
    const name = statementName(sql);
    expect(name).toMatch(/^pasokan_[0-9a-f]{20}$/);
    const answers = [];
    for (let run = 0; run < 8; run += 1) answers.push(await runner.query(sql, [pointId]));
    expect(new Set(answers.map((rows) => JSON.stringify(rows))).size).toBe(1);
    expect(answers[0]).toEqual([{ code: expect.any(String) }]);
    const [statement] = (await preparedHere()).filter((row) => row.name === name);
    expect(statement).toMatchObject({ statement: sql });
    // Five custom plans first (PostgreSQL's rule), then the generic plan is kept for this key lookup.
    expect(statement.customPlans).toBe(5);
    expect(statement.genericPlans).toBe(3);
  });

  it('leaves unmarked statements unnamed', async () => {
    const sql = `SELECT name FROM points WHERE id = $1`;
    await runner.query(sql, [pointId]);
    await runner.query(sql, [pointId]);
    expect(statementName(sql)).toBeUndefined();
    expect((await preparedHere()).map((row) => row.statement)).not.toContain(sql);
  });

  it('answers writes as TypeORM does for unnamed statements (rows and count), and passes errors through', async () => {
    const update = (text: string) => runner.query(text, [pointId]);
    const plain = `UPDATE points SET code = code WHERE id = $1 RETURNING id`;
    expect(await update(prepared(`UPDATE points SET name = name WHERE id = $1 RETURNING id`))).toEqual(await update(plain));
    expect(await update(plain)).toEqual([[{ id: pointId }], 1]);
    const failing = prepared(`INSERT INTO points SELECT * FROM points WHERE id = $1`);
    await expect(runner.query(failing, [pointId])).rejects.toMatchObject({ code: '23505' });
    // The connection is still usable and the statement is still known to it.
    expect(await runner.query(prepared(`SELECT code FROM points WHERE id = $1`), [pointId])).toHaveLength(1);
  });
});
