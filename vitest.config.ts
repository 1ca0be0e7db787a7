import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Two cores: keep the pool small so property tests do not starve each other.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
