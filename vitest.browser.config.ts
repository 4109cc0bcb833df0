import { defineConfig } from 'vitest/config';

/** Browser suites: the built extension in Debian's Chromium and Firefox, one file at a time. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
