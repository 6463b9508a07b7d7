/**
 * Jest runs the TypeScript sources through SWC. NestJS 12 ships ESM only, so its packages are compiled to CommonJS
 * for the test run (Jest cannot require ESM on Node 20); add any other ESM-only dependency a test loads to
 * transformIgnorePatterns.
 */
const swc = (module) => [
  '@swc/jest',
  {
    swcrc: false,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module,
  },
];

/**
 * The tiers. `npm test` runs all of them; each also runs alone:
 * - unit (`npm run test:unit`): `*.spec.ts`, pure functions, no database, seconds;
 * - integration (`npm run test:integration`): `test/*.e2e-spec.ts`, the real application on a real PostgreSQL;
 * - slow (`npm run test:slow`): the crash, fuzz, model, race, recovery and responsiveness suites and the browser tests.
 */
const SLOW = ['bad-input', 'crash', 'demo-seed', 'first-start', 'ledger-model', 'races', 'read-replicas', 'recovery', 'responsiveness'];

const common = {
  testEnvironment: 'node',
  rootDir: '.',
  transform: {
    // The embedded PostgreSQL package is ESM using import.meta: keep its dynamic import native. It is loaded only by
    // the global set-up, which runs outside Jest's module sandbox.
    'src/database/embedded-postgres\\.ts$': swc({ type: 'commonjs', ignoreDynamic: true }),
    '^.+\\.(t|j)s$': swc({ type: 'commonjs' }),
  },
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/)'],
};

const withDatabase = {
  ...common,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

module.exports = {
  // A run-wide setting (Jest ignores it inside a project).
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/src', '<rootDir>/test'], testMatch: ['**/*.spec.ts'] },
    {
      ...withDatabase,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['<rootDir>/test/*.e2e-spec.ts'],
      testPathIgnorePatterns: SLOW.map((name) => `/test/${name}\\.e2e-spec\\.ts$`),
    },
    {
      ...withDatabase,
      displayName: 'slow',
      roots: ['<rootDir>/test'],
      testMatch: [...SLOW.map((name) => `<rootDir>/test/${name}.e2e-spec.ts`), '<rootDir>/test/browser/**/*.e2e-spec.ts'],
    },
  ],
};
