/**
 * Writes the field app's API types (web/src/api/schema.d.ts) from the service's OpenAPI document.
 *
 *   npm run web:api-types                          from the running service at http://localhost:3000
 *   npm run web:api-types -- --url http://host:port/api/docs-json
 *   tsx scripts/web/api-types.ts --document doc.json --out file.d.ts   (used by test/web-api-types.e2e-spec.ts)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const HEADER = '// Generated from the service\'s OpenAPI document by `npm run web:api-types`. Do not edit by hand.\n\n';

export async function apiTypes(document: object): Promise<string> {
  // openapi-typescript is ESM only: loaded with import() from this CommonJS script.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const out = option('--out') ?? join(__dirname, '..', '..', 'web', 'src', 'api', 'schema.d.ts');
  const file = option('--document');
  let document: object;
  if (file) {
    document = JSON.parse(await readFile(file, 'utf8'));
  } else {
    const url = option('--url') ?? 'http://localhost:3000/api/docs-json';
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}: is the service running (npm start)?`);
    document = (await response.json()) as object;
  }
  await writeFile(out, await apiTypes(document));
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
