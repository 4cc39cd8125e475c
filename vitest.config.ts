import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'knowledge', include: ['test/knowledge/**/*.test.ts', 'test/content/**/*.test.ts', 'test/search/**/*.test.ts', 'test/tools/**/*.test.ts'] } },
      {
        extends: true,
        // Builds and serves the site once, at the root and under a base path, for every suite that reads the output.
        test: { name: 'site', include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts'], globalSetup: ['test/setup/build-site.ts'] },
      },
    ],
  },
});
