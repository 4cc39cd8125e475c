// @ts-check
// Checks that every outside address in content/sources.yaml still answers, and names the sources whose address does
// not: in the log, in the GitHub job summary when there is one, and in the exit code. `npm run check:sources`.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { LinkChecker, LinkState } from 'linkinator';
import { parse } from 'yaml';

/** @typedef {{ address: string, ids: string[], answer: string }} DeadSource */

/**
 * Every source's address, with the ids of the sources that give it (two entries may share one).
 * @param {string} yamlText the text of content/sources.yaml
 * @returns {Map<string, string[]>}
 */
export function sourceAddresses(yamlText) {
  /** @type {Record<string, { url?: unknown }>} */
  const sources = parse(yamlText) ?? {};
  /** @type {Map<string, string[]>} */
  const addresses = new Map();
  for (const [id, { url }] of Object.entries(sources)) {
    if (typeof url !== 'string') continue;
    const address = new URL(url).href;
    addresses.set(address, [...(addresses.get(address) ?? []), id]);
  }
  return addresses;
}

/**
 * How an address answered, in words.
 * @param {import('linkinator').LinkResult | undefined} result
 */
function answerOf(result) {
  if (!result) return 'not checked';
  // Some publishers turn away any client that is not a person's browser; the page may still be there.
  if (result.status === 401 || result.status === 403 || result.status === 429)
    return `HTTP ${result.status}: refused the checker; open it in a browser before changing the source`;
  if (result.status) return `HTTP ${result.status}`;
  const error = result.failureDetails?.find((detail) => detail instanceof Error);
  // Node's fetch says only "fetch failed"; its cause says why, such as "getaddrinfo ENOTFOUND dora.dev".
  const reason = error?.cause instanceof Error ? error.cause.message : error?.message;
  return reason ? `no answer (${reason})` : 'no answer';
}

/**
 * The addresses that did not answer, from the link checker's results. An address the checker never reached counts
 * as dead, so a change in the checker cannot pass every source unseen.
 * @param {Map<string, string[]>} addresses
 * @param {import('linkinator').LinkResult[]} results
 * @returns {DeadSource[]}
 */
export function deadSources(addresses, results) {
  const byAddress = new Map(results.map((result) => [result.url, result]));
  return [...addresses]
    .filter(([address]) => byAddress.get(address)?.state !== LinkState.OK)
    .map(([address, ids]) => ({ address, ids, answer: answerOf(byAddress.get(address)) }));
}

/**
 * The result for the log and, as Markdown, for GitHub's job summary.
 * @param {DeadSource[]} dead
 * @param {number} checked how many addresses were checked
 */
export function report(dead, checked) {
  if (dead.length === 0) {
    const allAnswer = `All ${checked} outside addresses in content/sources.yaml answer.`;
    return { log: allAnswer, summary: `${allAnswer}\n` };
  }
  const heading = `${dead.length} of ${checked} outside addresses in content/sources.yaml do not answer:`;
  const log = [heading, ...dead.map(({ address, ids, answer }) => `  ${ids.join(', ')}: ${address} (${answer})`)].join('\n');
  const rows = dead.map(({ address, ids, answer }) => `| ${ids.map((id) => `\`${id}\``).join(', ')} | ${address} | ${answer} |`);
  return { log, summary: [`### ${heading}`, '', '| Source | Address | Answer |', '| --- | --- | --- |', ...rows, ''].join('\n') };
}

/**
 * Asks every address once, through a page that links to them all, so the checker follows no link of their own.
 * @param {Map<string, string[]>} addresses
 * @returns {Promise<import('linkinator').LinkResult[]>}
 */
export async function checkAddresses(addresses) {
  const page = mkdtempSync(join(tmpdir(), 'ops-atlas-sources-'));
  try {
    const links = [...addresses.keys()].map((address) => `<a href="${address.replaceAll('"', '&quot;')}">${address}</a>`);
    writeFileSync(join(page, 'index.html'), `<!doctype html><title>Sources</title>\n${links.join('\n')}\n`);
    // A few at a time, retrying what asks to wait (429) or fails once, as a polite reader would.
    const { links: results } = await new LinkChecker().check({
      path: 'index.html',
      serverRoot: page,
      concurrency: 8,
      timeout: 30_000,
      retry: true,
      retryErrors: true,
      retryErrorsCount: 3,
    });
    return results;
  } finally {
    rmSync(page, { recursive: true, force: true });
  }
}

async function checkSources() {
  const addresses = sourceAddresses(readFileSync('content/sources.yaml', 'utf8'));
  const dead = deadSources(addresses, await checkAddresses(addresses));
  const { log, summary } = report(dead, addresses.size);
  (dead.length > 0 ? console.error : console.log)(log);
  if (process.env['GITHUB_STEP_SUMMARY']) appendFileSync(process.env['GITHUB_STEP_SUMMARY'], summary);
  process.exitCode = dead.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await checkSources();
