import { describe, expect, inject, it } from 'vitest';

import { loadGuide, readContentFiles } from '../support/content';
import { openTab, sharedBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();
const { graph } = loadGuide();
/** How many duties each role's file lists, which its page shows in full. */
const dutiesOf = new Map(
  readContentFiles()
    .filter((file) => file.kind === 'roles')
    .map((file) => [file.id, (file.frontmatter as { duties: string[] }).duties.length]),
);
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('a role page on a phone', () => {
  it.each(graph.nodes('roles').map((role) => [role.title, role.id]))(
    'opens %s with the work first, then its prose, and its links at most a fifth of at most nine screens',
    async (_, id) => {
      const { page, problems } = await openTab(browser(), phone);
      await page.goto(`${siteUrl}roles/${id}/`);
      const glance = page.locator('dl.glance');
      await expect(glance.locator('dt').allTextContents()).resolves.toEqual(
        expect.arrayContaining(['What it owns', 'Typical duties', 'Skills and tools', 'Closest role']),
      );
      // The duties are on the page, not folded away.
      const duties = glance.locator('dt:text-is("Typical duties") + dd li');
      await expect(duties.count()).resolves.toBe(dutiesOf.get(id));
      for (const duty of await duties.all()) await expect(duty.isVisible()).resolves.toBe(true);
      const closest = glance.locator('dt:text-is("Closest role") + dd a');
      await expect(closest.getAttribute('href')).resolves.toMatch(new RegExp(`^/compare/([a-z-]+-vs-${id}|${id}-vs-[a-z-]+)/$`));
      // The work comes first: the duties start on the first screen or the next, and the prose follows them.
      const firstDuty = (await duties.first().boundingBox())!;
      expect(firstDuty.y, 'the duties start within a screen and a half').toBeLessThan(1.5 * phone.viewport.height);
      const prose = await page.getByRole('heading', { level: 2, name: 'What the role is for' }).boundingBox();
      expect(prose!.y, 'the prose starts within three screens').toBeLessThan(3 * phone.viewport.height);

      const { height, links } = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        // The links to other pages: "Compare it with" and the related pages gathered under one heading.
        const compare = box('.sl-heading-wrapper:has(#compare-it-with)').top;
        const pairs = box('p.pairs').bottom;
        const related = box('.sl-heading-wrapper:has(#related-pages)').top;
        const end = box('.related-why').bottom;
        return { height: document.documentElement.scrollHeight, links: pairs - compare + (end - related) };
      });
      const screens = height / phone.viewport.height;
      console.log(`${id}: ${screens.toFixed(2)} phone screens, ${((100 * links) / height).toFixed(1)} % of it links`);
      expect(screens, 'the page is at most 9 phone screens long').toBeLessThanOrEqual(9);
      expect(links / height, 'links take at most a fifth of the page').toBeLessThanOrEqual(0.2);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('names each section’s related pages in a line, and folds why each is related, opening it from the keyboard', async () => {
    const { page } = await openTab(browser(), phone);
    await page.goto(`${siteUrl}roles/devops/`);
    const count = graph.linksUnder('roles', 'devops', 'activities').length;
    await expect(page.locator('dl.related-compact dt#activities').textContent()).resolves.toBe('Activities');
    const names = page.locator('dl.related-compact dt#activities + dd a');
    await expect(names.count()).resolves.toBe(count);
    for (const link of await names.all()) await expect(link.isVisible()).resolves.toBe(true);
    const fold = page.locator('details.related-why');
    const summary = fold.locator('summary');
    await expect(summary.textContent()).resolves.toBe('Why each page is related');
    const firstWhy = fold.locator('.why').first();
    await expect(firstWhy.isVisible()).resolves.toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(firstWhy.isVisible()).resolves.toBe(true);
    const activityWhys = fold.locator('p.why-heading:text-is("Activities") + ul > li');
    await expect(activityWhys.count()).resolves.toBe(count);
    await page.close();
  });
});
