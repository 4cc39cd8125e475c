import { isoDay } from './dates';
import type { GraphNode } from './graph';

/** References leave the content layer as `{ id, collection }`; an export writes them as the ids authors wrote. */
export function asAuthored(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asAuthored);
  // Dates in the content are days, such as a page's `reviewed` date.
  if (value instanceof Date) return isoDay(value);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 2 && keys.includes('id') && keys.includes('collection')) return (value as { id: string }).id;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asAuthored(inner)]));
  }
  return value;
}

/** One entry as other onboarding tools receive it: its address, its data as authored, and its relations both ways. */
export function exportEntry(node: GraphNode, url: string, data: unknown) {
  return {
    id: node.id,
    url,
    title: node.title,
    summary: node.summary,
    ...(data && typeof data === 'object' && 'reviewed' in data ? { reviewed: asAuthored(data.reviewed) } : {}),
    data: asAuthored(data),
    relations: node.sections.map((section) => ({
      heading: section.heading,
      links: section.links.map((link) => ({ kind: link.kind, id: link.id, title: link.title, why: link.why })),
    })),
  };
}
