import { spawnSync } from 'node:child_process';

/** Runs `astro build` on the project's own Node runtime and returns what a developer would see. */
export function astroBuild(options: { cwd?: string; outDir: string; env?: Record<string, string> }) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', options.outDir], {
    cwd: options.cwd ?? process.cwd(),
    // Vitest sets NODE_ENV=test, which would make Astro build a development flavour of the site.
    env: { ...process.env, NODE_ENV: 'production', ...options.env },
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
