import type { KnowledgeGraph, RawEntry } from '../knowledge/graph';
import { raciInputs, type RaciActivity, type RaciDecision, type RaciTeam } from '../knowledge/raci';
import { entryPath } from '../knowledge/urls';

/**
 * The company-context self-check: answers to the factor questions rank the operating models by the company contexts
 * each one fits (the models' `fits`), and the reader can adjust the best fit's teams. Everything here is plain data
 * and pure functions, so the page, the tests and a shared address all get the same answer.
 */

export interface Link {
  id: string;
  title: string;
  href: string;
}
export interface FactorQuestion extends Link {
  question: string;
  /** Whether a company picks one option or any number of them. */
  choose: 'one' | 'several';
  options: { id: string; label: string; description: string }[];
}
export interface ModelTeam extends RaciTeam {
  purpose: string;
}
export interface ModelFacts extends Link {
  summary: string;
  fits: { factor: string; option: string; label: string; why: string }[];
  teams: ModelTeam[];
  /** What the model decides where the ratings do not, for its responsibility matrix. */
  decisions: RaciDecision[];
}

/** A model's teams, with what each is for, and its decisions, as the responsibility matrix reads them. */
function modelMatrixInputs(model: RawEntry<'models'>): Pick<ModelFacts, 'teams' | 'decisions'> {
  const { teams, decisions = [] } = raciInputs(model.data);
  return { teams: teams.map((team, i) => ({ ...team, purpose: model.data.teams[i]!.purpose })), decisions };
}

/** What the self-check page hands its script: the questions, the models with their teams, the roles and the activities. */
export function selfCheckData(factors: RawEntry<'factors'>[], models: RawEntry<'models'>[], graph: KnowledgeGraph, activities: RaciActivity[]) {
  const questions: FactorQuestion[] = [...factors]
    .sort((a, b) => a.data.order - b.data.order)
    .map((factor) => ({
      id: factor.id,
      title: factor.data.title,
      href: entryPath('factors', factor.id),
      question: factor.data.question,
      choose: factor.data.choose,
      options: factor.data.options.map((option) => ({ id: option.id, label: option.label, description: option.description })),
    }));
  const modelFacts: ModelFacts[] = [...models]
    .sort((a, b) => a.data.order - b.data.order)
    .map((model) => ({
      id: model.id,
      title: model.data.title,
      href: entryPath('models', model.id),
      summary: model.data.summary,
      fits: model.data.fits.map((fit) => ({
        factor: fit.factor.id,
        option: fit.option,
        label: questions.find((question) => question.id === fit.factor.id)?.options.find((option) => option.id === fit.option)?.label ?? fit.option,
        why: fit.why,
      })),
      ...modelMatrixInputs(model),
    }));
  const roles: Link[] = graph.nodes('roles').map((role) => ({ id: role.id, title: role.title, href: entryPath('roles', role.id) }));
  return {
    factors: questions,
    models: modelFacts,
    roles,
    activities: activities.map((activity) => ({ ...activity, href: entryPath('activities', activity.id) })),
  };
}
export type SelfCheckData = ReturnType<typeof selfCheckData>;

export interface Answers {
  /** Factor id → the option ids chosen, only for values that exist: one for most questions, any number where the options combine. */
  chosen: Record<string, string[]>;
  /** What was in the address but could not be used, in words a reader understands. */
  notes: Ignored[];
}

/** The address keys that adjust the result rather than answer a question. */
export const adjustmentKeys = ['drop', 'add', 'move'] as const;

/** A part of the address the self-check could not use: what the reader gave, and why it was ignored. */
export interface Ignored {
  given: string;
  why: string;
}

/** Reads answers from a query string such as `?company-size=large-enterprise&partners=msp-operations`. */
export function readAnswers(search: string, factors: FactorQuestion[]): Answers {
  const chosen: Record<string, string[]> = {};
  const notes: Ignored[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if ((adjustmentKeys as readonly string[]).includes(key)) continue;
    const factor = factors.find((candidate) => candidate.id === key);
    const already = chosen[key] ?? [];
    if (!factor) notes.push({ given: key, why: 'there is no such question.' });
    else if (!factor.options.some((option) => option.id === value))
      notes.push({ given: `${key}=${value}`, why: `it is not one of the answers to “${factor.question}”.` });
    else if (already.includes(value)) continue;
    else if (factor.choose === 'one' && already.length > 0)
      notes.push({ given: `${key}=${value}`, why: `“${factor.question}” takes one answer, and the first one given is used.` });
    else chosen[key] = [...already, value];
  }
  return { chosen, notes };
}

export interface Ranked {
  model: ModelFacts;
  score: number;
  /** How many of the answered questions the model fits. */
  fitting: number;
  /** The answers the model fits, each as "option: why". */
  reasons: string[];
  /** The questions whose answer the model does not fit. */
  against: string[];
}

/**
 * Ranks the models against the answers: a point for each answered question whose answer the model fits, a point off
 * for each answered question where it fits other answers only, nothing where it says nothing. Ties keep the models'
 * reading order.
 */
export function rankModels(chosen: Record<string, string[]>, factors: FactorQuestion[], models: ModelFacts[]): Ranked[] {
  return models
    .map((model) => {
      let score = 0;
      let fitting = 0;
      const reasons: string[] = [];
      const against: string[] = [];
      for (const factor of factors) {
        const answer = chosen[factor.id] ?? [];
        const fits = model.fits.filter((fit) => fit.factor === factor.id);
        if (answer.length === 0 || fits.length === 0) continue;
        const matched = fits.filter((fit) => answer.includes(fit.option));
        if (matched.length > 0) {
          score += 1;
          fitting += 1;
          reasons.push(...matched.map((fit) => `${fit.label}: ${fit.why}`));
        } else {
          score -= 1;
          against.push(factor.question);
        }
      }
      return { model, score, fitting, reasons, against };
    })
    .sort((a, b) => b.score - a.score || models.indexOf(a.model) - models.indexOf(b.model));
}

/** The single changes of answer that would put another model first, as a reader would read them. */
export function whatWouldChange(chosen: Record<string, string[]>, factors: FactorQuestion[], models: ModelFacts[], limit = 3): string[] {
  const best = rankModels(chosen, factors, models)[0]?.model;
  const hints: string[] = [];
  for (const factor of factors) {
    for (const option of factor.options) {
      if (chosen[factor.id]?.includes(option.id)) continue;
      const changed = { ...chosen, [factor.id]: factor.choose === 'several' ? [...(chosen[factor.id] ?? []), option.id] : [option.id] };
      const leader = rankModels(changed, factors, models)[0]?.model;
      if (leader && leader !== best) {
        const verb = factor.choose === 'several' ? `Adding “${option.label}”` : `Answering “${option.label}”`;
        hints.push(`${verb} to “${factor.question}” would make ${leader.title} the best fit.`);
      }
    }
  }
  return hints.slice(0, limit);
}

export interface Adjustments {
  /** Ids of the model's teams the reader dropped. */
  drop: string[];
  /** Ids of roles the reader added a team for. */
  add: string[];
  /** Activity id → the id of the team the reader moved it to (`partner` for a partner the model does not have). */
  move: Record<string, string>;
  notes: Ignored[];
}

/** A partner the reader adds by moving an activity to it, when the model has none. */
export const addedPartner: ModelTeam = {
  id: 'partner',
  name: 'Partner',
  type: 'outside-team-topologies',
  partner: true,
  purpose: 'Does the work moved to it; the answer for it stays in-house.',
  roles: [],
};

/** Reads the reader's changes to a model from the address: `drop=<team>`, `add=<role>`, `move=<activity>:<team>`. */
export function readAdjustments(search: string, model: ModelFacts, roles: Link[], activities: Link[]): Adjustments {
  const params = new URLSearchParams(search);
  const notes: Ignored[] = [];
  const drop = params.getAll('drop').filter((id) => {
    const known = model.teams.some((team) => team.id === id);
    if (!known) notes.push({ given: `drop=${id}`, why: `${model.title} has no such team.` });
    return known;
  });
  const add = params.getAll('add').filter((id, i, all) => {
    const known = roles.some((role) => role.id === id);
    if (!known) notes.push({ given: `add=${id}`, why: 'there is no such role.' });
    return known && all.indexOf(id) === i;
  });
  const move: Record<string, string> = {};
  for (const value of params.getAll('move')) {
    const [activity = '', team = ''] = value.split(':');
    if (model.teams.some((candidate) => candidate.id === team && candidate.type === 'enabling')) {
      notes.push({ given: `move=${value}`, why: 'an enabling team coaches the teams that do the work rather than doing it.' });
      continue;
    }
    if (drop.includes(team)) {
      notes.push({ given: `move=${value}`, why: 'that team was dropped, so the activity stays with the teams its roles give it.' });
      continue;
    }
    // A team the reader added is known by its role: `added-<role>`, as adjustedTeams names it.
    const teamKnown =
      team === addedPartner.id ||
      model.teams.some((candidate) => candidate.id === team) ||
      (team.startsWith('added-') && add.includes(team.slice('added-'.length)));
    if (!activities.some((candidate) => candidate.id === activity) || !teamKnown)
      notes.push({ given: `move=${value}`, why: 'write move=<activity>:<team>.' });
    else move[activity] = team;
  }
  return { drop, add, move, notes };
}

/** The model's teams after the reader's changes: dropped teams gone, a team per added role, a partner where work moved to one. */
export function adjustedTeams(model: ModelFacts, adjustments: Adjustments, roles: Link[]): ModelTeam[] {
  const kept = model.teams.filter((team) => !adjustments.drop.includes(team.id));
  const added = adjustments.add.map((id) => {
    const role = roles.find((candidate) => candidate.id === id)!;
    return {
      id: `added-${id}`,
      name: `${role.title} team`,
      type: 'stream-aligned' as const,
      partner: false,
      purpose: `Added by you to take on ${role.title} work.`,
      roles: [id],
    };
  });
  const needsPartner = Object.values(adjustments.move).includes(addedPartner.id) && !kept.some((team) => team.id === addedPartner.id);
  return [...kept, ...added, ...(needsPartner ? [addedPartner] : [])];
}
