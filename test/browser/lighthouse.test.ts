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
/**
 * Lighthouse's audits, run on a static site served from this machine. Its default waits for a quiet network and
 * processor (a second each) suit pages that keep loading after the load event; these pages do not, so a quarter of a
 * second is enough. The full-page screenshot only illustrates a report, which this test never shows, so it is not
 * taken. No audit is left out: together these take a third off each run.
 */
const config = {
  extends: 'lighthouse:default',
  settings: { pauseAfterFcpMs: 250, pauseAfterLoadMs: 250, networkQuietThresholdMs: 250, cpuQuietThresholdMs: 250, disableFullPageScreenshot: true },
};

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
    const result = await lighthouse(
      siteUrl + path,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
      config,
    );
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
