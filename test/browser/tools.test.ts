import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { openTab, sharedBrowser } from '../support/browser';
import { jobAdverts } from './job-adverts';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

/** Pastes an advert (or keeps the one in the box), presses Decode and returns what the reader sees. */
async function decode(page: Page, text?: string) {
  if (text !== undefined) await page.locator('#advert').fill(text);
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect.poll(() => page.locator('#decoder-status').textContent()).not.toBe('');
  return {
    roles: await page.locator('ol[data-results] > li > a').allTextContents(),
    status: (await page.locator('#decoder-status').textContent()) ?? '',
  };
}

describe('the job advert decoder', () => {
  it('ranks the roles an advert describes, marks the phrases, names the title and says when it means another job', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    // A Site Reliability Engineer advert whose duties are ticket-queue operations at a managed service provider.
    const misleading = jobAdverts.find((advert) => advert.title === 'site-reliability-engineer' && advert.expected === 'it-operations')!;
    const { roles, status } = await decode(page, misleading.text);
    const first = page.locator('ol[data-results] > li').first();
    await expect(first.locator('a').getAttribute('href')).resolves.toBe(`/roles/${misleading.expected}/`);
    await expect(first.textContent()).resolves.toMatch(/\d+% of the match\s*Points to it: \w/);
    expect(roles.length).toBeGreaterThan(1);
    expect(status).toMatch(
      /^Reads most like IT Operations \(\d+% of the match\)\. Titled Site Reliability Engineer: usually Site Reliability Engineering; this one reads as IT Operations\.$/,
    );
    const titlePage = page.locator('#decoder-title a');
    await expect(titlePage.getAttribute('href')).resolves.toBe('/titles/site-reliability-engineer/');
    await expect(page.locator('#decoded-advert mark').count()).resolves.toBeGreaterThan(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from the keyboard alone and announces the result', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await page.getByLabel('Job advert, title and duties included').focus();
    await page.keyboard.insertText(jobAdverts[0]!.text);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#decoder-status').textContent()).toMatch(/^Reads most like/);
    await expect(page.locator('#decoder-status').getAttribute('role')).resolves.toBe('status');
    await page.close();
  });

  it.each([
    ['empty text', '', /^Paste a job advert/],
    ['a single word', 'Kubernetes', /^That is 1 word/],
    [
      'markup',
      `<img src=x onerror="window.injected=1"><script>window.injected=2</script> ${'service desk incidents '.repeat(10)}`,
      /^Reads most like/,
    ],
    [
      'another language',
      'Wir suchen eine engagierte Fachkraft für den Betrieb unserer Systeme in Hamburg, mit Freude an Teamarbeit und Verantwortung.',
      /^None of the duties/,
    ],
  ])('answers %s clearly, without running or injecting anything', async (_, text, message) => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    const { status } = await decode(page, text);
    expect(status).toMatch(message);
    await expect(page.evaluate(() => (window as unknown as { injected?: number }).injected)).resolves.toBeUndefined();
    await expect(page.locator('#decoded-advert img, #decoded-advert script').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('decodes 200 kB of pasted text completely and stays responsive', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    const huge = jobAdverts
      .map((advert) => advert.text)
      .join('\n')
      .repeat(40)
      .slice(0, 200_000);
    // Typing 200 kB key by key would measure Playwright, not the page: the text arrives as one paste would.
    await page.locator('#advert').evaluate((textarea, text) => ((textarea as HTMLTextAreaElement).value = text), huge);
    const started = Date.now();
    const { status } = await decode(page);
    // A figure for the record, never a gate: it depends on how busy the machine is.
    console.log(`Decoder: ${huge.length.toLocaleString('en-GB')} characters scored and highlighted in ${Date.now() - started} ms.`);
    expect(status).toMatch(/^Reads most like/);
    await expect(page.locator('#decoded-advert').textContent()).resolves.toHaveLength(huge.length);
    await expect(page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve('painted'))))).resolves.toBe('painted');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a phone screen', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await decode(page, jobAdverts[1]!.text);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('the company-context self-check', () => {
  it('opens a shared result from its address', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/?company-size=small-generalists&partners=msp-operations&agile-reach=select-teams`);
    await expect
      .poll(() => page.locator('#self-check-result h3').allTextContents())
      .toEqual(['Roles to staff', 'Roles to combine', 'Where partners fit', 'Goals to watch first']);
    await expect(page.locator('#self-check-status').textContent()).resolves.toMatch(/^Suggested mix for 3 of 5 answers: staff /);
    await expect(page.locator('input[name="partners"][value="msp-operations"]').isChecked()).resolves.toBe(true);
    const firstRole = page.locator('#self-check-result ul').first().locator('li').first();
    await expect(firstRole.locator('a').getAttribute('href')).resolves.toMatch(/^\/roles\/[a-z-]+\/$/);
    await expect(firstRole.locator('.why').textContent()).resolves.toMatch(/: /);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ignores an unknown or malformed answer with a visible note', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/?company-size=gigantic&colour=blue&partners=all-in-house`);
    await expect.poll(() => page.locator('#self-check-status').textContent()).toContain('Ignored “company-size=gigantic”');
    await expect(page.locator('#self-check-status').textContent()).resolves.toContain('Ignored “colour”: there is no such question.');
    await page.close();
  });

  it('is answered with the keyboard and keeps the answers in the address', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/`);
    const option = page.locator('input[name="company-size"]').last();
    await option.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Show my mix' }).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('company-size')).toBe(await option.getAttribute('value'));
    await expect(page.locator('#self-check-result h3').first().textContent()).resolves.toBe('Roles to staff');
    await page.close();
  });

  it('still explains every factor and links to it without JavaScript', async () => {
    const { page } = await openTab(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl}tools/self-check/`);
    await expect(page.locator('fieldset legend').count()).resolves.toBe(5);
    await expect(page.locator('fieldset a[href^="/factors/"]').count()).resolves.toBe(5);
    await page.close();
  });
});
