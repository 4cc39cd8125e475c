import { existsSync, readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { loadGuide, schemas } from '../support/content';
import { pageAt, pagesOf, redirectTarget, rootBuild } from '../support/site';

const { graph } = loadGuide();
const pages = pagesOf(rootBuild).filter((page) => !redirectTarget(page));
const meta = (page: (typeof pages)[number], key: string) =>
  page.document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('link previews', () => {
  it('give every page a canonical address, Open Graph and Twitter tags, and its own preview image', () => {
    const problems: string[] = [];
    const images = new Set<string>();
    for (const page of pages) {
      const image = meta(page, 'og:image');
      // The not-found page is served at every missing address, so it has no address of its own (public-urls.test.ts).
      const ownAddress = page.url !== '/404/';
      if (ownAddress && !page.document.querySelector('link[rel="canonical"]')) problems.push(`${page.url}: no canonical link`);
      for (const key of ['og:title', 'og:description', ...(ownAddress ? ['og:url'] : []), 'twitter:card', 'og:image:alt'])
        if (!meta(page, key)) problems.push(`${page.url}: no ${key}`);
      if (!image || meta(page, 'twitter:image') !== image) problems.push(`${page.url}: no matching og:image and twitter:image`);
      else if (!existsSync(`${rootBuild.outDir}${new URL(image).pathname}`)) problems.push(`${page.url}: ${image} was not built`);
      else if (images.has(image)) problems.push(`${page.url}: shares its preview image ${image}`);
      if (image) images.add(image);
    }
    expect(problems).toEqual([]);
  });

  it('draws each preview as a whole 1200 × 630 PNG', () => {
    // Drawn by a process of their own (src/knowledge/preview-image.ts): a card handed over half-written would end early.
    const cards = readdirSync(`${rootBuild.outDir}/og`, { recursive: true }).filter((file) => String(file).endsWith('.png'));
    expect(cards.length).toBe(pages.length);
    const problems = cards.flatMap((file) => {
      const png = readFileSync(`${rootBuild.outDir}/og/${String(file)}`);
      const whole = png.subarray(1, 4).toString() === 'PNG' && png.subarray(-8, -4).toString() === 'IEND';
      const size = [png.readUInt32BE(16), png.readUInt32BE(20)].join(' × ');
      return whole && size === '1200 × 630' ? [] : [`og/${String(file)}: ${whole ? size : 'not a whole PNG'}`];
    });
    expect(problems).toEqual([]);
  });

  it('publish a sitemap and a robots.txt that points at it', () => {
    expect(readFileSync(`${rootBuild.outDir}/robots.txt`, 'utf8')).toContain('Sitemap: https://ops-atlas.example/sitemap-index.xml');
    const sitemap = readFileSync(`${rootBuild.outDir}/sitemap-0.xml`, 'utf8');
    expect(sitemap).toContain('<loc>https://ops-atlas.example/roles/devops/</loc>');
  });
});

describe('reading paths', () => {
  const paths = graph.nodes('paths');

  it.each(paths.map((path) => [path.id, path] as const))('%s lists its pages in order, each linking to its place in the path', (id) => {
    const page = pageAt(rootBuild, `/paths/${id}/`)!;
    const steps = page.document.querySelectorAll('main ol.link-list > li > a').map((a) => a.getAttribute('href')!);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const [i, href] of steps.entries()) {
      const [path, anchor] = href.split('#');
      const target = pageAt(rootBuild, path!)!;
      const banner = target.document.getElementById(anchor!);
      expect(banner?.text, href).toContain(`Step ${i + 1} of ${steps.length}`);
      expect(banner?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(steps[i + 1]);
    }
  });

  it.each(paths.map((path) => path.id))('%s prints as one page with a table of contents and every step in order', (id) => {
    const path = pageAt(rootBuild, `/paths/${id}/`)!;
    const print = pageAt(rootBuild, `/paths/${id}/print/`)!;
    const titles = path.document.querySelectorAll('main ol.link-list > li > a').map((a) => a.text.trim());
    expect(print.document.querySelectorAll('nav[aria-labelledby="contents"] li a').map((a) => a.text.trim())).toEqual(titles);
    expect(print.document.querySelectorAll('article.step > h2').map((h) => h.text.trim())).toEqual(titles.map((title, i) => `${i + 1}. ${title}`));
    const ids = print.document.querySelectorAll('[id]').map((element) => element.id);
    expect(ids.filter((element, i) => ids.indexOf(element) !== i)).toEqual([]);
  });
});

describe('data exports', () => {
  const collections = ['roles', 'goals', 'factors', 'enablers', 'activities', 'glossary', 'comparisons', 'paths', 'sources', 'findings'] as const;

  it.each(collections)('/api/%s.json validates against the collection schema and carries the relations', (collection) => {
    const exported = JSON.parse(readFileSync(`${rootBuild.outDir}/api/${collection}.json`, 'utf8'));
    expect(exported.count).toBe(graph.ids(collection).length);
    for (const entry of exported.entries) {
      // Dates (a page's review, a finding's check) leave as days ("2026-11-26"); the schema reads them as dates, as YAML does.
      const data = Object.fromEntries(
        Object.entries(entry.data as Record<string, unknown>).map(([key, value]) =>
          (key === 'reviewed' || key === 'checked') && typeof value === 'string' ? [key, new Date(value)] : [key, value],
        ),
      );
      expect(() => schemas[collection].parse(data), `${collection}/${entry.id}`).not.toThrow();
      expect(entry.relations).toEqual(
        graph.node(collection, entry.id).sections.map((section) => ({ heading: section.heading, links: section.links })),
      );
      expect(entry.url).toMatch(/^https:\/\/ops-atlas\.example\//);
      // Sources and findings carry no review date: a source is a publication, and a finding is checked with its pages.
      if (collection !== 'sources' && collection !== 'findings') expect(entry.reviewed, `${collection}/${entry.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('offers llms.txt with every entry, pair take and finding as a link and its one line', () => {
    const text = readFileSync(`${rootBuild.outDir}/llms.txt`, 'utf8');
    expect(text.startsWith('# Ops Atlas\n\n> ')).toBe(true);
    for (const role of graph.nodes('roles'))
      expect(text).toContain(`- [${role.title}](https://ops-atlas.example/roles/${role.id}/): ${role.summary}`);
    const [take] = graph.nodes('comparisons');
    expect(text).toContain(`- [${take!.title}](https://ops-atlas.example/compare/${take!.id}/): ${take!.summary}`);
    const [finding] = graph.nodes('findings');
    expect(text).toContain(`- [${finding!.title}](https://ops-atlas.example/findings/#${finding!.id}): ${finding!.summary}`);
  });
});

describe('permalinks', () => {
  it('offer a copyable link on every section heading of an entry page', () => {
    const entryPages = pages.filter((page) => /^\/(roles|goals|factors|enablers|activities|glossary)\/[^/]+\/$/.test(page.url));
    const missing = entryPages.flatMap((page) =>
      page.document
        .querySelectorAll('main h2[id]')
        .filter((heading) => !page.document.querySelector(`a.sl-anchor-link[href="#${heading.id}"]`))
        .map((heading) => `${page.url}#${heading.id}`),
    );
    expect(missing).toEqual([]);
  });
});
