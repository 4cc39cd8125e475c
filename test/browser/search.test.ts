import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';

import { violationsInBothThemes } from '../support/accessibility';
import { inTabs, openTab, sharedBrowser, type ReaderPage } from '../support/browser';
import { loadGuide } from '../support/content';
import { searchQueries } from './search-queries';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();
/** Readers searching side by side for the long lists of queries: each tab is one reader refining a search. */
const readers = { tabs: 3, prepare: ({ page }: ReaderPage) => page.goto(`${siteUrl}search/`) };

/** Opens a linkable search and returns the result paths, once the page has answered. */
async function searchFor(page: Page, query: string, kind = '') {
  const params = new URLSearchParams({ q: query, ...(kind ? { kind } : {}) });
  await page.goto(`${siteUrl}search/?${params}`);
  await page.locator('ol[data-results][aria-busy="false"]').waitFor({ state: 'attached' });
  const paths = await page
    .locator('ol[data-results] > li > a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const status = (await page.locator('#search-status').textContent()) ?? '';
  return { paths, status };
}

/** The result paths the search page shows, once the list is no longer busy. */
async function shownPaths(page: Page) {
  await page.locator('ol[data-results][aria-busy="false"]').waitFor({ state: 'attached' });
  return page.locator('ol[data-results] > li > a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Types a new query into the search page's box, presses Enter and returns the result paths once they are shown. */
async function searchAgain(page: Page, query: string) {
  const box = page.getByLabel('Search for a role, goal, tool or term');
  await box.fill(query);
  const started = Date.now();
  await box.press('Enter');
  // The list is busy from the moment the form is sent until every result is in it.
  await page.locator('ol[data-results][aria-busy="false"]').waitFor({ state: 'attached' });
  const msToResults = Date.now() - started;
  const paths = await page
    .locator('ol[data-results] > li > a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return { paths, msToResults };
}

describe('the search page', () => {
  it('runs the search in its address on load and shows each result with its kind and an excerpt', async () => {
    const { page, problems } = await openTab(browser());
    await searchFor(page, 'incident');
    await expect(page.locator('#search-query').inputValue()).resolves.toBe('incident');
    const first = page.locator('ol[data-results] > li').first();
    await expect(first.locator('.result-kind').textContent()).resolves.toMatch(/\w/);
    await expect(first.locator(':scope > p').textContent()).resolves.toMatch(/\w{3,}/);
    await expect(page.locator('ol[data-results] mark').count()).resolves.toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('narrows results by kind and keeps the kind in the address', async () => {
    const { page } = await openTab(browser());
    const { paths } = await searchFor(page, 'security', 'Goal');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.startsWith('/goals/'))).toBe(true);
    await expect(page.getByLabel('Show').inputValue()).resolves.toBe('Goal');
    // Choosing another kind searches again at once.
    await page.getByLabel('Show').selectOption('Role');
    await expect.poll(() => page.url()).toContain('kind=Role');
    await expect
      .poll(async () => {
        const roles = await shownPaths(page);
        return roles.length > 0 && roles.every((path) => path.startsWith('/roles/'));
      })
      .toBe(true);
    await page.close();
  });

  it('starts its results on the first screen of a phone', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await searchFor(page, 'error budget');
    const first = await page.locator('ol[data-results] > li > a').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(844);
    await page.close();
  });

  it('is usable with the keyboard alone and announces its results', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}search/`);
    await page.getByLabel('Search for a role, goal, tool or term').focus();
    await page.keyboard.type('golden path');
    await page.keyboard.press('Enter');
    await page.locator('ol[data-results] > li').first().waitFor();
    await expect(page.locator('#search-status').getAttribute('role')).resolves.toBe('status');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/results? for “golden path”/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('golden path');
    await page.close();
  });

  it.each([
    ['nothing', '', /Type a word or phrase/],
    ['a 500-character paste', 'incident '.repeat(56).slice(0, 500), /only the first \d+ were used/],
    ['punctuation', '?!;:—…', /Nothing found/],
    ['markup', '<img src=x onerror=alert(1)><script>alert(2)</script>', /Nothing found|results? for/],
    ['another script', 'Инфраструктура 運用 عمليات', /Nothing found|results? for/],
  ])('answers %s with a clear message, never an error or injected markup', async (_, query, message) => {
    const { page, problems } = await openTab(browser());
    page.on('dialog', (dialog) => problems.push(`dialog opened: ${dialog.message()}`));
    await page.goto(`${siteUrl}search/?${new URLSearchParams({ q: query })}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(message);
    await expect(page.locator('main img[src="x"], main script:not([src])').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('notes an unknown kind in the address and searches everything', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}search/?kind=Wizard`);
    await expect(page.locator('#search-status').textContent()).resolves.toContain('There is no kind called “Wizard”');
    await page.close();
  });
  it('reads a question by the words that carry its meaning, and highlights only those', async () => {
    const { page } = await openTab(browser());
    const { paths } = await searchFor(page, 'do we need a devsecops team');
    expect(paths[0]).toBe('/roles/devsecops/');
    const marked = await page.locator('ol[data-results] mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    const stopWords = ['do', 'we', 'need', 'a'];
    expect(marked.filter((word) => stopWords.includes(word.toLowerCase()))).toEqual([]);
    await page.close();
  });

  it('shows eight results, then more on request, taking the reader to the first one added', async () => {
    const { page, problems } = await openTab(browser());
    const { paths, status } = await searchFor(page, 'security');
    expect(paths).toHaveLength(8);
    const total = Number(/^8 of (\d+) results for “security”/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(8);
    const more = page.getByRole('button', { name: `Show ${Math.min(8, total - 8)} more results` });
    await more.focus();
    await page.keyboard.press('Enter');
    const after = await shownPaths(page);
    expect(after.slice(0, 8)).toEqual(paths);
    expect(after).toHaveLength(Math.min(16, total));
    expect(new Set(after).size).toBe(after.length);
    await expect(page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).resolves.toContain(after[8]);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(new RegExp(`^${Math.min(16, total)}( of ${total})? results for`));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers the sections of a result that match, each linking to its heading', async () => {
    const { page } = await openTab(browser());
    await searchFor(page, 'error budget policy');
    const sections = page.getByRole('list', { name: /^Sections of / }).first();
    const link = sections.getByRole('link').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/#[\w-]+$/);
    await expect(sections.locator('p').first().textContent()).resolves.toMatch(/\w{3,}/);
    await link.click();
    await page.waitForURL(`**${href}`);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
    await page.close();
  });
});

/** Opens the header's search dialog with Ctrl+K, types a query and returns the result paths once they are shown. */
async function searchInDialog(page: Page, query: string) {
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  if (!(await dialog.isVisible())) await page.keyboard.press('Control+k');
  const box = dialog.getByRole('searchbox', { name: 'Search the guide' });
  await box.fill(query);
  // The status names the words the answer is for (or, for a misspelling, the words that matched nothing), cut to 40
  // characters as the guide echoes a reader's words.
  const echoed = [...query].length > 40 ? `“${[...query].slice(0, 40).join('')}…` : `“${query}”`;
  // A pattern, because text given as a string matches in any case.
  await dialog.locator('[role="status"]', { hasText: new RegExp(RegExp.escape(echoed)) }).waitFor({ state: 'attached' });
  await dialog.locator('ol[aria-busy="false"]').waitFor({ state: 'attached' });
  return dialog.locator('ol > li > a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe("the header's search dialog", () => {
  it('opens on Ctrl+K with the cursor in its box, shows results as the reader types, and opens one with the arrow keys and Enter', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}roles/devops/`);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    // The dialog's code loads on the keypress, so it opens a moment later: wait for it rather than look at once.
    await dialog.waitFor({ state: 'visible' });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-dialog-query');
    await page.keyboard.type('error budget');
    // No Enter: the results come as the reader types.
    await dialog.locator('ol > li').first().waitFor();
    await expect(dialog.locator('[role="status"]').textContent()).resolves.toMatch(/results? for “error budget”/);
    const first = await dialog.locator('ol > li > a').first().getAttribute('href');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).resolves.toBe(first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).resolves.toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${first}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('closes on Esc and puts focus back on the link that opened it', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}goals/`);
    const opener = page.getByRole('banner').getByRole('link', { name: 'Search the guide' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByRole('searchbox', { name: 'Search the guide' }).waitFor();
    // With words in the box, which a search box would otherwise only clear.
    await page.keyboard.type('toil');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.matches('a[data-search-dialog]'))).resolves.toBe(true);
    await page.close();
  });

  it('narrows its results by kind, and links to the same search on the search page', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}`);
    await searchInDialog(page, 'security');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByLabel('Show').selectOption('Goal');
    await expect
      .poll(async () =>
        (await dialog.locator('ol > li > a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).every(
          (path) => path.startsWith('/goals/'),
        ),
      )
      .toBe(true);
    await expect(dialog.getByRole('link', { name: 'All results on the search page' }).getAttribute('href')).resolves.toBe(
      '/search/?q=security&kind=Goal',
    );
    await page.close();
  });

  it('opens from the search icon on a phone, full screen, with the cursor in its box', async () => {
    const { page } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${siteUrl}roles/sre/`);
    await page.getByRole('banner').getByRole('link', { name: 'Search the guide' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByRole('searchbox', { name: 'Search the guide' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-dialog-query');
    const box = await dialog.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(389);
    await page.keyboard.type('toil');
    await dialog.locator('ol > li').first().waitFor();
    const first = await dialog.locator('ol > li > a').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(844);
    await page.close();
  });

  it('passes axe in both themes with its results showing', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}roles/devops/`);
    await searchInDialog(page, 'golden path');
    expect(await violationsInBothThemes(page, 'search dialog')).toEqual([]);
    await page.close();
  });

  it('shows only the newest search when an older one answers late', async () => {
    const { page, problems } = await openTab(browser());
    await page.goto(`${siteUrl}search/`);
    // Pagefind's files for the first search arrive three seconds late; the second search's arrive at once.
    let slow = true;
    await page.route('**/pagefind/**', async (route) => {
      if (slow) await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    const box = page.getByLabel('Search for a role, goal, tool or term');
    await box.fill('kubernetes');
    await box.press('Enter');
    await page.waitForTimeout(200);
    slow = false;
    await box.fill('patching');
    await box.press('Enter');
    await page.waitForTimeout(4000);
    await page.locator('ol[data-results][aria-busy="false"]').waitFor({ state: 'attached' });
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/results? for “patching”/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('patching');
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** Does `work` once, before the tests of the describe block it is called in, and gives each of them its result. */
function askedOnce<Result>(work: () => Promise<Result>): () => Result {
  let result: Result | undefined;
  beforeAll(async () => {
    result = await work();
  });
  return () => result!;
}

describe('every query of the suite', () => {
  /**
   * Each query asked in the header's dialog and then on the search page, one after another in each tab, as a reader
   * refines a search. Asked once: the dialog must agree with the page, and the page must find the right entry.
   */
  const answers = askedOnce(() =>
    inTabs(
      browser(),
      searchQueries,
      async ({ page }, { query }) => {
        const fromDialog = (await searchInDialog(page, query)).slice(0, 3);
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name: 'Search the guide' }).waitFor({ state: 'hidden' });
        return { fromDialog, ...(await searchAgain(page, query)) };
      },
      readers,
    ),
  );

  it(`gives the same top three in the header's dialog as on the search page for all ${searchQueries.length} queries`, () => {
    const { results, problems } = answers();
    expect(problems).toEqual([]);
    const differ = searchQueries.flatMap(({ query }, i) => {
      const { fromDialog, paths } = results[i]!;
      const fromPage = paths.slice(0, 3);
      return fromDialog.join() === fromPage.join() ? [] : [`“${query}”: dialog ${fromDialog.join(', ')}; page ${fromPage.join(', ')}`];
    });
    expect(differ).toEqual([]);
  });

  it(`finds the right page in the top three for at least 95% of ${searchQueries.length} realistic queries`, () => {
    const { results } = answers();
    const misses = searchQueries.flatMap(({ query, expect: wanted, type }, i) => {
      const { paths } = results[i]!;
      return paths.slice(0, 3).includes(wanted) ? [] : [`${type}: “${query}” wanted ${wanted}, got ${paths.slice(0, 3).join(', ') || 'nothing'}`];
    });
    const sorted = results.map(({ msToResults }) => msToResults).sort((a, b) => a - b);
    const hitRate = 1 - misses.length / searchQueries.length;
    console.log(
      `Search quality: ${searchQueries.length - misses.length}/${searchQueries.length} in the top three (${(hitRate * 100).toFixed(1)}%); ` +
        `median ${sorted[Math.floor(sorted.length / 2)]} ms from Enter to rendered results (reported, not a gate).${misses.length > 0 ? `\nMisses:\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(hitRate, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('excerpts', () => {
  it('start at a sentence or a section and keep the words of neighbouring blocks apart', async () => {
    const { page } = await openTab(browser());
    await page.goto(`${siteUrl}search/`);
    const excerpts: string[] = [];
    for (const query of ['error budget', 'change advisory board', 'golden path', 'Publisher', 'shares patching']) {
      await searchAgain(page, query);
      excerpts.push(...(await page.locator('ol[data-results] li p').allTextContents()));
    }
    await page.close();
    expect(excerpts.length).toBeGreaterThan(20);
    // A sentence starts with a capital, a digit, a quote or a bracket; a section's text with its first word.
    const midSentence = excerpts.filter((text) => /^[a-z]/.test(text) && !/^[a-z][\w-]*[:]/.test(text));
    expect(midSentence.length / excerpts.length, midSentence.slice(0, 5).join('\n')).toBeLessThan(0.1);
    for (const glued of ['DevOpsShares:', 'EngineeringReliability', 'PublisherPuppet', 'PublisherOWASP'])
      expect(
        excerpts.filter((text) => text.includes(glued)),
        glued,
      ).toEqual([]);
  });
});

describe('search quality', () => {
  it('finds every job title by its name and by each spelling adverts use, in the top three', async () => {
    const titles = loadGuide().collections.titles;
    const names = titles.flatMap((title) => [title.data.title, ...title.data.aliases].map((name) => ({ name, wanted: `/titles/${title.id}/` })));
    const { results } = await inTabs(
      browser(),
      names,
      async ({ page }, { name, wanted }) => {
        const { paths } = await searchAgain(page, name);
        return paths.slice(0, 3).includes(wanted) ? [] : [`“${name}” wanted ${wanted}, got ${paths.slice(0, 3).join(', ') || 'nothing'}`];
      },
      readers,
    );
    expect(titles.length).toBeGreaterThanOrEqual(16);
    expect(results.flat()).toEqual([]);
  });

  it.each([
    ['CAB', '/glossary/cab/'],
    ['SLO', '/glossary/slo/'],
    ['IDP', '/glossary/idp/'],
    ['SBOM', '/glossary/sbom/'],
  ])('finds the glossary entry for %s first', async (query, entry) => {
    const { page } = await openTab(browser());
    const { paths } = await searchFor(page, query);
    expect(paths[0]).toBe(entry);
    await page.close();
  });
});
