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
const runsPerTemplate = 3;

let chrome: chromeLauncher.LaunchedChrome;
beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await chrome.kill();
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('Lighthouse', () => {
  const rows: string[] = [];
  afterAll(() => console.log(`Lighthouse, median of ${runsPerTemplate} runs (performance, accessibility, best practices, SEO):\n${rows.join('\n')}`));

  it.each(Object.entries(templates))('scores the %s template', async (template, path) => {
    const scores: Record<(typeof categories)[number], number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
    const failedAudits = new Set<string>();
    for (let run = 0; run < runsPerTemplate; run++) {
      const result = await lighthouse(siteUrl + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const lhr = result!.lhr;
      for (const category of categories) {
        scores[category].push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
        if (category === 'performance') continue;
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit?.score !== null && (audit?.score ?? 1) < 1) failedAudits.add(`${category}: ${audit?.id} ${audit?.title}`);
        }
      }
    }
    const medians = categories.map((category) => median(scores[category]));
    rows.push(`  ${template.padEnd(17)} ${medians.join(' / ')}   (performance runs: ${scores.performance.join(', ')})`);
    expect([...failedAudits]).toEqual([]);
    expect({ accessibility: medians[1], bestPractices: medians[2], seo: medians[3] }).toEqual({ accessibility: 100, bestPractices: 100, seo: 100 });
    // Performance is a timing on a shared machine: the goal is 100, the gate is 90.
    expect(medians[0]).toBeGreaterThanOrEqual(90);
  }, 240_000);
});
