import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser } from '../support/browser';
import { pagesOf, redirectTarget, rootBuild } from '../support/site';

const siteUrl = inject('siteUrl');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(['light', 'dark'] as const)('WCAG 2.2 AA in the %s theme', (theme) => {
  it('finds no violation on any page', async () => {
    const context = await browser.newContext({ colorScheme: theme });
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
