import { collections, type CollectionName } from './collections';

/** Every internal address goes through here, so the site works under any base path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

export const collectionPath = (kind: CollectionName) => withBase(`${collections[kind].segment}/`);

/**
 * An entry's page; pair pages live under /compare/, whether or not the pair has a written take, and an entry of a
 * collection listed on one page (the findings) is its anchor there.
 */
export const entryPath = (kind: CollectionName, id: string) =>
  withBase(collections[kind].pages === 'list' ? `${collections[kind].segment}/#${id}` : `${collections[kind].segment}/${id}/`);
