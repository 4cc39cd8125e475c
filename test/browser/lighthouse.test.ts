import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const siteUrl = inject('siteUrl');

/** One page of each template a reader meets. */
const templates = {
  home: '',
  'collection index': 'roles/',
  role: 'roles/devops/',
  goal: 'goals/deliver-more-often/',
  factor: 'factors/partners/',
  sources: 'sources/',
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

let chrome: chromeLauncher.LaunchedChrome;
beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(() => {
  chrome.kill();
});

// Accessibility, best practices and SEO are properties of the page: one run decides them. Performance is a timing on
// a shared machine, so it is reported for the record and never decides pass or fail.
describe('Lighthouse', () => {
  const rows: string[] = [];
  afterAll(() => console.log(`Lighthouse (performance, accessibility, best practices, SEO):\n${rows.join('\n')}`));

  it.each(Object.entries(templates))('scores the %s template 100 for accessibility, best practices and SEO', async (template, path) => {
    const result = await lighthouse(siteUrl + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    const lhr = result!.lhr;
    const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
    rows.push(`  ${template.padEnd(17)} ${scores.join(' / ')}`);
    const failedAudits = categories
      .filter((category) => category !== 'performance')
      .flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
          .filter(({ ref, audit }) => ref.weight > 0 && audit?.score !== null && (audit?.score ?? 1) < 1)
          .map(({ audit }) => `${category}: ${audit?.id} ${audit?.title}`),
      );
    expect(failedAudits).toEqual([]);
    expect({ accessibility: scores[1], bestPractices: scores[2], seo: scores[3] }).toEqual({ accessibility: 100, bestPractices: 100, seo: 100 });
  });
});
