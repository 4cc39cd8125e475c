import { collectionNames } from '../../src/knowledge/collections';
import { KnowledgeGraph, type RawCollections } from '../../src/knowledge/graph';
import { schemas } from './content';

/** A tiny guide's content as authored: two roles, a job title, an operating model, one goal, one enabler, one factor, two activities, a glossary term, a written comparison, a reading path and a source. */
export function rawGuide(change: (raw: Record<string, any>) => void = () => {}) {
  const reviewed = new Date('2026-11-26');
  const raw: Record<string, any> = {
    roles: {
      devops: {
        title: 'DevOps',
        summary: 'One team builds and runs its software, end to end.',
        order: 1,
        reviewed,
        sources: ['dora-2018'],
        owns: ['pipeline', 'production', 'alerts'],
        duties: ['build', 'deploy', 'monitor', 'respond'],
        skills: ['Git', 'Terraform', 'Kubernetes', 'Prometheus'],
        serves: [{ goal: 'deliver-more-often', emphasis: 'central', why: 'Automated pipelines make small releases cheap.' }],
        overlaps: [{ role: 'sre', why: 'Both own production; SRE adds SLOs and error budgets.' }],
        needs: [{ enabler: 'automation-framework', why: 'Nothing ships often without automated builds.' }],
        signals: [{ phrase: 'ci/cd pipelines', weight: 4 }],
        advertOutline: {
          core: [
            { duty: 'Owns the pipelines', shownBy: ['ci/cd pipelines'] },
            { duty: 'Runs what it builds', shownBy: ['ci/cd pipelines'] },
            { duty: 'Carries the pager', shownBy: ['ci/cd pipelines'] },
          ],
          misleading: ['A ticket queue reads as IT Operations', 'SLOs read as SRE'],
          leaveOut: ['Every tool on the market', 'Slogans'],
        },
      },
      sre: {
        title: 'Site Reliability Engineering',
        summary: 'Software engineers run operations against service level objectives.',
        order: 2,
        reviewed,
        owns: ['SLOs', 'on-call', 'postmortems'],
        duties: ['set SLOs', 'cut toil', 'respond', 'review'],
        skills: ['Go', 'Prometheus', 'Kubernetes', 'Terraform'],
        serves: [{ goal: 'deliver-more-often', emphasis: 'strong', why: 'Error budgets say when it is safe to ship.' }],
        signals: [{ phrase: 'error budget', weight: 5 }],
        advertOutline: {
          core: [
            { duty: 'Sets SLOs', shownBy: ['error budget'] },
            { duty: 'Runs postmortems', shownBy: ['error budget'] },
            { duty: 'Cuts toil', shownBy: ['error budget'] },
          ],
          misleading: ['Pipelines read as DevOps', 'A ticket queue reads as IT Operations'],
          leaveOut: ['Every tool on the market', 'Slogans'],
        },
      },
    },
    titles: {
      'cloud-engineer': {
        title: 'Cloud Engineer',
        summary: 'Builds and changes a company cloud estate, or runs its tickets.',
        aliases: ['Cloud Infrastructure Engineer'],
        order: 1,
        reviewed,
        means: [
          { role: 'devops', strength: 'usually', when: 'when the job builds pipelines and environments for one product team' },
          { role: 'sre', strength: 'sometimes', when: 'when the job keeps a service within its objectives' },
        ],
        seniority: ['Junior: small changes under review', 'Engineer: owns changes', 'Senior: designs the estate'],
        certifications: [{ name: 'AWS Certified Solutions Architect – Associate', issuer: 'Amazon Web Services' }],
        questions: ['Who approves a change?', 'Who is paged at night?', 'What did last week look like?'],
      },
    },
    models: {
      'product-teams': {
        title: 'Product teams run everything',
        summary: 'Small product teams build and run their own services, with a provider for the rest.',
        order: 1,
        reviewed,
        teams: [
          { id: 'product', name: 'Product team', type: 'stream-aligned', roles: ['devops'], purpose: 'Builds and runs the product end to end.' },
          {
            id: 'msp',
            name: 'Managed service provider',
            type: 'platform',
            partner: true,
            roles: ['sre'],
            purpose: 'Watches production out of hours and escalates.',
            interactions: [{ with: 'product', mode: 'x-as-a-service', why: 'The team buys monitoring cover as a service.' }],
          },
        ],
        fits: [{ factor: 'company-size', option: 'small', why: 'A few generalists can run what they build.' }],
      },
    },
    goals: {
      'deliver-more-often': {
        title: 'Deliver more often',
        summary: 'Changes reach users in small, frequent steps.',
        order: 1,
        reviewed,
        measures: [
          { name: 'Deployment frequency', description: 'How often changes reach production; more is better.', dora: true },
          { name: 'Change lead time', description: 'Commit to production; shorter is better.', dora: true },
        ],
      },
    },
    enablers: {
      'automation-framework': {
        title: 'Automation',
        summary: 'Builds, tests and deployments run without hands.',
        order: 1,
        reviewed,
        practices: ['CI', 'IaC', 'GitOps'],
        supports: [{ goal: 'deliver-more-often', why: 'Automated steps remove waiting between them.' }],
      },
    },
    factors: {
      'company-size': {
        title: 'Company size',
        summary: 'How the number of teams changes who does what.',
        order: 1,
        reviewed,
        question: 'How large is the company?',
        options: [
          {
            id: 'small',
            label: 'Small',
            description: 'A few generalists cover everything.',
            shifts: [{ role: 'devops', why: 'One team does build, run and security together.' }],
          },
          {
            id: 'large',
            label: 'Large',
            description: 'Many teams, each with a specialism.',
            shifts: [{ role: 'sre', why: 'A dedicated SRE group guards critical services.' }],
          },
        ],
      },
    },
    activities: {
      'incident-response': {
        title: 'Incident response',
        summary: 'Restoring service when something breaks, and learning from it.',
        order: 1,
        reviewed,
        roles: [
          { role: 'devops', level: 'shares', why: 'Developers carry the pager for their own services.' },
          { role: 'sre', level: 'owns', why: 'SREs command incidents and run the postmortems.' },
        ],
      },
      'ci-cd-pipelines': {
        title: 'CI/CD pipelines',
        summary: 'Automated build, test and deployment of every change.',
        order: 2,
        reviewed,
        roles: [
          { role: 'devops', level: 'owns', why: 'DevOps engineers build and run the pipelines.' },
          { role: 'sre', level: 'rarely', why: 'SREs consume the pipeline rather than build it.' },
        ],
      },
    },
    glossary: {
      'error-budget': {
        title: 'Error budget',
        summary: 'The unreliability a service may spend before releases slow down.',
        reviewed,
        roles: [{ role: 'sre', why: 'SREs set the budget with product owners.' }],
        activities: [{ activity: 'incident-response', why: 'Incidents spend the budget.' }],
      },
    },
    paths: {
      'new-team-member': {
        title: 'New team member',
        summary: 'The pages a newcomer to an operations team reads first.',
        order: 1,
        reviewed,
        steps: [
          { role: 'devops', why: 'Start with the broadest label and what it asks of you.' },
          { activity: 'incident-response', why: 'Sooner or later you will be on call for it.' },
          { term: 'error-budget', why: 'The word you will hear in every release review.' },
        ],
      },
    },
    comparisons: {
      'devops-vs-sre': {
        roles: ['devops', 'sre'],
        summary: 'One owns the route to production, the other what happens there.',
        test: 'Who is paged when the service misses its objective: the developers, or a reliability team?',
        reviewed,
      },
    },
    sources: { 'dora-2018': { title: 'State of DevOps 2018', publisher: 'DORA', year: 2018, url: 'https://dora.dev/research/2018/dora-report/' } },
    findings: {},
    bodies: { devops: 'Elite teams deployed 46 times as often <Cite id="dora-2018" />.' },
  };
  change(raw);
  return raw;
}

/** The tiny guide, validated by the real schemas, and its graph. */
export function guide(change: (raw: Record<string, any>) => void = () => {}) {
  const raw = rawGuide(change);
  const collections = {} as RawCollections;
  for (const kind of collectionNames) {
    (collections[kind] as unknown[]) = Object.entries(raw[kind]).map(([id, data]) => ({
      id,
      filePath: kind === 'sources' ? 'content/sources.yaml' : kind === 'findings' ? 'content/findings/fixture.yaml' : `content/${kind}/${id}.mdx`,
      body: raw['bodies'][id],
      data: schemas[kind].parse(data),
    }));
  }
  return Object.assign(() => new KnowledgeGraph(collections), { collections });
}
