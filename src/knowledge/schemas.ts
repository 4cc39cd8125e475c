import { z } from 'astro/zod';

import type { CollectionName } from './collections';
import { teamTypes, type RaciDecision } from './raci';

/**
 * The knowledge graph's shape: one schema per collection. Relations are `reference()` fields; the
 * resolver in `graph.ts` checks that every reference exists and derives the reverse direction.
 *
 * The schemas are factories that take Astro's `reference()` so tests can build them without Astro.
 */
export type Reference = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }>;

/** What a finding in the ledger is about, as the findings page groups them, in that order. */
export const findingTopics = {
  'delivery-performance': 'Delivery performance',
  reliability: 'Reliability and on call',
  platforms: 'Platforms',
  security: 'Security',
  regulation: 'Regulation',
  'service-management': 'IT service management',
  'ways-of-working': 'Ways of working and teams',
  cost: 'Cost',
  certifications: 'Certifications',
  history: 'History of the terms',
} as const;
export type FindingTopic = keyof typeof findingTopics;

const oneLine = (what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(20, { error: `${what} must be a full sentence of at least 20 characters.` })
    .max(200, { error: `${what} must fit on one line: 200 characters at most.` })
    .refine((text) => !text.includes('\n'), { error: `${what} must be a single line.` });

const reviewed = z
  .date({
    error: 'reviewed must be the date an expert last checked the page against its sources, written as 2026-11-26 (no quotes).',
  })
  .describe('the day an expert last checked the page against its sources, shown on the page');

const phrases = (what: string, min: number) =>
  z
    .array(z.string().trim().min(2), { error: `${what} must be a list of short phrases.` })
    .min(min, { error: `${what} needs at least ${min} items.` });

const teamId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a team must be named by its id in this model, in kebab-case.' });

interface ModelShape {
  teams: { id: string; type: string; partner: boolean; roles: unknown[]; enables: unknown[]; interactions: { with: string }[] }[];
  responsibilities: (Omit<RaciDecision, 'activity'> & { activity: { id: string } })[];
}

/** A model's teams and decisions must name each other correctly: checked here so the message names the field. */
function checkTeams(model: ModelShape, context: z.RefinementCtx) {
  const ids = model.teams.map((team) => team.id);
  const known = (id: string, path: (string | number)[]) => {
    if (!ids.includes(id))
      context.addIssue({ code: 'custom', path, message: `"${id}" is not a team of this model. Fix: use one of ${ids.join(', ')}.` });
  };
  model.teams.forEach((team, t) => {
    if (ids.indexOf(team.id) !== t) context.addIssue({ code: 'custom', path: ['teams', t, 'id'], message: `team id "${team.id}" is used twice.` });
    if (team.roles.length === 0 && team.type !== 'outside-team-topologies')
      context.addIssue({
        code: 'custom',
        path: ['teams', t, 'roles'],
        message: 'roles needs the one or two roles the team embodies; only a function outside Team Topologies (a control function) may embody none.',
      });
    if (team.type === 'enabling' && team.enables.length === 0)
      context.addIssue({
        code: 'custom',
        path: ['teams', t, 'enables'],
        message: 'an enabling team needs enables: the activities whose practice it coaches, such as [threat-modelling, vulnerability-scanning].',
      });
    if (team.type !== 'enabling' && team.enables.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['teams', t, 'enables'],
        message: 'only an enabling team coaches; this team does its work. Fix: remove enables.',
      });
    team.interactions.forEach((interaction, i) => {
      if (!ids.includes(interaction.with) || interaction.with === team.id)
        context.addIssue({
          code: 'custom',
          path: ['teams', t, 'interactions', i, 'with'],
          message: `"${interaction.with}" is not another team of this model. Fix: use one of ${ids.filter((id) => id !== team.id).join(', ')}.`,
        });
    });
  });
  if (model.teams.every((team) => team.partner))
    context.addIssue({ code: 'custom', path: ['teams'], message: 'at least one team must be in-house: a partner never answers for the work.' });
  const seen = new Map<string, string | undefined>();
  model.responsibilities.forEach((decision, d) => {
    const at = (...path: (string | number)[]) => ['responsibilities', d, ...path];
    const key = `${decision.activity.id}/${decision.scope ?? ''}`;
    if (seen.has(key))
      context.addIssue({
        code: 'custom',
        path: at('activity'),
        message: `"${decision.activity.id}"${decision.scope ? ` (${decision.scope})` : ''} is decided twice. Fix: keep one entry.`,
      });
    const other = [...seen.keys()].find((candidate) => candidate.startsWith(`${decision.activity.id}/`));
    if (other && (other.endsWith('/') || !decision.scope))
      context.addIssue({
        code: 'custom',
        path: at('scope'),
        message: `"${decision.activity.id}" is split into parts elsewhere, so every entry for it needs a scope.`,
      });
    seen.set(key, decision.scope);
    if (decision.notApplicable && (decision.accountable || decision.responsible || decision.consulted))
      context.addIssue({
        code: 'custom',
        path: at('notApplicable'),
        message: 'an activity that does not apply has no accountable, responsible or consulted team. Fix: remove them, or remove notApplicable.',
      });
    if (decision.accountable) {
      known(decision.accountable, at('accountable'));
      const team = model.teams.find((candidate) => candidate.id === decision.accountable);
      if (team?.partner)
        context.addIssue({
          code: 'custom',
          path: at('accountable'),
          message: `"${team.id}" is a partner, and a partner never answers for the work. Fix: name the in-house team that holds the contract.`,
        });
      if (team?.type === 'enabling')
        context.addIssue({
          code: 'custom',
          path: at('accountable'),
          message: `"${team.id}" is an enabling team, which coaches and never answers for the work. Fix: name the team it coaches.`,
        });
    }
    decision.responsible?.forEach((id, i) => {
      known(id, at('responsible', i));
      if (model.teams.find((team) => team.id === id)?.type === 'enabling')
        context.addIssue({
          code: 'custom',
          path: at('responsible', i),
          message: `"${id}" is an enabling team, which coaches rather than does the work. Fix: list it under consulted.`,
        });
    });
    decision.consulted?.forEach((id, i) => known(id, at('consulted', i)));
    decision.informed?.forEach((id, i) => known(id, at('informed', i)));
    Object.keys(decision.parts ?? {}).forEach((id) => known(id, at('parts', id)));
  });
}

/** A tag's start, such as `<script`, `</title` or `<!--`. A lone "<", as in "< 5 pages", is text. */
const markup = /<[a-z!/?]/i;

/**
 * Frontmatter is plain text: titles, summaries and aliases reach the page's <head> and every list as written, so none
 * may hold markup. Walks every field, so a new field is covered without being named here.
 */
export function refuseMarkup(value: unknown, context: z.RefinementCtx, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    const tag = markup.exec(value);
    if (tag)
      context.addIssue({
        code: 'custom',
        path,
        message: `frontmatter is plain text, shown as written in the page's head and in lists, so it may not hold markup such as "${value.slice(tag.index, tag.index + 8)}". Fix: write it without tags; for a comparison, write "less than".`,
      });
  } else if (Array.isArray(value)) value.forEach((item, i) => refuseMarkup(item, context, [...path, i]));
  else if (value !== null && typeof value === 'object' && !(value instanceof Date))
    for (const [key, field] of Object.entries(value)) refuseMarkup(field, context, [...path, key]);
}

/** Each collection's schema, refusing markup anywhere in its frontmatter. */
const plainText = <Schemas extends Record<string, z.ZodType>>(schemas: Schemas): Schemas =>
  Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, schema.superRefine(refuseMarkup)])) as Schemas;

/** Fields every entry page shares. */
const entryFields = (reference: Reference) => ({
  title: z.string().trim().min(2).describe("the entry's name as readers know it"),
  summary: oneLine('summary').describe("what it is, in one line, shown in lists and search results and as the page's description"),
  /** Other names readers type for it (abbreviations, spellings, related job-ad words); used by search. */
  aliases: z.array(z.string().trim().min(2)).default([]),
  order: z
    .number({ error: "order must be a whole number, such as 3: the entry's place in the sidebar." })
    .int({ error: 'order must be a whole number, such as 3.' })
    .nonnegative()
    .describe('its place in the sidebar and on index pages, lowest first'),
  /** Publications the page relies on; every `<Cite id>` in the body must be listed here. */
  sources: z.array(reference('sources')).default([]),
  reviewed,
  /** Ids the entry had before a rename: their addresses redirect here, so old links keep working. */
  redirectFrom: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'redirectFrom ids must be kebab-case.' })).default([]),
});

export const collectionSchemas = (reference: Reference) => {
  const why = oneLine('why').describe('the one-line reason the relation is there, shown beside the link at both ends');
  const toGoal = z.object({ goal: reference('goals'), why }).strict();
  const toRole = z.object({ role: reference('roles'), why }).strict();
  const toEnabler = z.object({ enabler: reference('enablers'), why }).strict();
  const toActivity = z.object({ activity: reference('activities'), why }).strict();

  return plainText({
    roles: z
      .object({
        ...entryFields(reference),
        /** Short form used in job adverts, such as SRE. */
        abbreviation: z.string().trim().min(2).optional(),
        /** What the role is accountable for. */
        owns: phrases('owns', 3),
        /** What people in the role do week to week. */
        duties: phrases('duties', 4),
        /** Skills and tools the role calls for. */
        skills: phrases('skills', 4),
        /**
         * How the role serves each of the four goals, which every role serves whatever it is called: how strongly
         * (`central`, `strong` or `supporting`) and how. Every goal appears once.
         */
        serves: z
          .array(
            z
              .object({
                goal: reference('goals'),
                emphasis: z.enum(['central', 'strong', 'supporting'], { error: 'emphasis must be central, strong or supporting.' }),
                why,
              })
              .strict(),
          )
          .min(1, { error: 'serves needs every goal, each with its emphasis and why.' }),
        /**
         * How to advertise the role so the right people apply: the duties to state, the words that make candidates read
         * it as another job, and what to leave out. Shown on the reading paths that list it in `advertOutlines`; the
         * decoder's advert check reports a core duty as missing when none of the signals in its `shownBy` appear.
         */
        advertOutline: z
          .object({
            core: z
              .array(
                z
                  .object({
                    /** The duty as an advert should state it. */
                    duty: z.string().trim().min(2),
                    /** Signals of this role (phrases from `signals`) that show an advert states the duty. */
                    shownBy: z.array(z.string().trim().toLowerCase().min(2)).min(1, { error: 'shownBy needs at least one of the role’s signals.' }),
                  })
                  .strict(),
                { error: 'advertOutline.core must be a list of { duty, shownBy }.' },
              )
              .min(3, { error: 'advertOutline.core needs at least 3 duties.' }),
            misleading: phrases('advertOutline.misleading', 2),
            leaveOut: phrases('advertOutline.leaveOut', 2),
          })
          .strict(),
        /** Roles it overlaps with; write each pair once, the other page shows it too. */
        overlaps: z.array(toRole).default([]),
        /** Enablers the role depends on. */
        needs: z.array(toEnabler).default([]),
        /** Phrases in a job advert that point to this role, each weighted 1 (weak hint) to 5 (unmistakable); the job-description decoder scores with them. */
        signals: z
          .array(
            z
              .object({
                phrase: z.string().trim().toLowerCase().min(2),
                weight: z.number().int().min(1, { error: 'weight must be 1 to 5.' }).max(5, { error: 'weight must be 1 to 5.' }),
              })
              .strict(),
          )
          .default([]),
      })
      .strict(),

    titles: z
      .object({
        ...entryFields(reference),
        /**
         * Which of the roles the title stands for in adverts, and when: exactly one is what it `usually` means; others
         * are what it `often` or `sometimes` means instead.
         */
        means: z
          .array(
            z
              .object({
                role: reference('roles'),
                strength: z.enum(['usually', 'often', 'sometimes'], { error: 'strength must be usually, often or sometimes.' }),
                /** Shown as "Usually: when …" on the title page and on the role's page, so it reads well at both ends. */
                when: oneLine('when').refine((text) => text.startsWith('when '), {
                  error: 'when must start with "when ", such as "when the job builds the estate in code".',
                }),
              })
              .strict(),
          )
          .min(1, { error: 'means needs at least one role, with strength and when.' })
          .refine((means) => means.filter((link) => link.strength === 'usually').length === 1, {
            error: 'means needs exactly one role with strength usually: the job most adverts with this title describe.',
          })
          .refine((means) => new Set(means.map((link) => link.role.id)).size === means.length, {
            error: 'means names a role twice. Fix: keep one entry per role, with the strength that fits most adverts.',
          }),
        /** The usual steps from junior to lead, each with what changes at that step. */
        seniority: phrases('seniority', 3),
        /** Certifications adverts for the title ask for, by their current official name. */
        certifications: z.array(z.object({ name: z.string().trim().min(2), issuer: z.string().trim().min(2) }).strict()).default([]),
        /** What a candidate asks the hiring manager to find out which job the title really is. */
        questions: z
          .array(z.string().trim().endsWith('?', { error: 'each question must end with a question mark.' }))
          .min(3, { error: 'questions needs at least three questions for the hiring manager.' }),
      })
      .strict(),

    models: z
      .object({
        ...entryFields(reference),
        /**
         * The model's teams, two to four, a partner included. Their responsibility matrix is derived from the roles they
         * embody, their types and `responsibilities` (src/knowledge/raci.ts); the order they are listed in changes nothing.
         */
        teams: z
          .array(
            z
              .object({
                /** Stable key for the team, in kebab-case, unique in the model. */
                id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'team id must be kebab-case.' }),
                name: z.string().trim().min(2),
                /** Its Team Topologies type, or `outside-team-topologies` for a function the four types do not describe. */
                type: z.enum(teamTypes, {
                  error: `type must be one of ${teamTypes.join(', ')}: a Team Topologies type, or outside-team-topologies for a function such as staff IT or a control function.`,
                }),
                /** The roles the team embodies: it does every activity they own or share. A control function may embody none. */
                roles: z.array(reference('roles')).max(2, {
                  error: 'roles takes at most two roles: a team that embodies more is several teams.',
                }),
                /** A managed service provider or consultancy: it does work, but never answers for it. */
                partner: z.boolean().default(false),
                purpose: oneLine('purpose'),
                /**
                 * The activities the model's prose says this team answers for; a test checks that the matrix makes it
                 * Accountable for each of them and for nothing else.
                 */
                leads: z.array(reference('activities')).default([]),
                /** For an enabling team: the activities whose practice it coaches. It is Consulted on those and nothing else. */
                enables: z.array(reference('activities')).default([]),
                /** How it works with the model's other teams, in Team Topologies' interaction modes. */
                interactions: z
                  .array(
                    z
                      .object({
                        with: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'with must be the id of another team in this model.' }),
                        mode: z.enum(['collaboration', 'x-as-a-service', 'facilitating'], {
                          error: 'mode must be collaboration, x-as-a-service or facilitating (the Team Topologies interaction modes).',
                        }),
                        why,
                      })
                      .strict(),
                  )
                  .default([]),
              })
              .strict(),
          )
          .min(2, { error: 'teams needs at least two teams.' })
          .max(4, { error: 'teams takes at most four: a model a team lead can adopt names a small set of teams.' }),
        /**
         * What the model decides where the activities' ratings do not: an activity that does not arise here
         * (`notApplicable`), the team that answers for one (`accountable`), the teams that do it (`responsible`) or are
         * asked first (`consulted`), or a split into parts (`scope`, one entry per part). Each decision gives its `why`.
         */
        responsibilities: z
          .array(
            z
              .object({
                activity: reference('activities'),
                /** The part of the activity this entry covers, such as "critical services"; each part becomes a row. */
                scope: z.string().trim().min(2).max(40).optional(),
                /** Why the activity does not arise in this model. */
                notApplicable: oneLine('notApplicable').optional(),
                accountable: teamId.optional(),
                responsible: z.array(teamId).min(1).optional(),
                consulted: z.array(teamId).min(1).optional(),
                /** Teams kept up to date on it, though they do none of it: the only way a team is Informed. */
                informed: z.array(teamId).min(1).optional(),
                /** The part a team does of this row, where its roles' ratings would name another, such as { application-teams: third line }. */
                parts: z.record(teamId, z.string().trim().min(2).max(40)).optional(),
                why: oneLine('why').optional(),
              })
              .strict()
              .refine((decision) => Boolean(decision.notApplicable) !== Boolean(decision.why), {
                error:
                  'each responsibility needs either notApplicable (why the activity does not arise) or why (the reason for the decision), not both.',
              }),
          )
          .default([]),
        /** The company contexts the model fits: factor options, each with why. The self-check ranks models by them. */
        fits: z
          .array(z.object({ factor: reference('factors'), option: z.string().trim().min(2), why }).strict())
          .min(1, { error: 'fits needs at least one company context, such as { factor: company-size, option: mid-size, why: … }.' }),
        /** The model a company running this one usually grows into, and why. */
        evolvesInto: z.array(z.object({ model: reference('models'), why }).strict()).default([]),
      })
      .strict()
      .superRefine(checkTeams),

    goals: z
      .object({
        ...entryFields(reference),
        /** How to tell the goal is being met. */
        measures: z
          .array(
            z
              .object({
                /** The measure's name, such as "Deployment frequency". */
                name: z.string().trim().min(2),
                /** What it counts and which way is better. */
                description: oneLine('measure description'),
                /** True for the DORA software delivery metrics. */
                dora: z.boolean().default(false),
              })
              .strict(),
          )
          .min(2, { error: 'measures needs at least two ways to tell the goal is met.' }),
      })
      .strict(),

    factors: z
      .object({
        ...entryFields(reference),
        /** The question a company asks itself about this factor. */
        question: z.string().trim().endsWith('?', { error: 'question must end with a question mark.' }),
        /**
         * `one` when the options exclude each other (a company has one size); `several` when they are items a company
         * includes or not, in any combination (what its agile approach covers).
         */
        choose: z.enum(['one', 'several'], { error: 'choose must be one or several.' }).default('one'),
        /** The answers a company can give, and how each one shifts the roles. */
        options: z
          .array(
            z
              .object({
                /** Stable key for the option, in kebab-case. */
                id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'option id must be kebab-case.' }),
                /** The option as a reader would say it. */
                label: z.string().trim().min(2),
                /** What a company with this option looks like. */
                description: oneLine('option description'),
                /** How this option changes each role it touches. */
                shifts: z.array(toRole).min(1, { error: 'shifts needs at least one role.' }),
              })
              .strict(),
          )
          .min(2, { error: 'options needs at least two answers.' }),
      })
      .strict(),

    enablers: z
      .object({
        ...entryFields(reference),
        /** Concrete practices that make the enabler real. */
        practices: phrases('practices', 3),
        /** Goals the enabler supports, each with how. At least one. */
        supports: z.array(toGoal).min(1, { error: 'supports needs at least one goal.' }),
      })
      .strict(),

    activities: z
      .object({
        ...entryFields(reference),
        /** How much each role owns the activity; every role appears once. */
        roles: z
          .array(
            z
              .object({
                role: reference('roles'),
                /** `owns`: the role is accountable for it; `shares`: it takes part; `rarely`: it seldom touches it. */
                level: z.enum(['owns', 'shares', 'rarely'], { error: 'level must be owns, shares or rarely.' }),
                /** The part of the activity the role does, in a few words, such as "own services": shown beside R in a responsibility matrix. */
                part: z
                  .string()
                  .trim()
                  .min(2)
                  .max(40, { error: 'part must be a few words, 40 characters at most, such as "own services".' })
                  .optional(),
                why,
              })
              .strict(),
          )
          .min(1, { error: 'roles needs every role, each with its level.' }),
      })
      .strict(),

    glossary: z
      .object({
        /** The term as readers meet it, such as "Error budget". */
        title: z.string().trim().min(2),
        /** A short definition in one line; also the page's meta description. */
        summary: oneLine('summary'),
        /** Other spellings and expansions, such as "SLO" for "Service level objective". */
        aliases: z.array(z.string().trim().min(2)).default([]),
        /** Publications the definition relies on. */
        sources: z.array(reference('sources')).default([]),
        reviewed,
        /** Ids the term had before a rename: their addresses redirect here. */
        redirectFrom: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'redirectFrom ids must be kebab-case.' })).default([]),
        /** Whether readers meet it as a job title, a practice or a product category, most important first, and why. */
        whatItIs: z
          .object({
            kinds: z
              .array(z.enum(['job-title', 'practice', 'product-category'], { error: 'kinds must be job-title, practice or product-category.' }))
              .min(1),
            note: oneLine('whatItIs note'),
          })
          .strict()
          .optional(),
        /** Roles where the term matters, each with why. */
        roles: z.array(toRole).default([]),
        /** Activities where the term matters, each with why. */
        activities: z.array(toActivity).default([]),
      })
      .strict(),

    paths: z
      .object({
        /** The path's name, such as "New team member". */
        title: z.string().trim().min(2),
        /** Who the path is for and what they will know at the end, in one line. */
        summary: oneLine('summary'),
        /** Position among the reading paths, lowest first. */
        order: z.number().int().nonnegative(),
        /** The pages to read, in order, each with why it matters to this reader. */
        steps: z
          .array(
            z.union(
              [
                z.object({ role: reference('roles'), why }).strict(),
                z.object({ goal: reference('goals'), why }).strict(),
                z.object({ factor: reference('factors'), why }).strict(),
                z.object({ enabler: reference('enablers'), why }).strict(),
                z.object({ activity: reference('activities'), why }).strict(),
                z.object({ term: reference('glossary'), why }).strict(),
                z.object({ title: reference('titles'), why }).strict(),
                z.object({ model: reference('models'), why }).strict(),
              ],
              { error: 'each step names one entry (role, title, model, goal, factor, enabler, activity or term) and why it matters.' },
            ),
          )
          .min(3, { error: 'steps needs at least three pages.' }),
        /** Roles whose advert outline the path shows after its pages, for readers who write or read adverts. */
        advertOutlines: z.array(reference('roles')).default([]),
        /** Publications the introduction relies on. */
        sources: z.array(reference('sources')).default([]),
        reviewed,
      })
      .strict(),

    comparisons: z
      .object({
        /** The two roles compared, in the order of the file name: `devops-vs-sre.mdx` compares devops and sre. */
        roles: z.tuple([reference('roles'), reference('roles')], { error: 'roles must name exactly two roles.' }),
        /** The take in one line, shown at the top of the pair page. */
        summary: oneLine('summary'),
        /** The one question that tells the two roles apart, shown at the top of the pair page. */
        test: oneLine('test'),
        /** Publications the take relies on. */
        sources: z.array(reference('sources')).default([]),
        reviewed,
      })
      .strict(),

    findings: z
      .object({
        /** A short name for lists and search, such as "Toil, as Google's SRE book defines it". */
        title: z.string().trim().min(5).max(90, { error: 'title must be a short name: 90 characters at most.' }),
        /** What the finding is about; the ledger page groups findings by it. */
        topic: z.enum(Object.keys(findingTopics) as [FindingTopic, ...FindingTopic[]], {
          error: `topic must be one of: ${Object.keys(findingTopics).join(', ')}.`,
        }),
        /** The finding in the guide's words: one or two plain sentences, shown inline wherever a page states it. */
        statement: z
          .string({ error: 'statement must be text.' })
          .trim()
          .min(30, { error: 'statement must be a full sentence of at least 30 characters.' })
          .max(500, { error: 'statement must be one or two sentences: 500 characters at most.' })
          .refine((text) => !text.includes('\n'), { error: 'statement must be a single paragraph: write it folded (statement: >-).' })
          .refine((text) => /[.!?]$/.test(text), { error: 'statement must end with a full stop, as it is shown as a sentence.' }),
        /** The publication the finding first appeared in. */
        source: reference('sources'),
        /** Where in it: a chapter, section, page or table, such as 'chapter 5, "Toil Defined"'. */
        locator: z.string({ error: 'locator must say where in the source: a chapter, section, page or table.' }).trim().min(2),
        /** For a living page only: the year the finding was published there. A dated source gives its own year. */
        year: z.number().int().min(1960).max(2100).optional(),
        /** True for a fact that changes: a regulation's dates or status, a certificate's exams, who owns a tool. */
        changes: z.boolean().default(false),
        /** When a fact that changes was last checked against its source. */
        checked: z.date({ error: 'checked must be a date written as 2026-12-07 (no quotes).' }).optional(),
        /**
         * A case-insensitive regular expression matching a sentence that restates the finding in plain prose. It must
         * match the statement itself; the writing tests refuse any page that says it without the ledger.
         */
        restated: z.string({ error: 'restated must be a regular expression written as text.' }).min(3),
      })
      .strict()
      .superRefine((finding, context) => {
        let pattern: RegExp | undefined;
        try {
          pattern = new RegExp(finding.restated, 'i');
        } catch (error) {
          context.addIssue({
            code: 'custom',
            path: ['restated'],
            message: `restated is not a valid regular expression: ${(error as Error).message}.`,
          });
        }
        if (pattern && !pattern.test(finding.statement))
          context.addIssue({
            code: 'custom',
            path: ['restated'],
            message: 'restated must match the statement itself, or it could never catch a page restating it. Fix: match the figure or the claim.',
          });
        if (finding.changes && !finding.checked)
          context.addIssue({
            code: 'custom',
            path: ['checked'],
            message: 'a fact that changes needs checked: the day it was last checked, such as 2026-12-07.',
          });
        if (!finding.changes && finding.checked)
          context.addIssue({
            code: 'custom',
            path: ['checked'],
            message: 'checked is for facts that change. Fix: add changes: true, or remove checked.',
          });
      }),

    sources: z
      .object({
        /** The publication's title. */
        title: z.string().trim().min(2),
        /** Short names readers search for it by, such as "EU DORA" for the Digital Operational Resilience Act. */
        aliases: z.array(z.string().trim().min(2)).default([]),
        /** Who published it: the organisation, or for a talk the event. */
        publisher: z.string().trim().min(2),
        /** Who wrote it, where that is a person rather than the publisher; citations show it in place of the publisher. */
        author: z.string().trim().min(2).optional(),
        /** Year of publication. A page kept up to date has none: a finding cites the report it first appeared in. */
        year: z.number().int().min(1960).max(2100).optional(),
        /** For a page kept up to date by its publisher: the year the guide last read it. */
        consulted: z.number().int().min(1960).max(2100).optional(),
        /** Where to read it. */
        url: z.url({ protocol: /^https$/, error: 'url must be a full https:// address.' }),
        /** False where the guide has not checked the figures against the publication itself: a secondary source, or a primary one read through copies. */
        verified: z.boolean().default(true),
        /** True for a web page that is updated over time rather than published once. */
        living: z.boolean().default(false),
        /** Ids of sources this one replaced (a newer edition, a better record): their addresses redirect here. */
        redirectFrom: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'redirectFrom ids must be kebab-case.' })).default([]),
      })
      .strict()
      .superRefine((source, context) => {
        if (source.living && source.consulted === undefined)
          context.addIssue({
            code: 'custom',
            path: ['consulted'],
            message: 'a living page needs consulted: the year the guide last read it, such as 2026.',
          });
        if (!source.living && source.year === undefined)
          context.addIssue({
            code: 'custom',
            path: ['year'],
            message: 'year is missing: give the year of publication, or mark a page kept up to date with living: true and consulted: <year>.',
          });
        if (!source.living && source.consulted !== undefined)
          context.addIssue({
            code: 'custom',
            path: ['consulted'],
            message: 'consulted is for living pages only. Fix: remove it, or add living: true.',
          });
      }),
  });
};
