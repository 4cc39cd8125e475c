import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';

import { sharedBrowser } from '../support/browser';
import { jobAdverts } from './job-adverts';
import { pagesOf, redirectTarget, rootBuild } from '../support/site';

const siteUrl = inject('siteUrl');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const browser = sharedBrowser();

describe.each(['light', 'dark'] as const)('WCAG 2.2 AA in the %s theme', (theme) => {
  it('finds no violation on any page', async () => {
    const context = await browser().newContext({ colorScheme: theme });
    const page = await context.newPage();
    const violations: string[] = [];
    // An old address of a renamed entry moves on at once; its target is checked in its own right.
    for (const { url } of pagesOf(rootBuild).filter((page) => !redirectTarget(page))) {
      await page.goto(new URL(url.slice(1), siteUrl).href);
      expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
      const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
      for (const violation of results.violations) {
        const where = violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ');
        violations.push(`${url}: ${violation.id} (${violation.impact}) ${violation.help} at ${where}`);
      }
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 300_000);
});

describe.each(['light', 'dark'] as const)('WCAG 2.2 AA once the tools have answered, in the %s theme', (theme) => {
  it('finds no violation in search results, a comparison, a decoded advert or a self-check result', async () => {
    const context = await browser().newContext({ colorScheme: theme });
    const page = await context.newPage();
    const violations: string[] = [];
    const check = async (label: string) => {
      const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
      violations.push(...results.violations.map((violation) => `${label}: ${violation.id} ${violation.help}`));
    };

    await page.goto(`${siteUrl}search/?q=incident`);
    await page.locator('ol[data-results] > li').first().waitFor();
    await check('search results');

    await page.goto(`${siteUrl}compare/?roles=devops,sre`);
    await page.locator('#compare-status', { hasText: 'Comparing' }).waitFor();
    await check('comparison');

    await page.goto(`${siteUrl}tools/job-decoder/`);
    await page.locator('#advert').fill(jobAdverts[0]!.text);
    await page.getByRole('button', { name: 'Decode' }).click();
    await page.locator('#decoded-advert mark').first().waitFor();
    await check('decoded advert');

    await page.goto(`${siteUrl}tools/self-check/?company-size=mid-size&partners=all-in-house`);
    await page.locator('#self-check-result h3').first().waitFor();
    await check('self-check result');

    await context.close();
    expect(violations).toEqual([]);
  }, 120_000);
});
