import type { TestProject } from 'vitest/node';

import { scratchProject } from '../support/project';
import { serveSite } from '../support/server';
import { builds } from '../support/site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the root build is served, such as http://127.0.0.1:40123/. */
    siteUrl: string;
    /** Where the base-path build is served, such as http://127.0.0.1:40124/ops-atlas/. */
    basePathSiteUrl: string;
  }
}

/** Builds the guide at the root and under a base path, and serves both as a static host would. */
export default async function buildSite(project: TestProject) {
  // Each build runs in its own copy of the project, so the two can run side by side without sharing Astro's caches.
  const started = performance.now();
  await Promise.all(
    builds.map(async (build) => {
      const project = scratchProject(`build-${build.outDir}`);
      const { ok, output } = await project.build({ SITE: 'https://ops-atlas.example', BASE: build.base, ...build.env }, build.outDir);
      project.remove();
      if (!ok) throw new Error(`The ${build.name} build failed:\n${output}`);
    }),
  );
  // Printed beside each file's time (test/support/file-times.ts): the builds come before every site and browser test.
  console.log(`Built the guide at the root and under a base path in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const [root, basePath] = await Promise.all(builds.map((build) => serveSite(build.outDir, build.base)));
  project.provide('siteUrl', root!.url);
  project.provide('basePathSiteUrl', basePath!.url);
  return async () => {
    await Promise.all([root!.close(), basePath!.close()]);
  };
}
