import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Where the crash tests build the service, apart from dist/ so a concurrent `npm run build` does not interfere. */
export const TEST_BUILD = join(__dirname, '..', '..', '.test-build');

/** Compiles the service once per test file that runs it as a real process. */
export function buildService(): void {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', TEST_BUILD], {
    cwd: join(__dirname, '..', '..'),
    stdio: 'inherit',
  });
  if (!existsSync(join(TEST_BUILD, 'src', 'main.js'))) throw new Error('the service did not build');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the service wrote to stderr so far. */
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts the service without waiting for it to become ready (for a start that is expected to fail). */
export function spawnService(env: Record<string, string>, port: number): { child: ChildProcess; exited: ServiceProcess['exited']; stderr: () => string } {
  const child = spawn(process.execPath, [join(TEST_BUILD, 'src', 'main.js')], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', LOGIN_RATE_LIMIT: '10000', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => stderr };
}

/** Starts `node .test-build/src/main.js` with the given environment and waits until /health/ready answers. */
export async function startService(env: Record<string, string>, { timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<ServiceProcess> {
  const port = await freePort();
  const { child, exited, stderr } = spawnService(env, port);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the service exited while starting: ${stderr()}`);
    const ready = await fetch(`${url}/health/ready`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the service did not become ready: ${stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    exited,
    stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
