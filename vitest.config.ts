import { defineConfig } from 'vitest/config';

// Timeouts only catch a hang. A slow, shared machine must never fail a test, so they sit far above any real run.
const hangAfterMs = 30 * 60_000;

export default defineConfig({
  test: {
    testTimeout: hangAfterMs,
    hookTimeout: hangAfterMs,
    // expect.poll waits for what a reader waits for; a busy machine may take far longer than the default second.
    expect: { poll: { timeout: 5 * 60_000 } },
    // The default report, then each test file's time, slowest first (test/support/file-times.ts).
    reporters: ['default', './test/support/file-times.ts'],
    // Every test file starts its own browser and reads what it needs, and none mocks a module, so the files of a worker
    // can share one module graph. Isolating them re-imported Playwright, the content loaders and the parsed pages for
    // each file: two thirds of the knowledge tests' time, and more than half that of the site tests that read the build alone.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'knowledge',
          include: ['test/knowledge/**/*.test.ts', 'test/content/**/*.test.ts', 'test/search/**/*.test.ts', 'test/tools/**/*.test.ts'],
        },
      },
      {
        extends: true,
        // Builds and serves the site once, at the root and under a base path, for every suite that reads the output.
        test: { name: 'site', include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts'], globalSetup: ['test/setup/build-site.ts'] },
      },
    ],
  },
});
