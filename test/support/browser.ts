import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium, started the way this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One browser for a test file, opened before its tests and closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface ReaderPage {
  page: Page;
  /** Console errors, failed requests and CSP violations seen so far. */
  problems: string[];
}

/** How long a step may wait for the page: far longer than any real wait, so only a hang runs out of it. */
export const patienceMs = 5 * 60_000;

/** A tab that records everything a careful reader would notice going wrong. */
export async function openTab(browser: Browser, options: Parameters<Browser['newPage']>[0] = {}): Promise<ReaderPage> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(patienceMs);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request still in flight when the reader moves on is aborted, which is not a fault of the page.
    const reason = request.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed on ${page.url()}: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} on ${page.url()}: ${response.url()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`CSP violation on ${page.url()}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return { page, problems };
}

/**
 * Does `visit` for every item, spread over `tabs` tabs that each take the next item as they finish one, and returns the
 * results in the items' order with every tab's problems. A reader's search waits on timers more than on the processor,
 * so a long list of them finishes sooner in a few tabs side by side, each still one reader at a time.
 */
export async function inTabs<Item, Result>(
  browser: Browser,
  items: readonly Item[],
  visit: (tab: ReaderPage, item: Item) => Promise<Result>,
  { tabs, prepare, ...options }: Parameters<Browser['newPage']>[0] & { tabs: number; prepare?: (tab: ReaderPage) => Promise<unknown> },
): Promise<{ results: Result[]; problems: string[] }> {
  const results: Result[] = new Array(items.length);
  const problems: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(tabs, items.length) }, async () => {
      const tab = await openTab(browser, options);
      await prepare?.(tab);
      for (let index = next++; index < items.length; index = next++) results[index] = await visit(tab, items[index]!);
      problems.push(...tab.problems);
      await tab.page.close();
    }),
  );
  return { results, problems };
}
