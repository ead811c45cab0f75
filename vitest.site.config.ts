import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Checks over the built site in out/: they run after `npm run build` (scripts/run-tests.sh). */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
