import { describe, expect, inject, it } from 'vitest';

import { openTab, sharedBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

describe('a reader on a laptop', () => {
  it('goes from the home page to a role through the sidebar, then follows a relation to a goal', async () => {
    const { page, problems } = await openTab(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('What each operations role really does');
    await expect(page.getByRole('table').getByRole('link', { name: 'Platform Engineering' }).isVisible()).resolves.toBe(true);

    await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'DevSecOps', exact: true }).click();
    await page.waitForURL(`${siteUrl}roles/devsecops/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('DevSecOps');

    // A role page names its related pages a section to a line: "Goals it serves: …".
    const goals = page.locator('dl.related-compact dt', { hasText: /^Goals it serves$/ }).locator('+ dd');
    await goals.getByRole('link', { name: 'Increase security' }).click();
    await page.waitForURL(`${siteUrl}goals/increase-security/`);
    const servedBy = page.locator('section', { has: page.getByRole('heading', { name: 'Roles that serve it' }) });
    await expect(servedBy.getByRole('link', { name: 'DevSecOps' }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches to the dark theme and keeps it on the next page', async () => {
    const { page, problems } = await openTab(browser(), { colorScheme: 'light' });
    await page.goto(`${siteUrl}roles/sre/`);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await page.goto(`${siteUrl}goals/`);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches from the header with the keyboard and opens a result', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}about/`);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    const box = dialog.getByRole('searchbox', { name: 'Search the guide' });
    await box.waitFor();
    await expect(box.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('error budget');
    const firstResult = dialog.locator('ol > li > a').first();
    await firstResult.waitFor();
    const title = await firstResult.textContent();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.endsWith('/about/'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title?.trim());
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a reader on a phone', () => {
  it('opens the menu, picks a role and reads it without scrolling sideways', async () => {
    const { page, problems } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(siteUrl);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'IT Operations', exact: true }).click();
    await page.waitForURL(`${siteUrl}roles/it-operations/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('IT Operations');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
