import { defineConfig } from 'vitest/config';

/** Unit tests of the field app (outbox, FEFO, formatting, translations): `npm run test:web`. */
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
