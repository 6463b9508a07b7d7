/**
 * `npm start` runs this first: it builds the service and the field app (`npm run build`) only when its inputs changed since the last
 * build, so a restart takes seconds instead of a rebuild. The inputs are fingerprinted by content (every file under
 * src/, migrations/ and the field app's web/src and web/public, the TypeScript and Nest settings, the lockfile), not by modification time: a checkout, a
 * reverted edit or a deleted file all change the fingerprint, and a file touched without change does not.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');
const SOURCE_DIRS = ['src', 'migrations', 'web/src', 'web/public'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json', 'web/index.html', 'web/vite.config.mts', 'web/tsconfig.json'];
/** Written into dist/ after a successful build; `nest build` empties dist/ first, so a failed build leaves none. */
const STAMP = join('dist', '.source-fingerprint');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** SHA-256 over the path and content of every build input, in a fixed order. */
export function sourceFingerprint(root = ROOT): string {
  const files = [...SOURCE_DIRS.flatMap((dir) => filesUnder(join(root, dir))), ...SOURCE_FILES.map((file) => join(root, file)).filter(existsSync)]
    .map((path) => relative(root, path))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

/** Whether dist/ holds a build of exactly these sources. */
export function isBuildCurrent(root = ROOT, fingerprint = sourceFingerprint(root)): boolean {
  const stamp = join(root, STAMP);
  return existsSync(join(root, 'dist', 'src', 'main.js')) && existsSync(join(root, 'web', 'dist', 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
}

/** Builds when the sources changed since the last build; `log` reports what it does. Throws when the build fails. */
export function ensureBuilt(log: (message: string) => void, root = ROOT): void {
  const fingerprint = sourceFingerprint(root);
  if (isBuildCurrent(root, fingerprint)) {
    log('Build is up to date (no source changed since the last build).');
    return;
  }
  log('Building the application (npm run build; about 30 s, only when a source changed)...');
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
  writeFileSync(join(root, STAMP), fingerprint);
  log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

if (require.main === module) {
  try {
    ensureBuilt((message) => process.stdout.write(`${message}\n`));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
