import type { CollectionName } from './collections';
import { entryPath } from './urls';

/** One page of a reading path, as `stepsOf` lists it. */
export interface PathStep {
  kind: CollectionName;
  id: string;
  title: string;
  /** The anchor that marks a visit as part of this path: `path-<path id>`. */
  anchor: string;
}

/** A link in a path's banner: where it goes, what it says and, between steps, which way it goes. */
export interface StepLink {
  href: string;
  label: string;
  rel?: 'prev' | 'next';
}

/** Where one page sits in one reading path, as its banners show it. */
export interface PlaceInPath {
  /** The anchor the top banner carries, so a link from the path lands on it. */
  anchor: string;
  pathTitle: string;
  pathHref: string;
  position: number;
  total: number;
  previous: StepLink;
  next: StepLink;
}

/** What the first step's Previous and the last step's link say: both lead back to the path's own page. */
export const overviewLabels = { previous: "Previous: the path's overview", last: "Last step: back to the path's overview" };

const stepHref = (step: PathStep) => `${entryPath(step.kind, step.id)}#${step.anchor}`;

/** Where the page of `kind`/`id` sits in a path, with the steps either side of it. */
export function placeInPath(path: { id: string; title: string }, steps: readonly PathStep[], kind: CollectionName, id: string): PlaceInPath {
  const here = steps.findIndex((step) => step.kind === kind && step.id === id);
  if (here === -1) throw new Error(`${kind}/${id} is not a step of the reading path "${path.id}".`);
  const pathHref = entryPath('paths', path.id);
  const before = steps[here - 1];
  const after = steps[here + 1];
  return {
    anchor: steps[here]!.anchor,
    pathTitle: path.title,
    pathHref,
    position: here + 1,
    total: steps.length,
    previous: before
      ? { href: stepHref(before), label: `Previous: ${before.title}`, rel: 'prev' }
      : { href: pathHref, label: overviewLabels.previous },
    next: after ? { href: stepHref(after), label: `Next: ${after.title}`, rel: 'next' } : { href: pathHref, label: overviewLabels.last },
  };
}
