import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { stringify } from 'yaml';

import { astroBuild } from './astro';
import { rawGuide } from './fixture';

const root = resolve('.');

/** Writes a file, creating its folder first. */
function writeWithFolder(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * A copy of the project with its own code, content and caches that shares only the dependencies, so builds can run
 * side by side: Astro keeps its content store in `.astro/` and its cache directory, which two builds must not share.
 */
export function scratchProject(name: string, options: { content?: 'guide' | 'tiny' } = {}) {
  // Inside the repository but outside node_modules, where Vite would treat the copy's code as a dependency.
  const scratch = join(root, '.scratch');
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(join(scratch, `${name}-`));
  // The code is copied, not linked: Astro ties a page's styles to it by its real path inside the project.
  for (const own of ['src', 'public', 'tsconfig.json', 'package.json', 'astro.config.mjs'])
    cpSync(join(root, own), join(dir, own), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  // Astro's cache directory defaults to node_modules/.astro and Vite's to node_modules/.vite, which the copies share
  // through the link: two builds optimising Vite's dependencies at once would race to rename the same folder.
  writeFileSync(
    join(dir, 'astro.scratch.mjs'),
    `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.cache', vite: { ...config.vite, cacheDir: './.cache/vite' } };\n`,
  );
  if (options.content === 'tiny') writeTinyGuide(join(dir, 'content'));
  else cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  return {
    dir,
    /** Writes one content file of the copy. */
    write: (path: string, text: string) => writeWithFolder(join(dir, 'content', path), text),
    /** Changes one content file of the copy. */
    edit: (path: string, change: (text: string) => string) =>
      writeFileSync(join(dir, 'content', path), change(readFileSync(join(dir, 'content', path), 'utf8'))),
    /** Builds the copy into `outDir` (relative to the project, not the copy). */
    build: (env: Record<string, string> = {}, outDir = join(dir, 'dist')) =>
      astroBuild({ cwd: dir, outDir: resolve(outDir), config: 'astro.scratch.mjs', env }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The tiny guide of `fixture.ts` as content files, so a build can prove what the schemas and the resolver refuse. */
export function writeTinyGuide(contentDir: string, change?: Parameters<typeof rawGuide>[0]) {
  const raw = rawGuide(change);
  const write = (path: string, text: string) => writeWithFolder(join(contentDir, path), text);
  for (const [kind, entries] of Object.entries(raw)) {
    if (kind === 'bodies') continue;
    if (kind === 'sources') {
      write('sources.yaml', stringify(entries));
      continue;
    }
    for (const [id, data] of Object.entries(entries as Record<string, unknown>)) {
      write(`${kind}/${id}.mdx`, `---\n${stringify(data)}---\n\n${raw['bodies'][id] ?? 'A page of the tiny guide.'}\n`);
    }
  }
  // Served for every missing address; a draft, as in the guide, so it is not also published at /404/.
  write(
    'pages/404.mdx',
    '---\ntitle: Page not found\ndescription: There is no page at this address in the tiny guide.\ntemplate: splash\npagefind: false\ndraft: true\n---\n\nThere is no page at this address.\n',
  );
  write('pages/index.mdx', '---\ntitle: Tiny guide\ndescription: The smallest guide the build accepts.\n---\n\nThe home page of the tiny guide.\n');
}
