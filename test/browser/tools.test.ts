import { readFileSync } from 'node:fs';

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
  const shared = 'company-size=large-enterprise&agile-reach=select-teams&partners=msp-operations';

  it('opens a shared address on its result: the best fit, the runner-up, their reasons, the teams and the matrix', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/?${shared}`);
    await expect.poll(() => page.locator('#self-check-result h3').first().textContent()).toMatch(/^Best fit: /);
    const headings = await page.locator('#self-check-result h3').allTextContents();
    expect(headings.slice(1, 3)).toEqual(['Teams to set up', 'Responsibility matrix']);
    expect(headings.some((heading) => heading.startsWith('Runner-up: '))).toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('your-result');
    await expect(
      page
        .locator('#your-result')
        .boundingBox()
        .then((box) => box!.y),
    ).resolves.toBeLessThan(844);
    await expect(
      page
        .locator('#self-check-result p')
        .filter({ hasText: /^Fits because: / })
        .first()
        .textContent(),
    ).resolves.toMatch(/; /);
    await expect(page.locator('#self-check-status').textContent()).resolves.toMatch(
      /^Best fit for 3 of 5 answers: .+, with [1-4] teams\. Runner-up: .+\.$/,
    );
    await expect(page.locator('input[name="partners"][value="msp-operations"]').isChecked()).resolves.toBe(true);
    const columns = await page.locator('#self-check-result table thead th').count();
    expect(columns).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ignores an unknown or malformed answer with a visible note', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/?company-size=gigantic&colour=blue&partners=all-in-house&drop=nobody`);
    await expect.poll(() => page.locator('#self-check-status').textContent()).toContain('Ignored “company-size=gigantic”');
    await expect(page.locator('#self-check-status').textContent()).resolves.toContain('Ignored “colour”: there is no such question.');
    await expect(page.locator('#self-check-status').textContent()).resolves.toContain('Ignored “drop=nobody”');
    await page.close();
  });

  it('is answered with the keyboard, keeps the answers in the address and moves to the result', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/`);
    const option = page.locator('input[name="company-size"]').last();
    await option.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Show my result' }).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('company-size')).toBe(await option.getAttribute('value'));
    await expect(page.locator('#self-check-result h3').first().textContent()).resolves.toMatch(/^Best fit: /);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('your-result');
    await page.close();
  });

  it('lets the reader drop a team, add one and move an activity to a partner, and the matrix and the address follow', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/self-check/?${shared}`);
    await page.locator('#self-check-result table').waitFor();
    const teamsBefore = await page.locator('#self-check-result table thead th').allTextContents();

    await page.locator('#self-check-result [data-drop]').last().click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('drop').length).toBe(1);
    await expect.poll(() => page.locator('#self-check-result table thead th').count()).toBe(teamsBefore.length - 1);

    await page.getByLabel('Add a team for').selectOption({ label: 'DevSecOps' });
    await page.getByRole('button', { name: 'Add team' }).click();
    await expect.poll(() => page.locator('#self-check-result table thead th').allTextContents()).toContain('DevSecOps team');

    const mover = page.getByLabel('Who does Patching and updates');
    const partner = await mover
      .locator('option')
      .filter({ hasText: /partner/i })
      .first()
      .getAttribute('value');
    await mover.selectOption(partner);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('move')).toEqual([`patching:${partner}`]);
    const patchingRow = page.locator('#self-check-result tbody tr').filter({ has: page.locator('th a', { hasText: /^Patching and updates$/ }) });
    await expect.poll(() => patchingRow.locator('td[data-letters="R"]').count()).toBe(1);

    // The adjusted address, opened afresh, gives the same matrix.
    const matrixNow = await page.locator('#self-check-result table').innerText();
    await page.goto(page.url());
    await page.locator('#self-check-result table').waitFor();
    await expect(page.locator('#self-check-result table').innerText()).resolves.toBe(matrixNow);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('copies the matrix as Markdown, downloads it as CSV and prints the result with its address', async () => {
    const { page, problems } = await openTab(browser(), { permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    await page.goto(`${siteUrl}tools/self-check/?${shared}`);
    await page.locator('#self-check-result table').waitFor();
    const rows = await page.locator('#self-check-result tbody tr').count();

    await page.getByRole('button', { name: 'Copy the matrix as Markdown' }).click();
    await expect.poll(() => page.locator('#self-check-result .export [role="status"]').textContent()).toMatch(/Copied/);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown.split('\n')).toHaveLength(rows + 2);
    expect(markdown).toMatch(/^\| Activity \| .+ \|\n\| --- \|/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download it as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/-responsibilities\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')).toHaveLength(rows + 1);
    expect(csv.startsWith('Activity,')).toBe(true);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#self-check').isVisible()).resolves.toBe(false);
    await expect(page.locator('.result-address').isVisible()).resolves.toBe(true);
    await expect(page.locator('.result-address a').getAttribute('href')).resolves.toBe(page.url());
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists the models and links to their pages without JavaScript, and still explains every question', async () => {
    const { page } = await openTab(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl}tools/self-check/`);
    await expect(page.locator('fieldset legend').count()).resolves.toBe(5);
    await expect(page.locator('fieldset a[href^="/factors/"]').count()).resolves.toBe(5);
    await expect(page.locator('#the-models + ul a[href^="/models/"]').count()).resolves.toBeGreaterThanOrEqual(6);
    await page.close();
  });
});
