import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
// The current axe-core, run straight in the page rather than through @axe-core/playwright, whose bundled release
// skipped rules then still experimental, such as label-content-name-mismatch (WCAG 2.5.3 Label in Name).
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/**
 * The rules whose outcome depends on the colours in use. Switching theme changes only the colours of the same
 * document, so the dark theme is checked against these; every other rule gave the same answer in the light pass.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Has axe start with every page the tab opens from now on, for a tab that checks page after page. Given to the tab
 * once, it added about 35 ms to each page (to its load, and to the check that axe is there); sent to each page after
 * it loaded, as half a megabyte of script, it took about 90 ms.
 */
export const axeOnEveryPage = (page: Page) => page.addInitScript(axeSource);

/** Switches the reader's system theme; Starlight's default "auto" theme follows it without a reload. */
async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.locator(`html[data-theme="${theme}"]`).waitFor({ state: 'attached' });
}

/** axe's WCAG 2.2 AA findings on the page as it stands, one line each, naming the page, the rule and where. */
async function wcagViolations(page: Page, label: string, rules?: string[]) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: wcag22aa };
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, options),
    { runOnly, resultTypes: ['violations'] },
  );
  return results.violations.map((violation) => {
    const where = violation.nodes
      .map((node) => node.target.join(' '))
      .slice(0, 3)
      .join(' | ');
    return `${label}: ${violation.id} (${violation.impact}) ${violation.help} at ${where}`;
  });
}

/** The page as loaded, checked in full in the light theme and for its colours in the dark theme. */
export async function violationsInBothThemes(page: Page, label: string) {
  await useTheme(page, 'light');
  const violations = await wcagViolations(page, `${label} (light)`);
  await useTheme(page, 'dark');
  violations.push(...(await wcagViolations(page, `${label} (dark)`, colourRules)));
  return violations;
}
