import { defineConfig } from 'vitest/config';

/** Browser suites: the built extension in Debian's Chromium and Firefox, one file at a time. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Browsers on a busy two-core machine: a poll gets ten seconds before it fails.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
