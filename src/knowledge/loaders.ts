import { existsSync, readdirSync, readFileSync } from 'node:fs';

import type { z } from 'astro/zod';
import { file, glob, type Loader } from 'astro/loaders';
import { parse } from 'yaml';

import { withClearErrors, yamlProblem } from './content-errors';

const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Turns a file name into the entry's id, which is also its address, so it must be kebab-case. Two
 * files may not claim one id (`devops.md` and `devops.mdx`): the glob loader would keep only one.
 */
export function uniqueIds(collection: string) {
  const claimedBy = new Map<string, string>();
  return ({ entry }: { entry: string }) => {
    const id = entry.replace(/\.mdx?$/, '');
    const where = `content/${collection}/${entry}`;
    if (!kebabCase.test(id)) {
      throw new Error(
        `${where}: the file name "${id}" is the entry's id and address; rename the file in kebab-case, such as "site-reliability.mdx".`,
      );
    }
    const earlier = claimedBy.get(id);
    if (earlier && earlier !== where) {
      throw new Error(`${where}: duplicate id "${id}", already used by ${earlier}; rename or remove one of the two files.`);
    }
    claimedBy.set(id, where);
    return id;
  };
}

/** Loads one collection's pages from `content/<collection>/`; files starting with `_` are skipped. */
export function entryPages(collection: string, schema: z.ZodType) {
  return withClearErrors(glob({ base: `./content/${collection}`, pattern: '**/[^_]*.{md,mdx}', generateId: uniqueIds(collection) }), schema);
}

/**
 * Loads a YAML map of entries keyed by id. The YAML parser rejects a repeated key, which is how a
 * duplicate id shows up in a single file.
 */
export function parseEntryMap(path: string, text: string): Record<string, Record<string, unknown>> {
  const problem = yamlProblem(path, text);
  if (problem) throw new Error(problem);
  // Dates (a finding's checked day) are read as dates, as in frontmatter.
  const entries: unknown = parse(text, { customTags: ['timestamp'] });
  if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) {
    throw new Error(`${path}: expected a map of entries keyed by id, such as "dora-2018: { title: … }".`);
  }
  for (const id of Object.keys(entries)) {
    if (!kebabCase.test(id)) throw new Error(`${path}: the id "${id}" must be kebab-case, such as "dora-2018".`);
  }
  return entries as Record<string, Record<string, unknown>>;
}

/** Loads the guide's own pages (home, about, not found) with the same checks as its entries. */
export const guidePages = (loader: Loader) => withClearErrors(loader);

export function yamlEntries(path: string, schema: z.ZodType) {
  const loader = file(path, { parser: (text) => parseEntryMap(path, text) });
  // Astro's file loader logs a parser's error and goes on with no entries, so the file is read once here first.
  const checked = {
    ...loader,
    load: async (context: Parameters<typeof loader.load>[0]) => {
      parseEntryMap(path.replace(/^\.\//, ''), readFileSync(path, 'utf8'));
      await loader.load(context);
    },
  };
  return withClearErrors(checked, schema);
}

/** The YAML files of a collection kept in several files, in name order; files starting with `_` are skipped. */
export function yamlFilesIn(directory: string): string[] {
  const folder = directory.replace(/^\.\//, '');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^[^_].*\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/**
 * Reads YAML maps of entries keyed by id from every file in a folder, as one collection. An id may be used once in the
 * whole folder: each file's own repeated keys are refused by the YAML parser, and ids across files here.
 */
export function entriesInFiles(directory: string): { id: string; data: Record<string, unknown>; filePath: string }[] {
  const claimedBy = new Map<string, string>();
  // In id order, whichever file an entry sits in, so every reader of the collection lists it alike.
  return yamlFilesIn(directory)
    .flatMap((filePath) =>
      Object.entries(parseEntryMap(filePath, readFileSync(filePath, 'utf8'))).map(([id, data]) => {
        const earlier = claimedBy.get(id);
        if (earlier) throw new Error(`${filePath}: the id "${id}" is already used in ${earlier}. Fix: use that entry, or rename one of the two.`);
        claimedBy.set(id, filePath);
        return { id, data, filePath };
      }),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function yamlEntryFiles(directory: string, schema: z.ZodType) {
  const loader: Loader = {
    name: 'yaml-entry-files',
    load: async (context) => {
      const read = entriesInFiles(directory);
      context.store.clear();
      for (const { id, data, filePath } of read) {
        context.store.set({ id, data: await context.parseData({ id, data, filePath }), filePath, digest: context.generateDigest(data) });
      }
      context.watcher?.add(directory.replace(/^\.\//, ''));
    },
  };
  return withClearErrors(loader, schema);
}
