import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { parse, type HTMLElement } from 'node-html-parser';

/** Where the base-path build says a reader can suggest a change; the root build names none, so both cases are read. */
export const editBaseUrl = 'https://github.com/example/ops-atlas/edit/main/';

/** The two builds the tests read: the guide at a domain's root, and under a sub-path. */
export const builds = [
  { name: 'root', base: '/', outDir: 'dist', env: {} },
  { name: 'base path', base: '/ops-atlas/', outDir: 'dist-base', env: { EDIT_BASE_URL: editBaseUrl } },
] as const;
export const rootBuild = builds[0];

export interface BuiltPage {
  /** The address a reader visits, such as `/ops-atlas/roles/devops/`. */
  url: string;
  file: string;
  html: string;
  document: HTMLElement;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? walk(join(dir, item.name)) : item.name.endsWith('.html') ? [join(dir, item.name)] : [],
  );

const cache = new Map<string, BuiltPage[]>();

/** Every HTML page of a build, parsed once. */
export function pagesOf(build: (typeof builds)[number]): BuiltPage[] {
  const cached = cache.get(build.outDir);
  if (cached) return cached;
  const pages = walk(build.outDir).map((file) => {
    const path = relative(build.outDir, file).replace(/\\/g, '/');
    const url = build.base + path.replace(/index\.html$/, '').replace(/\.html$/, '/');
    const html = readFileSync(file, 'utf8');
    return { url, file, html, document: parse(html) };
  });
  cache.set(build.outDir, pages);
  return pages;
}

/** Where a redirect page sends the reader, for the old address of a renamed entry. */
export const redirectTarget = (page: BuiltPage) => /<meta http-equiv="refresh" content="0; ?url=([^"]+)"/.exec(page.html)?.[1];

/** The page at an address, with or without its `#fragment`. */
export function pageAt(build: (typeof builds)[number], url: string): BuiltPage | undefined {
  const path = url.split('#')[0];
  return pagesOf(build).find((page) => page.url === path);
}
