import { describe, expect, it } from 'vitest';

import { builds, pageAt, pagesOf } from '../support/site';
import { existsSync } from 'node:fs';

describe.each(builds)('links on the $name build', (build) => {
  const pages = pagesOf(build);
  const origin = 'https://ops-atlas.example';

  it('resolves every internal link and #anchor to a page and an element on it', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const anchor of page.document.querySelectorAll('a[href]')) {
        const href = anchor.getAttribute('href')!;
        const url = new URL(href, origin + page.url);
        if (url.origin !== origin) continue;
        const target = url.pathname === page.url ? page : pageAt(build, url.pathname);
        // A download, such as a model's matrix as CSV, is a file of the build rather than a page.
        const isFile = /\.[a-z]+$/.test(url.pathname) && existsSync(build.outDir + '/' + url.pathname.slice(build.base.length));
        if (!target && isFile) continue;
        if (!target) {
          broken.push(`${page.url}: ${href} (no such page)`);
        } else if (url.hash && !target.document.getElementById(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page.url}: ${href} (no element with that id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('serves every stylesheet, script and icon a page asks for', () => {
    const missing = new Set<string>();
    for (const page of pages) {
      for (const element of page.document.querySelectorAll('link[href]:not([rel="canonical"]), script[src], img[src]')) {
        const url = new URL(element.getAttribute('href') ?? element.getAttribute('src')!, origin + page.url);
        if (url.origin !== origin) continue;
        if (!url.pathname.startsWith(build.base)) missing.add(`${page.url}: ${url.pathname} (outside ${build.base})`);
        else if (!existsSync(build.outDir + '/' + url.pathname.slice(build.base.length))) missing.add(`${page.url}: ${url.pathname}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
