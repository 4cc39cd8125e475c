import { entries, graph, pairs } from '../knowledge/content';
import { kindLabels, pageKinds } from '../knowledge/collections';
import { entryPath } from '../knowledge/urls';
import type { SearchEntry } from './query';

/** Every entry with all the names readers call it by, from the collections' typed data. */
export const searchEntries: SearchEntry[] = [
  ...pageKinds.flatMap((kind) =>
    entries[kind].map((entry) => ({
      title: entry.data.title,
      url: entryPath(kind, entry.id),
      kind: kindLabels[kind].singular,
      summary: entry.data.summary,
      names: [entry.data.title, ...('abbreviation' in entry.data && entry.data.abbreviation ? [entry.data.abbreviation] : []), ...entry.data.aliases],
    })),
  ),
  ...graph.nodes('sources').map((source) => ({
    title: source.title,
    url: entryPath('sources', source.id),
    kind: kindLabels.sources.singular,
    summary: source.summary,
    names: [source.title],
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
