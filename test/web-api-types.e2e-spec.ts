import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The field app's API types (web/src/api/schema.d.ts) are generated from the service's OpenAPI document; a DTO
 * changed without regenerating them (npm run web:api-types) fails here, not on a user's phone.
 */
describe("the field app's API types", () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ demo: false });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('match what the current service generates', async () => {
    const document = (await testApp.http().get('/api/docs-json').expect(200)).body;
    const dir = mkdtempSync(join(tmpdir(), 'pasokan-api-types-'));
    try {
      writeFileSync(join(dir, 'docs.json'), JSON.stringify(document));
      const root = join(__dirname, '..');
      execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'web', 'api-types.ts'), '--document', join(dir, 'docs.json'), '--out', join(dir, 'schema.d.ts')], {
        cwd: root,
        stdio: 'pipe',
      });
      const generated = readFileSync(join(dir, 'schema.d.ts'), 'utf8');
      const target = join(root, 'web', 'src', 'api', 'schema.d.ts');
      // UPDATE_API_TYPES=1 writes the file instead (no running service needed); the check then passes.
      if (process.env.UPDATE_API_TYPES === '1') writeFileSync(target, generated);
      const committed = readFileSync(target, 'utf8');
      // toBe on two 5,000-line texts prints a useless diff: say what to do instead.
      if (generated !== committed) {
        throw new Error('web/src/api/schema.d.ts is out of date: run `UPDATE_API_TYPES=1 npx jest test/web-api-types` (or `npm start` and `npm run web:api-types`), and commit it.');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
