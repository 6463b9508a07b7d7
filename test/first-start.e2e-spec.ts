import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBuildCurrent, sourceFingerprint } from '../scripts/build-if-changed';
import { freePort } from './support/server-process';
import { createTestDatabase } from './support/test-app';

jest.setTimeout(180_000);

const ROOT = join(__dirname, '..');

describe('npm start skips the build only when no source changed', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pasokan-build-'));
    mkdirSync(join(root, 'src', 'stock'), { recursive: true });
    mkdirSync(join(root, 'migrations'));
    mkdirSync(join(root, 'dist', 'src'), { recursive: true });
    writeFileSync(join(root, 'src', 'stock', 'fefo.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'migrations', 'index.ts'), 'export const migrations = [];\n');
    writeFileSync(join(root, 'tsconfig.json'), '{}');
    writeFileSync(join(root, 'dist', 'src', 'main.js'), '');
    mkdirSync(join(root, 'web', 'dist'), { recursive: true });
    writeFileSync(join(root, 'web', 'dist', 'index.html'), '');
    writeFileSync(join(root, 'dist', '.source-fingerprint'), sourceFingerprint(root));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is current after a build, also when a file is touched without a change', () => {
    expect(isBuildCurrent(root)).toBe(true);
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src', 'stock', 'fefo.ts'), future, future);
    expect(isBuildCurrent(root)).toBe(true);
  });

  it('rebuilds after a changed, added or deleted source, a changed setting, or without a build', () => {
    writeFileSync(join(root, 'src', 'stock', 'fefo.ts'), 'export const a = 2;\n');
    expect(isBuildCurrent(root)).toBe(false);
    writeFileSync(join(root, 'src', 'stock', 'fefo.ts'), 'export const a = 1;\n');
    expect(isBuildCurrent(root)).toBe(true);
    writeFileSync(join(root, 'migrations', '1795435200000-New.ts'), '');
    expect(isBuildCurrent(root)).toBe(false);
    rmSync(join(root, 'migrations', '1795435200000-New.ts'));
    expect(isBuildCurrent(root)).toBe(true);
    // The field app is part of the build too.
    mkdirSync(join(root, 'web', 'src'), { recursive: true });
    writeFileSync(join(root, 'web', 'src', 'main.tsx'), 'export {};\n');
    expect(isBuildCurrent(root)).toBe(false);
    rmSync(join(root, 'web', 'src', 'main.tsx'));
    expect(isBuildCurrent(root)).toBe(true);
    rmSync(join(root, 'web', 'dist', 'index.html'));
    expect(isBuildCurrent(root)).toBe(false);
    writeFileSync(join(root, 'web', 'dist', 'index.html'), '');
    writeFileSync(join(root, 'tsconfig.json'), '{"compilerOptions":{}}');
    expect(isBuildCurrent(root)).toBe(false);
    writeFileSync(join(root, 'tsconfig.json'), '{}');
    rmSync(join(root, 'dist', 'src', 'main.js'));
    expect(isBuildCurrent(root)).toBe(false);
  });
});

describe('jest.config.js', () => {
  it('refers only to files that are in the repository', () => {
    const config = readFileSync(join(ROOT, 'jest.config.js'), 'utf8');
    const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n'));
    const paths = [...config.matchAll(/<rootDir>\/([\w./-]+\.\w+)/g)].map((match) => match[1]);
    const documents = [...config.matchAll(/\b([A-Z]+\.md)\b/g)].map((match) => match[1]);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !tracked.has(path))).toEqual([]);
    expect(documents.filter((name) => ![...tracked].some((path) => path.endsWith(`/${name}`) || path === name))).toEqual([]);
  });
});

describe('the service started as `npm start` starts it', () => {
  const buildDir = join(ROOT, '.test-build', 'first-start');
  let child: ChildProcess | undefined;
  let database: { url: string; drop: () => Promise<void> };
  let cwd: string;

  beforeAll(async () => {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', buildDir], { cwd: ROOT, stdio: 'inherit' });
    database = await createTestDatabase(false);
    cwd = mkdtempSync(join(tmpdir(), 'pasokan-start-'));
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await database?.drop();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('reads .env without overriding the environment, says what it is doing, and logs each health request once', async () => {
    const port = await freePort();
    // .env asks for another port and info logs; the environment's PORT wins, the log level comes from the file.
    writeFileSync(join(cwd, '.env'), `PORT=1\nLOG_LEVEL=info\nDAILY_SCAN_CRON='0 2 * * *'\n`);
    let output = '';
    child = spawn(process.execPath, [join(buildDir, 'src', 'main.js')], {
      cwd,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk) => (output += chunk.toString()));
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`http://127.0.0.1:${port}/health/ready`).then((response) => response.ok, () => false))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the service did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    const requestId = health.headers.get('x-request-id');
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(output).toMatch(/Read 2 setting\(s\) from \.env: (LOG_LEVEL, DAILY_SCAN_CRON|DAILY_SCAN_CRON, LOG_LEVEL)\n/);
    expect(output).toMatch(/Connecting to the database and applying pending migrations/);
    expect(output).toMatch(/Loading the provinces and regencies of Indonesia/);
    const logged = output.split('\n').filter((line) => line.includes(`"id":"${requestId}"`) && line.includes('request completed'));
    expect(logged).toHaveLength(1);
    expect(existsSync(join(cwd, '.data'))).toBe(false);
  });
});
