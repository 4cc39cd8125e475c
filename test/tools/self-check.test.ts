import { describe, expect, it } from 'vitest';

import { readAnswers, recommend, type FactorQuestion, type PairFacts, type RoleFacts } from '../../src/tools/self-check';

const factors: FactorQuestion[] = [
  {
    id: 'company-size',
    title: 'Company size',
    href: '/factors/company-size/',
    question: 'How large is the company?',
    choose: 'one',
    options: [
      {
        id: 'small',
        label: 'Small',
        description: 'A few generalists.',
        shifts: [
          { role: 'devops', why: 'One team builds and runs.' },
          { role: 'infraops', why: 'Infrastructure is part-time.' },
        ],
      },
      { id: 'large', label: 'Large', description: 'Many specialised teams.', shifts: [{ role: 'sre', why: 'Critical services need SREs.' }] },
    ],
  },
  {
    id: 'partners',
    title: 'Partners',
    href: '/factors/partners/',
    question: 'Who runs what?',
    choose: 'one',
    options: [
      {
        id: 'msp',
        label: 'MSP runs operations',
        description: 'A provider runs the estate.',
        shifts: [{ role: 'infraops', why: 'InfraOps checks the provider.' }],
      },
    ],
  },
];
const scope: FactorQuestion = {
  id: 'agile-scope',
  title: 'Agile scope',
  href: '/factors/agile-scope/',
  question: 'What does your agile approach include?',
  choose: 'several',
  options: [
    { id: 'operations', label: 'Operations', description: 'Ops works in sprints.', shifts: [{ role: 'devops', why: 'Ops joins the team.' }] },
    { id: 'security', label: 'Security', description: 'Security joins in.', shifts: [{ role: 'sre', why: 'Security runs with ops.' }] },
  ],
};
const goal = (id: string) => ({ id, title: id, href: `/goals/${id}/` });
const roles: RoleFacts[] = [
  { id: 'devops', title: 'DevOps', href: '/roles/devops/', goals: [goal('deliver-more-often')] },
  { id: 'infraops', title: 'InfraOps', href: '/roles/infraops/', goals: [goal('reduce-delivery-effort'), goal('deliver-more-often')] },
  { id: 'sre', title: 'SRE', href: '/roles/sre/', goals: [goal('reduce-impact-and-risk')] },
];
const pairs: PairFacts[] = [
  { first: 'devops', second: 'infraops', href: '/compare/devops-vs-infraops/', shared: 7 },
  { first: 'devops', second: 'sre', href: '/compare/devops-vs-sre/', shared: 6 },
  { first: 'infraops', second: 'sre', href: '/compare/infraops-vs-sre/', shared: 4 },
];

describe('answers in the address', () => {
  it('keeps known answers and names what it ignored', () => {
    expect(readAnswers('?company-size=small&partners=everything&colour=blue', factors)).toEqual({
      chosen: { 'company-size': ['small'] },
      notes: ['Ignored “partners=everything”: it is not one of the answers to “Who runs what?”.', 'Ignored “colour”: there is no such question.'],
    });
  });

  it('takes one answer where the options exclude each other, and any number where they combine', () => {
    expect(
      readAnswers('?company-size=small&company-size=large&agile-scope=operations&agile-scope=security&agile-scope=security', [...factors, scope]),
    ).toEqual({
      chosen: { 'company-size': ['small'], 'agile-scope': ['operations', 'security'] },
      notes: ['Ignored “company-size=large”: “How large is the company?” takes one answer, and the first one given is used.'],
    });
  });
});

describe('the suggested mix', () => {
  const advice = recommend({ 'company-size': ['small'], partners: ['msp'] }, factors, roles, pairs);

  it('staffs the roles the answers shift, most shifted first, each with its reasons', () => {
    expect(advice.staff.map((entry) => [entry.role.id, entry.reasons])).toEqual([
      ['infraops', ['Small: Infrastructure is part-time.', 'MSP runs operations: InfraOps checks the provider.']],
      ['devops', ['Small: One team builds and runs.']],
    ]);
  });

  it('suggests combining staffed roles that share the most activities', () => {
    expect(advice.combine.map((pair) => [pair.first.id, pair.second.id, pair.reason])).toEqual([
      ['devops', 'infraops', 'They share 7 activities, so one team can cover both until the work outgrows it.'],
    ]);
  });

  it('counts every item chosen for a question whose options combine', () => {
    const combined = recommend({ 'agile-scope': ['operations', 'security'] }, [...factors, scope], roles, pairs);
    expect(combined.staff.map((entry) => [entry.role.id, entry.reasons])).toEqual([
      ['devops', ['Operations: Ops joins the team.']],
      ['sre', ['Security: Security runs with ops.']],
    ]);
  });

  it('says where partners fit and which goals to watch first', () => {
    expect(advice.partners).toEqual({
      label: 'MSP runs operations',
      description: 'A provider runs the estate.',
      href: '/factors/partners/#option-msp',
      shifts: ['InfraOps: InfraOps checks the provider.'],
    });
    expect(advice.goals.map((entry) => [entry.goal.id, entry.reason])).toEqual([
      ['deliver-more-often', 'Central to the work of InfraOps, DevOps: the roles your answers lean on most.'],
      ['reduce-delivery-effort', 'Central to the work of InfraOps: the roles your answers lean on most.'],
    ]);
  });
});
