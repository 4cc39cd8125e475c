// How long the decoder takes to score an advert of 64 kB, 512 kB and 1 MB, and half a megabyte of one repeated phrase.
// Usage: npm run bench:decoder   (a figure for the record, never a gate: it depends on how busy the machine is)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { parse } from 'yaml';

import { decodeAdvert } from '../../src/tools/decoder.ts';
import { decoderInputs } from './decoder-inputs.mjs';

const frontmatterOf = (file) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))[1], { customTags: ['timestamp'] });
const roles = readdirSync('content/roles')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ id: name.replace('.mdx', ''), ...frontmatterOf(join('content/roles', name)) }))
  .map((role) => ({ id: role.id, title: role.title, signals: role.signals }));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = decoderInputs.map(([name, text]) => {
  decodeAdvert(text, roles);
  const times = Array.from({ length: 7 }, () => {
    const started = performance.now();
    const decoded = decodeAdvert(text, roles);
    const took = performance.now() - started;
    if (decoded.kind !== 'ranked') throw new Error(`${name}: ${decoded.kind}`);
    return took;
  });
  return { input: name, characters: text.length, 'median ms': median(times).toFixed(1), 'slowest ms': Math.max(...times).toFixed(1) };
});
console.table(rows);
