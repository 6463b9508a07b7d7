import { ConfigurationError, demoDataEnabled, loadConfig, TEST_JWT_SECRET } from './app-config';

describe('configuration from the environment', () => {
  it('works with no variables at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, nodeEnv: 'development', bodyLimit: '1mb', corsOrigins: false });
    expect(config.jwt).toEqual({ secret: undefined, secretFile: expect.stringMatching(/\.data\/jwt-secret$/), expiresInSeconds: 8 * 3600 });
    expect(config.databaseUrl).toBeUndefined();
    expect(demoDataEnabled(config)).toBe(true);
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', JWT_EXPIRES_IN: 'forever', DATABASE_URL: 'mysql://x' })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/PORT[\s\S]*DATABASE_URL[\s\S]*JWT_EXPIRES_IN/) }),
    );
  });

  it('has no public token secret and listens on this machine only unless told otherwise', () => {
    // No JWT_SECRET: main.ts uses a random secret stored in the data folder (never a secret written in the code).
    expect(loadConfig({}).jwt.secret).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test' }).jwt.secret).toBe(TEST_JWT_SECRET);
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('refuses to start in production without a JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigurationError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-of-some-length' }).nodeEnv).toBe('production');
  });

  it('turns demo data off in production and with an external database unless asked', () => {
    expect(demoDataEnabled(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-of-some-length' }))).toBe(false);
    expect(demoDataEnabled(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }))).toBe(false);
    expect(demoDataEnabled(loadConfig({ DATABASE_URL: 'postgres://u@h/db', DEMO_DATA: 'true' }))).toBe(true);
  });

  it('reads lists, durations and switches', () => {
    const config = loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', JWT_EXPIRES_IN: '30m', DEMO_DATA: 'off' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.jwt.expiresInSeconds).toBe(1800);
    expect(config.demoData).toBe(false);
    expect(() => loadConfig({ RESTRICTED_POINT_TYPES: 'puskesmas,warehouse' })).toThrow(/RESTRICTED_POINT_TYPES/);
  });

  it('needs the bootstrap administrator name and password together', () => {
    expect(() => loadConfig({ ADMIN_USERNAME: 'root-admin' })).toThrow(/ADMIN_USERNAME and ADMIN_PASSWORD/);
    expect(loadConfig({ ADMIN_USERNAME: 'root-admin', ADMIN_PASSWORD: 'long-enough-pass' }).bootstrapAdmin).toEqual({
      username: 'root-admin',
      password: 'long-enough-pass',
    });
  });
});

describe('figures and deadlines', () => {
  it('looks back three complete months for AMC and has overdue deadlines by default', () => {
    const config = loadConfig({});
    expect(config.amcMonths).toBe(3);
    expect(config.overdue).toEqual({ decisionDays: 3, shippingDays: 7, transitDays: 14 });
    expect(loadConfig({ AMC_MONTHS: '6', SHIPMENT_TRANSIT_DAYS: '30' })).toMatchObject({ amcMonths: 6, overdue: expect.objectContaining({ transitDays: 30 }) });
    expect(() => loadConfig({ AMC_MONTHS: '0' })).toThrow(/AMC_MONTHS/);
  });
});

describe('expiry scan settings', () => {
  it('runs daily at 01:00 Asia/Jakarta by default, not in tests, and refuses a malformed schedule', () => {
    expect(loadConfig({}).dailyScan).toEqual({ enabled: true, cron: '0 1 * * *', timeZone: 'Asia/Jakarta' });
    expect(loadConfig({ NODE_ENV: 'test' }).dailyScan.enabled).toBe(false);
    expect(() => loadConfig({ DAILY_SCAN_CRON: 'every night' })).toThrow(/DAILY_SCAN_CRON/);
    expect(() => loadConfig({ DAILY_SCAN_TIME_ZONE: 'Europe/Paris' })).toThrow(/DAILY_SCAN_TIME_ZONE/);
  });
});

describe('the DHIS2 mapping', () => {
  it('uses the demo mapping only with demo data in development, and none in tests or production', () => {
    expect(loadConfig({}).dhis2Mapping?.dataSet).toBe('DsPasokan01');
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/pasokan' }).dhis2Mapping).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test' }).dhis2Mapping).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-1234' }).dhis2Mapping).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test', DHIS2_MAPPING_FILE: 'config/dhis2-mapping.demo.json' }).dhis2Mapping?.dataElements.length).toBeGreaterThan(0);
  });

  it('stops the service at start-up when the mapping file is missing or wrong, saying where', () => {
    expect(() => loadConfig({ DHIS2_MAPPING_FILE: 'no-such-mapping.json' })).toThrow(/DHIS2_MAPPING_FILE \S*no-such-mapping.json cannot be read as JSON/);
    expect(() => loadConfig({ DHIS2_MAPPING_FILE: 'package.json' })).toThrow(ConfigurationError);
    expect(() => loadConfig({ DHIS2_MAPPING_FILE: 'package.json' })).toThrow(/must have required property 'orgUnits'/);
  });
});

describe('notification delivery', () => {
  it('sends no e-mail unless SMTP_URL is set, and checks the addresses', () => {
    expect(loadConfig({}).delivery).toEqual({ smtpUrl: undefined, mailFrom: 'pasokan <pasokan@localhost>', digestCron: '0 7 * * *', intervalMs: 15_000 });
    expect(loadConfig({ NODE_ENV: 'test' }).delivery.intervalMs).toBe(0);
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465', MAIL_FROM: 'Dinkes <dinkes@example.go.id>' }).delivery).toMatchObject({ smtpUrl: 'smtps://u:p@mail.example.org:465', mailFrom: 'Dinkes <dinkes@example.go.id>' });
    expect(() => loadConfig({ SMTP_URL: 'mail.example.org' })).toThrow(/SMTP_URL must look like smtp:/);
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM must be an address/);
    expect(() => loadConfig({ NOTIFICATION_DELIVERY_MS: '-1' })).toThrow(/NOTIFICATION_DELIVERY_MS/);
  });
});

describe('stock status drain', () => {
  it('drains in the background every 2 s outside tests, and lets a reader refresh at most 200 waiting points itself', () => {
    expect(loadConfig({}).stockStatus).toEqual({ drainMs: 2_000, readRefreshLimit: 200 });
    expect(loadConfig({ NODE_ENV: 'test' }).stockStatus.drainMs).toBe(0);
    expect(loadConfig({ STOCK_STATUS_DRAIN_MS: '500', STOCK_STATUS_READ_REFRESH_LIMIT: '0' }).stockStatus).toEqual({ drainMs: 500, readRefreshLimit: 0 });
    expect(() => loadConfig({ STOCK_STATUS_DRAIN_MS: '-1' })).toThrow(/STOCK_STATUS_DRAIN_MS/);
    expect(() => loadConfig({ STOCK_STATUS_DRAIN_MS: '1.5' })).toThrow(/STOCK_STATUS_DRAIN_MS/);
    expect(() => loadConfig({ STOCK_STATUS_READ_REFRESH_LIMIT: 'many' })).toThrow(/STOCK_STATUS_READ_REFRESH_LIMIT/);
  });
});
