// Words of prose per collection: the MDX bodies in content/, without frontmatter, components or markup.
// Usage: node test/bench/word-count.mjs [content-dir]   (the editor's note on a content change reports these numbers)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'content';
const prose = (text) =>
  text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<Cite[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/[#*_`>|-]/g, ' ');
const words = (text) =>
  prose(text)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

const rows = readdirSync(root)
  .filter((name) => statSync(join(root, name)).isDirectory())
  .map((collection) => {
    const files = readdirSync(join(root, collection)).filter((name) => name.endsWith('.mdx'));
    const total = files.reduce((sum, name) => sum + words(readFileSync(join(root, collection, name), 'utf8')), 0);
    return { collection, pages: files.length, words: total, perPage: Math.round(total / Math.max(files.length, 1)) };
  });
console.table(rows);
console.log(`total: ${rows.reduce((sum, row) => sum + row.words, 0)} words on ${rows.reduce((sum, row) => sum + row.pages, 0)} pages`);
