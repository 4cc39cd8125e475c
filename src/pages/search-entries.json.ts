import { searchKinds } from '../knowledge/kinds';
import { searchEntries } from '../search/entries';

/**
 * What search lifts above Pagefind's ranking: every entry's names and aliases, and the kinds a reader can narrow to.
 * One file, fetched when a reader first searches, so no page carries it.
 */
export const GET = () =>
  new Response(JSON.stringify({ kinds: searchKinds, entries: searchEntries }), { headers: { 'content-type': 'application/json' } });
