import type { EntryData } from '../knowledge/graph';

/**
 * The job-description decoder: scores a pasted advert against each role's weighted signals (from the roles
 * collection), recognises its title in the title catalogue (the titles collection) and says whether the duties
 * describe the role that title usually means.
 */

export interface RoleSignals {
  id: string;
  title: string;
  signals: { phrase: string; weight: number }[];
}

/** A job title as the decoder reads it: every spelling adverts use, and the role it usually means. */
export interface TitleNames {
  id: string;
  title: string;
  names: string[];
  /** The id of the role the title usually means. */
  usually: string;
}

/** A role as the decoder reads it, from the roles collection. */
export function roleSignals(role: { id: string; data: EntryData['roles'] }): RoleSignals {
  return { id: role.id, title: role.data.title, signals: role.data.signals };
}

/** A title as the decoder reads it, from the titles collection. */
export function titleNames(title: { id: string; data: EntryData['titles'] }): TitleNames {
  const usually = title.data.means.find((link) => link.strength === 'usually')!;
  return { id: title.id, title: title.data.title, names: [title.data.title, ...title.data.aliases], usually: usually.role.id };
}

const byOrder = <T extends { data: { order: number } }>(entries: T[]) => [...entries].sort((a, b) => a.data.order - b.data.order);

/** What the decoder page hands its script: roles and titles in reading order, each with its page. */
export function decoderData(
  roles: { id: string; data: EntryData['roles'] }[],
  titles: { id: string; data: EntryData['titles'] }[],
  hrefOf: (kind: 'roles' | 'titles', id: string) => string,
) {
  return {
    roles: byOrder(roles).map((role) => ({ ...roleSignals(role), href: hrefOf('roles', role.id) })),
    titles: byOrder(titles).map((title) => ({ ...titleNames(title), href: hrefOf('titles', title.id) })),
  };
}

export interface Match {
  phrase: string;
  count: number;
  /** Where each mention starts and ends in the advert, for highlighting. */
  ranges: [number, number][];
}

export interface RoleScore {
  id: string;
  title: string;
  score: number;
  /** The role's share of all matched weight, 0 to 1. */
  share: number;
  matches: Match[];
}

export type Decoded =
  | { kind: 'empty' | 'too-short' | 'no-match'; message: string }
  | {
      kind: 'ranked';
      ranked: RoleScore[];
      /** The catalogue title the advert's first line carries, if any. */
      titled?: TitleNames;
      /** What the title usually means and what this advert reads as, for a title the catalogue knows. */
      verdict?: string;
      /** True when the duties describe another role than the one the title usually means. */
      mismatch?: boolean;
    };

/** Fewer words than this cannot describe a job's duties. */
export const minimumWords = 12;
/** A phrase counts at most this many times, so one repeated buzzword cannot decide the result. */
const countCap = 3;

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Every whole-word occurrence of a lower-case phrase in lower-case text, its plural in "s" included. */
function findAll(text: string, phrase: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
    let end = at + phrase.length;
    if (text[end] === 's' && !isWordCharacter(text[end + 1])) end += 1;
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[end])) ranges.push([at, end]);
  }
  return ranges;
}

/** A role's matches, longest phrase first, so "ci/cd pipelines" is not counted again as "ci/cd". */
function matchesFor(text: string, signals: RoleSignals['signals']): Match[] {
  const taken: [number, number][] = [];
  const matches: Match[] = [];
  for (const { phrase } of [...signals].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const ranges = findAll(text, phrase).filter(([start, end]) => !taken.some(([from, to]) => start < to && end > from));
    if (ranges.length === 0) continue;
    taken.push(...ranges);
    matches.push({ phrase, count: ranges.length, ranges });
  }
  return matches;
}

/** The catalogue title an advert's first line carries, if any: the longest name found wins ("Product Security Engineer" over "Security Engineer"). */
function titleOf(text: string, titles: TitleNames[]): TitleNames | undefined {
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim()
      .toLowerCase() ?? '';
  if (firstLine.length > 120) return undefined;
  let best: { title: TitleNames; length: number } | undefined;
  for (const title of titles) {
    for (const name of title.names) {
      const lower = name.toLowerCase();
      if (findAll(firstLine, lower).length > 0 && (!best || lower.length > best.length)) best = { title, length: lower.length };
    }
  }
  return best?.title;
}

export function decodeAdvert(advert: string, roles: RoleSignals[], titles: TitleNames[] = []): Decoded {
  const text = advert.replace(/\r\n?/g, '\n').toLowerCase();
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words === 0) return { kind: 'empty', message: 'Paste a job advert, title and duties included, then press Decode.' };
  if (words < minimumWords) {
    return {
      kind: 'too-short',
      message: `That is ${words} ${words === 1 ? 'word' : 'words'}: paste the whole advert, with its duties and requirements, so there is something to read.`,
    };
  }

  const scored = roles.map((role) => {
    const matches = matchesFor(text, role.signals);
    const weightOf = new Map(role.signals.map((signal) => [signal.phrase, signal.weight]));
    const score = matches.reduce((sum, match) => sum + (weightOf.get(match.phrase) ?? 0) * Math.min(match.count, countCap), 0);
    return { id: role.id, title: role.title, score, matches: matches.sort((a, b) => (weightOf.get(b.phrase) ?? 0) - (weightOf.get(a.phrase) ?? 0)) };
  });
  const total = scored.reduce((sum, role) => sum + role.score, 0);
  if (total === 0) {
    return {
      kind: 'no-match',
      message: 'None of the duties we know for these roles appear in this text. Is it an operations advert, and is it in English?',
    };
  }

  const ranked = scored
    .filter((role) => role.score > 0)
    .map((role) => ({ ...role, share: role.score / total }))
    .sort((a, b) => b.score - a.score);
  const titled = titleOf(advert, titles);
  if (!titled) return { kind: 'ranked', ranked };
  const top = ranked[0]!;
  const usual = roles.find((role) => role.id === titled.usually)?.title ?? titled.usually;
  const mismatch = titled.usually !== top.id;
  const verdict = `Titled ${titled.title}: usually ${usual}; ${mismatch ? 'this one' : 'this advert'} reads as ${top.title}.`;
  return { kind: 'ranked', ranked, titled, verdict, mismatch };
}
