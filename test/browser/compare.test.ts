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

describe('the overlap heat map', () => {
  it('takes a reader who clicks a role’s heading to that role', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}compare/`);
    await page.locator('[data-heat-map] thead').getByRole('link', { name: 'SRE', exact: true }).click();
    await page.waitForURL(/\/roles\/sre\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Site Reliability Engineering');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes a reader who clicks a count to the comparison of that pair', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}compare/`);
    await page.getByRole('link', { name: /^\d+ shared by DevOps and SRE$/ }).click();
    await page.waitForURL(/\/compare\/devops-vs-sre\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('DevOps vs Site Reliability Engineering');
    await page.close();
  });
});

describe('wide tables on a phone', () => {
  it('keep the activity in view while the roles scroll past, and say that they scroll', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${siteUrl}compare/`);
    const region = page.getByRole('region', { name: 'Who owns, shares or rarely touches each activity' });
    await expect(region.getByText('Scroll sideways to see every role').isVisible()).resolves.toBe(true);
    await region.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(100);
    const regionBox = (await region.boundingBox())!;
    const firstColumn = (await region.getByRole('rowheader', { name: 'Incident response' }).boundingBox())!;
    expect(Math.abs(firstColumn.x - regionBox.x)).toBeLessThanOrEqual(1);
    const lastRole = (await region.getByRole('columnheader').last().boundingBox())!;
    expect(lastRole.x + lastRole.width).toBeLessThanOrEqual(regionBox.x + regionBox.width + 1);
    await page.close();
  });

  it('scroll from the keyboard: the region takes focus and the arrow keys move it', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${siteUrl}compare/`);
    const region = page.getByRole('region', { name: /^How many of the \d+ activities both roles own or share/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('wide tables on a laptop', () => {
  it('do not claim to scroll when every column fits', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 1366, height: 768 } });
    await page.goto(`${siteUrl}compare/`);
    const region = page.getByRole('region', { name: /^How many of the \d+ activities both roles own or share/ });
    expect(await region.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
    await expect(region.getByText('Scroll sideways to see every role').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
