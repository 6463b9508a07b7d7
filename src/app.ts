import { INestApplication, Logger, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import { json } from 'express';
import helmet from 'helmet';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ProblemDetailsFilter } from './common/problem/problem-details.filter';
import { requestDeadline } from './common/request-deadline';
import { ProblemSchema } from './common/problem/problem.schema';
import { requireJsonBody } from './common/json-body';
import { refineApiDocument } from './common/openapi';
import { assignRequestId } from './common/request-id';
import { AppConfig } from './config/app-config';
import { prepareDatabase } from './database/app-role';
import { FIGURES_AGE_HEADER, READ_FROM_HEADER, requestContext } from './database/replicas/read-context';
import { DemoSeeder } from './demo/demo-seeder';
import { RegionsService } from './regions/regions.service';
import { describeMovementTypes } from './stock/dto/movement.openapi';
import { UsersService } from './users/users.service';
import { serveWebApp } from './web/web-app';

export type RuntimeConfig = AppConfig & { databaseUrl: string; demoData: boolean };

/** Called before each slow step of start-up, so `npm start` can say what it is doing. */
export type StartupProgress = (step: string) => void;

export const API_DOCS_PATH = 'api/docs';
const SYNC_MOVEMENTS_PATH = '/api/v1/sync/movements';

/**
 * Builds the application exactly as it runs in production, for `main.ts` and for the tests: security headers,
 * compression, body size limits, a deadline per request, CORS, the field app at `/`, `/api/v1` routes, OpenAPI at
 * /api/docs and /api/docs-json. Pending migrations run first, as the owner of the schema.
 */
export async function createApp(config: RuntimeConfig, progress: StartupProgress = () => undefined): Promise<NestExpressApplication> {
  progress('Connecting to the database and applying pending migrations...');
  // Migrations as the owner (on a connection without the requests' statement timeout: a migration may be long); the
  // application itself connects as a role that owns nothing.
  const appDatabaseUrl = await prepareDatabase({ ownerUrl: config.databaseUrl, appUrl: config.appDatabaseUrl });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ ...config, databaseUrl: appDatabaseUrl }), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(PinoLogger));
  app.use(assignRequestId);
  // Every request runs in its own context from here on, so a read knows whose request it serves (read replicas).
  app.use(requestContext);
  // The field app is also reached over plain http (a laptop on the office network, the tests): upgrading its own
  // requests to https would break it. TLS, where there is one, is the reverse proxy's.
  // The barcode scanner's ZXing reader is WebAssembly: compiling it needs 'wasm-unsafe-eval' (not 'unsafe-eval': no eval of JavaScript).
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null, scriptSrc: ["'self'", "'wasm-unsafe-eval'"] } } }));
  // gzip or brotli (brotli preferred when offered), for the API and the app's files alike: phones are on 3G.
  app.use(compression());
  app.use(requireJsonBody);
  // The sync endpoint parses its own, larger body first (a week of offline records); the parser after it skips a
  // body already read.
  app.use(SYNC_MOVEMENTS_PATH, json({ limit: config.syncBodyLimit }));
  app.useBodyParser('json', { limit: config.bodyLimit, type: ['application/json', 'application/*+json'] });
  const problems = new ProblemDetailsFilter();
  app.use(requestDeadline(config.requestTimeoutMs, (request, response, error) => problems.answer(error, request, response)));
  if (config.corsOrigins !== false) app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['X-Request-Id', READ_FROM_HEADER, FIGURES_AGE_HEADER] });
  serveWebApp(app, config.webDistDir);
  app.setGlobalPrefix('api', { exclude: ['health', 'health/ready'] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  // X-Forwarded-For is believed only from configured proxies: anyone else could claim any address.
  app.set('trust proxy', config.trustedProxies.length > 0 ? config.trustedProxies : false);
  setUpApiDocs(app);
  await app.init();
  await prepareData(app, config, progress);
  return app;
}

/** The OpenAPI document is built on its first request, not at start-up (its build is most of start-up's peak memory). */
function setUpApiDocs(app: INestApplication): void {
  SwaggerModule.setup(API_DOCS_PATH, app, () => apiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}

function apiDocument(app: INestApplication): OpenAPIObject {
  const generated = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('pasokan API')
      .setDescription(
        'Harm-reduction supply tracking for Indonesia. Log in with POST /api/v1/auth/login and send the token as ' +
          '`Authorization: Bearer <token>`. Errors are RFC 9457 problem documents with a stable `code`. Lists answer ' +
          '`{ items, total, limit, offset }`.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
    { extraModels: [ProblemSchema] },
  );
  const document = refineApiDocument(generated);
  describeMovementTypes(document);
  return document;
}

/** Reference regions from idn-area-data, the first administrator when configured, and the demo data when enabled. */
async function prepareData(app: INestApplication, config: RuntimeConfig, progress: StartupProgress): Promise<void> {
  const logger = new Logger('Setup');
  progress('Loading the provinces and regencies of Indonesia...');
  await app.get(RegionsService).importFromPackage();
  if (config.bootstrapAdmin) {
    const created = await app.get(UsersService).ensureAdministrator(config.bootstrapAdmin.username, config.bootstrapAdmin.password);
    if (created) logger.log(`administrator ${config.bootstrapAdmin.username} created`);
  }
  if (config.demoData) {
    progress('Loading the demo data (only into an empty database)...');
    await app.get(DemoSeeder).seedIfEmpty();
  }
}
