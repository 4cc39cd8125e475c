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
      // The footer's first date, beside the day the page last changed (page-dates.test.ts).
      const shown = pageAt(rootBuild, url)?.document.querySelector('footer .page-dates time');
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

  it('names each page once in its browser tab, never "Ops Atlas | Ops Atlas"', () => {
    const repeated = pages
      .map((page) => ({ url: page.url, title: page.document.querySelector('title')?.text.trim() ?? '' }))
      .filter(({ title }) => new Set(title.split(' | ')).size < title.split(' | ').length);
    expect(repeated).toEqual([]);
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
        // A finding is an entry on the ledger page, under its own anchor; the entry itself links back.
        const anchor = href.split('#')[1];
        const entry = anchor ? target?.document.querySelector(`[id="${anchor}"]`)?.closest('article') : undefined;
        // A role names the titles that only sometimes mean it without the reason, which the title's page gives.
        const linksBack = (
          entry ? entry.querySelectorAll('a') : (target?.document.querySelectorAll('.related a, .related-names a, .related-compact a') ?? [])
        ).some((a) => a.getAttribute('href')?.split('#')[0] === page.url);
        if (!linksBack) problems.push(`${page.url} links to ${href}, which does not link back`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists what an entry page says in its table of contents, and its related pages as one entry', () => {
    const devops = pageAt(rootBuild, '/roles/devops/')!;
    const toc = devops.document.querySelectorAll('starlight-toc a').map((a) => a.text.trim());
    expect(toc).toEqual(expect.arrayContaining(['At a glance', 'What goes wrong', 'Compare it with', 'Related pages']));
    expect(toc).not.toContain('Goals it serves');
    const related = devops.document.querySelectorAll('dl.related-compact dt').map((label) => label.text.trim());
    expect(related).toEqual(expect.arrayContaining(['Titles that often mean this role', 'Goals it serves', 'Factors that shape it', 'Sources']));
  });
});

describe('the job titles', () => {
  const titles = collections.titles;

  it('gives every title its own page that opens with the roles it means, strongest first, each with when', () => {
    expect(titles.length).toBeGreaterThanOrEqual(16);
    const rank = { usually: 0, often: 1, sometimes: 2 };
    for (const title of titles) {
      const page = pageAt(rootBuild, `/titles/${title.id}/`)!;
      const items = page.document.querySelectorAll('ul[data-title-roles] > li');
      const shown = items.map((item) => ({
        href: item.querySelector('a')?.getAttribute('href'),
        why: item.querySelector('.why')?.text.trim() ?? '',
      }));
      expect(
        shown.map((item) => item.href),
        title.id,
      ).toEqual([...title.data.means].sort((a, b) => rank[a.strength] - rank[b.strength]).map((link) => `/roles/${link.role.id}/`));
      expect(shown[0]!.why, title.id).toMatch(/^Usually: when /);
      const sections = page.document.querySelectorAll('h2').map((heading) => heading.text.trim());
      expect(sections, title.id).toEqual(
        expect.arrayContaining(['Questions to ask the hiring manager', 'Seniority steps', 'Certifications adverts ask for']),
      );
    }
  });

  it('names on each role page the titles that usually or often mean it, and apart those that sometimes do', () => {
    for (const role of collections.roles) {
      const page = pageAt(rootBuild, `/roles/${role.id}/`)!;
      // Names only: each title's page says when it means the role, and the role stays within one round trip.
      const listed = page.document.querySelectorAll('dt#titles-that-often-mean-this-role + dd a').map((a) => a.getAttribute('href'));
      const named = page.document.querySelectorAll('dt#titles-that-sometimes-mean-it + dd a').map((a) => a.getAttribute('href'));
      const expected = (strengths: string[]) =>
        titles.flatMap((title) =>
          title.data.means.filter((link) => link.role.id === role.id && strengths.includes(link.strength)).map((link) => ({ title, link })),
        );
      expect(listed.sort(), role.id).toEqual(
        expected(['usually', 'often'])
          .map(({ title }) => `/titles/${title.id}/`)
          .sort(),
      );
      expect(named.sort(), role.id).toEqual(
        expected(['sometimes'])
          .map(({ title }) => `/titles/${title.id}/`)
          .sort(),
      );
    }
  });

  it('says on the glossary page of each -Ops word whether it is a job title, a practice or a product category', () => {
    for (const term of ['aiops', 'dataops', 'gitops', 'chatops', 'noops', 'bizdevops', 'mlops', 'finops']) {
      const line = pageAt(rootBuild, `/glossary/${term}/`)?.document.querySelector('.what-it-is')?.text.trim() ?? '';
      expect(line, term).toMatch(/^Job title, practice or product\? (A job title|A practice|A product category)\b.{20,}/);
    }
    expect(pageAt(rootBuild, '/glossary/aiops/')?.document.querySelector('.what-it-is')?.text).toContain('A product category and a practice.');
  });

  it('gives the hiring-manager path title steps and an advert outline for every role', () => {
    const path = pageAt(rootBuild, '/paths/hiring-manager/')!;
    const steps = path.document.querySelectorAll('.sl-markdown-content ol.related a, ol.related a').map((a) => a.getAttribute('href')?.split('#')[0]);
    expect(steps.filter((href) => href?.startsWith('/titles/')).length).toBeGreaterThanOrEqual(3);
    const outlines = path.document.querySelectorAll('section[aria-labelledby^="outline-"]');
    const path_ = collections.paths.find((entry) => entry.id === 'hiring-manager')!;
    expect(outlines.map((section) => section.querySelector('h3')?.text.trim())).toEqual(
      path_.data.advertOutlines.map((role) => collections.roles.find((entry) => entry.id === role.id)!.data.title),
    );
    expect(outlines.length).toBe(collections.roles.length);
    for (const outline of outlines) {
      expect(outline.querySelectorAll('.outline-heading').map((heading) => heading.text.trim())).toEqual([
        'Duties to state',
        'Words that make it read as another job',
        'What to leave out',
      ]);
      expect(outline.querySelectorAll('li').length).toBeGreaterThanOrEqual(7);
    }
  });

  it('keeps the sidebar short: one link to the titles index, whose table gives every title its usual role', () => {
    const home = pageAt(rootBuild, '/')!;
    const sidebarLinks = home.document.querySelectorAll('nav[aria-label="Main"] a').map((a) => a.getAttribute('href'));
    expect(sidebarLinks).toContain('/titles/');
    expect(sidebarLinks.filter((href) => href?.startsWith('/titles/') && href !== '/titles/')).toEqual([]);
    const index = pageAt(rootBuild, '/titles/')!;
    const rows = index.document.querySelectorAll('table tbody tr');
    expect(rows.length).toBe(titles.length);
    for (const title of titles) {
      const row = rows.find((candidate) => candidate.querySelector('th a')?.getAttribute('href') === `/titles/${title.id}/`);
      const usual = title.data.means.find((link) => link.strength === 'usually')!;
      expect(row?.querySelectorAll('td')[0]?.querySelector('a')?.getAttribute('href'), title.id).toBe(`/roles/${usual.role.id}/`);
    }
  });
});

describe('search', () => {
  // Left out of the index: the search page itself, and the printable paths that repeat other pages.
  const searchable = contentPages.filter((page) => page.url !== '/search/' && !page.url.endsWith('/print/'));

  it('indexes every page of the guide with Pagefind, and no other', () => {
    const entry = JSON.parse(readFileSync(`${rootBuild.outDir}/pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(searchable.length);
    expect(searchable.filter((page) => !page.html.includes('data-pagefind-body')).map((page) => page.url)).toEqual([]);
    expect(contentPages.filter((page) => page.html.includes('data-pagefind-body') && !searchable.includes(page)).map((page) => page.url)).toEqual([]);
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
