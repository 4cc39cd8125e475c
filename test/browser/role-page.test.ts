import { describe, expect, inject, it } from 'vitest';

import { loadGuide } from '../support/content';
import { openTab, sharedBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();
const { graph } = loadGuide();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('a role page on a phone', () => {
  it.each(graph.nodes('roles').map((role) => [role.title, role.id]))(
    'opens %s with the role at a glance and its prose on the second screen',
    async (_, id) => {
      const { page, problems } = await openTab(browser(), phone);
      await page.goto(`${siteUrl}roles/${id}/`);
      const glance = page.locator('dl.glance');
      await expect(glance.locator('dt').allTextContents()).resolves.toEqual(expect.arrayContaining(['What it owns', 'Closest role']));
      const closest = glance.locator('dt:text-is("Closest role") + dd a');
      await expect(closest.getAttribute('href')).resolves.toMatch(new RegExp(`^/compare/([a-z-]+-vs-${id}|${id}-vs-[a-z-]+)/$`));
      const prose = await page.getByRole('heading', { level: 2, name: 'What the role is for' }).boundingBox();
      expect(prose!.y, 'the prose starts within two screens').toBeLessThan(2 * phone.viewport.height);
      const screens = (await page.evaluate(() => document.documentElement.scrollHeight)) / phone.viewport.height;
      expect(screens, 'the page is at most 13 phone screens long').toBeLessThanOrEqual(13);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('folds a long list of related pages behind its first names, and opens it from the keyboard', async () => {
    const { page } = await openTab(browser(), phone);
    await page.goto(`${siteUrl}roles/devops/`);
    const activities = page.locator('section[aria-labelledby="activities"]');
    const summary = activities.locator('details > summary');
    const count = graph.linksUnder('roles', 'devops', 'activities').length;
    await expect(summary.textContent()).resolves.toMatch(new RegExp(`^Show all ${count}: .+ and ${count - 3} more, each with why$`));
    const first = activities.locator('li').first();
    await expect(first.isVisible()).resolves.toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(first.isVisible()).resolves.toBe(true);
    await expect(activities.locator('li .why').count()).resolves.toBe(count);
    await page.close();
  });
});
