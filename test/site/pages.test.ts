import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { pageKinds } from '../../src/knowledge/collections';
import { loadGuide } from '../support/content';
import { pageAt, pagesOf, redirectTarget, rootBuild } from '../support/site';

const { graph, collections } = loadGuide();
const pages = pagesOf(rootBuild);
// Old addresses of renamed entries only redirect; they are checked in public-urls.test.ts.
const contentPages = pages.filter((page) => page.url !== '/404/' && !redirectTarget(page));
const entries = (['sources', 'paths', 'comparisons', ...pageKinds] as const).flatMap((kind) => graph.nodes(kind));

describe('the built guide', () => {
  it.each(entries.map((entry) => [`${entry.kind}/${entry.id}`, entry] as const))('has a page for %s, titled as the entry', (_, entry) => {
    const page = pageAt(rootBuild, `/${entry.kind === 'comparisons' ? 'compare' : entry.kind}/${entry.id}/`);
    expect(page?.document.querySelector('h1')?.text.trim()).toBe(entry.title);
  });

  it('says on every entry page when it was last checked against its sources', () => {
    const dated = (['paths', 'comparisons', ...pageKinds] as const).flatMap((kind) =>
      (collections[kind] as { id: string; data: { reviewed: Date } }[]).map((entry) => ({ kind, id: entry.id, reviewed: entry.data.reviewed })),
    );
    const problems = dated.flatMap(({ kind, id, reviewed }) => {
      const url = `/${kind === 'comparisons' ? 'compare' : kind}/${id}/`;
      const shown = pageAt(rootBuild, url)?.document.querySelector('.reviewed time');
      const day = reviewed.toISOString().slice(0, 10);
      return shown?.getAttribute('datetime') === day && shown.text.includes(String(reviewed.getUTCFullYear())) ? [] : [`${url} does not show ${day}`];
    });
    expect(problems).toEqual([]);
  });

  it('gives every page a title and a meta description', () => {
    const missing = pages.filter(
      (page) =>
        !page.document.querySelector('title')?.text.trim() || !page.document.querySelector('meta[name="description"]')?.getAttribute('content'),
    );
    expect(missing.map((page) => page.url)).toEqual([]);
  });

  it('reaches every page from the home page by following links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const page = pageAt(rootBuild, queue.shift()!);
      for (const anchor of page?.document.querySelectorAll('a[href]') ?? []) {
        const url = new URL(anchor.getAttribute('href')!, `https://guide.test${page!.url}`);
        if (url.host !== 'guide.test' || seen.has(url.pathname) || !pageAt(rootBuild, url.pathname)) continue;
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
    expect(contentPages.map((page) => page.url).filter((url) => !seen.has(url))).toEqual([]);
  });

  it('shows each relation on both pages, each link with its one-line reason', () => {
    const problems: string[] = [];
    for (const page of contentPages) {
      for (const item of page.document.querySelectorAll('.related > li')) {
        const href = item.querySelector('a')?.getAttribute('href') ?? '';
        if (!item.querySelector('.why')?.text.trim()) problems.push(`${page.url}: the link to ${href} has no reason`);
        const target = pageAt(rootBuild, href);
        const linksBack = target?.document.querySelectorAll('.related a').some((a) => a.getAttribute('href')?.split('#')[0] === page.url);
        if (!linksBack) problems.push(`${page.url} links to ${href}, which does not link back`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists the relations in the table of contents of an entry page', () => {
    const devops = pageAt(rootBuild, '/roles/devops/')!;
    const toc = devops.document.querySelectorAll('starlight-toc a').map((a) => a.text.trim());
    expect(toc).toEqual(expect.arrayContaining(['At a glance', 'What goes wrong', 'Goals it serves', 'Factors that shape it', 'Sources']));
  });
});

describe('search', () => {
  // Left out of the index: the search page itself, and the printable paths that repeat other pages.
  const searchable = contentPages.filter((page) => page.url !== '/search/' && !page.url.endsWith('/print/'));

  it('indexes every page of the guide with Pagefind', () => {
    const index = JSON.parse(readFileSync(`${rootBuild.outDir}/pagefind/pagefind-entry.json`, 'utf8'));
    const pageCount = Object.values(index.languages as Record<string, { page_count: number }>).reduce(
      (sum, language) => sum + language.page_count,
      0,
    );
    expect(pageCount).toBe(searchable.length);
    expect(searchable.filter((page) => !page.html.includes('data-pagefind-body')).map((page) => page.url)).toEqual([]);
  });

  it('tells search the kind of every page, so results can be filtered by it', () => {
    const kindOf = (url: string) =>
      pageAt(rootBuild, url)?.document.querySelector('[data-pagefind-filter^="kind:"]')?.getAttribute('data-pagefind-filter');
    expect(kindOf('/roles/sre/')).toBe('kind:Role');
    expect(kindOf('/factors/partners/')).toBe('kind:Company context factor');
    expect(kindOf('/sources/dora-2018/')).toBe('kind:Source');
    expect(kindOf('/roles/')).toBe('kind:Guide page');
    expect(searchable.filter((page) => !kindOf(page.url)).map((page) => page.url)).toEqual([]);
  });
});
