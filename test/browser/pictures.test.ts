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

describe("the self-check's responsibility matrix, on a phone", () => {
  it('scrolls in its own region, says so and keeps each activity in view', async () => {
    const { page } = await openTab(browser(), phone);
    await page.goto(`${siteUrl}tools/self-check/?company-size=large-enterprise&agile-reach=select-teams&partners=msp-operations`);
    const region = page.getByRole('region', { name: 'Responsibility matrix' });
    const activity = region.locator('tbody th').first();
    await activity.waitFor();
    await expect(region.getByText('Scroll sideways to see every team').isVisible()).resolves.toBe(true);
    await region.evaluate((box) => box.scrollBy({ left: 200 }));
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    // Scrolled, the activity column stays at the region's left edge rather than going with the teams.
    const edge = (await region.boundingBox())!.x;
    await expect.poll(() => activity.boundingBox().then((box) => Math.abs(box!.x - edge))).toBeLessThanOrEqual(1);
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
