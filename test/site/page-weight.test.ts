import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';

import { pageAt, pagesOf, redirectTarget, rootBuild, type BuiltPage } from '../support/site';

/** One TCP round trip's worth of data with a ten-segment initial window. */
const roleHtmlBudget = 14_600;
const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const fileOf = (url: string) => readFileSync(`${rootBuild.outDir}${url}`);

/** The JavaScript a page loads: its script files and the text of its inline scripts. */
function scriptsOf(page: BuiltPage) {
  const document = parse(page.html, { blockTextElements: { script: true } });
  const scripts = document.querySelectorAll('script');
  return {
    files: scripts.map((script) => script.getAttribute('src')).filter((src): src is string => Boolean(src)),
    inline: scripts.filter((script) => !script.getAttribute('src')).map((script) => script.rawText),
  };
}

const stylesheetsOf = (page: BuiltPage) => page.document.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!);

describe('page weight', () => {
  const figures: string[] = [];
  afterAll(() => console.log(`Page weight, gzip level 9:\n${figures.join('\n')}`));

  it(`keeps a role page's HTML within one round trip (${kB(roleHtmlBudget)} gzipped)`, () => {
    const heaviest = pagesOf(rootBuild)
      .filter((page) => page.url.startsWith('/roles/') && page.url !== '/roles/')
      .map((page) => ({ url: page.url, bytes: gzipped(page.html) }))
      .sort((a, b) => b.bytes - a.bytes);
    figures.push(...heaviest.map(({ url, bytes }) => `  ${url.padEnd(32)} HTML ${kB(bytes)}`));
    expect(heaviest[0]!.bytes, `${heaviest[0]!.url} is ${kB(heaviest[0]!.bytes)} gzipped`).toBeLessThanOrEqual(roleHtmlBudget);
  });

  it('ships no JavaScript on a content page beyond what Starlight ships on a plain page', () => {
    // The about page is a plain Starlight Markdown page: no component of ours adds a script to it.
    const starlight = scriptsOf(pageAt(rootBuild, '/about/')!);
    const extra: string[] = [];
    // The search page and the role picker on the compare page are tools, not content: they ship their own script.
    const tools = ['/search/', '/compare/', '/tools/job-decoder/', '/tools/self-check/'];
    // A model page's one small script copies its responsibility matrix as Markdown; nothing else may add one.
    const copyMatrix = (text: string) => text.includes('[data-copy-markdown]');
    // A page a reading path passes through keeps the path after a click within it, with one small script of its own.
    const pathMemory = (text: string) => text.includes('.path-top');
    // An old address's redirect page carries the one line that keeps the link's query and anchor.
    for (const page of pagesOf(rootBuild).filter((built) => !tools.includes(built.url) && !redirectTarget(built))) {
      const scripts = scriptsOf(page);
      const onPath = page.document.querySelector('nav.path-top') !== null;
      expect(scripts.inline.filter(pathMemory), `${page.url} remembers its reading path`).toHaveLength(onPath ? 1 : 0);
      scripts.inline = scripts.inline.filter((text) => !pathMemory(text));
      if (page.url.startsWith('/models/') && page.url !== '/models/')
        expect(scripts.inline.filter(copyMatrix), `${page.url} copies its matrix`).toHaveLength(1);
      scripts.inline = scripts.inline.filter((text) => !(page.url.startsWith('/models/') && copyMatrix(text)));
      extra.push(...scripts.files.filter((file) => !starlight.files.includes(file)).map((file) => `${page.url}: ${file}`));
      extra.push(...scripts.inline.filter((text) => !starlight.inline.includes(text)).map((text) => `${page.url}: inline ${text.slice(0, 60)}`));
    }
    expect(extra).toEqual([]);

    const role = pageAt(rootBuild, '/roles/devops/')!;
    const { files, inline } = scriptsOf(role);
    const js = files.reduce((sum, file) => sum + gzipped(fileOf(file)), 0) + gzipped(inline.join('\n'));
    const css = stylesheetsOf(role).reduce((sum, file) => sum + gzipped(fileOf(file)), 0);
    figures.push(
      `  role page /roles/devops/: HTML ${kB(role.html.length)} raw, ${kB(gzipped(role.html))} gzipped; CSS ${kB(css)}; JS ${kB(js)} (${files.length} files, ${inline.length} inline)`,
    );
  });
});
