import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import sharp from 'sharp';

import type { Preview } from './previews';

const require = createRequire(import.meta.url);

// The font ships with the project, so previews render the same on any machine, with or without system fonts: the
// SVG renderer finds fonts through fontconfig, which is pointed at the bundled DejaVu alone before it first starts.
const fontDir = dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const fontConfigDir = join(tmpdir(), 'ops-atlas-fonts');
mkdirSync(fontConfigDir, { recursive: true });
// Written aside and renamed into place, so a build running alongside never reads a half-written file.
const draft = join(fontConfigDir, `fonts.conf.${process.pid}`);
writeFileSync(draft, `<?xml version="1.0"?>\n<fontconfig><dir>${fontDir}</dir><cachedir>${join(fontConfigDir, 'cache')}</cachedir></fontconfig>\n`);
renameSync(draft, join(fontConfigDir, 'fonts.conf'));
process.env['FONTCONFIG_FILE'] = join(fontConfigDir, 'fonts.conf');
// Every preview is drawn once, so libvips' cache of recent operations would only hold memory.
sharp.cache(false);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into lines of at most `width` characters, ending with an ellipsis past `maxLines`. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
  }
  return lines;
}

/** The 1200 × 630 card that chat tools and wikis show when a link to the page is pasted. */
export function previewSvg(preview: Preview): string {
  const title = wrap(preview.title, 26, 3);
  const line = wrap(preview.line, 52, 3);
  const lineTop = 250 + title.length * 76;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#14275e"/>
  <rect x="0" y="600" width="1200" height="30" fill="#4f7df3"/>
  <circle cx="1070" cy="130" r="60" fill="#ffffff"/>
  <path d="M1070 80 l18 50 -18 50 -18 -50 z" fill="#14275e"/>
  <text x="80" y="130" font-family="DejaVu Sans" font-size="36" font-weight="bold" fill="#ffffff">Ops Atlas</text>
  <text x="80" y="200" font-family="DejaVu Sans" font-size="30" fill="#b9c8f5">${escape(preview.kind)}</text>
  ${title.map((text, i) => `<text x="80" y="${280 + i * 76}" font-family="DejaVu Sans" font-size="64" font-weight="bold" fill="#ffffff">${escape(text)}</text>`).join('\n  ')}
  ${line.map((text, i) => `<text x="80" y="${lineTop + 30 + i * 44}" font-family="DejaVu Sans" font-size="32" fill="#dfe6fb">${escape(text)}</text>`).join('\n  ')}
</svg>`;
}

/**
 * How each card is drawn: top to bottom in one pass, and lightly compressed, which a card of flat colour and text
 * barely notices (66 kB against 58 kB at zlib's default) but which takes a third off the time it costs.
 */
const drawing = { input: { sequentialRead: true }, png: { compressionLevel: 2 } } as const;

/** The card as a PNG, drawn on request: the dev server's way, where a reader opens one card at a time. */
export async function previewPng(preview: Preview): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(
    await sharp(Buffer.from(previewSvg(preview)), drawing.input)
      .png(drawing.png)
      .toBuffer(),
  );
}

/**
 * The drawing process: it lowers its own priority before sharp starts its threads (which inherit it), draws the cards
 * it reads from standard input into files in as many lanes as the machine has cores, and names each card on standard
 * output as it is written.
 */
const drawer = `
import { setPriority } from 'node:os';
setPriority(19);
let input = '';
for await (const chunk of process.stdin) input += chunk;
const { sharp: sharpUrl, drawing, dir, svgs, lanes } = JSON.parse(input);
const { default: sharp } = await import(sharpUrl);
sharp.cache(false);
let next = 0;
async function lane() {
  for (let index = next++; index < svgs.length; index = next++) {
    await sharp(Buffer.from(svgs[index]), drawing.input).png(drawing.png).toFile(dir + '/' + index + '.png');
    process.stdout.write(index + '\\n');
  }
}
await Promise.all(Array.from({ length: lanes }, lane));
`;

/**
 * Starts drawing every card at once, in a process of its own at the lowest priority, and returns each card when it is
 * ready. The cards are most of what a large build adds to plain Starlight (test/bench/build-at-scale.mjs); drawn this
 * way they use the core that rendering pages leaves idle, since Astro renders pages on one thread, and the route that
 * serves them comes after the entry pages. Drawn in the build's own process, they waited on that thread's turns.
 */
export function previewsDrawnAhead(previews: readonly Preview[]): (preview: Preview) => Promise<Uint8Array<ArrayBuffer>> {
  const dir = mkdtempSync(join(tmpdir(), 'ops-atlas-previews-'));
  const drawn = previews.map(() => Promise.withResolvers<void>());
  // A card's failure is reported by the page that asks for it, not as a stray rejection before then.
  for (const card of drawn) card.promise.catch(() => {});
  const child = spawn(process.execPath, ['--input-type=module', '--eval', drawer], { stdio: ['pipe', 'pipe', 'pipe'] });
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop()!;
    for (const line of lines) drawn[Number(line)]?.resolve();
  });
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (errors += text));
  const stopped = (why: string) => {
    const error = new Error(`The process that draws the link-preview images stopped (${why}) before drawing them all:\n${errors}`);
    for (const card of drawn) card.reject(error);
  };
  child.on('error', (error) => stopped(error.message));
  child.on('exit', (code, signal) => code !== 0 && stopped(signal ?? `exit ${code}`));
  // A build that fails part-way leaves no drawing process or scratch folder behind.
  process.once('exit', () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  const sharpUrl = pathToFileURL(require.resolve('sharp')).href;
  child.stdin.end(JSON.stringify({ sharp: sharpUrl, drawing, dir, svgs: previews.map(previewSvg), lanes: availableParallelism() }));

  const indexOf = new Map(previews.map((preview, index) => [preview, index]));
  return async (preview) => {
    const index = indexOf.get(preview);
    if (index === undefined) throw new Error(`No link-preview image was drawn for ${preview.path || 'the home page'}.`);
    await drawn[index]!.promise;
    const file = join(dir, `${index}.png`);
    const card = new Uint8Array(readFileSync(file));
    rmSync(file);
    return card;
  };
}
