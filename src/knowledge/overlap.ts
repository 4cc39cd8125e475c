import type { levelLabels, RawEntry } from './graph';

/**
 * Where the roles meet, derived from the activities collection: the overlap matrix, the comparison
 * of any two roles, and the overlap heat map all come from the same ratings.
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
  levels: Record<string, { level: Level; why: string; part?: string | undefined }>;
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
        levels: Object.fromEntries(
          activity.data.roles.map((rating) => [rating.role.id, { level: rating.level, why: rating.why, part: rating.part }]),
        ),
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

/** How strongly two roles overlap, in quarters of all the activities, so the shade means the same in any guide. */
export interface OverlapBand {
  band: 0 | 1 | 2 | 3;
  /** The fewest and most shared activities the band covers. */
  from: number;
  to: number;
  label: string;
}

const bandLabels = ['Under a quarter', 'A quarter to a half', 'A half to three-quarters', 'Three-quarters or more'] as const;

/** One cell of the heat map: the overlap of its row's role with its column's role; the diagonal, where a role meets itself, has none. */
export type HeatMapCell =
  { role: MatrixRole; self: true } | { role: MatrixRole; self: false; shared: number; band: OverlapBand['band']; pairId: string };

export interface OverlapHeatMap {
  roles: MatrixRole[];
  activities: number;
  /** The bands the legend explains, leaving out any a small guide's counts cannot fall in. */
  bands: OverlapBand[];
  rows: { role: MatrixRole; cells: HeatMapCell[] }[];
}

/** The overlap picture: roles × roles, each cell the activities both own or share, shaded by quarters of all activities. */
export function overlapHeatMap(matrix: OverlapMatrix): OverlapHeatMap {
  const total = matrix.activities.length;
  const bandOf = (shared: number) => Math.min(3, total === 0 ? 0 : Math.floor((4 * shared) / total)) as OverlapBand['band'];
  const bands = bandLabels
    .map((label, band) => ({
      band: band as OverlapBand['band'],
      from: Math.ceil((band * total) / 4),
      to: band === 3 ? total : Math.ceil(((band + 1) * total) / 4) - 1,
      label,
    }))
    .filter((band) => band.from <= band.to);
  const pairs = new Map(
    rolePairs(matrix).flatMap((pair) => [
      [`${pair.first.id} ${pair.second.id}`, pair],
      [`${pair.second.id} ${pair.first.id}`, pair],
    ]),
  );
  const rows = matrix.roles.map((role) => ({
    role,
    cells: matrix.roles.map((other): HeatMapCell => {
      const pair = pairs.get(`${role.id} ${other.id}`);
      if (!pair) return { role: other, self: true };
      return { role: other, self: false, shared: pair.shared.length, band: bandOf(pair.shared.length), pairId: pair.id };
    }),
  }));
  return { roles: matrix.roles, activities: total, bands, rows };
}
