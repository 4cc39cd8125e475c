import type { KnowledgeGraph, RawEntry } from '../knowledge/graph';
import type { PairComparison } from '../knowledge/overlap';
import { entryPath } from '../knowledge/urls';

/**
 * The company-context self-check: answers to the factor questions become a suggested mix of roles,
 * built only from the factors' options and what each option shifts.
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
  options: { id: string; label: string; description: string; shifts: { role: string; why: string }[] }[];
}
export interface RoleFacts extends Link {
  goals: Link[];
}
export interface PairFacts {
  first: string;
  second: string;
  href: string;
  shared: number;
}

/** What the self-check page hands its script: the questions in reading order, the roles with their goals, and the pairs. */
export function selfCheckData(factors: RawEntry<'factors'>[], graph: KnowledgeGraph, pairs: PairComparison[]) {
  const questions: FactorQuestion[] = [...factors]
    .sort((a, b) => a.data.order - b.data.order)
    .map((factor) => ({
      id: factor.id,
      title: factor.data.title,
      href: entryPath('factors', factor.id),
      question: factor.data.question,
      choose: factor.data.choose,
      options: factor.data.options.map((option) => ({
        id: option.id,
        label: option.label,
        description: option.description,
        shifts: option.shifts.map((shift) => ({ role: shift.role.id, why: shift.why })),
      })),
    }));
  const roles: RoleFacts[] = graph.nodes('roles').map((role) => ({
    id: role.id,
    title: role.title,
    href: entryPath('roles', role.id),
    // Every role serves all four goals; the advice names the ones central to each role's work.
    goals: graph
      .linksUnder('roles', role.id, 'serves')
      .filter((goal) => graph.emphasis(role.id, goal.id) === 'central')
      .map((goal) => ({ id: goal.id, title: goal.title, href: entryPath('goals', goal.id) })),
  }));
  const pairFacts: PairFacts[] = pairs.map((pair) => ({
    first: pair.first.id,
    second: pair.second.id,
    href: entryPath('comparisons', pair.id),
    shared: pair.shared.length,
  }));
  return { factors: questions, roles, pairs: pairFacts };
}

export interface Answers {
  /** Factor id → the option ids chosen, only for values that exist: one for most questions, any number where the options combine. */
  chosen: Record<string, string[]>;
  /** What was in the address but could not be used, in words a reader understands. */
  notes: string[];
}

/** Reads answers from a query string such as `?company-size=large-enterprise&partners=msp-operations`. */
export function readAnswers(search: string, factors: FactorQuestion[]): Answers {
  const chosen: Record<string, string[]> = {};
  const notes: string[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    const factor = factors.find((candidate) => candidate.id === key);
    const already = chosen[key] ?? [];
    if (!factor) notes.push(`Ignored “${key}”: there is no such question.`);
    else if (!factor.options.some((option) => option.id === value))
      notes.push(`Ignored “${key}=${value}”: it is not one of the answers to “${factor.question}”.`);
    else if (already.includes(value)) continue;
    else if (factor.choose === 'one' && already.length > 0)
      notes.push(`Ignored “${key}=${value}”: “${factor.question}” takes one answer, and the first one given is used.`);
    else chosen[key] = [...already, value];
  }
  return { chosen, notes };
}

export interface Recommendation {
  staff: { role: RoleFacts; reasons: string[] }[];
  combine: { first: RoleFacts; second: RoleFacts; href: string; reason: string }[];
  partners?: { label: string; description: string; href: string; shifts: string[] };
  goals: { goal: Link; reason: string }[];
}

export function recommend(chosen: Record<string, string[]>, factors: FactorQuestion[], roles: RoleFacts[], pairs: PairFacts[]): Recommendation {
  const reasons = new Map<string, string[]>();
  for (const factor of factors) {
    for (const option of factor.options.filter((candidate) => chosen[factor.id]?.includes(candidate.id))) {
      for (const shift of option.shifts) reasons.set(shift.role, [...(reasons.get(shift.role) ?? []), `${option.label}: ${shift.why}`]);
    }
  }
  const roleOf = (id: string) => roles.find((role) => role.id === id)!;
  const staff = [...reasons.entries()]
    .sort(([a, first], [b, second]) => second.length - first.length || roles.indexOf(roleOf(a)) - roles.indexOf(roleOf(b)))
    .map(([id, why]) => ({ role: roleOf(id), reasons: why }));
  const staffed = new Set(staff.map((entry) => entry.role.id));

  // Two suggested roles that share most of their activities can start as one team.
  const combine = pairs
    .filter((pair) => staffed.has(pair.first) && staffed.has(pair.second))
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 2)
    .map((pair) => ({
      first: roleOf(pair.first),
      second: roleOf(pair.second),
      href: pair.href,
      reason: `They share ${pair.shared} activities, so one team can cover both until the work outgrows it.`,
    }));

  const partnersFactor = factors.find((factor) => factor.id === 'partners');
  const partnerOption = partnersFactor?.options.find((option) => chosen['partners']?.includes(option.id));
  const partners =
    partnersFactor && partnerOption
      ? {
          label: partnerOption.label,
          description: partnerOption.description,
          href: `${partnersFactor.href}#option-${partnerOption.id}`,
          shifts: partnerOption.shifts.map((shift) => `${roleOf(shift.role).title}: ${shift.why}`),
        }
      : undefined;

  const servedBy = new Map<string, { goal: Link; roles: string[] }>();
  for (const { role } of staff.slice(0, 4)) {
    for (const goal of role.goals) servedBy.set(goal.id, { goal, roles: [...(servedBy.get(goal.id)?.roles ?? []), role.title] });
  }
  const goals = [...servedBy.values()]
    .sort((a, b) => b.roles.length - a.roles.length)
    .slice(0, 2)
    .map(({ goal, roles: titles }) => ({ goal, reason: `Central to the work of ${titles.join(', ')}: the roles your answers lean on most.` }));

  return { staff, combine, ...(partners ? { partners } : {}), goals };
}
