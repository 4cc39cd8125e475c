import { getCollection } from 'astro:content';

import { entries, graph, pairs } from '../knowledge/content';
import { kindLabels, pageKinds } from '../knowledge/collections';
import { collectionPath, entryPath, withBase } from '../knowledge/urls';
import { toolPages } from '../tools/pages';
import type { SearchEntry } from './query';

/** The guide's own pages (the home page, the index of each kind, the about page), found by their names too. */
const guidePages = (await getCollection('docs')).filter((page) => !page.data.draft);

/** Every entry with all the names readers call it by, from the collections' typed data. */
export const searchEntries: SearchEntry[] = [
  ...pageKinds.flatMap((kind) =>
    entries[kind].map((entry) => ({
      title: entry.data.title,
      url: entryPath(kind, entry.id),
      kind: kindLabels[kind].singular,
      summary: entry.data.summary,
      names: [entry.data.title, ...('abbreviation' in entry.data && entry.data.abbreviation ? [entry.data.abbreviation] : []), ...entry.data.aliases],
      ...(kind === 'glossary' ? { defines: true } : {}),
    })),
  ),
  ...entries.sources.map((source) => ({
    title: source.data.title,
    url: entryPath('sources', source.id),
    kind: kindLabels.sources.singular,
    summary: graph.node('sources', source.id).summary,
    names: [source.data.title, ...source.data.aliases],
  })),
  ...guidePages.map((page) => ({
    title: page.data.title,
    url: withBase(page.id === 'index' ? '' : `${page.id}/`),
    kind: 'Guide page',
    summary: page.data.description ?? page.data.title,
    names: [page.data.title, ...page.data.aliases],
  })),
  {
    title: 'Findings',
    url: collectionPath('findings'),
    kind: 'Guide page',
    summary: 'Every figure and finding the guide states, with its source, where in it, the year and the pages that use it.',
    names: ['Findings', 'Findings ledger', 'Figures', 'Evidence'],
  },
  ...Object.entries(toolPages).map(([id, tool]) => ({
    title: tool.title,
    url: withBase(`tools/${id}/`),
    kind: 'Guide page',
    summary: tool.description,
    names: [tool.title, ...tool.names],
  })),
  // Pair pages are found by the two roles a query names, never by their own titles, which would match either role.
  ...pairs.map((pair) => ({
    title: `${pair.first.title} vs ${pair.second.title}`,
    url: entryPath('comparisons', pair.id),
    kind: kindLabels.comparisons.singular,
    summary:
      entries.comparisons.find((comparison) => comparison.id === pair.id)?.data.summary ??
      `How ${pair.first.title} and ${pair.second.title} overlap and differ.`,
    names: [],
    compares: [entryPath('roles', pair.first.id), entryPath('roles', pair.second.id)],
  })),
];
