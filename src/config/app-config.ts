import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  validateSync,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { POINT_TYPES as ALL_POINT_TYPES } from '../points/point-types';
import { Dhis2Mapping, readDhis2Mapping } from '../reports/dhis2/dhis2-mapping';

/** Signs tokens in tests only (NODE_ENV=test); anywhere else a missing JWT_SECRET means a stored random one. */
export const TEST_JWT_SECRET = 'pasokan-test-secret-not-for-use';
/** Where `npm start` keeps the random token secret it made when JWT_SECRET is not set. */
export const JWT_SECRET_FILE = '.data/jwt-secret';

const POINT_TYPES: readonly string[] = ALL_POINT_TYPES;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

const toBoolean = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  return value;
};
const toInteger = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** Express's names for address ranges, or an IP address with an optional prefix length (CIDR). */
export function isTrustedProxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

@ValidatorConstraint({ name: 'trustedProxies' })
class TrustedProxiesList implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && value.split(',').every((entry) => isTrustedProxyEntry(entry.trim()));
  }
  defaultMessage(): string {
    return 'TRUSTED_PROXIES must be a comma-separated list of proxy addresses (10.0.0.5, 10.0.0.0/8) or loopback, linklocal, uniquelocal';
  }
}

@ValidatorConstraint({ name: 'replicaUrls' })
class ReplicaUrlList implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && value.split(',').every((entry) => /^postgres(ql)?:\/\/\S+$/.test(entry.trim()));
  }
  defaultMessage(): string {
    return 'DATABASE_REPLICA_URLS must be a comma-separated list of postgres://host:5432/database URLs (user and password may be left out: then the service reads as it writes)';
  }
}

/** The DHIS2 mapping `npm start` uses with demo data: the demo points and products mapped to made-up DHIS2 identifiers. */
export const DEMO_DHIS2_MAPPING_FILE = 'config/dhis2-mapping.demo.json';

/** Every environment variable pasokan reads, with its rules. Defaults live in `loadConfig`. */
class EnvironmentVariables {
  @IsOptional() @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @IsOptional() @Transform(emptyToUndefined) @IsString()
  HOST?: string;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(65535)
  PORT?: number;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^postgres(ql)?:\/\/[^\s:@/]+(:[^\s@]*)?@\S+$/, {
    message: 'APP_DATABASE_URL must name the role: postgres://role:password@host:5432/database',
  })
  APP_DATABASE_URL?: string;

  @IsOptional() @Transform(emptyToUndefined) @Validate(ReplicaUrlList)
  DATABASE_REPLICA_URLS?: string;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(100) @Max(3_600_000)
  REPLICA_MAX_LAG_MS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(10) @Max(60_000)
  REPLICA_CHECK_MS?: number;

  @IsOptional() @Transform(emptyToUndefined) @IsString()
  EMBEDDED_PG_DIR?: string;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @IsOptional() @Transform(toBoolean) @IsBoolean()
  DEMO_DATA?: boolean;

  @IsOptional() @Transform(emptyToUndefined) @IsString() @MinLength(16, {
    message: 'JWT_SECRET must be at least 16 characters long',
  })
  JWT_SECRET?: string;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^\d+[smhd]$/, {
    message: 'JWT_EXPIRES_IN must be a number followed by s, m, h or d, for example 8h',
  })
  JWT_EXPIRES_IN?: string;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(3650)
  DEVICE_SESSION_IDLE_DAYS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(10000)
  LOGIN_RATE_LIMIT?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(86400)
  LOGIN_RATE_WINDOW_SECONDS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(100000)
  LOGIN_ACCOUNT_LIMIT?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(86400)
  LOGIN_ACCOUNT_WINDOW_SECONDS?: number;

  @IsOptional() @Transform(emptyToUndefined) @IsString() @Validate(TrustedProxiesList)
  TRUSTED_PROXIES?: string;

  @IsOptional() @IsString()
  CORS_ORIGINS?: string;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^\d+(b|kb|mb)$/i, {
    message: 'BODY_LIMIT must be a size such as 512kb or 1mb',
  })
  BODY_LIMIT?: string;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^\d+(b|kb|mb)$/i, {
    message: 'SYNC_BODY_LIMIT must be a size such as 10mb',
  })
  SYNC_BODY_LIMIT?: string;

  @IsOptional() @Transform(emptyToUndefined) @IsIn(LOG_LEVELS)
  LOG_LEVEL?: string;

  @IsOptional() @Transform(emptyToUndefined) @IsString()
  WEB_DIST_DIR?: string;

  @IsOptional() @Transform(emptyToUndefined) @Matches(new RegExp(`^(${POINT_TYPES.join('|')})(,(${POINT_TYPES.join('|')}))*$`), {
    message: `RESTRICTED_POINT_TYPES must be a comma-separated list of point types: ${POINT_TYPES.join(', ')}`,
  })
  RESTRICTED_POINT_TYPES?: string;

  @IsOptional() @Transform(emptyToUndefined) @Matches(new RegExp(`^(${POINT_TYPES.join('|')})(,(${POINT_TYPES.join('|')}))*$`), {
    message: `SHARPS_DESTRUCTION_POINT_TYPES must be a comma-separated list of point types: ${POINT_TYPES.join(', ')}`,
  })
  SHARPS_DESTRUCTION_POINT_TYPES?: string;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(12)
  AMC_MONTHS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(3650)
  BACKDATING_DAYS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(100_000)
  NEEDLES_PER_CONTACT_CAP?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(7) @Max(365)
  MIN_HISTORY_DAYS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(365)
  REQUEST_DECISION_DAYS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(365)
  REQUEST_SHIPPING_DAYS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(365)
  SHIPMENT_TRANSIT_DAYS?: number;

  @IsOptional() @Transform(toBoolean) @IsBoolean()
  DAILY_SCAN_ENABLED?: boolean;

  @IsOptional() @Transform(toBoolean) @IsBoolean()
  FAULT_INJECTION?: boolean;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(100) @Max(600_000)
  REQUEST_TIMEOUT_MS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(100) @Max(600_000)
  SHUTDOWN_TIMEOUT_MS?: number;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^(\S+\s+){4}\S+$/, {
    message: 'DAILY_SCAN_CRON must be a cron expression with five fields, for example "0 1 * * *" (01:00 every day)',
  })
  DAILY_SCAN_CRON?: string;

  @IsOptional() @Transform(emptyToUndefined) @IsIn(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'UTC'])
  DAILY_SCAN_TIME_ZONE?: string;

  @IsOptional() @Transform(emptyToUndefined) @IsString()
  DHIS2_MAPPING_FILE?: string;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^smtps?:\/\/\S+$/, {
    message: 'SMTP_URL must look like smtp://user:password@mail.example.org:587 (or smtps:// for port 465)',
  })
  SMTP_URL?: string;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^[^<>]*<?[^@\s<>]+@[^@\s<>]+>?$/, {
    message: 'MAIL_FROM must be an address, optionally with a name: pasokan <pasokan@dinkes.example.go.id>',
  })
  MAIL_FROM?: string;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^(\S+\s+){4}\S+$/, {
    message: 'DIGEST_CRON must be a cron expression with five fields, for example "0 7 * * *" (07:00 every day)',
  })
  DIGEST_CRON?: string;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(0) @Max(3_600_000)
  NOTIFICATION_DELIVERY_MS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(0) @Max(3_600_000)
  STOCK_STATUS_DRAIN_MS?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(0) @Max(1_000_000)
  STOCK_STATUS_READ_REFRESH_LIMIT?: number;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^[a-z0-9._-]{3,60}$/, {
    message: 'ADMIN_USERNAME must be 3 to 60 lowercase letters, digits, dots, dashes or underscores',
  })
  ADMIN_USERNAME?: string;

  @IsOptional() @Transform(emptyToUndefined) @IsString() @MinLength(10, {
    message: 'ADMIN_PASSWORD must be at least 10 characters long',
  }) @MaxLength(128)
  ADMIN_PASSWORD?: string;
}

export type PointTypeName = (typeof POINT_TYPES)[number];

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  databaseUrl?: string;
  /**
   * Streaming replicas that reports, lists and exports read from while their figures are at most `maxLagMs` old
   * (ReadDatabase); their lag is checked every `checkMs`. None: everything reads from the primary.
   */
  replicas: { urls: string[]; maxLagMs: number; checkMs: number };
  /** The role the service connects as (owns nothing); unset = `pasokan_app`, made at start-up by the owner. */
  appDatabaseUrl?: string;
  embeddedPostgres: { dataDir: string; port: number };
  /** undefined = automatic: on with the embedded database outside production. */
  demoData?: boolean;
  /** `secret` undefined: main.ts uses the random secret stored in `secretFile` (made on first start). */
  jwt: { secret?: string; secretFile: string; expiresInSeconds: number };
  /** Failed logins allowed per username and address, and per username from every address (see LoginThrottle). */
  loginRateLimit: { limit: number; windowSeconds: number; accountLimit: number; accountWindowSeconds: number };
  /** Proxies whose X-Forwarded-For is believed (Express `trust proxy`); none by default. */
  trustedProxies: string[];
  /** A device session (refresh token) ends after this many days without a refresh. */
  deviceSessionIdleDays: number;
  /** true = reflect any origin, false = CORS off, or a list of allowed origins. */
  corsOrigins: boolean | string[];
  bodyLimit: string;
  /** The sync endpoint's own limit: a batch of up to 500 movements captured offline. */
  syncBodyLimit: string;
  logLevel: string;
  /** The built field app, served at `/`. */
  webDistDir: string;
  restrictedPointTypes: string[];
  /** Point types where full sharps containers are destroyed (an incinerator, a needle destroyer, or a licensed waste carrier's pick-up). */
  sharpsDestructionPointTypes: string[];
  bootstrapAdmin?: { username: string; password: string };
  /** The daily scan (expiries and stock status): off in tests unless asked for. */
  dailyScan: { enabled: boolean; cron: string; timeZone: string };
  /** Complete months the average monthly consumption looks back over. */
  amcMonths: number;
  /** Days of history a point and product need before their own consumption is extrapolated to a month. */
  minHistoryDays: number;
  /** How many days before the point's local today a movement may be dated (offline devices send late). */
  backdatingDays: number;
  /** Needle-syringe units per contact above which a distribution says why (aboveCapReason). */
  needlesPerContactCap: number;
  /** Crash tests only; honoured only with NODE_ENV=test. */
  faultInjection: boolean;
  /** The longest a request may run: then it answers 503 and its database statement is cancelled. */
  requestTimeoutMs: number;
  /** After SIGTERM, how long requests in flight may finish before the process stops anyway. */
  shutdownTimeoutMs: number;
  /** Days after which a request not decided, an approved request not shipped, a shipment not received, is overdue. */
  overdue: { decisionDays: number; shippingDays: number; transitDays: number };
  /**
   * Notifications leaving the app: e-mail over SMTP (off without `smtpUrl`), the district officers' daily digest (in
   * the daily scan's time zone), and how often the delivery worker sends mail and webhooks (0 = never on its own).
   */
  delivery: { smtpUrl?: string; mailFrom: string; digestCron: string; intervalMs: number };
  /**
   * The shortage figures (`stock_status`) are kept current in the background every `drainMs` (0 = never on its own:
   * then every reader brings its own scope up to date first, whatever its size). With the drain on, a reader still
   * recomputes its scope inline when at most `readRefreshLimit` of its points wait, and otherwise reads the kept
   * figures and says how many points wait.
   */
  stockStatus: { drainMs: number; readRefreshLimit: number };
  /** How the monthly figures map to DHIS2 data elements and org units; absent: the DHIS2 export is off. */
  dhis2Mapping?: Dhis2Mapping;
}

export class ConfigurationError extends Error {}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

function parseDuration(text: string): number {
  return Number(text.slice(0, -1)) * UNIT_SECONDS[text.slice(-1)];
}

function parseCors(text: string | undefined): boolean | string[] {
  if (text === undefined || text.trim() === '') return false;
  if (text.trim() === '*') return true;
  return text.split(',').map((origin) => origin.trim()).filter(Boolean);
}

/**
 * Reads and validates the environment. Throws a ConfigurationError naming every bad variable, so a wrong setting
 * stops the service at boot rather than at the first request that needs it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const vars = plainToInstance(EnvironmentVariables, { ...env }, { excludeExtraneousValues: false });
  const errors = validateSync(vars, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((error) => {
      const messages = Object.values(error.constraints ?? {}).join('; ');
      return `  ${error.property}: ${messages}`;
    });
    throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
  }

  const nodeEnv = (vars.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  if (nodeEnv === 'production' && vars.JWT_SECRET === undefined) {
    throw new ConfigurationError(
      'Invalid configuration:\n  JWT_SECRET: must be set to your own secret when NODE_ENV=production (at least 16 characters)',
    );
  }
  if ((vars.ADMIN_USERNAME === undefined) !== (vars.ADMIN_PASSWORD === undefined)) {
    throw new ConfigurationError('Invalid configuration:\n  ADMIN_USERNAME and ADMIN_PASSWORD must be set together');
  }

  // DHIS2_MAPPING_FILE, or the demo mapping when `npm start` runs with demo data (development, embedded database).
  const demoByDefault = vars.DEMO_DATA ?? (vars.DATABASE_URL === undefined && nodeEnv === 'development');
  const dhis2MappingFile = vars.DHIS2_MAPPING_FILE ?? (demoByDefault && nodeEnv === 'development' ? DEMO_DHIS2_MAPPING_FILE : undefined);
  let dhis2Mapping: Dhis2Mapping | undefined;
  if (dhis2MappingFile !== undefined) {
    try {
      dhis2Mapping = readDhis2Mapping(resolve(dhis2MappingFile));
    } catch (error) {
      throw new ConfigurationError(`Invalid configuration:\n  ${(error as Error).message}`);
    }
  }

  return {
    nodeEnv,
    // Only this machine by default: serving the network is a choice (HOST=0.0.0.0, as the Docker image does).
    host: vars.HOST ?? '127.0.0.1',
    port: vars.PORT ?? 3000,
    databaseUrl: vars.DATABASE_URL,
    appDatabaseUrl: vars.APP_DATABASE_URL,
    replicas: {
      urls: (vars.DATABASE_REPLICA_URLS ?? '').split(',').map((entry) => entry.trim()).filter(Boolean),
      maxLagMs: vars.REPLICA_MAX_LAG_MS ?? 10_000,
      checkMs: vars.REPLICA_CHECK_MS ?? 1_000,
    },
    embeddedPostgres: {
      dataDir: resolve(vars.EMBEDDED_PG_DIR ?? '.data/postgres'),
      port: vars.EMBEDDED_PG_PORT ?? 5433,
    },
    demoData: vars.DEMO_DATA,
    jwt: {
      secret: vars.JWT_SECRET ?? (nodeEnv === 'test' ? TEST_JWT_SECRET : undefined),
      secretFile: resolve(JWT_SECRET_FILE),
      expiresInSeconds: parseDuration(vars.JWT_EXPIRES_IN ?? '8h'),
    },
    loginRateLimit: {
      limit: vars.LOGIN_RATE_LIMIT ?? 10,
      windowSeconds: vars.LOGIN_RATE_WINDOW_SECONDS ?? 60,
      accountLimit: vars.LOGIN_ACCOUNT_LIMIT ?? 30,
      accountWindowSeconds: vars.LOGIN_ACCOUNT_WINDOW_SECONDS ?? 900,
    },
    trustedProxies: (vars.TRUSTED_PROXIES ?? '').split(',').map((entry) => entry.trim()).filter(Boolean),
    deviceSessionIdleDays: vars.DEVICE_SESSION_IDLE_DAYS ?? 90,
    corsOrigins: parseCors(vars.CORS_ORIGINS),
    bodyLimit: vars.BODY_LIMIT ?? '1mb',
    syncBodyLimit: vars.SYNC_BODY_LIMIT ?? '10mb',
    logLevel: vars.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    webDistDir: resolve(vars.WEB_DIST_DIR ?? 'web/dist'),
    restrictedPointTypes: (vars.RESTRICTED_POINT_TYPES ?? 'puskesmas,hospital,district_health_office').split(','),
    sharpsDestructionPointTypes: (vars.SHARPS_DESTRUCTION_POINT_TYPES ?? 'puskesmas,hospital,district_health_office').split(','),
    dailyScan: {
      enabled: vars.DAILY_SCAN_ENABLED ?? nodeEnv !== 'test',
      cron: vars.DAILY_SCAN_CRON ?? '0 1 * * *',
      timeZone: vars.DAILY_SCAN_TIME_ZONE ?? 'Asia/Jakarta',
    },
    amcMonths: vars.AMC_MONTHS ?? 3,
    minHistoryDays: vars.MIN_HISTORY_DAYS ?? 30,
    backdatingDays: vars.BACKDATING_DAYS ?? 45,
    needlesPerContactCap: vars.NEEDLES_PER_CONTACT_CAP ?? 50,
    faultInjection: nodeEnv === 'test' && (vars.FAULT_INJECTION ?? false),
    requestTimeoutMs: vars.REQUEST_TIMEOUT_MS ?? 30_000,
    shutdownTimeoutMs: vars.SHUTDOWN_TIMEOUT_MS ?? 10_000,
    overdue: {
      decisionDays: vars.REQUEST_DECISION_DAYS ?? 3,
      shippingDays: vars.REQUEST_SHIPPING_DAYS ?? 7,
      transitDays: vars.SHIPMENT_TRANSIT_DAYS ?? 14,
    },
    dhis2Mapping,
    delivery: {
      smtpUrl: vars.SMTP_URL,
      mailFrom: vars.MAIL_FROM ?? 'pasokan <pasokan@localhost>',
      digestCron: vars.DIGEST_CRON ?? '0 7 * * *',
      intervalMs: vars.NOTIFICATION_DELIVERY_MS ?? (nodeEnv === 'test' ? 0 : 15_000),
    },
    stockStatus: {
      drainMs: vars.STOCK_STATUS_DRAIN_MS ?? (nodeEnv === 'test' ? 0 : 2_000),
      readRefreshLimit: vars.STOCK_STATUS_READ_REFRESH_LIMIT ?? 200,
    },
    bootstrapAdmin:
      vars.ADMIN_USERNAME && vars.ADMIN_PASSWORD
        ? { username: vars.ADMIN_USERNAME, password: vars.ADMIN_PASSWORD }
        : undefined,
  };
}

/** Demo data is loaded when asked for, or by default with the embedded database outside production. */
export function demoDataEnabled(config: AppConfig): boolean {
  if (config.demoData !== undefined) return config.demoData;
  return config.databaseUrl === undefined && config.nodeEnv !== 'production';
}

export const APP_CONFIG = Symbol('APP_CONFIG');
