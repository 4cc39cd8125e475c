import { describe, expect, inject, it } from 'vitest';

import { openTab, sharedBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

describe('a newcomer following a reading path', () => {
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
    const anchor = page.locator('a.sl-anchor-link[href="#compare-it-with"]');
    await expect(anchor.getAttribute('href')).resolves.toBe('#compare-it-with');
    await anchor.click();
    expect(new URL(page.url()).hash).toBe('#compare-it-with');
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
