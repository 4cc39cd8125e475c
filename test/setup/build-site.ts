import { execFileSync } from 'node:child_process';

import { builds } from '../support/site';

/** Builds the guide at the root and under a base path, as a static host would serve each. */
export default function buildSite() {
  for (const build of builds) {
    execFileSync('npx', ['astro', 'build', '--outDir', build.outDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SITE: 'https://ops-atlas.example', BASE: build.base },
    });
  }
}
