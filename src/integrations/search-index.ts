import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

import { buildIndex, pack, readPage, type IndexedPage } from '../search/index-build';
import { indexFolder } from '../search/index-format';
import { htmlFiles } from './built-pages';

/** A built page's address below the base: `roles/devops/index.html` is `roles/devops/`. */
const pathOf = (file: string) =>
  file
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');

/** Builds the guide's search index from the finished pages, once every page is written. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'ops-atlas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = (await htmlFiles(root)).map((file) => relative(root, file)).sort();
        const pages: IndexedPage[] = [];
        for (const file of files) {
          const page = readPage(await readFile(join(root, file), 'utf8'), pathOf(file));
          if (page) pages.push(page);
        }
        const out = join(root, indexFolder);
        await rm(out, { recursive: true, force: true });
        let bytes = 0;
        for (const [name, content] of buildIndex(pages)) {
          // Compressed here, so a search downloads little on any host; the name is not .gz, which some servers would
          // mark as encoded and the browser would unpack before the page could.
          const packed = pack(content);
          bytes += packed.length;
          await mkdir(dirname(join(out, name)), { recursive: true });
          await writeFile(join(out, name), packed);
        }
        logger.info(
          `Indexed ${pages.length} pages for search (${(bytes / 1000).toFixed(0)} kB compressed) in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
