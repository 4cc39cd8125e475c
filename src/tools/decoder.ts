import type { EntryData } from '../knowledge/graph';

/**
 * The job-description decoder: scores a pasted advert against each role's weighted signals (from the
 * roles collection) and says when the advert's title and its duties point to different roles.
 */

export interface RoleSignals {
  id: string;
  title: string;
  /** Names the role is advertised under, used only to read the advert's title. */
  names: string[];
  signals: { phrase: string; weight: number }[];
}

/** A role as the decoder reads it, from the roles collection: every name it is advertised under, and its signals. */
export function roleSignals(role: { id: string; data: EntryData['roles'] }): RoleSignals {
  const { title, abbreviation, aliases, jobTitles, signals } = role.data;
  return { id: role.id, title, names: [title, ...(abbreviation ? [abbreviation] : []), ...aliases, ...jobTitles], signals };
}

/** The roles as the decoder page hands them to its script: in reading order, each with its signals and its page. */
export function decoderRoles(roles: { id: string; data: EntryData['roles'] }[], hrefOf: (id: string) => string): (RoleSignals & { href: string })[] {
  return [...roles].sort((a, b) => a.data.order - b.data.order).map((role) => ({ ...roleSignals(role), href: hrefOf(role.id) }));
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
  { kind: 'empty' | 'too-short' | 'no-match'; message: string } | { kind: 'ranked'; ranked: RoleScore[]; titledAs?: RoleSignals; mismatch?: string };

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

/** The role an advert's first line names, if any: the longest name found wins ("Site Reliability Engineer" over "Engineer"). */
function titleRole(text: string, roles: RoleSignals[]): RoleSignals | undefined {
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim()
      .toLowerCase() ?? '';
  if (firstLine.length > 120) return undefined;
  let best: { role: RoleSignals; length: number } | undefined;
  for (const role of roles) {
    for (const name of role.names) {
      const lower = name.toLowerCase();
      if (findAll(firstLine, lower).length > 0 && (!best || lower.length > best.length)) best = { role, length: lower.length };
    }
  }
  return best?.role;
}

export function decodeAdvert(advert: string, roles: RoleSignals[]): Decoded {
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
  const titledAs = titleRole(advert, roles);
  const top = ranked[0]!;
  const mismatch = titledAs && titledAs.id !== top.id ? `Titled ${titledAs.title}, reads as ${top.title}.` : undefined;
  return { kind: 'ranked', ranked, ...(titledAs ? { titledAs } : {}), ...(mismatch ? { mismatch } : {}) };
}
