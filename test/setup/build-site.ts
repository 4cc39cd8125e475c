import { astroBuild } from '../support/astro';
import { builds } from '../support/site';

/** Builds the guide at the root and under a base path, as a static host would serve each. */
export default function buildSite() {
  for (const build of builds) {
    const { ok, output } = astroBuild({ outDir: build.outDir, env: { SITE: 'https://ops-atlas.example', BASE: build.base } });
    if (!ok) throw new Error(`The ${build.name} build failed:\n${output}`);
  }
}
