import { describe, expect, inject, it } from 'vitest';

import { axeOnEveryPage, violationsInBothThemes } from '../support/accessibility';
import { inTabs, openTab, sharedBrowser } from '../support/browser';
import { pagesOf, redirectTarget, rootBuild } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();
/** Tabs open at once: the sweep waits on Chromium, not on Node, so two tabs keep both cores busy. */
const tabs = 2;

// An old address of a renamed entry moves on at once; its target is checked in its own right.
const pages = pagesOf(rootBuild).filter((page) => !redirectTarget(page) && page.url !== '/404/');

describe('every page of the guide', () => {
  it(`loads cleanly and meets WCAG 2.2 AA in the light and the dark theme (${pages.length} pages)`, async () => {
    const { results, problems } = await inTabs(
      browser(),
      pages,
      async ({ page }, built) => {
        await page.goto(new URL(built.url.slice(1), siteUrl).href, { waitUntil: 'load' });
        return violationsInBothThemes(page, built.url);
      },
      { tabs, colorScheme: 'light', prepare: ({ page }) => axeOnEveryPage(page) },
    );
    expect(problems).toEqual([]);
    expect(results.flat()).toEqual([]);
  });

  it('answers an unknown address with a 404 page that leads back into the guide and meets WCAG 2.2 AA', async () => {
    const { page } = await openTab(browser());
    const response = await page.goto(`${siteUrl}roles/sysops/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await expect(page.getByRole('link', { name: 'Site Reliability Engineering' }).last().getAttribute('href')).resolves.toBe('/roles/sre/');
    await page.locator('main').getByRole('searchbox', { name: 'Search the guide' }).fill('error budget');
    await page.locator('main').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${siteUrl}search/?q=error+budget`);
    await page.goBack();
    await expect(violationsInBothThemes(page, '404')).resolves.toEqual([]);
    await page.close();
  });
});
