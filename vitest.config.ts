import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of pure modules, and browser tests that
// drive Debian Chromium against the built site in dist/ (npm test builds first).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Test files share a worker's module cache, so the geo pipeline
          // (src/geo/layers.ts, memoised in module scope) runs once per worker
          // instead of once per geo test file. Every module here is pure or
          // resets what it touches (DOM tests clear the document after each test).
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machine has two cores and WebGL runs on the CPU.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
