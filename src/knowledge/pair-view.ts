import { emphasisLabels, type Emphasis, type KnowledgeGraph, type RawEntry } from './graph';
import type { MatrixActivity, PairComparison } from './overlap';

/** What the page for a pair of roles shows beyond its written take, all derived from the graph and the ratings. */
export interface PairView {
  /** Every goal, with how strongly and how each side serves it: both serve all four, with different emphasis. */
  goals: { id: string; title: string; sides: { emphasis: Emphasis; label: string; how: string }[] }[];
  /** The activities they share and those only one of them takes part in, each group with its heading's anchor. */
  activityGroups: { heading: string; slug: string; activities: MatrixActivity[] }[];
  /** Each factor option that shifts either role, with what it shifts and why. */
  context: { factorId: string; factorTitle: string; optionId: string; optionLabel: string; shifts: { title: string; why: string }[] }[];
}

export function pairView(pair: PairComparison, graph: KnowledgeGraph, factors: RawEntry<'factors'>[]): PairView {
  const { first, second } = pair;
  const goals = graph.nodes('goals').map((goal) => ({
    id: goal.id,
    title: goal.title,
    sides: [first, second].map((role) => {
      const { emphasis, why } = graph.howServes(role.id, goal.id);
      return { emphasis, label: emphasisLabels[emphasis], how: why };
    }),
  }));

  // Company context tips the balance where one option of a factor shifts either role.
  const context = factors.flatMap((factor) =>
    factor.data.options.flatMap((option) => {
      const shifts = option.shifts.filter((shift) => shift.role.id === first.id || shift.role.id === second.id);
      if (shifts.length === 0) return [];
      return [
        {
          factorId: factor.id,
          factorTitle: factor.data.title,
          optionId: option.id,
          optionLabel: option.label,
          shifts: shifts.map((shift) => ({ title: graph.node('roles', shift.role.id).title, why: shift.why })),
        },
      ];
    }),
  );

  const activityGroups = [
    { heading: 'Activities they share', slug: 'activities-they-share', activities: pair.shared },
    { heading: `Only ${first.title}`, slug: 'only-first', activities: pair.onlyFirst },
    { heading: `Only ${second.title}`, slug: 'only-second', activities: pair.onlySecond },
  ];
  return { goals, activityGroups, context };
}

/** A role's comparisons with each other role, the one it shares most activities with first. */
export function pairsOf(pairs: PairComparison[], role: string) {
  return pairs
    .filter((pair) => pair.first.id === role || pair.second.id === role)
    .map((pair) => ({ id: pair.id, other: pair.first.id === role ? pair.second : pair.first, shared: pair.shared.length }))
    .sort((a, b) => b.shared - a.shared);
}
