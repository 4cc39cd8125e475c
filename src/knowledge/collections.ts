/**
 * Every collection of the knowledge graph, described once: what the guide calls it, where its entries are written,
 * where their pages live and how the sidebar shows them. The content config, the routes, the sidebar, the exports and
 * the tests all read this list, so adding a collection means an entry here, its schema in `schemas.ts` and its content.
 */
interface CollectionSpec {
  /** What navigation and labels call the collection and one of its entries. */
  label: { plural: string; singular: string };
  /** The first segment of its addresses, such as `roles` in /roles/devops/. */
  segment: string;
  /**
   * How its entries are written: one MDX file each in `content/<name>/`, one YAML map in `content/<name>.yaml`, or YAML
   * maps in any number of files in `content/<name>/`, so that a topic's entries can be kept together.
   */
  source: 'mdx' | 'yaml' | 'yaml-files';
  /**
   * Which route renders its entries: the shared entry page (`[kind]/[id].astro`), a page of its own
   * (`<segment>/[id].astro`), the pair pages, one for every pair of roles whether or not it has a written take, or
   * one page listing every entry under its own anchor (`/<segment>/#<id>`).
   */
  pages: 'entry' | 'own' | 'pairs' | 'list';
  /** How the sidebar shows it: every entry under its name, its index page alone, or nothing (linked elsewhere). */
  sidebar: 'entries' | 'index' | 'none';
}

export const collections = {
  roles: { label: { plural: 'Roles', singular: 'Role' }, segment: 'roles', source: 'mdx', pages: 'entry', sidebar: 'entries' },
  // Titles are what adverts say; the roles stay the models. Twenty-odd titles would crowd the sidebar, so it links their index.
  titles: { label: { plural: 'Job titles', singular: 'Job title' }, segment: 'titles', source: 'mdx', pages: 'entry', sidebar: 'index' },
  models: {
    label: { plural: 'Operating models', singular: 'Operating model' },
    segment: 'models',
    source: 'mdx',
    pages: 'entry',
    sidebar: 'index',
  },
  goals: { label: { plural: 'Goals', singular: 'Goal' }, segment: 'goals', source: 'mdx', pages: 'entry', sidebar: 'index' },
  factors: {
    label: { plural: 'Company context', singular: 'Company context factor' },
    segment: 'factors',
    source: 'mdx',
    pages: 'entry',
    sidebar: 'index',
  },
  enablers: { label: { plural: 'Enablers', singular: 'Enabler' }, segment: 'enablers', source: 'mdx', pages: 'entry', sidebar: 'index' },
  activities: { label: { plural: 'Activities', singular: 'Activity' }, segment: 'activities', source: 'mdx', pages: 'entry', sidebar: 'index' },
  glossary: { label: { plural: 'Glossary', singular: 'Glossary term' }, segment: 'glossary', source: 'mdx', pages: 'entry', sidebar: 'index' },
  comparisons: { label: { plural: 'Comparisons', singular: 'Comparison' }, segment: 'compare', source: 'mdx', pages: 'pairs', sidebar: 'none' },
  // Reading paths are a way into the guide, so the sidebar links them at the top rather than among the collections.
  paths: { label: { plural: 'Reading paths', singular: 'Reading path' }, segment: 'paths', source: 'mdx', pages: 'own', sidebar: 'none' },
  sources: { label: { plural: 'Sources', singular: 'Source' }, segment: 'sources', source: 'yaml', pages: 'own', sidebar: 'index' },
  // Every figure the guide states, once, with its source and locator: one page lists them all, so a reader can check them.
  findings: { label: { plural: 'Findings', singular: 'Finding' }, segment: 'findings', source: 'yaml-files', pages: 'list', sidebar: 'index' },
} as const satisfies Record<string, CollectionSpec>;

type Registry = typeof collections;
export type CollectionName = keyof Registry;
type NamesWhere<Field extends keyof CollectionSpec, Value> = { [K in CollectionName]: Registry[K][Field] extends Value ? K : never }[CollectionName];
/** Collections whose entries each have a page at `/<collection>/<id>/`, rendered by the shared entry page. */
export type PageKind = NamesWhere<'pages', 'entry'>;
/** Collections written as MDX files. */
export type ProseKind = NamesWhere<'source', 'mdx'>;

const names = Object.keys(collections) as CollectionName[];
const where = <K extends CollectionName>(test: (spec: CollectionSpec) => boolean) => names.filter((name) => test(collections[name])) as K[];

export const collectionNames: readonly CollectionName[] = names;
export const pageKinds: readonly PageKind[] = where<PageKind>((spec) => spec.pages === 'entry');
export const proseKinds: readonly ProseKind[] = where<ProseKind>((spec) => spec.source === 'mdx');
/** Collections with a page per entry at its own address, in the order the guide lists them (pairs are listed apart). */
export const listedKinds: readonly NamesWhere<'pages', 'entry' | 'own'>[] = where((spec) => spec.pages === 'entry' || spec.pages === 'own');
/** Collections the sidebar shows, entry by entry or by their index page. */
export const sidebarKinds = (shown: 'entries' | 'index') => where((spec) => spec.sidebar === shown);

const bySegment = new Map(names.map((name) => [collections[name].segment as string, name]));
/** The collection whose addresses start with a segment, such as `compare` for the pair pages. */
export const collectionAt = (segment: string): CollectionName | undefined => bySegment.get(segment);

export const kindLabels: { [K in CollectionName]: Registry[K]['label'] } = Object.fromEntries(
  names.map((name) => [name, collections[name].label]),
) as never;
