import { describe, expect, inject, it } from 'vitest';

import { openTab, sharedBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

describe('a newcomer following a reading path', () => {
  it('sees where they are and what comes next, and nobody else does', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}paths/new-team-member/`);
    // Each click navigates: wait for the new address before reading the page, or a loaded machine reads the old one.
    const first = page.locator('main ol.link-list > li > a').first();
    const firstStep = new URL((await first.getAttribute('href'))!, page.url()).href;
    await first.click();
    await page.waitForURL(firstStep);
    const aside = page.getByRole('complementary', { name: 'Reading path: New team member' });
    await expect(aside.isVisible()).resolves.toBe(true);
    await expect(aside.textContent()).resolves.toMatch(/Step 1 of \d+ in the reading path New team member\. Next: /);
    const next = aside.getByRole('link').nth(1);
    const secondStep = new URL((await next.getAttribute('href'))!, page.url()).href;
    await next.click();
    await page.waitForURL(secondStep);
    await expect(page.getByRole('complementary', { name: 'Reading path: New team member' }).textContent()).resolves.toMatch(/^\s*Step 2 of/);

    await page.goto(`${siteUrl}roles/devops/`);
    await expect(page.getByRole('complementary', { name: 'Reading path: New team member' }).isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints the whole path as one PDF, without the site navigation', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}paths/new-team-member/print/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#starlight__sidebar').isVisible()).resolves.toBe(false);
    await expect(page.locator('.sl-anchor-link').first().isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const steps = await page.locator('article.step').count();
    expect(pageCount).toBeGreaterThan(steps);
    await page.close();
  });
});

describe('sharing a link', () => {
  it('follows an old address of a renamed entry to its new page', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}roles/site-reliability-engineering/`);
    await page.waitForURL(`${siteUrl}roles/sre/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Site Reliability Engineering');
    await page.close();
  });

  it('copies a heading permalink from its anchor link', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}roles/devops/`);
    const anchor = page.locator('a.sl-anchor-link[href="#goals-it-serves"]');
    await expect(anchor.getAttribute('href')).resolves.toBe('#goals-it-serves');
    await anchor.click();
    expect(new URL(page.url()).hash).toBe('#goals-it-serves');
    await page.close();
  });
});

describe('an old link to a renamed entry', () => {
  it('lands on the new address with its query and anchor, without a missing icon', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}roles/site-reliability-engineering/?from=wiki#related-pages`);
    await page.waitForURL(/\/roles\/sre\//);
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe('/roles/sre/?from=wiki#related-pages');
    expect(problems).toEqual([]);
    await page.close();
  });
});
