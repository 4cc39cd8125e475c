import { describe, expect, it } from 'vitest';

import { overlapMatrix, rolePairs } from '../../src/knowledge/overlap';
import { pairView } from '../../src/knowledge/pair-view';
import { decoderData } from '../../src/tools/decoder';
import { selfCheckData } from '../../src/tools/self-check';
import { guide } from '../support/fixture';

/** The tiny guide's graph and its one pair of roles, after an optional change to its content. */
function tinyGuide(change?: Parameters<typeof guide>[0]) {
  const built = guide(change);
  const pairs = rolePairs(overlapMatrix(built.collections.roles, built.collections.activities));
  return { collections: built.collections, graph: built(), pairs, pair: pairs[0]! };
}

describe('the pair page', () => {
  it('shows, for every goal, how strongly and how each role serves it', () => {
    const { graph, pair, collections } = tinyGuide((raw) => {
      raw['goals']['reduce-impact-and-risk'] = { ...raw['goals']['deliver-more-often'], title: 'Reduce impact and risk', order: 2 };
      raw['roles'].devops.serves.push({ goal: 'reduce-impact-and-risk', emphasis: 'supporting', why: 'Small changes are quick to roll back.' });
      raw['roles'].sre.serves.push({ goal: 'reduce-impact-and-risk', emphasis: 'central', why: 'Error budgets cap the damage a release may do.' });
    });
    expect(pairView(pair, graph, collections.factors).goals).toEqual([
      {
        id: 'deliver-more-often',
        title: 'Deliver more often',
        sides: [
          { emphasis: 'central', label: 'Central', how: 'Automated pipelines make small releases cheap.' },
          { emphasis: 'strong', label: 'Strong', how: 'Error budgets say when it is safe to ship.' },
        ],
      },
      {
        id: 'reduce-impact-and-risk',
        title: 'Reduce impact and risk',
        sides: [
          { emphasis: 'supporting', label: 'Supporting', how: 'Small changes are quick to roll back.' },
          { emphasis: 'central', label: 'Central', how: 'Error budgets cap the damage a release may do.' },
        ],
      },
    ]);
  });

  it('lists each factor option that shifts either role, with the role and the reason', () => {
    const { graph, pair, collections } = tinyGuide();
    expect(pairView(pair, graph, collections.factors).context).toEqual([
      {
        factorId: 'company-size',
        factorTitle: 'Company size',
        optionId: 'small',
        optionLabel: 'Small',
        shifts: [{ title: 'DevOps', why: 'One team does build, run and security together.' }],
      },
      {
        factorId: 'company-size',
        factorTitle: 'Company size',
        optionId: 'large',
        optionLabel: 'Large',
        shifts: [{ title: 'Site Reliability Engineering', why: 'A dedicated SRE group guards critical services.' }],
      },
    ]);
  });

  it('splits the rated activities into shared and one-sided groups', () => {
    const { graph, pair, collections } = tinyGuide();
    expect(
      pairView(pair, graph, collections.factors).activityGroups.map((group) => [group.heading, group.activities.map((activity) => activity.id)]),
    ).toEqual([
      ['Activities they share', ['incident-response']],
      ['Only DevOps', ['ci-cd-pipelines']],
      ['Only Site Reliability Engineering', []],
    ]);
  });
});

describe('the data the tool pages hand their scripts', () => {
  it('gives the self-check its questions in order, and each model with its fits (labelled) and its teams', () => {
    const { graph, collections } = tinyGuide();
    const data = selfCheckData(collections.factors, collections.models, graph, overlapMatrix(collections.roles, collections.activities).activities);
    expect(data.factors.map((factor) => [factor.id, factor.href, factor.options.map((option) => option.id)])).toEqual([
      ['company-size', '/factors/company-size/', ['small', 'large']],
    ]);
    expect(data.models).toEqual([
      {
        id: 'product-teams',
        title: 'Product teams run everything',
        href: '/models/product-teams/',
        summary: 'Small product teams build and run their own services, with a provider for the rest.',
        fits: [{ factor: 'company-size', option: 'small', label: 'Small', why: 'A few generalists can run what they build.' }],
        teams: [
          {
            id: 'product',
            name: 'Product team',
            type: 'stream-aligned',
            partner: false,
            purpose: 'Builds and runs the product end to end.',
            roles: ['devops'],
          },
          {
            id: 'msp',
            name: 'Managed service provider',
            type: 'platform',
            partner: true,
            purpose: 'Watches production out of hours and escalates.',
            roles: ['sre'],
          },
        ],
        decisions: [],
      },
    ]);
    expect(data.activities.map((activity) => activity.href)).toEqual(['/activities/incident-response/', '/activities/ci-cd-pipelines/']);
  });

  it('gives the decoder the roles and titles in reading order, each title with every spelling and the role it usually means', () => {
    // Only the roles are read, so the written take need not follow the new order.
    const { collections } = guide((raw) => {
      raw['roles'].devops.order = 3;
    });
    const pairs = [{ id: 'devops-vs-sre', first: { id: 'devops' }, second: { id: 'sre' } }];
    const data = decoderData(collections.roles, collections.titles, pairs, (kind, id) => `/${kind}/${id}/`);
    expect(data.roles.map((role) => [role.id, role.href, role.signals.length, role.outline.core.length])).toEqual([
      ['sre', '/roles/sre/', 1, 3],
      ['devops', '/roles/devops/', 1, 3],
    ]);
    expect(data.pairs).toEqual([{ roles: ['devops', 'sre'], href: '/comparisons/devops-vs-sre/' }]);
    expect(data.titles).toEqual([
      {
        id: 'cloud-engineer',
        title: 'Cloud Engineer',
        names: ['Cloud Engineer', 'Cloud Infrastructure Engineer'],
        usually: 'devops',
        means: [
          { role: 'devops', strength: 'usually' },
          { role: 'sre', strength: 'sometimes' },
        ],
        href: '/titles/cloud-engineer/',
      },
    ]);
  });
});
