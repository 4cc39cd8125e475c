import type { KnowledgeGraph } from './graph';

/**
 * The guide's model as one picture: company context (factors) shapes the roles, the roles serve the goals, and all of
 * it rests on the enablers. Every box is an entry of the graph, so the picture changes when the guide does.
 */

export type ModelKind = 'factors' | 'roles' | 'goals' | 'enablers';

export interface ModelNode {
  kind: ModelKind;
  id: string;
  title: string;
  /** One short line under the title, from the graph, such as "Shifts 6 of 7 roles". */
  note: string;
}

export interface ModelBand {
  kind: ModelKind;
  /** What the band holds, in the guide's words; it links to the collection's index page. */
  name: string;
  nodes: ModelNode[];
}

/** A relation drawn between two bands, as a sentence a reader can follow from one to the other. */
export interface ModelConnector {
  from: ModelKind;
  to: ModelKind;
  sentence: string;
  /** Down the page; or across it, from the roles to the goals beside them, where the screen is wide enough. */
  flow: 'down' | 'across';
}

/** The picture in reading order, which is also its order on a phone: each band, then what leads from it. */
export type ModelStep = ({ type: 'band' } & ModelBand) | ({ type: 'connector' } & ModelConnector);

/** "all 7 roles" or "6 of 7 roles": how much of a band a node reaches. */
const share = (n: number, total: number, one: string, many: string) =>
  n === total && total > 1 ? `all ${total} ${many}` : `${n} of ${total} ${total === 1 ? one : many}`;
const list = (titles: string[]) => new Intl.ListFormat('en-GB').format(titles);

export function modelMap(graph: KnowledgeGraph): ModelStep[] {
  const roleIds = graph.ids('roles');
  const goalCount = graph.ids('goals').length;
  const shifted = (factor: string) => new Set(graph.linksUnder('factors', factor, 'shapes').map((link) => link.id)).size;
  const centralGoals = (role: string) =>
    graph
      .linksUnder('roles', role, 'serves')
      .filter((goal) => graph.emphasis(role, goal.id) === 'central')
      .map((goal) => goal.title);
  const centralTo = (goal: string) =>
    graph
      .linksUnder('goals', goal, 'servedBy')
      .filter((role) => graph.emphasis(role.id, goal) === 'central')
      .sort((a, b) => roleIds.indexOf(a.id) - roleIds.indexOf(b.id))
      .map((role) => role.title);
  const supported = (enabler: string) => graph.linksUnder('enablers', enabler, 'supports').length;
  const nodesOf = (kind: ModelKind, note: (id: string) => string) =>
    graph.nodes(kind).map((node) => ({ kind, id: node.id, title: node.title, note: note(node.id) }));

  return [
    {
      type: 'band',
      kind: 'factors',
      name: 'Company context',
      nodes: nodesOf('factors', (id) => `Shifts ${share(shifted(id), roleIds.length, 'role', 'roles')}`),
    },
    { type: 'connector', from: 'factors', to: 'roles', sentence: 'Company context shapes the roles', flow: 'down' },
    { type: 'band', kind: 'roles', name: 'Roles', nodes: nodesOf('roles', (id) => `Central: ${list(centralGoals(id)) || 'none'}`) },
    { type: 'connector', from: 'roles', to: 'goals', sentence: 'Roles serve the goals', flow: 'across' },
    { type: 'band', kind: 'goals', name: 'Goals', nodes: nodesOf('goals', (id) => `Central to ${list(centralTo(id)) || 'no role'}`) },
    { type: 'connector', from: 'roles', to: 'enablers', sentence: 'Roles rest on the enablers', flow: 'down' },
    {
      type: 'band',
      kind: 'enablers',
      name: 'Enablers',
      nodes: nodesOf('enablers', (id) => `Supports ${share(supported(id), goalCount, 'goal', 'goals')}`),
    },
  ];
}
