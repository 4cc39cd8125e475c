import { describe, expect, inject, it } from 'vitest';

import { violationsInBothThemes } from '../support/accessibility';
import { openTab, sharedBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true };

describe('the roles at a glance, on a phone', () => {
  it('never breaks a goal’s name inside a word, and says the table scrolls', async () => {
    const { page } = await openTab(browser(), phone);
    await page.goto(siteUrl);
    const region = page.getByRole('region', { name: /^The roles side by side/ });
    const goals = region.locator('td a');
    expect(await goals.count()).toBeGreaterThan(0);
    const broken = await goals.evaluateAll((links) =>
      links.filter((link) => new Set([...link.getClientRects()].map((line) => Math.round(line.top))).size > 1).map((link) => link.textContent),
    );
    expect(broken).toEqual([]);
    await expect(region.getByText('Scroll sideways to see every column').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('the pictures and tables, in both themes', () => {
  it.each(['', 'compare/'])('pass WCAG 2.2 AA on /%s on a phone', async (path) => {
    const { page } = await openTab(browser(), phone);
    await page.goto(`${siteUrl}${path}`);
    expect(await violationsInBothThemes(page, `/${path} on a phone`)).toEqual([]);
    await page.close();
  });
});
