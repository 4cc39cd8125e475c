import { existsSync, readFileSync } from 'node:fs';

import type { z } from 'astro/zod';

import { collectionAt, collections as registry, pageKinds, proseKinds, type CollectionName, type PageKind, type ProseKind } from './collections';
import { overlapMatrix } from './overlap';
import { raciInputs, responsibilityMatrix, rowTitle } from './raci';
import type { collectionSchemas } from './schemas';

/**
 * Resolves the knowledge graph: checks every reference, derives the reverse of every relation and
 * groups both directions into the sections an entry page shows. It takes plain entries, so the
 * build and the tests run the same code.
 */

type Schemas = ReturnType<typeof collectionSchemas>;
export type EntryData = { [K in CollectionName]: z.output<Schemas[K]> };
export const levelLabels = { owns: 'Owns', shares: 'Shares', rarely: 'Rarely' } as const;
/** How strongly a role serves a goal: every role serves all four, with different weight. */
export const emphasisLabels = { central: 'Central', strong: 'Strong', supporting: 'Supporting' } as const;
export type Emphasis = keyof typeof emphasisLabels;
/** How often a job title stands for a role: exactly one role is what the title usually means. */
export const strengthLabels = { usually: 'Usually', often: 'Often', sometimes: 'Sometimes' } as const;

/** An entry as the content layer hands it over. */
export interface RawEntry<K extends CollectionName> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: EntryData[K];
}
export type RawCollections = { [K in CollectionName]: RawEntry<K>[] };

export interface NodeRef {
  kind: CollectionName;
  id: string;
}
export interface RelatedLink extends NodeRef {
  title: string;
  /** Why the two entries are linked, in one line. */
  why: string;
}
/**
 * Every section of related links an entry page can show, by key, with its heading. Code asks for a section by its key
 * (`graph.linksUnder('roles', id, 'serves')`), never by its English heading, so a heading can be reworded freely.
 */
export const sectionHeadings = {
  means: 'Which role it is',
  titles: 'Titles that often mean this role',
  alsoTitles: 'Titles that sometimes mean it',
  fits: 'Company context it fits',
  suits: 'Operating models it suits',
  evolvesInto: 'What it usually grows into',
  evolvesFrom: 'What it usually grows from',
  serves: 'Goals it serves',
  servedBy: 'Roles that serve it',
  overlaps: 'Where it overlaps',
  reliesOn: 'What it relies on',
  reliedOnBy: 'Roles that rely on it',
  supports: 'Goals it supports',
  supportedBy: 'Enablers that support it',
  shapes: 'Roles it shapes',
  shapedBy: 'Factors that shape it',
  doneBy: 'Who does it',
  activities: 'Activities',
  mattersTo: 'Where it matters',
  terms: 'Terms',
  steps: 'The pages',
  readingPaths: 'Reading paths',
  sources: 'Sources',
  citedBy: 'Cited by',
  findings: 'Findings from it',
  states: 'Findings it states',
  statedOn: 'Stated on',
} as const;
export type SectionKey = keyof typeof sectionHeadings;
/**
 * Sections listed by name only, their reasons shown at the other end, which is where a reader goes for them: a role
 * names the titles that mean it (each title's page opens with when it means which role, and the role's "at a glance"
 * names its usual titles) and the glossary terms it uses (each term's page says why it matters here, and the prose
 * links each term where it first appears) and the enablers it relies on, which every role relies on alike (each
 * enabler's page gives each role's reason). A role can be the reading of many titles, and its page stays within one
 * round trip.
 */
export const namedOnly: ReadonlyMap<SectionKey, string> = new Map([
  ['titles', 'Each title’s page says when it means this role.'],
  ['alsoTitles', 'Each title’s page says when.'],
  ['terms', 'Each term’s page says why it matters here.'],
  ['reliesOn', 'Every role relies on all three; each enabler’s page says how.'],
]);

/**
 * Sections a page does not list at its foot: its findings are stated in its prose, each linking to the ledger. The
 * exports and the ledger's own "Stated on" keep them.
 */
export const inProseOnly: ReadonlySet<SectionKey> = new Set(['states']);
/** The sections a page lists at its foot. */
export const footOf = (sections: RelationSection[]) => sections.filter((section) => !inProseOnly.has(section.key));

export interface RelationSection {
  key: SectionKey;
  /** The heading's anchor on the page. */
  slug: string;
  heading: string;
  links: RelatedLink[];
}
export interface GraphNode extends NodeRef {
  title: string;
  summary: string;
  filePath: string;
  sections: RelationSection[];
}

interface Link {
  target: string;
  why: string | undefined;
  /** Where the reference stands in the frontmatter, for error messages. */
  field: string;
  /** Links sharing a group may not repeat a target. */
  group: string;
}

interface Relation<From extends CollectionName, To extends CollectionName, Forward extends SectionKey, Backward extends SectionKey> {
  from: From;
  to: To;
  /** The section on the page that declares the relation. */
  forward: Forward;
  /** The section on the page at the other end. */
  backward: Backward;
  /**
   * The links one entry declares; `all` lets a reason name what an id stands for, such as a factor option's label, and
   * `body` is its MDX, for links its prose makes (a finding it states).
   */
  links: (data: EntryData[From], all: RawCollections, body: string) => Link[];
}

const relation = <From extends CollectionName, To extends CollectionName, Forward extends SectionKey, Backward extends SectionKey>(
  spec: Relation<From, To, Forward, Backward>,
) => spec;

/** Where a reading-path step leads, whichever key its author wrote (`role: devops`, `term: toil`): read here only. */
export function stepTarget(step: EntryData['paths']['steps'][number]) {
  if ('role' in step) return { key: 'role', kind: 'roles', id: step.role.id } as const;
  if ('title' in step) return { key: 'title', kind: 'titles', id: step.title.id } as const;
  if ('model' in step) return { key: 'model', kind: 'models', id: step.model.id } as const;
  if ('goal' in step) return { key: 'goal', kind: 'goals', id: step.goal.id } as const;
  if ('factor' in step) return { key: 'factor', kind: 'factors', id: step.factor.id } as const;
  if ('enabler' in step) return { key: 'enabler', kind: 'enablers', id: step.enabler.id } as const;
  if ('activity' in step) return { key: 'activity', kind: 'activities', id: step.activity.id } as const;
  return { key: 'term', kind: 'glossary', id: step.term.id } as const;
}

/**
 * A page cites what its frontmatter lists and, through the ledger, the source of every finding it states: those are
 * derived, so an author never lists them by hand.
 */
const cites = <From extends ProseKind>(from: From) =>
  relation({
    from,
    to: 'sources',
    forward: 'sources',
    backward: 'citedBy',
    links: (data, all, body) => {
      const listed = data.sources.map((source, i) => ({ target: source.id, why: undefined, field: `sources[${i}]`, group: 'sources' }));
      const throughFindings = findingsIn(body).flatMap(({ id, line }) => {
        const source = all.findings.find((finding) => finding.id === id)?.data.source.id;
        return source ? [{ target: source, why: undefined, field: `body line ${line} (the finding "${id}")`, group: 'sources' }] : [];
      });
      const seen = new Set(listed.map((link) => link.target));
      return [...listed, ...throughFindings.filter((link) => !seen.has(link.target) && seen.add(link.target))];
    },
  });

/** A page states a finding with `<Finding id>`; the finding's end lists every page that states it. */
const states = <From extends ProseKind>(from: From) =>
  relation({
    from,
    to: 'findings',
    forward: 'states',
    backward: 'statedOn',
    // Each end shows the other's summary: the page lists the finding's statement, the finding the page's one line.
    // A page may state a finding more than once (in two sections); it is listed once.
    links: (_data, _all, body) =>
      findingsIn(body)
        .filter(({ id }, i, all) => all.findIndex((other) => other.id === id) === i)
        .map(({ id, line }) => ({ target: id, why: undefined, field: `body line ${line} (<Finding id="${id}" />)`, group: 'findings' })),
  });

/** A factor's option, as a model names a company context: by the factor's id and the option's. */
export const optionOf = (factors: RawEntry<'factors'>[], factor: string, option: string) =>
  factors.find((entry) => entry.id === factor)?.data.options.find((candidate) => candidate.id === option);

/** The roles a job title stands for with one strength, and at the role's end the titles that stand for it. */
const titleMeaning = <Backward extends 'titles' | 'alsoTitles'>(strength: keyof typeof strengthLabels, backward: Backward) =>
  relation({
    from: 'titles',
    to: 'roles',
    forward: 'means',
    backward,
    links: (title) =>
      title.means.flatMap((link, i) =>
        link.strength === strength
          ? [{ target: link.role.id, why: `${strengthLabels[strength]}: ${link.when}`, field: `means[${i}].role`, group: 'means' }]
          : [],
      ),
  });

/** Every relation in the guide, declared once; pages at both ends show it. */
export const relations = [
  relation({
    from: 'roles',
    to: 'goals',
    forward: 'serves',
    backward: 'servedBy',
    links: (role) =>
      role.serves.map((link, i) => ({
        target: link.goal.id,
        why: `${emphasisLabels[link.emphasis]}: ${link.why}`,
        field: `serves[${i}].goal`,
        group: 'serves',
      })),
  }),
  // One pass per strength, so both ends list the titles a role usually goes by before those it often or sometimes does.
  titleMeaning('usually', 'titles'),
  titleMeaning('often', 'titles'),
  titleMeaning('sometimes', 'alsoTitles'),
  relation({
    from: 'models',
    to: 'factors',
    forward: 'fits',
    backward: 'suits',
    links: (model, all) =>
      model.fits.map((fit, i) => {
        const label = optionOf(all.factors, fit.factor.id, fit.option)?.label ?? fit.option;
        return { target: fit.factor.id, why: `${label}: ${fit.why}`, field: `fits[${i}].factor`, group: `fits[${i}]` };
      }),
  }),
  relation({
    from: 'models',
    to: 'models',
    forward: 'evolvesInto',
    backward: 'evolvesFrom',
    links: (model) =>
      model.evolvesInto.map((link, i) => ({ target: link.model.id, why: link.why, field: `evolvesInto[${i}].model`, group: 'evolvesInto' })),
  }),
  relation({
    from: 'roles',
    to: 'roles',
    forward: 'overlaps',
    backward: 'overlaps',
    links: (role) => role.overlaps.map((link, i) => ({ target: link.role.id, why: link.why, field: `overlaps[${i}].role`, group: 'overlaps' })),
  }),
  relation({
    from: 'roles',
    to: 'enablers',
    forward: 'reliesOn',
    backward: 'reliedOnBy',
    links: (role) => role.needs.map((link, i) => ({ target: link.enabler.id, why: link.why, field: `needs[${i}].enabler`, group: 'needs' })),
  }),
  relation({
    from: 'enablers',
    to: 'goals',
    forward: 'supports',
    backward: 'supportedBy',
    links: (enabler) => enabler.supports.map((link, i) => ({ target: link.goal.id, why: link.why, field: `supports[${i}].goal`, group: 'supports' })),
  }),
  relation({
    from: 'factors',
    to: 'roles',
    forward: 'shapes',
    backward: 'shapedBy',
    links: (factor) =>
      factor.options.flatMap((option, o) =>
        option.shifts.map((shift, s) => ({
          target: shift.role.id,
          why: `${option.label}: ${shift.why}`,
          field: `options[${o}].shifts[${s}].role`,
          group: `options[${o}]`,
        })),
      ),
  }),
  relation({
    from: 'activities',
    to: 'roles',
    forward: 'doneBy',
    backward: 'activities',
    // A role that rarely touches an activity is shown in the overlap matrix, not as a relation.
    links: (activity) =>
      activity.roles.flatMap((link, i) =>
        link.level === 'rarely'
          ? []
          : [
              {
                // "Owns (own services): …", unless the reason already opens with the level ("Owns the response …").
                target: link.role.id,
                why: link.why.startsWith(levelLabels[link.level])
                  ? link.why
                  : `${levelLabels[link.level]}${link.part ? ` (${link.part})` : ''}: ${link.why}`,
                field: `roles[${i}].role`,
                group: 'roles',
              },
            ],
      ),
  }),
  relation({
    from: 'glossary',
    to: 'roles',
    forward: 'mattersTo',
    backward: 'terms',
    links: (term) => term.roles.map((link, i) => ({ target: link.role.id, why: link.why, field: `roles[${i}].role`, group: 'roles' })),
  }),
  relation({
    from: 'glossary',
    to: 'activities',
    forward: 'mattersTo',
    backward: 'terms',
    links: (term) =>
      term.activities.map((link, i) => ({ target: link.activity.id, why: link.why, field: `activities[${i}].activity`, group: 'activities' })),
  }),
  // A step leads to an entry page, so every collection with entry pages is a possible target.
  ...pageKinds.map((to) =>
    relation({
      from: 'paths',
      to,
      forward: 'steps',
      backward: 'readingPaths',
      links: (path) =>
        path.steps.flatMap((step, i) => {
          const target = stepTarget(step);
          return target.kind === to ? [{ target: target.id, why: step.why, field: `steps[${i}].${target.key}`, group: 'steps' }] : [];
        }),
    }),
  ),
  relation({
    from: 'findings',
    to: 'sources',
    forward: 'sources',
    backward: 'findings',
    links: (finding) => [{ target: finding.source.id, why: finding.locator, field: 'source', group: 'source' }],
  }),
  ...proseKinds.map(cites),
  ...proseKinds.map(states),
];

type AnyRelation = (typeof relations)[number];
/** The sections an entry of one kind can have: the forward end of its relations and the backward end of others'. */
export type SectionKeyOf<K extends CollectionName> =
  | (AnyRelation extends infer R ? (R extends { from: infer From; forward: infer F } ? (K extends From ? F : never) : never) : never)
  | (AnyRelation extends infer R ? (R extends { to: infer To; backward: infer B } ? (K extends To ? B : never) : never) : never);

/** The sections each collection's entries can have, worked out once from the relations. */
const sectionKeys = new Map<CollectionName, Set<SectionKey>>();
for (const spec of relations) {
  for (const [kind, key] of [
    [spec.from, spec.forward],
    [spec.to, spec.backward],
  ] as const) {
    sectionKeys.set(kind, (sectionKeys.get(kind) ?? new Set<SectionKey>()).add(key));
  }
}
const sectionKeysOf = (kind: CollectionName) => sectionKeys.get(kind) ?? new Set<SectionKey>();

/** Thrown with every problem found, each naming the file, the field, the bad value and the fix. */
export class GraphError extends Error {
  constructor(readonly problems: string[]) {
    super(`The knowledge graph has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'GraphError';
  }
}

/** Each use of a component that names an entry by id in an MDX body (`<Cite id="…" />`): the id, and its line. */
function idsIn(component: 'Cite' | 'Finding') {
  const pattern = new RegExp(`<${component}\\s+id=["']([^"']+)["']`, 'g');
  return (body: string): { id: string; line: number }[] =>
    [...body.matchAll(pattern)].map((match) => ({ id: match[1] ?? '', line: body.slice(0, match.index).split('\n').length }));
}

/** Each `<Cite id="…" />` in an MDX body: the source's id, and the line of the body it is on. */
export const citedIn = idsIn('Cite');
/** Each `<Finding id="…" />` in an MDX body: the finding's id, and the line of the body it is on. */
export const findingsIn = idsIn('Finding');

/** The file line an entry's body starts on, so a problem in the body can name its line; 1 when the file is not at hand. */
function bodyStart(entry: { filePath?: string | undefined; body?: string | undefined }): number {
  if (!entry.filePath || !entry.body || !existsSync(entry.filePath)) return 1;
  const text = readFileSync(entry.filePath, 'utf8');
  const at = text.indexOf(entry.body);
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

const seePattern = /<See\s+to=["']([^"']*)["']/g;

/** Pages an MDX body links to with `<See to="activities/patching">…</See>`. */
export function linkedIn(body: string): string[] {
  return [...body.matchAll(seePattern)].map((match) => match[1] ?? '');
}

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const keyOf = (kind: CollectionName, id: string) => `${kind}/${id}`;

export class KnowledgeGraph {
  readonly #nodes = new Map<string, GraphNode>();
  readonly #order = new Map<string, number>();
  readonly #byKind = new Map<CollectionName, GraphNode[]>();
  readonly #serving = new Map<string, { emphasis: Emphasis; why: string }>();

  constructor(collections: RawCollections) {
    const problems: string[] = [];
    const fileOf = (kind: CollectionName, entry: RawEntry<CollectionName>) => entry.filePath ?? `content/${kind}/${entry.id}`;

    const dataOf = (kind: CollectionName, id: string) => (collections[kind] as RawEntry<CollectionName>[]).find((entry) => entry.id === id)?.data;
    for (const kind of Object.keys(collections) as CollectionName[]) {
      for (const entry of collections[kind] as RawEntry<CollectionName>[]) {
        const node = { kind, id: entry.id, filePath: fileOf(kind, entry), sections: [], ...this.#describe(kind, entry, dataOf) };
        this.#nodes.set(keyOf(kind, entry.id), node);
        this.#order.set(keyOf(kind, entry.id), 'order' in entry.data ? entry.data.order : 0);
      }
    }

    const sectionOf = (node: GraphNode, key: SectionKey) => {
      let section = node.sections.find((candidate) => candidate.key === key);
      if (!section) {
        section = { key, slug: slugify(sectionHeadings[key]), heading: sectionHeadings[key], links: [] };
        node.sections.push(section);
      }
      return section;
    };

    const declared = new Set<string>();
    for (const spec of relations) {
      for (const entry of collections[spec.from] as RawEntry<typeof spec.from>[]) {
        const from = this.#nodes.get(keyOf(spec.from, entry.id))!;
        const seen = new Set<string>();
        for (const link of (spec.links as (data: unknown, all: RawCollections, body: string) => Link[])(entry.data, collections, entry.body ?? '')) {
          const where = `${from.filePath}: field "${link.field}"`;
          const to = this.#nodes.get(keyOf(spec.to, link.target));
          if (!to) {
            const known = this.ids(spec.to);
            const fix = known.length > 0 ? `use one of: ${known.join(', ')}` : `add content/${spec.to} entries first`;
            problems.push(`${where} refers to ${spec.to} "${link.target}", which does not exist. Fix: ${fix}.`);
            continue;
          }
          if (to === from) {
            problems.push(`${where} refers to the entry itself ("${link.target}"). Fix: remove it.`);
            continue;
          }
          if (seen.has(`${link.group}/${link.target}`)) {
            problems.push(`${where} repeats "${link.target}". Fix: keep one of the two.`);
            continue;
          }
          seen.add(`${link.group}/${link.target}`);
          if (spec.from === spec.to) {
            if (declared.has(`${spec.forward}/${to.id}/${from.id}`)) {
              problems.push(
                `${where} repeats the pair "${from.id}"–"${to.id}", already written in ${to.filePath}. Fix: write each pair on one side only.`,
              );
              continue;
            }
            declared.add(`${spec.forward}/${from.id}/${to.id}`);
          }
          sectionOf(from, spec.forward).links.push({ kind: to.kind, id: to.id, title: to.title, why: link.why ?? to.summary });
          sectionOf(to, spec.backward).links.push({ kind: from.kind, id: from.id, title: from.title, why: link.why ?? from.summary });
        }
      }
    }

    // A former id keeps its address alive, so it may not be taken by a live entry or by another rename.
    for (const kind of [...pageKinds, 'sources'] as const) {
      const claimed = new Map<string, string>(collections[kind].map((entry) => [entry.id, `${fileOf(kind, entry)} (its own id)`]));
      for (const entry of collections[kind] as RawEntry<PageKind | 'sources'>[]) {
        for (const [i, former] of entry.data.redirectFrom.entries()) {
          const owner = claimed.get(former);
          if (owner)
            problems.push(
              `${fileOf(kind, entry)}: field "redirectFrom[${i}]" is "${former}", already used by ${owner}. Fix: remove it or rename one of them.`,
            );
          claimed.set(former, `${fileOf(kind, entry)} (a former id)`);
        }
      }
    }

    // A written take belongs to one pair, named in the roles' reading order: devops-vs-sre.mdx.
    const roleOrder = new Map(collections.roles.map((role) => [role.id, role.data.order]));
    for (const entry of collections.comparisons) {
      const where = fileOf('comparisons', entry);
      const ids = entry.data.roles.map((role) => role.id);
      ids.forEach((id, i) => {
        if (!roleOrder.has(id))
          problems.push(
            `${where}: field "roles[${i}]" refers to roles "${id}", which does not exist. Fix: use one of: ${this.ids('roles').join(', ')}.`,
          );
      });
      const expected = [...ids].sort((a, b) => (roleOrder.get(a) ?? 0) - (roleOrder.get(b) ?? 0)).join('-vs-');
      if (ids[0] === ids[1]) problems.push(`${where}: field "roles" names "${ids[0]}" twice. Fix: compare two different roles.`);
      else if (ids.every((id) => roleOrder.has(id)) && (entry.id !== expected || ids.join('-vs-') !== expected)) {
        problems.push(`${where}: it compares ${ids.join(' and ')}, so the file must be "${expected}.mdx" with roles in that order.`);
      }
    }

    for (const kind of proseKinds) {
      for (const entry of collections[kind] as RawEntry<ProseKind>[]) {
        const listed = new Set(entry.data.sources.map((source) => source.id));
        const unlisted = citedIn(entry.body ?? '').filter((cite) => !listed.has(cite.id));
        const firstLine = unlisted.length > 0 ? bodyStart(entry) : 1;
        for (const { id, line } of unlisted) {
          problems.push(
            `${fileOf(kind, entry)}:${firstLine + line - 1}: the body cites "${id}" but the field "sources" does not list it. Fix: add "${id}" to sources${this.#nodes.has(keyOf('sources', id)) ? '' : ` and to content/sources.yaml`}.`,
          );
        }
      }
    }

    // A finding's year is its source's; only a finding from a page kept up to date gives its own.
    for (const finding of collections.findings) {
      const source = collections.sources.find((entry) => entry.id === finding.data.source.id)?.data;
      if (!source) continue;
      const where = `${fileOf('findings', finding)}: the finding "${finding.id}"`;
      // A fact that changes, from a page kept up to date, shows the day it was checked instead of a year.
      if (source.living && finding.data.year === undefined && !finding.data.changes)
        problems.push(
          `${where} cites "${finding.data.source.id}", a page kept up to date, so it needs year: the year the finding was published there. Fix: add year, or cite the dated report it first appeared in.`,
        );
      if (!source.living && finding.data.year !== undefined && finding.data.year !== source.year)
        problems.push(
          `${where} gives year ${finding.data.year}, but its source "${finding.data.source.id}" was published in ${source.year}. Fix: remove year (a dated source gives its own), or cite the publication of ${finding.data.year}.`,
        );
    }

    // A model fits a company context named by a factor and one of its options; the option must exist.
    for (const model of collections.models) {
      model.data.fits.forEach((fit, i) => {
        const factor = collections.factors.find((entry) => entry.id === fit.factor.id);
        if (factor && !optionOf(collections.factors, factor.id, fit.option))
          problems.push(
            `${fileOf('models', model)}: field "fits[${i}].option" is "${fit.option}", which is not an option of ${fit.factor.id}. Fix: use one of: ${factor.data.options.map((option) => option.id).join(', ')}.`,
          );
      });
    }

    // The advert check finds a core duty through the role's own signals, so each one named must be a signal.
    for (const role of collections.roles) {
      const signals = new Set(role.data.signals.map((signal) => signal.phrase));
      role.data.advertOutline.core.forEach((duty, i) => {
        for (const phrase of duty.shownBy.filter((shown) => !signals.has(shown)))
          problems.push(
            `${fileOf('roles', role)}: field "advertOutline.core[${i}].shownBy" names "${phrase}", which is not one of the role's signals. Fix: add it to signals with a weight, or use one of: ${[...signals].join(', ')}.`,
          );
      });
    }

    // Every role serves all four goals, whatever it is called; the data says how strongly.
    const goalIds = collections.goals.map((goal) => goal.id);
    for (const role of collections.roles) {
      role.data.serves.forEach(({ goal, emphasis, why }) => this.#serving.set(`${role.id}/${goal.id}`, { emphasis, why }));
      const missing = goalIds.filter((goal) => !role.data.serves.some((link) => link.goal.id === goal));
      if (missing.length > 0)
        problems.push(
          `${fileOf('roles', role)}: field "serves" leaves out ${missing.map((id) => `"${id}"`).join(', ')}. Every role serves every goal. Fix: add { goal: ${missing[0]}, emphasis: central, strong or supporting, why: how the role serves it }.`,
        );
    }

    // A model's teams embody roles and its decisions name activities; the matrix they give must leave nothing undecided.
    const activityIds = collections.activities.map((activity) => activity.id);
    const raciActivities = overlapMatrix(collections.roles, collections.activities).activities;
    for (const model of collections.models) {
      const where = fileOf('models', model);
      const unknownActivity = (field: string, id: string) =>
        problems.push(`${where}: field "${field}" refers to activities "${id}", which does not exist. Fix: use one of: ${activityIds.join(', ')}.`);
      model.data.teams.forEach((team, t) => {
        team.roles.forEach((role, r) => {
          if (!this.#nodes.has(keyOf('roles', role.id)))
            problems.push(
              `${where}: field "teams[${t}].roles[${r}]" refers to roles "${role.id}", which does not exist. Fix: use one of: ${this.ids('roles').join(', ')}.`,
            );
        });
        team.leads.forEach((activity, a) => {
          if (!activityIds.includes(activity.id)) unknownActivity(`teams[${t}].leads[${a}]`, activity.id);
        });
        team.enables.forEach((activity, a) => {
          if (!activityIds.includes(activity.id)) unknownActivity(`teams[${t}].enables[${a}]`, activity.id);
        });
      });
      model.data.responsibilities.forEach((decision, d) => {
        if (!activityIds.includes(decision.activity.id)) unknownActivity(`responsibilities[${d}].activity`, decision.activity.id);
      });
      for (const row of responsibilityMatrix(raciInputs(model.data), raciActivities).filter((candidate) => candidate.gap))
        problems.push(
          `${where}: the responsibility matrix leaves "${rowTitle(row)}" undecided: ${row.gap} Fix: add it to responsibilities with accountable (or notApplicable) and why.`,
        );
    }

    for (const kind of proseKinds) {
      for (const entry of collections[kind] as RawEntry<ProseKind>[]) {
        for (const to of linkedIn(entry.body ?? '')) {
          const target = this.#resolveLink(to);
          if ('problem' in target) problems.push(`${fileOf(kind, entry)}: <See to="${to}"> ${target.problem}`);
        }
      }
    }

    if (problems.length > 0) throw new GraphError(problems);
  }

  /** Where a `<See to="kind/id">` leads, or why it leads nowhere: both the build check and the component ask here. */
  #resolveLink(to: string): { kind: CollectionName; id: string; title: string } | { problem: string } {
    const [segment = '', id = '', ...rest] = to.split('/');
    const kind = collectionAt(segment);
    const linkable = [...pageKinds, 'comparisons' as const];
    if (!kind || !(linkable as readonly CollectionName[]).includes(kind) || rest.length > 0) {
      const segments = linkable.map((name) => registry[name].segment).join(', ');
      return { problem: `does not name a page. Fix: write <kind>/<id>, where kind is one of ${segments}, such as "activities/patching".` };
    }
    if (kind === 'comparisons') {
      const [first = '', second = ''] = id.split('-vs-');
      const roles = this.ids('roles');
      if (!roles.includes(first) || !roles.includes(second) || roles.indexOf(first) >= roles.indexOf(second))
        return { problem: `names no pair of roles. Fix: write compare/<first>-vs-<second> with two of ${roles.join(', ')} in that order.` };
      return { kind, id, title: `${this.node('roles', first).title} vs ${this.node('roles', second).title}` };
    }
    const node = this.#nodes.get(keyOf(kind, id));
    if (!node) return { problem: `refers to ${kind} "${id}", which does not exist. Fix: use one of: ${this.ids(kind).join(', ')}.` };
    return { kind, id, title: node.title };
  }

  /** The page a `<See to="kind/id">` leads to, with the title to show when the link has no text of its own. */
  linkTarget(to: string): { kind: CollectionName; id: string; title: string } {
    const target = this.#resolveLink(to);
    if ('problem' in target) throw new GraphError([`<See to="${to}"> ${target.problem}`]);
    return target;
  }

  /** How strongly a role serves a goal, and how, as its author wrote it. */
  howServes(role: string, goal: string): { emphasis: Emphasis; why: string } {
    const serving = this.#serving.get(`${role}/${goal}`);
    if (!serving) throw new GraphError([`Role "${role}" does not say how it serves goal "${goal}".`]);
    return serving;
  }

  /** How strongly a role serves a goal. */
  emphasis(role: string, goal: string): Emphasis {
    return this.howServes(role, goal).emphasis;
  }

  /** The title and one-line summary an entry is listed with everywhere. */
  #describe(kind: CollectionName, entry: RawEntry<CollectionName>, dataOf: (kind: CollectionName, id: string) => unknown) {
    if (kind === 'sources') {
      const source = entry.data as EntryData['sources'];
      return {
        title: source.title,
        summary: `${source.author ?? source.publisher}, ${source.living ? `consulted ${source.consulted}` : source.year}${source.verified ? '' : ' (figures unverified)'}`,
      };
    }
    if (kind === 'findings') {
      const finding = entry.data as EntryData['findings'];
      return { title: finding.title, summary: finding.statement };
    }
    if (kind === 'comparisons') {
      const comparison = entry.data as EntryData['comparisons'];
      const names = comparison.roles.map((role) => (dataOf('roles', role.id) as EntryData['roles'] | undefined)?.title ?? role.id);
      return { title: names.join(' vs '), summary: comparison.summary };
    }
    const data = entry.data as EntryData[PageKind];
    return { title: data.title, summary: data.summary };
  }

  /** An entry, or an error naming what is missing: a page never renders a broken link. */
  node(kind: CollectionName, id: string): GraphNode {
    const node = this.#nodes.get(keyOf(kind, id));
    if (!node) throw new GraphError([`There is no ${kind} entry "${id}". Known: ${this.ids(kind).join(', ')}.`]);
    return node;
  }

  /**
   * The links an entry shows in one section, such as a role's goals (`'serves'`): empty when it has none. A key the
   * entry's kind cannot have does not compile, and throws if it gets past the compiler.
   */
  linksUnder<K extends CollectionName>(kind: K, id: string, key: SectionKeyOf<K>): RelatedLink[] {
    if (!sectionKeysOf(kind).has(key)) {
      throw new GraphError([`A ${kind} entry has no "${key}" section. Its sections: ${[...sectionKeysOf(kind)].join(', ')}.`]);
    }
    return this.node(kind, id).sections.find((section) => section.key === key)?.links ?? [];
  }

  /** The entries of one collection in reading order; every page's sidebar asks, so it is sorted once. */
  nodes(kind: CollectionName): GraphNode[] {
    let sorted = this.#byKind.get(kind);
    if (!sorted) {
      sorted = [...this.#nodes.values()]
        .filter((node) => node.kind === kind)
        .sort((a, b) => this.#orderOf(a) - this.#orderOf(b) || a.title.localeCompare(b.title));
      this.#byKind.set(kind, sorted);
    }
    return [...sorted];
  }

  ids(kind: CollectionName): string[] {
    return this.nodes(kind).map((node) => node.id);
  }

  #orderOf(node: GraphNode) {
    return this.#order.get(keyOf(node.kind, node.id)) ?? 0;
  }
}
