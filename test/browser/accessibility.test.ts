import { describe, expect, inject, it } from 'vitest';

import { violationsInBothThemes } from '../support/accessibility';
import { openTab, sharedBrowser } from '../support/browser';
import { jobAdverts } from './job-adverts';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

// Every page as loaded is checked in every-page.test.ts; these are the states the tools reach after a reader acts.
describe('WCAG 2.2 AA once the tools have answered, in the light and the dark theme', () => {
  it('finds no violation in search results, a comparison, a decoded advert or a self-check result', async () => {
    const { page } = await openTab(browser());
    const violations: string[] = [];

    await page.goto(`${siteUrl}search/?q=incident`);
    await page.locator('ol[data-results] > li').first().waitFor();
    violations.push(...(await violationsInBothThemes(page, 'search results')));

    await page.goto(`${siteUrl}compare/?roles=devops,sre`);
    await page.locator('#compare-status', { hasText: 'Comparing' }).waitFor();
    violations.push(...(await violationsInBothThemes(page, 'comparison')));

    // Checked as a hiring manager's draft, so the findings show as well as the ranking, the marks and their legend.
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await page.getByLabel('Checking my own advert before I post it').check();
    await page.getByLabel('Role you mean to hire').selectOption({ label: 'InfraOps' });
    await page.locator('#advert').fill(jobAdverts[0]!.text);
    await page.getByRole('button', { name: 'Decode' }).click();
    await page.locator('#decoded-advert mark').first().waitFor();
    await page.locator('#check-findings > li').first().waitFor();
    await page.locator('#decoded-advert mark').first().hover();
    violations.push(...(await violationsInBothThemes(page, 'decoded and checked advert')));

    await page.goto(`${siteUrl}tools/self-check/?company-size=mid-size&partners=all-in-house`);
    await page.locator('#self-check-result h3').first().waitFor();
    violations.push(...(await violationsInBothThemes(page, 'self-check result')));

    await page.close();
    expect(violations).toEqual([]);
  });
});

describe('the accessibility gate itself', () => {
  it('reports text that is legible in the light theme but not in the dark one', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}about/`);
    await page.locator('main').evaluate((main) => {
      // A constructed style sheet, as the page's Content-Security-Policy refuses an injected <style>.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(":root[data-theme='dark'] .faint { color: #333; }");
      document.adoptedStyleSheets.push(sheet);
      main.prepend(Object.assign(document.createElement('p'), { className: 'faint', textContent: 'A note only the light theme shows clearly.' }));
    });
    const violations = await violationsInBothThemes(page, 'about with a faint note');
    expect(violations).toEqual([expect.stringMatching(/^about with a faint note \(dark\): color-contrast /)]);
    await page.close();
  });

  it('reports a control whose accessible name leaves out its visible label (WCAG 2.5.3)', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}about/`);
    await page.locator('main').evaluate((main) => {
      const button = Object.assign(document.createElement('button'), { className: 'mislabelled', textContent: 'Open the list of roles' });
      button.setAttribute('aria-label', 'Menu');
      main.prepend(button);
    });
    const violations = await violationsInBothThemes(page, 'about with a mislabelled button');
    expect(violations).toEqual([expect.stringMatching(/^about with a mislabelled button \(light\): label-content-name-mismatch .*\.mislabelled/)]);
    await page.close();
  });
});
