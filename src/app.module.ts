import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AlertsModule } from './alerts/alerts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { databaseOptions } from './database/database-options';
import { DashboardModule } from './dashboard/dashboard.module';
import { DemoModule } from './demo/demo.module';
import { DocumentsModule } from './documents/documents.module';
import { ExpiriesModule } from './expiries/expiries.module';
import { ReportsModule } from './reports/reports.module';
import { SharpsModule } from './sharps/sharps.module';
import { ProgrammeModule } from './programme/programme.module';
import { DataQualityModule } from './data-quality/data-quality.module';
import { OutreachShiftsModule } from './outreach-shifts/outreach-shifts.module';
import { ResupplyModule } from './resupply/resupply.module';
import { ScansModule } from './scans/scans.module';
import { ShortagesModule } from './shortages/shortages.module';
import { HealthModule } from './health/health.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PointsModule } from './points/points.module';
import { ProductsModule } from './products/products.module';
import { RedactionModule } from './redaction/redaction.module';
import { RegionsModule } from './regions/regions.module';
import { ShipmentsModule } from './shipments/shipments.module';
import { StockModule } from './stock/stock.module';
import { SyncModule } from './sync/sync.module';
import { UsersModule } from './users/users.module';
import { FaultInjection } from './common/fault-injection';
import { ProblemDetailsFilter } from './common/problem/problem-details.filter';
import { createValidationPipe } from './common/problem/validation';
import { ReadDatabaseModule } from './database/replicas/read-database.module';

const loggedRequests = new WeakSet<object>();
function alreadyLogged(request: object): boolean {
  if (loggedRequests.has(request)) return true;
  loggedRequests.add(request);
  return false;
}

/**
 * The whole application. Validation, the problem-details filter and the auth guard are providers (APP_PIPE,
 * APP_FILTER, APP_GUARD), so a test application built from this module behaves exactly like production.
 */
@Module({})
export class AppModule {
  static register(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.register(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // The id is assigned by assignRequestId, which runs before body parsing.
            genReqId: (request) => (request as { id?: string }).id ?? randomUUID(),
            // Tokens and passwords never reach the logs.
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password'], censor: '[redacted]' },
            // Routes outside the /api prefix (/health, /health/ready) pass through the logging middleware twice; a request
            // seen before is not logged again.
            autoLogging: { ignore: (request) => alreadyLogged(request) },
            customLogLevel: (_request, response, error) =>
              error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
          },
        }),
        // Migrations have run before, as the owner (createApp); every statement of the application is time-limited like its requests.
        TypeOrmModule.forRoot(databaseOptions(config.databaseUrl, config.requestTimeoutMs)),
        ScheduleModule.forRoot(),
        ReadDatabaseModule,
        HealthModule,
        AuditModule,
        RedactionModule,
        RegionsModule,
        ProductsModule,
        PointsModule,
        UsersModule,
        NotificationsModule,
        DocumentsModule,
        AuthModule,
        StockModule,
        SyncModule,
        ShipmentsModule,
        AlertsModule,
        ExpiriesModule,
        ReportsModule,
        SharpsModule,
        ProgrammeModule,
        DataQualityModule,
        OutreachShiftsModule,
        ShortagesModule,
        DashboardModule,
        ResupplyModule,
        ScansModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: FaultInjection },
      ],
    };
  }
}
