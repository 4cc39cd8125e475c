import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';

const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Loads one collection's MDX pages from `content/<collection>/`. The file name is the entry's id and
 * its address, so it must be kebab-case; two files may not claim the same id (`devops.md` and
 * `devops.mdx`), which the glob loader would otherwise let one silently replace the other.
 */
export function entryPages(collection: string) {
  const claimedBy = new Map<string, string>();
  return glob({
    base: `./content/${collection}`,
    pattern: '**/[^_]*.{md,mdx}',
    generateId({ entry }) {
      const id = entry.replace(/\.mdx?$/, '');
      const where = `content/${collection}/${entry}`;
      if (!kebabCase.test(id)) {
        throw new Error(`${where}: the file name "${id}" is the entry's id and address; rename it in kebab-case, such as "site-reliability".`);
      }
      const earlier = claimedBy.get(id);
      if (earlier && earlier !== where) {
        throw new Error(`${where}: duplicate id "${id}", already used by ${earlier}; rename or remove one of the two files.`);
      }
      claimedBy.set(id, where);
      return id;
    },
  });
}

/**
 * Loads a YAML map of entries keyed by id. The YAML parser rejects a repeated key, which is how a
 * duplicate id shows up in a single file.
 */
export function yamlEntries(path: string) {
  return file(path, {
    parser(text) {
      let entries: unknown;
      try {
        entries = parse(text);
      } catch (error) {
        throw new Error(`${path}: ${(error as Error).message}\nEach id may appear once; rename or merge the repeated entry.`);
      }
      if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) {
        throw new Error(`${path}: expected a map of entries keyed by id, such as "dora-2018: { title: … }".`);
      }
      for (const id of Object.keys(entries)) {
        if (!kebabCase.test(id)) throw new Error(`${path}: the id "${id}" must be kebab-case, such as "dora-2018".`);
      }
      return entries as Record<string, Record<string, unknown>>;
    },
  });
}
