// Search benchmark: the guide's header dialog against plain Starlight's search, over the same pages, in one Chromium
// run. Prints the bytes a first search downloads and the time from the first keystroke to the first results, for a
// cold search (nothing cached) and a warm one (the next query in the same dialog). Reported, not gated: timings vary
// with the machine. Usage: npm run bench:search
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';

import { parse } from 'node-html-parser';
import { chromium } from 'playwright-core';

import { searchBench } from './search-inputs.mjs';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.bench', 'search');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function astroBuild(cwd, outDir) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The build in ${cwd} failed:\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`);
}

const htmlFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('index.html'));

/** A plain Starlight project whose pages hold the text of the guide's searchable pages, as Markdown with their HTML. */
function plainStarlightOf(guideDist, dir) {
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  symlinkSync(join(root, 'package.json'), join(dir, 'package.json'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Plain' })] });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nimport { defineCollection } from 'astro:content';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  let pages = 0;
  for (const file of htmlFiles(guideDist)) {
    const document = parse(readFileSync(join(guideDist, file), 'utf8'));
    if (!document.querySelector('[data-pagefind-body]')) continue;
    const title = document.querySelector('h1')?.text.trim() ?? file;
    const content = document.querySelector('.sl-markdown-content')?.innerHTML ?? '';
    const path = file === 'index.html' ? 'index.md' : `${dirname(file)}.md`;
    mkdirSync(dirname(join(dir, 'src/content/docs', path)), { recursive: true });
    writeFileSync(join(dir, 'src/content/docs', path), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${content}\n`);
    pages += 1;
  }
  return pages;
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/** Serves a built site as a static host would, on a free port. */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}`, server })));
}

/** How each site's search is driven: how it opens, where its results appear, and when they are for the query typed. */
const sites = {
  guide: {
    results: '.search-dialog ol > li',
    answered: (query) => `.search-dialog [role="status"]:has-text("for “${query}”")`,
  },
  starlight: {
    results: '.pagefind-ui__result',
    answered: (query) => `.pagefind-ui__message:has-text("${query}")`,
  },
};

/** Bytes the page downloads while `work` runs. */
async function bytesDuring(page, work) {
  const sizes = [];
  const count = (request) => sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
  page.on('requestfinished', count);
  await work();
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', count);
  return (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
}

/** One search in a fresh browser context: the page, then Ctrl+K and the first query, then the second. */
async function measure(browser, url, site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loadBytes = await bytesDuring(page, () => page.goto(`${url}${searchBench.page}`));
  const [first, second] = searchBench.queries;
  let coldMs = 0;
  const searchBytes = await bytesDuring(page, async () => {
    await page.keyboard.press('Control+k');
    await page.waitForTimeout(500);
    const started = Date.now();
    await page.keyboard.type(first);
    await page.locator(sites[site].answered(first)).waitFor();
    await page.locator(sites[site].results).first().waitFor();
    coldMs = Date.now() - started;
  });
  await page.keyboard.press('Control+a');
  const started = Date.now();
  await page.keyboard.type(second);
  await page.locator(sites[site].answered(second)).waitFor();
  await page.locator(sites[site].results).first().waitFor();
  const warmMs = Date.now() - started;
  await context.close();
  return { loadBytes, searchBytes, coldMs, warmMs };
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const guideDist = join(work, 'guide-dist');
astroBuild(root, guideDist);
const plainDir = join(work, 'starlight');
const pages = plainStarlightOf(guideDist, plainDir);
astroBuild(plainDir, join(plainDir, 'dist'));

const browser = await chromium.launch({ executablePath: chromiumPath });
const served = { guide: await serve(guideDist), starlight: await serve(join(plainDir, 'dist')) };
const rows = [];
for (const site of ['guide', 'starlight']) {
  const runs = [];
  for (let run = 0; run < searchBench.runs; run++) runs.push(await measure(browser, served[site].url, site));
  const median = (key) => runs.map((result) => result[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  rows.push({ site, searchBytes: median('searchBytes'), coldMs: median('coldMs'), warmMs: median('warmMs') });
}
await browser.close();
for (const { server } of Object.values(served)) server.close();

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`Search over ${pages} pages, "${searchBench.queries[0]}" then "${searchBench.queries[1]}", median of ${searchBench.runs} runs:`);
console.log('site        first search downloads  first keystroke to results: cold  warm');
for (const row of rows)
  console.log(`${row.site.padEnd(12)}${kB(row.searchBytes).padStart(22)}${`${row.coldMs} ms`.padStart(35)}${`${row.warmMs} ms`.padStart(8)}`);
