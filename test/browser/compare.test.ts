import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { openTab, sharedBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

const visibleRoleColumns = (page: Page) =>
  page.locator('[data-matrix] thead th[data-role]:visible').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-role')));

describe('comparing any roles', () => {
  it('opens a shared comparison from its address and shows only those roles', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}compare/?roles=devops,sre,platform-engineering`);
    await expect.poll(() => visibleRoleColumns(page)).toEqual(['devops', 'sre', 'platform-engineering']);
    await expect(page.locator('#compare-status').textContent()).resolves.toMatch(
      /^Comparing DevOps, Site Reliability Engineering, Platform Engineering\. All of them take part in: .*Incident response/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets a reader pick roles with the keyboard and keeps the choice in the address', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}compare/`);
    await page.getByLabel('InfraOps', { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('IT Operations', { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Compare', exact: true }).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('roles')).toBe('infraops,it-operations');
    await expect(visibleRoleColumns(page)).resolves.toEqual(['infraops', 'it-operations']);
    await page.close();
  });

  it('ignores an unknown role in the address with a visible note', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}compare/?roles=devops,wizard,sre`);
    await expect.poll(() => page.locator('#compare-status').textContent()).toContain('Ignored 1 unknown role: “wizard”.');
    await expect(visibleRoleColumns(page)).resolves.toEqual(['devops', 'sre']);
    await page.close();
  });

  it('keeps the matrix readable on a phone: the table scrolls, the page does not', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${siteUrl}compare/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('region', { name: 'Who owns, shares or rarely touches each activity' }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
