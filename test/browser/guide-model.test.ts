import { describe, expect, inject, it } from 'vitest';

import { openTab, sharedBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true };

describe('the picture of the guide’s model', () => {
  it('sets the goals beside the roles they serve on a laptop, the arrow pointing across', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 1366, height: 768 } });
    await page.goto(siteUrl);
    const roles = (await page.locator('.guide-model [data-kind="roles"]').boundingBox())!;
    const goals = (await page.locator('.guide-model [data-kind="goals"]').boundingBox())!;
    expect(goals.x).toBeGreaterThan(roles.x + roles.width);
    expect(Math.abs(goals.y - roles.y)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('stacks on a phone, every box in view across the screen and the page not scrolling sideways', async () => {
    const { page } = await openTab(browser(), phone);
    await page.goto(siteUrl);
    const boxes = await page
      .locator('.guide-model a')
      .evaluateAll((links) => links.map((link) => ({ text: link.textContent, right: link.getBoundingClientRect().right })));
    expect(boxes.length).toBeGreaterThan(20);
    expect(boxes.filter((box) => box.right > 390)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('takes a reader who clicks a goal to its page', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(siteUrl);
    await page
      .locator('.guide-model')
      .getByRole('link', { name: /^Increase security/ })
      .click();
    await page.waitForURL(/\/goals\/increase-security\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Increase security');
    expect(problems).toEqual([]);
    await page.close();
  });
});
