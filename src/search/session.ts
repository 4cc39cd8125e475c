/**
 * One reader's searches, from the header's dialog or the search page: the index and the guide's names load once, on the
 * first search, and an answer is given only to the newest search, so a slow answer to an older query (or an older
 * "show more") never replaces a newer one.
 */
import { SearchIndex, indexTimeoutMs } from './engine';
import { vocabularyOf, type SearchEntry } from './query';
import { answer, type Answer } from './rank';

interface Names {
  kinds: string[];
  entries: SearchEntry[];
}

async function namesFrom(base: string): Promise<Names & { vocabulary: Set<string> }> {
  const stalled = new AbortController();
  const timer = setTimeout(() => stalled.abort(), indexTimeoutMs);
  try {
    const response = await fetch(`${base}search-entries.json`, { signal: stalled.signal });
    if (!response.ok) throw new Error(`${base}search-entries.json answered ${response.status}`);
    const names = (await response.json()) as Names;
    return { ...names, vocabulary: vocabularyOf(names.entries) };
  } finally {
    clearTimeout(timer);
  }
}

export function searchSession(base: string) {
  let index: Promise<SearchIndex> | undefined;
  let names: ReturnType<typeof namesFrom> | undefined;
  let newest = 0;
  const load = () => Promise.all([(index ??= SearchIndex.load(base)), (names ??= namesFrom(base))]);
  return {
    /** The kinds a reader can narrow a search to. */
    kinds: async () => (await load())[1].kinds,
    /**
     * Searches, and answers undefined when a newer search has started meanwhile. An index that fails to load is loaded
     * afresh by the next search.
     */
    async search(text: string, kind: string, count?: number): Promise<Answer | undefined> {
      const mine = (newest += 1);
      try {
        const [engine, { entries, vocabulary }] = await load();
        const found = await answer(engine, entries, vocabulary, text, kind, count);
        return mine === newest ? found : undefined;
      } catch (error) {
        index = undefined;
        names = undefined;
        if (mine !== newest) return undefined;
        throw error;
      }
    },
  };
}
