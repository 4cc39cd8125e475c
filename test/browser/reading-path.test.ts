import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { violationsInBothThemes } from '../support/accessibility';
import { openTab, sharedBrowser } from '../support/browser';
import { loadGuide } from '../support/content';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

const path = { id: 'new-team-member', title: 'New team member' };
const { graph } = loadGuide();
/** A role page that several reading paths pass through, whichever the paths are today. */
const crossroads = graph.nodes('roles').find((role) => graph.linksUnder('roles', role.id, 'readingPaths').length > 1)!;
const topBanner = (page: Page) => page.getByRole('navigation', { name: `Reading path: ${path.title}`, exact: true });
const footBanner = (page: Page) => page.getByRole('navigation', { name: `Reading path: ${path.title}, end of page`, exact: true });

/** The path's page, and each step's address and title in the order it lists them. */
async function openPath(page: Page) {
  await page.goto(`${siteUrl}paths/${path.id}/`);
  const links = page.locator('main ol.link-list > li > a');
  const steps = await links.evaluateAll((anchors) => anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, title: a.textContent.trim() })));
  return { steps, firstStep: links.first() };
}

/** Where every link the reader can see with this name leads. */
async function visibleLinks(page: Page, name: RegExp) {
  const hrefs: string[] = [];
  for (const link of await page.getByRole('link', { name }).all())
    if (await link.isVisible()) hrefs.push(new URL((await link.getAttribute('href'))!, page.url()).href);
  return hrefs;
}

/** What the reader sees on arriving at a step: its title on screen and where the path stands, top and foot. */
async function expectStep(page: Page, viewportHeight: number, step: { title: string }, position: number, total: number) {
  const title = page.getByRole('heading', { level: 1 });
  await expect(title.textContent()).resolves.toBe(step.title);
  const box = (await title.boundingBox())!;
  expect(box.y, `${step.title}: the title is above the screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${step.title}: the title is below the screen`).toBeLessThanOrEqual(viewportHeight);
  for (const banner of [topBanner(page), footBanner(page)]) {
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(banner.textContent()).resolves.toContain(`Step ${position} of ${total} in the reading path ${path.title}`);
  }
  const banner = (await topBanner(page).boundingBox())!;
  expect(banner.y + banner.height, `${step.title}: the path banner is below the screen`).toBeLessThanOrEqual(viewportHeight);
  await expect(page.getByRole('link', { name: /in the sidebar/ }).count(), 'the sidebar’s Previous and Next compete with the path’s').resolves.toBe(
    0,
  );
}

describe('a newcomer following a reading path by Next alone', () => {
  it.each([
    ['a laptop', { width: 1366, height: 768 }],
    ['a phone', { width: 390, height: 844 }],
  ])('on %s, always sees the page title, which step it is, and one way on', async (_, viewport) => {
    const { page, problems } = await openTab(browser(), { viewport, isMobile: viewport.width < 500 });
    const { steps, firstStep } = await openPath(page);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    await firstStep.click();
    for (const [i, step] of steps.entries()) {
      // Each click navigates: wait for the new address before reading the page, or a loaded machine reads the old one.
      await page.waitForURL(step.href);
      await expectStep(page, viewport.height, step, i + 1, steps.length);
      const next = steps[i + 1];
      if (!next) break;
      // The top banner's Next and the foot banner's Next, and no other.
      expect(await visibleLinks(page, /^Next/)).toEqual([next.href, next.href]);
      expect(await visibleLinks(page, /^Previous/)).toEqual(Array(2).fill(steps[i - 1]?.href ?? `${siteUrl}paths/${path.id}/`));
      // A reader who reads to the end uses the foot banner; one who skims uses the top.
      await (i % 2 ? footBanner(page) : topBanner(page)).getByRole('link', { name: /^Next/ }).click();
    }
    expect(await visibleLinks(page, /^Next/)).toEqual([]);
    await footBanner(page).getByRole('link', { name: "Last step: back to the path's overview" }).click();
    await page.waitForURL(`${siteUrl}paths/${path.id}/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['a laptop', { width: 1366, height: 768 }],
    ['a phone', { width: 390, height: 844 }],
  ])('on %s, keeps the path after a click in "On this page", a heading link, Back and a reload', async (_, viewport) => {
    const { page, problems } = await openTab(browser(), { viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
    const { steps, firstStep } = await openPath(page);
    await firstStep.click();
    await page.waitForURL(steps[0]!.href);
    const stillOnPath = async (where: string) => {
      for (const banner of [topBanner(page), footBanner(page)])
        await expect(banner.isVisible(), `the path's banner after ${where}`).resolves.toBe(true);
      expect(await visibleLinks(page, /^Next/), `the path's Next after ${where}`).toEqual([steps[1]!.href, steps[1]!.href]);
      await expect(page.getByRole('link', { name: /in the sidebar/ }).count(), `the sidebar's Next after ${where}`).resolves.toBe(0);
    };
    // On a phone "On this page" is a menu that opens first; on a laptop it is a list beside the page.
    if (viewport.width < 500) await page.locator('mobile-starlight-toc summary').click();
    const tocLink = page.locator(viewport.width < 500 ? 'mobile-starlight-toc a' : 'starlight-toc a').nth(2);
    const section = new URL((await tocLink.getAttribute('href'))!, page.url()).hash;
    await tocLink.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(section);
    await stillOnPath('a click in "On this page"');

    const anchor = page.locator('main .sl-anchor-link').nth(3);
    const heading = new URL((await anchor.getAttribute('href'))!, page.url()).hash;
    await anchor.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(heading);
    await stillOnPath('a heading link');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).hash).toBe(section);
    await stillOnPath('Back');
    await page.reload();
    await stillOnPath('a reload');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works the same without JavaScript', async () => {
    const viewport = { width: 1366, height: 768 };
    const { page, problems } = await openTab(browser(), { viewport, javaScriptEnabled: false });
    const { steps, firstStep } = await openPath(page);
    await firstStep.click();
    await page.waitForURL(steps[0]!.href);
    await expectStep(page, viewport.height, steps[0]!, 1, steps.length);
    await topBanner(page).getByRole('link', { name: /^Next/ }).click();
    await page.waitForURL(steps[1]!.href);
    await expectStep(page, viewport.height, steps[1]!, 2, steps.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a plain visit no path, and the sidebar’s Previous and Next instead', async () => {
    const { page, problems } = await openTab(browser());
    const { steps } = await openPath(page);
    await page.goto(steps[1]!.href.replace(/#.*/, ''));
    await expect(topBanner(page).count()).resolves.toBe(0);
    await expect(footBanner(page).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: /^Next in the sidebar/ }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on a page several paths pass through, shows only the foot banner of the path the reader came from', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}roles/${crossroads.id}/`);
    const paths = await page
      .locator('nav.path-top')
      .evaluateAll((navs) => navs.map((nav) => ({ id: nav.id, label: nav.getAttribute('aria-label')! })));
    expect(paths.length, `${crossroads.title} is on several reading paths`).toBeGreaterThan(1);
    for (const [k, { id, label }] of paths.entries()) {
      await page.goto(`${siteUrl}roles/${crossroads.id}/#${id}`);
      await expect(page.getByRole('navigation', { name: `${label}, end of page`, exact: true }).isVisible()).resolves.toBe(true);
      const others = paths
        .filter((_, j) => j !== k)
        .map((other) => page.getByRole('navigation', { name: `${other.label}, end of page`, exact: true }));
      for (const other of others) await expect(other.isVisible()).resolves.toBe(false);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('meets WCAG 2.2 AA with both banners shown, in light and dark', async () => {
    const { page } = await openTab(browser());
    const { steps } = await openPath(page);
    await page.goto(steps[1]!.href);
    await expect(footBanner(page).isVisible()).resolves.toBe(true);
    expect(await violationsInBothThemes(page, steps[1]!.href)).toEqual([]);
    await page.close();
  });
});
