import { spawn } from 'node:child_process';

/** Runs `astro build` on the project's own Node runtime and resolves with what a developer would see. */
export function astroBuild(options: {
  cwd?: string;
  outDir: string;
  config?: string;
  env?: Record<string, string>;
}): Promise<{ ok: boolean; output: string }> {
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', options.outDir, ...(options.config ? ['--config', options.config] : [])],
    {
      cwd: options.cwd ?? process.cwd(),
      // Vitest sets NODE_ENV=test, which would make Astro build a development flavour of the site.
      env: { ...process.env, NODE_ENV: 'production', ...options.env },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}
