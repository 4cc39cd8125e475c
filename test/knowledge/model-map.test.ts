import { describe, expect, it } from 'vitest';

import { modelMap, type ModelStep } from '../../src/knowledge/model-map';
import { guide } from '../support/fixture';

/** The model picture of the tiny guide, after an optional change to its content. */
const pictureOf = (change?: Parameters<typeof guide>[0]) => modelMap(guide(change)());
const band = (steps: ModelStep[], kind: string) => steps.find((step) => step.type === 'band' && step.kind === kind);
const notes = (steps: ModelStep[], kind: string) => {
  const found = band(steps, kind);
  return found?.type === 'band' ? found.nodes.map((node) => [node.title, node.note]) : [];
};

describe('the picture of the guide’s model', () => {
  const steps = pictureOf();

  it('reads from company context through the roles to the goals, resting on the enablers', () => {
    expect(steps.map((step) => (step.type === 'band' ? step.name : step.sentence))).toEqual([
      'Company context',
      'Company context shapes the roles',
      'Roles',
      'Roles serve the goals',
      'Goals',
      'Roles rest on the enablers',
      'Enablers',
    ]);
  });

  it('draws every factor, role, goal and enabler once, each with its own page', () => {
    const graph = guide()();
    for (const kind of ['factors', 'roles', 'goals', 'enablers'] as const) {
      const found = band(steps, kind);
      expect(found?.type === 'band' ? found.nodes.map((node) => [node.kind, node.id]) : []).toEqual(graph.ids(kind).map((id) => [kind, id]));
    }
  });

  it('notes under each box what the graph says about it', () => {
    expect(notes(steps, 'factors')).toEqual([['Company size', 'Shifts all 2 roles']]);
    expect(notes(steps, 'roles')).toEqual([
      ['DevOps', 'Central: Deliver more often'],
      ['Site Reliability Engineering', 'Central: none'],
    ]);
    expect(notes(steps, 'goals')).toEqual([['Deliver more often', 'Central to DevOps']]);
    expect(notes(steps, 'enablers')).toEqual([['Automation', 'Supports 1 of 1 goal']]);
  });

  it('changes its notes when the content does', () => {
    const after = pictureOf((raw) => {
      raw['factors']['company-size'].options[1].shifts[0].role = 'devops';
      raw['roles'].sre.serves[0].emphasis = 'central';
    });
    expect(notes(after, 'factors')).toEqual([['Company size', 'Shifts 1 of 2 roles']]);
    expect(notes(after, 'goals')).toEqual([['Deliver more often', 'Central to DevOps and Site Reliability Engineering']]);
  });

  it('points the connector between roles and goals across the page, the others down it', () => {
    expect(steps.flatMap((step) => (step.type === 'connector' ? [[step.from, step.to, step.flow]] : []))).toEqual([
      ['factors', 'roles', 'down'],
      ['roles', 'goals', 'across'],
      ['roles', 'enablers', 'down'],
    ]);
  });
});
