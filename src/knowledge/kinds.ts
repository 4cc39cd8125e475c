import type { CollectionName } from './schemas';

/** How each collection is named in the guide's navigation and labels. */
export const kindLabels: Record<CollectionName, { plural: string; singular: string }> = {
  roles: { plural: 'Roles', singular: 'Role' },
  goals: { plural: 'Goals', singular: 'Goal' },
  factors: { plural: 'Company context', singular: 'Company context factor' },
  enablers: { plural: 'Enablers', singular: 'Enabler' },
  activities: { plural: 'Activities', singular: 'Activity' },
  glossary: { plural: 'Glossary', singular: 'Glossary term' },
  comparisons: { plural: 'Comparisons', singular: 'Comparison' },
  paths: { plural: 'Reading paths', singular: 'Reading path' },
  sources: { plural: 'Sources', singular: 'Source' },
};

/** What a page is, as search results and filters name it: an entry's kind, or a page about the guide. */
export function kindOfPath(pathname: string, base: string): string {
  const [collection, id, ...rest] = pathname.slice(base.replace(/\/?$/, '/').length).split('/').filter(Boolean);
  const kind = collection === 'compare' ? kindLabels.comparisons : kindLabels[collection as CollectionName];
  return kind && id && rest.length === 0 ? kind.singular : 'Guide page';
}

/** Every kind search can filter by, in the order the filter lists them. */
export const searchKinds = [...Object.values(kindLabels).map((label) => label.singular), 'Guide page'];
