import { collectionAt, kindLabels } from './collections';

/** What a page is, as search results and filters name it: an entry's kind, or a page about the guide. */
export function kindOfPath(pathname: string, base: string): string {
  const [collection, id, ...rest] = pathname.slice(base.replace(/\/?$/, '/').length).split('/').filter(Boolean);
  const name = collectionAt(collection ?? '');
  const kind = name ? kindLabels[name] : undefined;
  return kind && id && rest.length === 0 ? kind.singular : 'Guide page';
}

/** Every kind search can filter by, in the order the filter lists them. */
export const searchKinds = [...Object.values(kindLabels).map((label) => label.singular), 'Guide page'];
