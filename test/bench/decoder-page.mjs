// How long the decoder page blocks its main thread while it decodes and draws an advert of 64 kB, 512 kB and 1 MB:
// the longest task the browser reports (the budget is 100 ms) and the time until the marked advert is drawn.
// Usage: npm run build && npm run bench:decoder-page   (figures for the record, never a gate: they depend on the machine)
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { decoderInputs } from './decoder-inputs.mjs';

/** Runs in the page: presses Decode and watches the main thread until the result and the marked advert are drawn. */
async function measure() {
  const tasks = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
  const started = performance.now();
  document.querySelector('#job-decoder button[type="submit"]').click();
  const view = document.querySelector('#decoded-advert');
  const done = () => !document.querySelector('#decoder-result').hidden && !view.hasAttribute('aria-busy');
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
  const drawn = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { longest: Math.max(0, ...tasks), drawn };
}

const { url, close } = await serveSite('dist', '/');
const browser = await launchBrowser();
const rows = [];
for (const [input, text] of decoderInputs) {
  const runs = [];
  for (let run = 0; run < 3; run += 1) {
    const page = await browser.newPage();
    await page.goto(`${url}tools/job-decoder/`);
    await page.locator('#advert').evaluate((textarea, value) => (textarea.value = value), text);
    runs.push(await page.evaluate(measure));
    await page.close();
  }
  const drawn = runs.map((run) => run.drawn).sort((a, b) => a - b);
  rows.push({
    input,
    characters: text.length,
    'longest task ms (worst of 3)': Math.round(Math.max(...runs.map((run) => run.longest))),
    'decoded and drawn ms (median)': Math.round(drawn[1]),
  });
}
console.table(rows);
await browser.close();
await close();
