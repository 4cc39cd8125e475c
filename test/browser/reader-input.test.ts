import { describe, expect, inject, it } from 'vitest';

import { openTab, sharedBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

/** The reader's own words that a status line shows back, each isolated in <bdi>. */
const echoedIn = (status: string) => (page: import('playwright-core').Page) => page.locator(`${status} bdi`).allTextContents();

describe('search, with odd input and a failing index', () => {
  it('keeps the note about an unknown kind next to the result count', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}search/?q=devops&kind=Rolez`);
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toMatch(/^8 of \d+ results for “devops”\. There is no kind called “Rolez”, so every kind is searched\.$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('isolates and shortens the reader’s words, so a right-to-left override cannot reverse the guide’s sentence', async () => {
    const { page, problems } = await openTab(browser());
    const query = `\u202Eqwertyuiopasdfghjklzxcvbnm qwertyuiopasdfghjkl`;
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^Nothing found for “/);
    const echoed = await echoedIn('#search-status')(page);
    expect(echoed[0]).toBe(`${[...query].slice(0, 40).join('')}…`);
    // The guide's own words follow the isolated query, outside it.
    await expect(page.locator('#search-status').evaluate((status) => status.lastChild?.textContent)).resolves.toMatch(
      /^”\. Try fewer or more general words/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says the index could not be loaded instead of searching for ever', async () => {
    const { page, problems } = await openTab(browser());
    await page.route('**/search-index/meta.json.pack', (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
    await page.goto(`${siteUrl}search/?q=incident`);
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toBe('The search index could not be loaded, so nothing was searched. Try again in a moment, or browse the sidebar.');
    await expect(page.locator('ol[data-results]').getAttribute('aria-busy')).resolves.toBe('false');
    // The failed request itself is what this test stages; nothing else may go wrong.
    expect(problems.filter((problem) => !/meta\.json\.pack|status of 503/.test(problem))).toEqual([]);
    await page.close();
  });
});

describe('compare, with odd input', () => {
  const statusOf = async (query: string) => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}compare/?${query}`);
    await expect.poll(() => page.locator('#compare-status').textContent()).not.toMatch(/^The address of this page/);
    const status = (await page.locator('#compare-status').textContent()) ?? '';
    const echoed = await echoedIn('#compare-status')(page);
    await page.close();
    expect(problems).toEqual([]);
    return { status, echoed };
  };

  it('asks for two different roles when one is named twice', async () => {
    await expect(statusOf('roles=devops,devops')).resolves.toEqual({
      status: 'Pick two to four different roles to compare; the matrix shows them all.',
      echoed: [],
    });
  });

  it('reads the form’s own address without JavaScript, capitals and an id from before a rename', async () => {
    const { status } = await statusOf('roles=devops&roles=sre');
    expect(status).toMatch(/^Comparing DevOps, Site Reliability Engineering\. /);
    const renamed = await statusOf('roles=DevOps,site-reliability-engineering');
    expect(renamed.status).toMatch(/^Comparing DevOps, Site Reliability Engineering\. /);
  });

  it('counts a thousand unknown roles and names only the first three', async () => {
    const unknown = Array.from({ length: 1000 }, (_, i) => `role${i}`);
    const { status, echoed } = await statusOf(`roles=devops,sre,${unknown.join(',')}`);
    expect(status).toMatch(
      /^Comparing DevOps, Site Reliability Engineering\. .* Ignored 1000 unknown roles: “role0”, “role1”, “role2” and 997 more\.$/,
    );
    expect(echoed).toEqual(['role0', 'role1', 'role2']);
  });
});

describe('the self-check, with odd input', () => {
  it('counts a thousand unknown parameters, names only the first three and isolates each', async () => {
    const { page, problems } = await openTab(browser());
    // Short names keep the address within what a server accepts; the first three carry a right-to-left override.
    const junk = Array.from({ length: 1000 }, (_, i) => `${i < 3 ? '\u202E' : ''}k${i}=x`).join('&');
    await page.goto(`${siteUrl}tools/self-check/?company-size=mid-size&${junk}`);
    await expect.poll(() => page.locator('#self-check-status').textContent()).toMatch(/^Best fit: .+\. It fits [01] of 1 answer; /);
    const status = (await page.locator('#self-check-status').textContent()) ?? '';
    expect(status).toMatch(/ Ignored 1000 parts of the address, such as “\u202Ek0”, “\u202Ek1”, “\u202Ek2” and 997 more\.$/);
    expect(status.length).toBeLessThan(300);
    await expect(page.locator('#self-check-status bdi').allTextContents()).resolves.toEqual(['\u202Ek0', '\u202Ek1', '\u202Ek2']);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the decoder, when its worker cannot load', () => {
  it('says so instead of reading for ever', async () => {
    const { page, problems } = await openTab(browser());
    await page.route('**/decoder-worker*', (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await page
      .locator('#advert')
      .fill('You will run the service desk, raise change requests under ITIL and patch the servers every week of the year.');
    await page.getByRole('button', { name: 'Decode' }).click();
    await expect
      .poll(() => page.locator('#decoder-status').textContent())
      .toBe('The decoder could not start in this browser, so nothing was read. Reload the page to try again.');
    // The failed request itself is what this test stages; nothing else may go wrong.
    expect(problems.filter((problem) => !/decoder-worker|status of 503/.test(problem))).toEqual([]);
    await page.close();
  });
});
