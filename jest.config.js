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

module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    // The embedded PostgreSQL package is ESM using import.meta: keep its dynamic import native. It is loaded only by
    // the global set-up, which runs outside Jest's module sandbox.
    'src/database/embedded-postgres\\.ts$': swc({ type: 'commonjs', ignoreDynamic: true }),
    '^.+\\.(t|j)s$': swc({ type: 'commonjs' }),
  },
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
};
