import { deflateRawSync } from 'node:zlib';

import { describe, expect, inject, it } from 'vitest';

import { openTab, sharedBrowser } from '../support/browser';
import { jobAdverts } from './job-adverts';

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
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
    await page.goto(`${siteUrl}search/?q=incident`);
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toBe('The search index could not be loaded, so nothing was searched. Try again in a moment, or browse the sidebar.');
    await expect(page.locator('ol[data-results]').getAttribute('aria-busy')).resolves.toBe('false');
    // The failed request itself is what this test stages; nothing else may go wrong.
    expect(problems.filter((problem) => !/pagefind\.js|status of 503|dynamically imported module/.test(problem))).toEqual([]);
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

/** A share link's code for this text, as the decoder page writes it: raw deflate in URL-safe base64. */
const linkCode = (text: string | Buffer) =>
  deflateRawSync(text, { level: 9 }).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const anAdvert = jobAdverts[0]!.text;

describe('the decoder, given a hostile share link', () => {
  it('stops a link whose advert unpacks to far more than it reads, and says so', async () => {
    const { page, problems } = await openTab(browser());
    // 26 kB of link that unpacks to 20 MB of text.
    await page.goto(`${siteUrl}tools/job-decoder/#advert=${linkCode(Buffer.alloc(20_000_000, 0x61))}`);
    await expect
      .poll(() => page.locator('#decoder-status').textContent())
      .toBe(
        'The advert in this link is longer than the decoder reads (1,000,000 characters), so it was not opened. Ask for the advert itself, and paste one advert at a time.',
      );
    await expect(page.locator('#advert').inputValue()).resolves.toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('cuts a flood of combining marks before drawing the advert, and says how many', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/#advert=${linkCode(`${anAdvert}\na${'\u0301'.repeat(200_000)}`)}`);
    await expect
      .poll(() => page.locator('#decoder-status').textContent())
      .toMatch(/ 199,984 combining marks were left out: more than 16 on one letter/);
    await expect(page.locator('#advert').inputValue()).resolves.toBe(`${anAdvert}\na${'\u0301'.repeat(16)}`);
    await expect.poll(() => page.locator('#decoded-advert').getAttribute('aria-busy')).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('cuts a pasted flood of combining marks before the box draws it', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await page.locator('#advert').evaluate(
      (box, text) => {
        const pasted = new DataTransfer();
        pasted.setData('text/plain', text);
        box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }));
      },
      `Platform engineer${'\u0301'.repeat(200_000)}`,
    );
    await expect(page.locator('#advert').inputValue()).resolves.toBe(`Platform engineer${'\u0301'.repeat(16)}`);
    await expect(page.locator('#decoder-status').textContent()).resolves.toBe(
      '199,984 combining marks were left out: more than 16 on one letter is not text anyone can read.',
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('every wait ends', () => {
  it('says the decoder did not answer when its worker stalls', async () => {
    const { page, problems } = await openTab(browser());
    await page.clock.install();
    await page.route('**/decoder-worker*', (route) => route.fulfill({ contentType: 'text/javascript', body: 'onmessage = () => {};' }));
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await page.locator('#advert').fill(anAdvert);
    await page.getByRole('button', { name: 'Decode' }).click();
    await page.clock.fastForward('01:01');
    await expect
      .poll(() => page.locator('#decoder-status').textContent())
      .toBe('The decoder did not answer within 60 seconds, so nothing was read. Reload the page to try again.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the result and offers it as text when the browser cannot make a share link', async () => {
    const { page, problems } = await openTab(browser());
    await page.route('**/decoder-worker*', async (route) => {
      const worker = await route.fetch();
      const noCompression = 'self.CompressionStream = function () { throw new TypeError("CompressionStream is not supported"); };\n';
      await route.fulfill({ response: worker, body: noCompression + (await worker.text()) });
    });
    await page.goto(`${siteUrl}tools/job-decoder/`);
    await page.locator('#advert').fill(anAdvert);
    await page.getByRole('button', { name: 'Decode' }).click();
    await expect
      .poll(() => page.locator('#share-note').textContent())
      .toBe('This browser could not make a share link for the advert: copy the result as text instead.');
    await expect.poll(() => page.locator('#decoded-advert').getAttribute('aria-busy')).toBeNull();
    await expect(page.locator('#decoder-status').textContent()).resolves.toMatch(/DevOps work/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says the search index could not be loaded when a request for it stalls', async () => {
    const { page, problems } = await openTab(browser());
    await page.clock.install();
    await page.route('**/pagefind/pagefind.js', () => {
      // Never answered, as a stalled host would leave it.
    });
    await page.goto(`${siteUrl}search/?q=incident`);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('Searching…');
    await page.clock.fastForward('00:21');
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toBe('The search index could not be loaded, so nothing was searched. Try again in a moment, or browse the sidebar.');
    expect(problems.filter((problem) => !/pagefind\.js/.test(problem))).toEqual([]);
    await page.close();
  });
});
