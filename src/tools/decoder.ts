import type { EntryData } from '../knowledge/graph';

/**
 * The job advert decoder: scores a pasted advert against each role's weighted signals (from the roles collection),
 * recognises its title in the title catalogue (the titles collection), says in words what the scores mean, and, for a
 * hiring manager, checks a draft advert against the role they mean to hire.
 */

export interface RoleSignals {
  id: string;
  title: string;
  signals: { phrase: string; weight: number }[];
}

/** A job title as the decoder reads it: every spelling adverts use, and the roles it means. */
export interface TitleNames {
  id: string;
  title: string;
  names: string[];
  /** The id of the role the title usually means. */
  usually: string;
  /** Every role the title can mean, and how often. */
  means: { role: string; strength: 'usually' | 'often' | 'sometimes' }[];
}

/** What an advert for a role should state, each duty with the signals that show an advert states it. */
export interface RoleOutline {
  core: { duty: string; shownBy: string[] }[];
  misleading: string[];
}

/** A role as the decoder reads it, from the roles collection. */
export function roleSignals(role: { id: string; data: EntryData['roles'] }): RoleSignals {
  return { id: role.id, title: role.data.title, signals: role.data.signals };
}

/** A title as the decoder reads it, from the titles collection. */
export function titleNames(title: { id: string; data: EntryData['titles'] }): TitleNames {
  const means = title.data.means.map((link) => ({ role: link.role.id, strength: link.strength }));
  return {
    id: title.id,
    title: title.data.title,
    names: [title.data.title, ...title.data.aliases],
    usually: means.find((link) => link.strength === 'usually')!.role,
    means,
  };
}

const byOrder = <T extends { data: { order: number } }>(entries: T[]) => [...entries].sort((a, b) => a.data.order - b.data.order);

/** What the decoder page hands its script: roles with their advert outlines, titles, and the pages that explain them. */
export function decoderData(
  roles: { id: string; data: EntryData['roles'] }[],
  titles: { id: string; data: EntryData['titles'] }[],
  pairs: { id: string; first: { id: string }; second: { id: string } }[],
  hrefOf: (kind: 'roles' | 'titles' | 'comparisons', id: string) => string,
) {
  return {
    roles: byOrder(roles).map((role) => ({
      ...roleSignals(role),
      href: hrefOf('roles', role.id),
      outline: { core: role.data.advertOutline.core, misleading: role.data.advertOutline.misleading } satisfies RoleOutline,
    })),
    titles: byOrder(titles).map((title) => ({ ...titleNames(title), href: hrefOf('titles', title.id) })),
    pairs: pairs.map((pair) => ({ roles: [pair.first.id, pair.second.id], href: hrefOf('comparisons', pair.id) })),
  };
}

export type DecoderData = ReturnType<typeof decoderData>;

export interface Match {
  phrase: string;
  /** The first mention as the advert writes it, capitals and plural included: "CMDB", "Windows servers". */
  written: string;
  weight: number;
  count: number;
  /** Where each mention starts and ends in the advert, in UTF-16 code units, for highlighting. */
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
  | { kind: 'empty' | 'too-short' | 'too-long' | 'no-match'; message: string }
  | {
      kind: 'ranked';
      ranked: RoleScore[];
      /** What the shares mean, in words: "Most of what this advert asks for is IT Operations work; …". */
      reading: string;
      /** The two roles, when the advert asks for two jobs' work in nearly equal measure. */
      twoJobs?: [RoleScore, RoleScore] | undefined;
      /** The catalogue title the advert's first line carries, if any. */
      titled?: TitleNames;
      /** What the title usually means and what this advert reads as, for a title the catalogue knows. */
      verdict?: string;
      /** True when the duties describe another role than the one the title usually means. */
      mismatch?: boolean;
    };

/** Fewer words than this cannot describe a job's duties. */
export const minimumWords = 12;
/** The most the decoder reads: a long advert is 20,000 characters, so this is fifty of them pasted together. */
export const maximumCharacters = 1_000_000;
/**
 * The most combining marks kept on one letter. Writing systems stack a few (Vietnamese two, some Indic and Tibetan
 * clusters a handful); a flood of them is no text anyone can read, and browsers take minutes to lay one out.
 */
export const longestMarkRun = 16;
const markFlood = new RegExp(`\\p{M}{${longestMarkRun + 1},}`, 'gu');

/** The text with each run of combining marks cut to `longestMarkRun`, and how many marks were left out. */
export function withBoundedMarks(text: string): { text: string; dropped: number } {
  let dropped = 0;
  const bounded = text.replace(markFlood, (run) => {
    const marks = [...run];
    dropped += marks.length - longestMarkRun;
    return marks.slice(0, longestMarkRun).join('');
  });
  return { text: bounded, dropped };
}

/** What the page says about marks it left out. */
export const droppedMarksNote = (dropped: number) =>
  `${dropped.toLocaleString('en-GB')} combining ${dropped === 1 ? 'mark was' : 'marks were'} left out: more than ${longestMarkRun} on one letter is not text anyone can read.`;

/** A phrase counts at most this many times, so one repeated buzzword cannot decide the result. */
export const countCap = 3;

/**
 * The text in lower case, one UTF-16 unit for one: a character whose lower case is longer (Turkish İ becomes i and a
 * combining dot) keeps only its first unit, so every position in the folded text is the same position in the advert.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  const folded: string[] = [];
  for (const character of text) {
    const folding = character.toLowerCase();
    folded.push(folding.length === character.length ? folding : folding.slice(0, character.length));
  }
  return folded.join('');
}

/** Letters, digits and combining marks make words: "cafe" is not found in "café" written with a combining accent. */
const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

function isWordAt(text: string, at: number, direction: 'before' | 'after'): boolean {
  const unit = text.charCodeAt(direction === 'after' ? at : at - 1);
  // Most adverts are mostly ASCII: answer those characters without a Unicode lookup.
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a);
  if (Number.isNaN(unit)) return false;
  if (direction === 'after') {
    const codePoint = text.codePointAt(at);
    return codePoint !== undefined && wordCharacter.test(String.fromCodePoint(codePoint));
  }
  if (at <= 0) return false;
  // A letter outside the Basic Multilingual Plane ends in a low surrogate: read the whole pair.
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return wordCharacter.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Every whole-word occurrence of a lower-case phrase in folded text, its plural in "s" included. */
function findAll(text: string, phrase: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    let end = at + phrase.length;
    if (text[end] === 's' && !isWordAt(text, end + 1, 'after')) end += 1;
    if (!isWordAt(text, at, 'before') && !isWordAt(text, end, 'after')) ranges.push([at, end]);
  }
  return ranges;
}

/**
 * A role's matches, longest phrase first, so "ci/cd pipelines" is not counted again as "ci/cd". Which characters a
 * longer phrase has taken is one flag per character, so the work grows with the advert's length, not its square.
 */
function matchesFor(advert: string, text: string, signals: RoleSignals['signals'], taken: Uint8Array): Match[] {
  taken.fill(0);
  const matches: Match[] = [];
  for (const { phrase, weight } of [...signals].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const ranges: [number, number][] = [];
    for (const [start, end] of findAll(text, phrase)) {
      if (taken[start] || taken[end - 1]) continue;
      taken.fill(1, start, end);
      ranges.push([start, end]);
    }
    if (ranges.length > 0) matches.push({ phrase, written: advert.slice(ranges[0]![0], ranges[0]![1]), weight, count: ranges.length, ranges });
  }
  return matches.sort((a, b) => b.weight - a.weight);
}

/** The catalogue title an advert's first line carries, if any: the longest name found wins ("Product Security Engineer" over "Security Engineer"). */
export function titleOf(advert: string, titles: TitleNames[]): TitleNames | undefined {
  const firstLine = foldCase(/^\s*(.*)/.exec(advert)?.[1]?.trim() ?? '');
  if (firstLine.length > 120) return undefined;
  let best: { title: TitleNames; length: number } | undefined;
  for (const title of titles) {
    for (const name of title.names) {
      const folded = foldCase(name);
      if (findAll(firstLine, folded).length > 0 && (!best || folded.length > best.length)) best = { title, length: folded.length };
    }
  }
  return best?.title;
}

/** A share in words a reader can weigh: "most", "about a quarter". */
export function amountOf(share: number): string {
  if (share >= 0.9) return 'nearly all';
  if (share >= 0.7) return 'most';
  if (share >= 0.55) return 'more than half';
  if (share >= 0.45) return 'about half';
  if (share >= 0.37) return 'about two fifths';
  if (share >= 0.29) return 'about a third';
  if (share >= 0.22) return 'about a quarter';
  if (share >= 0.15) return 'about a fifth';
  if (share >= 0.08) return 'about a tenth';
  return 'a little';
}

/** Two roles are both strong when the second carries at least this share, and at least this much of the first's weight. */
const twoJobsShare = 0.3;
const twoJobsRatio = 0.6;

function readingOf(ranked: RoleScore[]): string {
  const [first, second, third] = ranked;
  const opening = amountOf(first!.share);
  let reading = `${opening[0]!.toUpperCase()}${opening.slice(1)} of what this advert asks for is ${first!.title} work`;
  if (second && second.share >= 0.08) reading += `; ${amountOf(second.share)} points to ${second.title}`;
  if (third && third.share >= 0.15) reading += `, and ${amountOf(third.share)} to ${third.title}`;
  return `${reading}.`;
}

export function decodeAdvert(advert: string, roles: RoleSignals[], titles: TitleNames[] = []): Decoded {
  if (advert.length > maximumCharacters) {
    return {
      kind: 'too-long',
      message: `That is ${advert.length.toLocaleString('en-GB')} characters; the decoder reads up to ${maximumCharacters.toLocaleString('en-GB')}, and a long advert is about 20,000. Paste one advert at a time.`,
    };
  }
  const text = foldCase(advert.replace(/\r/g, ' '));
  // Counting stops at the minimum: a megabyte need not be split into words to know it is long enough.
  let words = 0;
  for (const wordPattern = /[\p{L}\p{N}]+/gu; words < minimumWords && wordPattern.exec(text);) words += 1;
  if (words === 0) return { kind: 'empty', message: 'Paste a job advert, title and duties included, then press Decode.' };
  if (words < minimumWords) {
    return {
      kind: 'too-short',
      message: `That is ${words} ${words === 1 ? 'word' : 'words'}: paste the whole advert, with its duties and requirements, so there is something to read.`,
    };
  }

  const taken = new Uint8Array(text.length);
  const scored = roles.map((role) => {
    const matches = matchesFor(advert, text, role.signals, taken);
    const score = matches.reduce((sum, match) => sum + match.weight * Math.min(match.count, countCap), 0);
    return { id: role.id, title: role.title, score, matches };
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
  const [top, runnerUp] = ranked as [RoleScore, RoleScore | undefined];
  const twoJobs: [RoleScore, RoleScore] | undefined =
    runnerUp && runnerUp.share >= twoJobsShare && runnerUp.score >= twoJobsRatio * top.score ? [top, runnerUp] : undefined;
  const reading = twoJobs ? `${readingOf(ranked)} It reads as two jobs in one: ${top.title} and ${runnerUp!.title}.` : readingOf(ranked);
  const titled = titleOf(advert, titles);
  if (!titled) return { kind: 'ranked', ranked, reading, twoJobs };
  const usual = roles.find((role) => role.id === titled.usually)?.title ?? titled.usually;
  const mismatch = titled.usually !== top.id;
  const verdict = `Titled ${titled.title}: usually ${usual}; ${mismatch ? 'this one' : 'this advert'} reads as ${top.title}.`;
  return { kind: 'ranked', ranked, reading, twoJobs, titled, verdict, mismatch };
}

export type Ranked = Extract<Decoded, { kind: 'ranked' }>;

/** One thing a hiring manager should know about their draft, what to change, and the guide's page that explains it. */
export interface Finding {
  kind: 'reads-as-other' | 'other-role' | 'missing-duty' | 'misleading-title' | 'ambiguous-title' | 'no-title' | 'two-jobs';
  finding: string;
  suggestion: string;
  link: { href: string; text: string };
}

/** What the hiring manager means to hire: a role, and perhaps the catalogue title they mean to use. */
export interface Intent {
  role: string;
  title?: string;
}

const quoted = (phrases: string[]) => phrases.map((phrase) => `“${phrase}”`).join(', ');
/** A role's phrases earn a finding when, counted as the score counts them, they weigh at least this much. */
const otherRoleWeight = 3;

/**
 * Checks a draft advert against the role its author means to hire, from the roles' and titles' typed data: duties
 * that point to another role, core duties never stated, a title that will mislead, and two jobs in one.
 */
export function checkAdvert(decoded: Ranked, intent: Intent, data: DecoderData): Finding[] {
  const intended = data.roles.find((role) => role.id === intent.role);
  if (!intended) return [];
  const own = new Set(intended.signals.map((signal) => signal.phrase));
  const findings: Finding[] = [];
  const top = decoded.ranked[0]!;

  for (const role of decoded.ranked.filter((scored) => scored.id !== intended.id)) {
    const foreign = role.matches.filter((match) => !own.has(match.phrase));
    if (foreign.reduce((sum, match) => sum + match.weight * Math.min(match.count, countCap), 0) < otherRoleWeight) continue;
    const phrases = quoted(foreign.slice(0, 6).map((match) => match.written));
    const first = role.id === top.id;
    findings.push({
      kind: first ? 'reads-as-other' : 'other-role',
      finding: first
        ? `It reads as ${role.title} first, not ${intended.title}: ${amountOf(role.share)} of what it asks for points there, through ${phrases}.`
        : `${phrases} ${foreign.length === 1 ? 'points' : 'point'} to ${role.title}.`,
      suggestion: `If the job includes ${role.title} work, say how much of the week it takes; if it does not, take these out, or ${role.title} people will apply.`,
      link: { href: data.roles.find((entry) => entry.id === role.id)?.href ?? intended.href, text: `What ${role.title} is` },
    });
  }

  const found = decoded.ranked.find((role) => role.id === intended.id)?.matches.map((match) => match.phrase) ?? [];
  for (const { duty, shownBy } of intended.outline.core) {
    if (shownBy.some((shown) => found.some((phrase) => phrase.includes(shown)))) continue;
    findings.push({
      kind: 'missing-duty',
      finding: `It never states a core ${intended.title} duty: ${duty[0]!.toLowerCase()}${duty.slice(1)}.`,
      suggestion: `Say it, in words candidates search for, such as ${quoted(shownBy.slice(0, 2)).replace(', ', ' or ')}.`,
      link: { href: intended.href, text: `What ${intended.title} owns and does` },
    });
  }

  const title = intent.title ? data.titles.find((entry) => entry.id === intent.title) : decoded.titled;
  const usualTitles = data.titles.filter((entry) => entry.usually === intended.id);
  const alternatives = (usualTitles.length > 0 ? usualTitles : data.titles.filter((entry) => entry.means.some((link) => link.role === intended.id)))
    .slice(0, 3)
    .map((entry) => entry.title)
    .join(', ');
  const titleLink = (entry: TitleNames) => ({
    href: data.titles.find((linked) => linked.id === entry.id)!.href,
    text: `What “${entry.title}” usually means`,
  });
  if (!title) {
    const example = usualTitles[0] ?? data.titles.find((entry) => entry.means.some((link) => link.role === intended.id));
    findings.push({
      kind: 'no-title',
      finding: 'Its first line carries no title the catalogue knows, so candidates searching by title may not find it.',
      suggestion: `Put the title on the first line: titles that mean ${intended.title} include ${alternatives}.`,
      link: example ? titleLink(example) : { href: intended.href, text: `What ${intended.title} is` },
    });
  } else if (title.usually !== intended.id) {
    const usual = data.roles.find((role) => role.id === title.usually)?.title ?? title.usually;
    const often = title.means.some((link) => link.role === intended.id && link.strength === 'often');
    findings.push(
      often
        ? {
            kind: 'ambiguous-title',
            finding: `“${title.title}” usually means ${usual}; it often means ${intended.title} too, so candidates will read the duties to decide.`,
            suggestion: `Name the ${intended.title} work in the first lines, or use a title that usually means it: ${alternatives}.`,
            link: titleLink(title),
          }
        : {
            kind: 'misleading-title',
            finding: `“${title.title}” usually means ${usual}: ${usual} people will apply, and ${intended.title} people may pass it by.`,
            suggestion: `Use a title that means ${intended.title}: ${alternatives}.`,
            link: titleLink(title),
          },
    );
  }

  if (decoded.twoJobs) {
    const [first, second] = decoded.twoJobs;
    const pair = data.pairs.find((entry) => entry.roles.includes(first.id) && entry.roles.includes(second.id));
    findings.push({
      kind: 'two-jobs',
      finding: `It reads as two jobs in one: ${first.title} (${amountOf(first.share)} of what it asks for) and ${second.title} (${amountOf(second.share)}).`,
      suggestion: 'Split it into two adverts, or say which job comes first and how the week divides between them.',
      link: { href: pair?.href ?? intended.href, text: `${first.title} and ${second.title} compared` },
    });
  }
  return findings;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A role's phrases as the advert writes them, each repeated one with its count: "CMDB, change requests (×2)". */
export const phraseList = (role: RoleScore) =>
  role.matches.map((match) => (match.count > 1 ? `${match.written} (×${match.count})` : match.written)).join(', ');

/** The result as plain text, to paste into a message or a hiring document. */
export function resultText(decoded: Ranked, findings?: { intended: string; list: Finding[] }): string {
  const lines = [decoded.reading];
  if (decoded.verdict) lines.push(decoded.verdict);
  lines.push('', 'Roles, by share of the weighted phrases found:');
  for (const role of decoded.ranked) {
    lines.push(
      `- ${role.title}, ${percent(role.share)}: ${role.matches.map((match) => (match.count > 1 ? `${match.phrase} (×${match.count})` : match.phrase)).join(', ')}`,
    );
  }
  if (findings) {
    lines.push(
      '',
      findings.list.length === 0
        ? `Checked as an advert for ${findings.intended}: nothing to fix.`
        : `Checked as an advert for ${findings.intended}:`,
    );
    for (const item of findings.list) lines.push(`- ${item.finding} ${item.suggestion}`);
  }
  return lines.join('\n');
}

/** One phrase to mark in the advert: where it stands, which of the leading roles it points to, and whether it is that phrase's first mention. */
export interface Mark {
  start: number;
  end: number;
  /** The role's place among the leading roles, from 0. */
  role: number;
  first: boolean;
}

/** The leading roles' phrases in reading order, up to a position in the advert; where two overlap, the earlier wins. */
export function marksOf(leading: RoleScore[], upTo: number): Mark[] {
  const marks = leading
    .flatMap((role, index) =>
      role.matches.flatMap((match) =>
        match.ranges.filter(([, end]) => end <= upTo).map(([start, end], i) => ({ start, end, role: index, first: i === 0 })),
      ),
    )
    .sort((a, b) => a.start - b.start);
  const kept: Mark[] = [];
  for (const mark of marks) if (kept.length === 0 || mark.start >= kept[kept.length - 1]!.end) kept.push(mark);
  return kept;
}

/** What the page asks: an advert to decode, the roles and titles to read it with, and how much of it to mark. */
export interface DecodeRequest {
  advert: string;
  roles: RoleSignals[];
  titles: TitleNames[];
  leading: number;
  shown: number;
}

/** The decoder page's question and its answer: the ranking, and the marks to draw, in one message each way. */
export function answer({ advert, roles, titles, leading, shown }: DecodeRequest) {
  const decoded = decodeAdvert(advert, roles, titles);
  if (decoded.kind !== 'ranked') return { decoded, marks: [] };
  const marks = marksOf(decoded.ranked.slice(0, leading), shown);
  // The page draws from the marks: a megabyte's ranges stay here rather than be copied across to the page.
  const ranked = decoded.ranked.map((role) => ({ ...role, matches: role.matches.map((match) => ({ ...match, ranges: [] })) }));
  return { decoded: { ...decoded, ranked }, marks };
}

export type DecodeAnswer = ReturnType<typeof answer>;
