import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'test/*.test.ts', 'test/eval/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/fast-check-seed.ts'],
  },
});
