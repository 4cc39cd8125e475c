import { describe, expect, it } from 'vitest';

import { pageKinds } from '../../src/knowledge/collections';
import { loadGuide } from '../support/content';

const { graph, collections } = loadGuide();
const headingsOf = (kind: Parameters<typeof graph.nodes>[0], id: string) =>
  graph.node(kind, id).sections.filter((section) => section.links.length > 0).map((section) => section.heading);

describe('the guide as a connected graph', () => {
  it('has every collection the guide promises', () => {
    expect(graph.ids('roles')).toEqual(['devops', 'devsecops', 'infraops', 'it-operations', 'agile-infraops', 'sre', 'platform-engineering']);
    expect(graph.ids('goals')).toEqual(['deliver-more-often', 'reduce-impact-and-risk', 'reduce-delivery-effort', 'increase-security']);
    expect(graph.ids('factors')).toEqual(['agile-reach', 'agile-focus', 'agile-scope', 'company-size', 'partners']);
    expect(graph.ids('enablers')).toEqual(['continuous-learning', 'automation-framework', 'company-support']);
    expect(graph.ids('activities')).toHaveLength(14);
    expect(graph.ids('glossary').length).toBeGreaterThanOrEqual(15);
  });

  it.each(graph.ids('activities'))('activity %s rates every role exactly once, and someone owns it', (id) => {
    const activity = collections.activities.find((entry) => entry.id === id)!;
    expect(activity.data.roles.map((rating) => rating.role.id)).toEqual(graph.ids('roles'));
    expect(activity.data.roles.some((rating) => rating.level === 'owns')).toBe(true);
  });

  it.each(graph.ids('roles'))('role %s owns at least one activity', (id) => {
    expect(collections.activities.some((activity) => activity.data.roles.some((rating) => rating.role.id === id && rating.level === 'owns'))).toBe(true);
  });

  it.each(graph.ids('glossary'))('term %s says where it matters', (id) => {
    expect(headingsOf('glossary', id)).toContain('Where it matters');
  });

  it.each(graph.ids('roles'))('role %s serves a goal, is shaped by a factor and relies on an enabler', (id) => {
    expect(headingsOf('roles', id)).toEqual(expect.arrayContaining(['Goals it serves', 'Factors that shape it', 'What it relies on']));
  });

  // The brief: whatever the label, every role serves all four goals and depends on all three enablers.
  it.each(graph.ids('roles'))('role %s serves every goal and relies on every enabler', (id) => {
    expect(graph.linksUnder('roles', id, 'serves').map((link) => link.id).sort()).toEqual(graph.ids('goals').sort());
    expect(graph.linksUnder('roles', id, 'reliesOn').map((link) => link.id).sort()).toEqual(graph.ids('enablers').sort());
  });

  it.each(graph.ids('goals'))('goal %s is served by roles and supported by enablers', (id) => {
    expect(headingsOf('goals', id)).toEqual(expect.arrayContaining(['Roles that serve it', 'Enablers that support it']));
  });

  it.each(graph.ids('enablers'))('enabler %s is relied on by roles', (id) => {
    expect(headingsOf('enablers', id)).toContain('Roles that rely on it');
  });

  it.each(graph.ids('roles'))('role %s overlaps with at least one neighbour', (id) => {
    expect(headingsOf('roles', id)).toContain('Where it overlaps');
  });

  it('has no orphan: every entry and every source is linked from another entry', () => {
    const orphans = (['sources', 'comparisons', ...pageKinds] as const).flatMap((kind) =>
      graph.nodes(kind).filter((node) => node.sections.every((section) => section.links.length === 0)).map((node) => `${kind}/${node.id}`),
    );
    expect(orphans).toEqual([]);
  });

  it('states every finding in the ledger on at least one page', () => {
    const unstated = graph.nodes('findings').filter((node) => graph.linksUnder('findings', node.id, 'statedOn').length === 0).map((node) => node.id);
    expect(unstated).toEqual([]);
  });

  it('shows every relation from both ends', () => {
    const missing: string[] = [];
    for (const kind of ['sources', 'findings', 'comparisons', ...pageKinds] as const) {
      for (const node of graph.nodes(kind)) {
        for (const link of node.sections.flatMap((section) => section.links)) {
          const back = graph.node(link.kind, link.id).sections.flatMap((section) => section.links);
          if (!back.some((other) => other.kind === kind && other.id === node.id)) missing.push(`${kind}/${node.id} → ${link.kind}/${link.id}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
