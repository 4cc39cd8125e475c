import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { loadGuide } from '../support/content';
import { builds, pageAt, pagesOf, rootBuild } from '../support/site';

const { collections } = loadGuide();
const findings = collections.findings;
const sourceOf = (id: string) => collections.sources.find((source) => source.id === id)!.data;
const ledger = pageAt(rootBuild, '/findings/')!;

describe('the findings page', () => {
  it.each(findings.map((finding) => [finding.id, finding] as const))(
    'shows %s under its own anchor, with its source, locator and year or the day it was checked',
    (id, finding) => {
      const entry = ledger.document.querySelector(`h3[id="${id}"]`)?.closest('article');
      expect(entry, `no entry #${id} on /findings/`).toBeTruthy();
      const text = entry!.text.replace(/\s+/g, ' ');
      expect(text).toContain(finding.data.statement.replace(/\s+/g, ' '));
      expect(entry!.querySelector(`a[href="/sources/${finding.data.source.id}/"]`)?.text).toBe(sourceOf(finding.data.source.id).title);
      expect(text).toContain(finding.data.locator);
      // A changing fact read on a page kept up to date has no year of publication; it shows the day it was checked.
      const source = sourceOf(finding.data.source.id);
      const year = finding.data.year ?? (source.living ? undefined : source.year);
      if (year) expect(text).toContain(String(year));
      else expect(finding.data.checked).toBeDefined();
      if (finding.data.checked) expect(text).toMatch(/Last checked \d{1,2} \w+ \d{4}/);
    },
  );

  it('groups the findings by topic, each topic a heading in the table of contents', () => {
    const topics = ledger.document.querySelectorAll('main h2[id]').map((heading) => heading.text.trim());
    expect(topics.length).toBeGreaterThan(1);
    for (const topic of topics) expect(ledger.document.querySelector('nav[aria-labelledby="starlight__on-this-page"]')?.text).toContain(topic);
  });
});

describe('a page that states a finding', () => {
  const stating = pagesOf(rootBuild).filter((page) => page.document.querySelector('.finding'));

  it('quotes the ledger with a link to its source and to its entry, and every such link lands on an entry', () => {
    expect(stating.length).toBeGreaterThan(10);
    for (const page of stating) {
      for (const quote of page.document.querySelectorAll('.finding')) {
        const [source, entry] = quote.querySelectorAll('.cite a');
        expect(source?.getAttribute('href'), page.url).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
        const anchor = entry?.getAttribute('href')?.match(/^\/findings\/#([a-z0-9-]+)$/)?.[1];
        expect(anchor, `${page.url}: ${quote.text}`).toBeTruthy();
        expect(ledger.document.querySelector(`h3[id="${anchor}"]`), `${page.url} links to #${anchor}`).toBeTruthy();
      }
    }
  });
});

describe('the findings export', () => {
  it.each(builds)('lists every finding with its address on the ledger page ($name build)', (build) => {
    const exported = JSON.parse(readFileSync(`${build.outDir}/api/findings.json`, 'utf8')) as {
      count: number;
      entries: { id: string; url: string; data: { statement: string; source: string; locator: string } }[];
    };
    expect(exported.count).toBe(findings.length);
    const first = exported.entries.find((entry) => entry.id === findings[0]!.id)!;
    expect(new URL(first.url).pathname + new URL(first.url).hash).toBe(`${build.base}findings/#${first.id}`);
    expect(first.data).toMatchObject({
      statement: findings[0]!.data.statement,
      source: findings[0]!.data.source.id,
      locator: findings[0]!.data.locator,
    });
  });
});
