import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, demoDataEnabled, loadConfig } from './config/app-config';
import { loadDotEnv } from './config/dot-env';
import { createApp } from './app';
import { storedJwtSecret } from './auth/jwt-secret';
import { EmbeddedDatabase, EmbeddedPostgresError, startEmbeddedPostgres } from './database/embedded-postgres';
import { liveness } from './health/liveness';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-data';

const started = Date.now();
/** One line per start-up step with the seconds since start, so a first start (about a minute) never looks stuck. */
const progress = (step: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${step}\n`);

async function main(): Promise<void> {
  // Variables already set in the environment win over the file.
  const fromFile = loadDotEnv(join(process.cwd(), '.env'));
  if (fromFile.length > 0) progress(`Read ${fromFile.length} setting(s) from .env: ${fromFile.join(', ')}`);
  const loaded = loadConfig(process.env);
  const config = { ...loaded, jwt: { ...loaded.jwt, secret: loaded.jwt.secret ?? (await storedJwtSecret(loaded.jwt.secretFile)) } };
  const demoData = demoDataEnabled(config);

  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    const { dataDir, port } = config.embeddedPostgres;
    progress(
      existsSync(join(dataDir, 'PG_VERSION'))
        ? `Starting the embedded PostgreSQL (data in ${dataDir}, port ${port})...`
        : `Creating and starting a new embedded PostgreSQL (first start; data in ${dataDir}, port ${port})...`,
    );
    embedded = await startEmbeddedPostgres({
      ...config.embeddedPostgres,
      log: (message) => {
        if (/left running|stale lock|stopped by itself|runs again|restarting .* failed/.test(message)) process.stderr.write(`${message.trim()}\n`);
      },
      // Restarted by itself after a crash; if that fails, liveness fails so a supervisor restarts the service.
      onStateChange: (state, reason) => (state === 'failed' ? liveness.fail('embeddedPostgres', reason ?? state) : state === 'running' && liveness.recover('embeddedPostgres')),
    });
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;

  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    app = await createApp({ ...config, databaseUrl, demoData }, progress);
    await app.listen(config.port, config.host);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal} received: stopping pasokan...\n`);
    // Requests in flight get SHUTDOWN_TIMEOUT_MS to finish; then their connections are closed and the process stops
    // whatever still runs (an uncommitted transaction rolls back; a retry with the same id is recorded once).
    const deadline = setTimeout(() => {
      process.stderr.write(`requests still running after ${config.shutdownTimeoutMs} ms: stopping anyway\n`);
      void embedded?.stop().finally(() => process.exit(1));
      setTimeout(() => process.exit(1), 5_000).unref();
    }, config.shutdownTimeoutMs);
    deadline.unref();
    const server = app.getHttpServer() as import('node:http').Server;
    server.closeIdleConnections();
    const closing = app.close();
    const forceClose = setTimeout(() => server.closeAllConnections(), Math.max(0, config.shutdownTimeoutMs - 2_000));
    forceClose.unref();
    await closing;
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const lines = [
    '',
    `pasokan is running on ${base}`,
    `  API docs:      ${base}/api/docs  (OpenAPI JSON: ${base}/api/docs-json)`,
    `  Health:        ${base}/health  and  ${base}/health/ready`,
    `  Database:      ${embedded ? `embedded PostgreSQL on port ${config.embeddedPostgres.port}` : 'DATABASE_URL'}`,
  ];
  if (demoData) {
    lines.push(`  Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) lines.push(`    ${user.username.padEnd(20)} ${user.description}`);
  }
  lines.push('  Stop with Ctrl-C.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof EmbeddedPostgresError) {
    process.stderr.write(`${error.message}\nSee .env.example and the README for every setting.\n`);
  } else {
    process.stderr.write(`pasokan could not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  }
  process.exit(1);
});
