// Build-at-scale benchmark: the guide with synthetic entries added to every collection, against a plain Starlight
// site with the same number of plain pages. Prints build time per page, peak memory and the ratio of the two.
// A benchmark, not a test: timings vary with the machine, so each size is built `--runs` times (default 3), the two
// sites taking turns, and the median run is reported. Usage: npm run bench [-- 100 1000 3000] [--runs 3]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, closeSync, cpSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { body, syntheticEntry } from './synthetic-entries.mjs';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.bench');
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;
const sizes = process.argv
  .slice(2)
  .filter((_, i, args) => args[i - 1] !== '--runs' && args[i] !== '--runs')
  .map(Number)
  .filter(Boolean);
const pageCounts = sizes.length > 0 ? sizes : [100, 1000, 3000];
// Projects live under .bench/ inside the repository, so they resolve packages from its node_modules.
const link = (into) => {
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    symlinkSync(join(root, name), join(into, name));
  }
};

/** A copy of the guide with `extra` synthetic entries spread over every collection. */
function guideWith(extra, dir) {
  mkdirSync(dir, { recursive: true });
  link(dir);
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  for (let i = 0; i < extra; i++) {
    const entry = syntheticEntry(i);
    if (entry.kind === 'sources') appendFileSync(join(dir, 'content/sources.yaml'), entry.text);
    else writeFileSync(join(dir, 'content', entry.kind, `${entry.id}.mdx`), entry.text);
  }
}

/** A plain Starlight site of `pages` MDX pages with the same text: the guide's entries are MDX too, so both sites compile the same format. */
function plainStarlight(pages, dir) {
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  // The repository's package.json tells Vite which packages to bundle, as in any real Starlight project.
  symlinkSync(join(root, 'package.json'), join(dir, 'package.json'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nimport starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Plain' }), mdx()] });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nimport { defineCollection } from 'astro:content';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  // Starlight adds its own 404 page.
  for (let i = 0; i < pages - 1; i++) {
    writeFileSync(
      join(dir, `src/content/docs/page-${i}.mdx`),
      `---\ntitle: Page ${i}\ndescription: A generated page for the benchmark run.\n---\n\n${body(i)}\n`,
    );
  }
}

/**
 * The resident memory, in kB, of a process and every process it started: the guide draws its link previews in a
 * process of its own, and both sites run Pagefind as one. Read from /proc, so the bench measures memory on Linux only.
 */
function treeMemoryKB(rootPid) {
  const children = new Map();
  const resident = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let status;
    try {
      status = readFileSync(`/proc/${name}/status`, 'utf8');
    } catch {
      continue; // It ended while the list was being read.
    }
    const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    resident.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
  }
  const sum = (pid) => (resident.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((total, child) => total + sum(child), 0);
  return sum(rootPid);
}

/** Builds a project from clean and returns its wall time, peak memory and the number of pages it wrote. */
async function build(dir) {
  // Every run starts cold: no output and none of Astro's caches from the run before.
  for (const made of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, made), { recursive: true, force: true });
  // The build's own process reports its exact peak as it exits, which a sample taken between peaks would miss.
  const rssFile = join(dir, 'peak-rss.txt');
  writeFileSync(
    join(dir, 'report-rss.mjs'),
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  // Both builds run on Node's default heap, as `npm run build` does.
  // A large build logs megabytes; it goes to a file, and only its tail is shown if the build fails.
  const logFile = join(dir, 'build.log');
  const log = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', './report-rss.mjs', join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', log, log],
  });
  // Sampled five times a second: the peak of all the build's processes at once, not the sum of each one's peak.
  let peakKB = 0;
  const sampler = setInterval(() => (peakKB = Math.max(peakKB, treeMemoryKB(child.pid))), 200);
  const [status, signal] = await once(child, 'exit');
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  closeSync(log);
  if (status !== 0) {
    const tail = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((line) => /error|fail/i.test(line))
      .slice(-20)
      .join('\n');
    throw new Error(`Build in ${dir} failed (${signal ?? `exit ${status}`}):\n${tail}`);
  }
  const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
  return { seconds, pages, peakMB: Math.max(peakKB, Number(readFileSync(rssFile, 'utf8'))) / 1024 };
}

/** The middle run by wall time, with the middle peak memory of the runs (the two need not come from the same run). */
function median(list) {
  const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { pages: list[0].pages, seconds: middle(list.map((run) => run.seconds)), peakMB: middle(list.map((run) => run.peakMB)) };
}

const basePages = (
  await build(
    (() => {
      rmSync(work, { recursive: true, force: true });
      const dir = join(work, 'atlas-base');
      guideWith(0, dir);
      return dir;
    })(),
  )
).pages;

const rows = [];
for (const pages of pageCounts) {
  const atlasDir = join(work, `atlas-${pages}`);
  const plainDir = join(work, `plain-${pages}`);
  guideWith(Math.max(0, pages - basePages), atlasDir);
  const atlasRuns = [await build(atlasDir)];
  // The plain site gets as many pages as the guide really built (the guide alone is already past 100).
  plainStarlight(atlasRuns[0].pages, plainDir);
  const plainRuns = [await build(plainDir)];
  for (let run = 1; run < runs; run++) {
    atlasRuns.push(await build(atlasDir));
    plainRuns.push(await build(plainDir));
  }
  const atlas = median(atlasRuns);
  const plain = median(plainRuns);
  rows.push({ pages, atlas, plain });
  const seconds = (list) => list.map((run) => run.seconds.toFixed(1)).join(', ');
  console.log(
    `built ${pages}: Ops Atlas ${atlas.pages} pages in ${seconds(atlasRuns)} s, plain Starlight ${plain.pages} pages in ${seconds(plainRuns)} s`,
  );
  rmSync(atlasDir, { recursive: true, force: true });
  rmSync(plainDir, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

const ms = (run) => ((run.seconds * 1000) / run.pages).toFixed(1);
console.log('\n| pages | Ops Atlas ms/page | Ops Atlas peak MB | plain Starlight ms/page | plain peak MB | time ratio | memory ratio |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { pages, atlas, plain } of rows) {
  const ratio = (atlas.seconds / atlas.pages / (plain.seconds / plain.pages)).toFixed(2);
  console.log(
    `| ${pages} | ${ms(atlas)} | ${atlas.peakMB.toFixed(0)} | ${ms(plain)} | ${plain.peakMB.toFixed(0)} | ${ratio} | ${(atlas.peakMB / plain.peakMB).toFixed(2)} |`,
  );
}
