import { describe, expect, it } from 'vitest';

import { overlapMatrix } from '../../src/knowledge/overlap';
import {
  adjustedTeams,
  rankModels,
  readAdjustments,
  readAnswers,
  selfCheckData,
  whatWouldChange,
  type FactorQuestion,
} from '../../src/tools/self-check';
import { loadGuide } from '../support/content';

const factors: FactorQuestion[] = [
  {
    id: 'company-size',
    title: 'Company size',
    href: '/factors/company-size/',
    question: 'How large is the company?',
    choose: 'one',
    options: [
      { id: 'small', label: 'Small', description: 'A few generalists.' },
      { id: 'large', label: 'Large', description: 'Many specialised teams.' },
    ],
  },
  {
    id: 'partners',
    title: 'Partners',
    href: '/factors/partners/',
    question: 'Who runs what?',
    choose: 'one',
    options: [{ id: 'msp', label: 'MSP runs operations', description: 'A provider runs the estate.' }],
  },
];
const scope: FactorQuestion = {
  id: 'agile-scope',
  title: 'Agile scope',
  href: '/factors/agile-scope/',
  question: 'What does your agile approach include?',
  choose: 'several',
  options: [
    { id: 'operations', label: 'Operations', description: 'Ops works in sprints.' },
    { id: 'security', label: 'Security', description: 'Security joins in.' },
  ],
};

describe('answers in the address', () => {
  it('keeps known answers and names what it ignored, leaving the adjustments to the result', () => {
    expect(readAnswers('?company-size=small&partners=everything&colour=blue&drop=msp&move=patching:msp', factors)).toEqual({
      chosen: { 'company-size': ['small'] },
      notes: [
        { given: 'partners=everything', why: 'it is not one of the answers to “Who runs what?”.' },
        { given: 'colour', why: 'there is no such question.' },
      ],
    });
  });

  it('takes one answer where the options exclude each other, and any number where they combine', () => {
    expect(
      readAnswers('?company-size=small&company-size=large&agile-scope=operations&agile-scope=security&agile-scope=security', [...factors, scope]),
    ).toEqual({
      chosen: { 'company-size': ['small'], 'agile-scope': ['operations', 'security'] },
      notes: [{ given: 'company-size=large', why: '“How large is the company?” takes one answer, and the first one given is used.' }],
    });
  });
});

// The real guide: its models, questions and activities, as the page hands them to its script.
const { collections, graph } = loadGuide();
const data = selfCheckData(collections.factors, collections.models, graph, overlapMatrix(collections.roles, collections.activities).activities);
const answers = (search: string) => readAnswers(search, data.factors).chosen;
const bestFor = (search: string) => rankModels(answers(search), data.factors, data.models)[0]!.model.id;

/** Realistic companies, each with the model a consultant would hand it. */
const companies: { company: string; search: string; expected: string }[] = [
  {
    company: 'a 40-person manufacturer with two IT generalists, no agile, an MSP at night',
    search: 'company-size=small-generalists&agile-reach=not-adopted&partners=msp-operations',
    expected: 'small-it-generalists',
  },
  {
    company: 'a 25-person SaaS start-up whose developers run everything',
    search:
      'company-size=small-generalists&agile-reach=company-wide&agile-focus=all-three&agile-scope=applications&agile-scope=operations&partners=all-in-house',
    expected: 'startup-product-teams',
  },
  {
    company: 'a 300-person scale-up with 20 product teams',
    search: 'company-size=mid-size&agile-reach=it-wide&agile-focus=technology&agile-scope=applications&agile-scope=operations&partners=all-in-house',
    expected: 'scaleup-platform',
  },
  {
    company: 'a retailer with a central IT department and a few critical online services',
    search: 'company-size=large-enterprise&agile-reach=select-teams&agile-focus=technology&agile-scope=applications&partners=all-in-house',
    expected: 'enterprise-central-it-sre',
  },
  {
    company: 'an insurer whose infrastructure and operations a provider runs',
    search: 'company-size=large-enterprise&agile-reach=select-teams&partners=msp-operations',
    expected: 'regulated-msp',
  },
  {
    company: 'a building society bringing in consultants to move infrastructure to a backlog',
    search: 'company-size=mid-size&agile-reach=it-wide&agile-focus=culture&agile-scope=operations&partners=consulting-partner',
    expected: 'agile-transformation',
  },
  {
    company: 'a large payments company that puts security first',
    search:
      'company-size=large-enterprise&agile-reach=it-wide&agile-focus=all-three&agile-scope=applications&agile-scope=security&partners=all-in-house',
    expected: 'security-led',
  },
];

describe('ranking the operating models', () => {
  it.each(companies)('gives $company the model it needs', ({ search, expected }) => {
    expect(bestFor(search)).toBe(expected);
  });

  it('makes every model the best fit for at least one realistic company', () => {
    const winners = new Set(companies.map(({ search }) => bestFor(search)));
    expect(data.models.map((model) => model.id).filter((id) => !winners.has(id))).toEqual([]);
  });

  it('sends the extremes of each question to different models', () => {
    for (const factor of data.factors.filter((candidate) => candidate.choose === 'one')) {
      const first = factor.options[0]!.id;
      const last = factor.options.at(-1)!.id;
      expect(bestFor(`${factor.id}=${first}`), `${factor.id}: ${first} vs ${last}`).not.toBe(bestFor(`${factor.id}=${last}`));
    }
  });

  it('gives the best fit and the runner-up the reasons drawn from their fits, and says what would change the answer', () => {
    const [best, runnerUp] = rankModels(answers(companies[4]!.search), data.factors, data.models);
    expect(best!.reasons.length).toBeGreaterThanOrEqual(2);
    expect(best!.reasons.every((reason) => /^[^:]+: .{20,}/.test(reason))).toBe(true);
    expect(runnerUp!.model.id).not.toBe(best!.model.id);
    const hints = whatWouldChange(answers(companies[4]!.search), data.factors, data.models);
    expect(hints.length).toBeGreaterThan(0);
    expect(hints[0]).toMatch(/^(Answering|Adding) “.+” to “.+\?” would make .+ the best fit\.$/);
  });

  it('never recommends more than four teams, for any single answer or any company above', () => {
    const searches = [
      ...companies.map(({ search }) => search),
      ...data.factors.flatMap((factor) => factor.options.map((option) => `${factor.id}=${option.id}`)),
    ];
    for (const search of searches) {
      const best = rankModels(answers(search), data.factors, data.models)[0]!.model;
      expect(best.teams.length, search).toBeLessThanOrEqual(4);
    }
  });
});

describe('adjusting the result', () => {
  const model = data.models.find((candidate) => candidate.teams.length >= 2)!;
  const activity = data.activities[0]!;

  it('drops a team, adds one for a role and moves an activity to a partner, from the address', () => {
    const dropped = model.teams[1]!.id;
    const adjustments = readAdjustments(`?drop=${dropped}&add=sre&move=${activity.id}:partner`, model, data.roles, data.activities);
    expect(adjustments.notes).toEqual([]);
    const teams = adjustedTeams(model, adjustments, data.roles);
    expect(teams.map((team) => team.id)).toEqual([
      ...model.teams.filter((team) => team.id !== dropped).map((team) => team.id),
      'added-sre',
      'partner',
    ]);
    expect(teams.find((team) => team.id === 'partner')?.partner).toBe(true);
  });

  it('names what it could not use instead of failing', () => {
    const adjustments = readAdjustments('?drop=nobody&add=wizardry&move=nothing', model, data.roles, data.activities);
    expect(adjustments).toEqual({
      drop: [],
      add: [],
      move: {},
      notes: [
        { given: 'drop=nobody', why: `${model.title} has no such team.` },
        { given: 'add=wizardry', why: 'there is no such role.' },
        { given: 'move=nothing', why: 'write move=<activity>:<team>.' },
      ],
    });
  });
});

describe('what the result claims', () => {
  it('counts the answers a model fits and those it fits less well, so the headline and the reasons agree', () => {
    for (const { search } of companies) {
      const [best] = rankModels(answers(search), data.factors, data.models);
      const fitted = new Set(best!.reasons.map((reason) => reason.split(':')[0]));
      expect(best!.fitting + best!.against.length, search).toBeLessThanOrEqual(Object.keys(answers(search)).length);
      expect(best!.fitting, search).toBeLessThanOrEqual(fitted.size);
      expect(best!.score, search).toBe(best!.fitting - best!.against.length);
    }
  });

  // The self-check asks nothing about regulation, so no model it can name may promise to be the regulated one.
  it('names no model by something it never asked, such as regulation', () => {
    const asked = data.factors.map((factor) => `${factor.question} ${factor.options.map((option) => option.label).join(' ')}`).join(' ');
    expect(asked).not.toMatch(/regulat/i);
    expect(bestFor('company-size=large-enterprise&agile-reach=select-teams&partners=msp-operations')).toBe('regulated-msp');
    expect(data.models.map((model) => model.title).filter((title) => /regulat/i.test(title))).toEqual([]);
  });

  it('forgets work moved to a team the reader has dropped, and says so', () => {
    const model = data.models.find((candidate) => candidate.id === 'scaleup-platform')!;
    const adjustments = readAdjustments('?drop=platform-team&move=patching:platform-team', model, data.roles, data.activities);
    expect(adjustments.move).toEqual({});
    expect(adjustments.notes).toEqual([
      { given: 'move=patching:platform-team', why: 'that team was dropped, so the activity stays with the teams its roles give it.' },
    ]);
  });
});
