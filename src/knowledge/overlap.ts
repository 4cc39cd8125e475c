import { levelLabels, type RawEntry } from './graph';

/**
 * Where the roles meet, derived from the activities collection: the overlap matrix, the comparison
 * of any two roles, and the layout of the overlap picture all come from the same ratings.
 */

export type Level = keyof typeof levelLabels;

export interface MatrixRole {
  id: string;
  title: string;
  /** A short column heading, such as "SRE". */
  short: string;
}
export interface MatrixActivity {
  id: string;
  title: string;
  levels: Record<string, { level: Level; why: string }>;
}
export interface OverlapMatrix {
  roles: MatrixRole[];
  activities: MatrixActivity[];
}

export function overlapMatrix(roles: RawEntry<'roles'>[], activities: RawEntry<'activities'>[]): OverlapMatrix {
  return {
    roles: [...roles]
      .sort((a, b) => a.data.order - b.data.order)
      .map((role) => ({ id: role.id, title: role.data.title, short: role.data.abbreviation ?? role.data.title })),
    activities: [...activities]
      .sort((a, b) => a.data.order - b.data.order)
      .map((activity) => ({
        id: activity.id,
        title: activity.data.title,
        levels: Object.fromEntries(activity.data.roles.map((rating) => [rating.role.id, { level: rating.level, why: rating.why }])),
      })),
  };
}

/** A role takes part in an activity when it owns or shares it. */
export const takesPart = (activity: MatrixActivity, roleId: string) => (activity.levels[roleId]?.level ?? 'rarely') !== 'rarely';

export interface PairComparison {
  id: string;
  first: MatrixRole;
  second: MatrixRole;
  shared: MatrixActivity[];
  onlyFirst: MatrixActivity[];
  onlySecond: MatrixActivity[];
}

/** Every pair of roles once, in reading order, with what they share and what only one of them does. */
export function rolePairs(matrix: OverlapMatrix): PairComparison[] {
  return matrix.roles.flatMap((first, i) =>
    matrix.roles.slice(i + 1).map((second) => ({
      id: `${first.id}-vs-${second.id}`,
      first,
      second,
      shared: matrix.activities.filter((activity) => takesPart(activity, first.id) && takesPart(activity, second.id)),
      onlyFirst: matrix.activities.filter((activity) => takesPart(activity, first.id) && !takesPart(activity, second.id)),
      onlySecond: matrix.activities.filter((activity) => !takesPart(activity, first.id) && takesPart(activity, second.id)),
    })),
  );
}

export interface DiagramLayout {
  size: number;
  nodes: { id: string; label: string; x: number; y: number; activities: number }[];
  edges: { id: string; x1: number; y1: number; x2: number; y2: number; shared: number }[];
}

/** The overlap picture: roles on a circle, a line between two roles as thick as the activities they share. */
export function diagramLayout(matrix: OverlapMatrix, size = 480): DiagramLayout {
  const centre = size / 2;
  const radius = size / 2 - 70;
  const nodes = matrix.roles.map((role, i) => {
    const angle = (2 * Math.PI * i) / matrix.roles.length - Math.PI / 2;
    return {
      id: role.id,
      label: role.short,
      x: Math.round(centre + radius * Math.cos(angle)),
      y: Math.round(centre + radius * Math.sin(angle)),
      activities: matrix.activities.filter((activity) => takesPart(activity, role.id)).length,
    };
  });
  const at = (id: string) => nodes.find((node) => node.id === id)!;
  const edges = rolePairs(matrix)
    .filter((pair) => pair.shared.length > 0)
    .map((pair) => ({
      id: pair.id,
      x1: at(pair.first.id).x,
      y1: at(pair.first.id).y,
      x2: at(pair.second.id).x,
      y2: at(pair.second.id).y,
      shared: pair.shared.length,
    }));
  return { size, nodes, edges };
}
