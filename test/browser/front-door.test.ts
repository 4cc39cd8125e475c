import { describe, expect, inject, it } from 'vitest';

import { openTab, sharedBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

/** The ways into the guide the home page offers first, and where each leads. */
const waysIn = [
  { name: 'Pick your question', lands: /\/#pick-your-question$/, heading: 'Pick your question' },
  { name: 'Decode a job advert', lands: /\/tools\/job-decoder\/$/, heading: 'Job advert decoder' },
  { name: 'Find your operating model', lands: /\/tools\/self-check\/$/, heading: 'Company-context self-check' },
  { name: 'Follow a reading path', lands: /\/paths\/$/, heading: 'Reading paths' },
  { name: 'Compare the roles', lands: /\/compare\/$/, heading: 'Compare the roles' },
];

describe('the home page, as a first-time reader sees it', () => {
  it.each([
    ['a laptop', { width: 1366, height: 768 }],
    ['a phone', { width: 390, height: 844 }],
  ])('says what the guide answers and shows every way in on the first screen of %s', async (_, viewport) => {
    const { page, problems } = await openTab(browser(), { viewport, isMobile: viewport.width < 500 });
    await page.goto(siteUrl);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('What each operations role really does');
    for (const { name } of waysIn) {
      const box = await page.locator('.hero').getByRole('link', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y + box!.height, `${name} is below the first screen`).toBeLessThanOrEqual(viewport.height);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('balances the hero on a laptop: its words span the column, and its ways in form an even grid, no half left empty', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 1366, height: 768 } });
    await page.goto(siteUrl);
    const hero = (await page.locator('.hero').boundingBox())!;
    const tagline = (await page.locator('.hero .tagline').boundingBox())!;
    expect(tagline.x + tagline.width - hero.x, 'the words reach across most of the hero').toBeGreaterThan(0.8 * hero.width);
    const buttons = await page
      .locator('.hero .actions > a')
      .evaluateAll((links) => links.map((link) => ({ ...link.getBoundingClientRect().toJSON(), text: link.textContent.trim() })));
    const rows = [...new Set(buttons.map((button) => Math.round(button.y)))];
    expect(rows, 'the first question, then the four tools in two pairs').toHaveLength(3);
    const [first, ...tools] = buttons;
    expect(tools.map((button) => Math.round(button.width))).toEqual(Array(4).fill(Math.round(tools[0]!.width)));
    expect(first!.width).toBeCloseTo(2 * tools[0]!.width + (tools[1]!.x - tools[0]!.x - tools[0]!.width), 0);
    for (const button of buttons) expect(button.height, `${button.text} sits on one line`).toBeLessThan(60);
    await page.close();
  });

  it('takes each way in to the page it names', async () => {
    const { page, problems } = await openTab(browser());
    for (const { name, lands, heading } of waysIn) {
      await page.goto(siteUrl);
      await page.locator('.hero').getByRole('link', { name, exact: true }).click();
      await page.waitForURL(lands);
      const title = name === 'Pick your question' ? page.getByRole('heading', { level: 2, name: heading }) : page.getByRole('heading', { level: 1 });
      await expect(title.textContent()).resolves.toBe(heading);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers each question it lists with a page that exists', async () => {
    const { page } = await openTab(browser());
    await page.goto(siteUrl);
    const questions = await page
      .locator('.sl-heading-wrapper:has(#pick-your-question) + ul.link-list > li > a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(questions.length).toBeGreaterThanOrEqual(5);
    for (const href of questions) expect((await page.request.get(href)).status(), href).toBe(200);
    await page.close();
  });
});
