import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every HTML page a build wrote below `dir`, as full paths, for the integrations that read or finish the pages. */
export const htmlFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { withFileTypes: true, recursive: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
