import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests of pure modules, browser tests that drive
// Debian Chromium against the built site in dist/ (npm test builds first),
// and the same site in Firefox and WebKit (test/browsers/).
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
      {
        test: {
          // Firefox and WebKit (issue 17), on an Xvfb display of their own.
          name: 'browsers',
          include: ['test/browsers/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 90_000,
          globalSetup: ['test/browsers/global-setup.ts'],
          // A group of its own, so never beside the Chromium tests: three browsers rendering WebGL
          // on the CPU of a two-core machine at once would make every one of them slow.
          sequence: { groupOrder: 1 },
          // WebKitGTK under Xvfb now and then stops answering its driver (once in about twenty
          // runs here, in a test that takes 5 s otherwise); the driver then says so
          // (test/browsers/engines.ts) and a failed test runs once more, in a new browser.
          // A real failure fails both times.
          retry: 1,
        },
      },
    ],
  },
});
