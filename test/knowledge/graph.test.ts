import { describe, expect, it } from 'vitest';

import { GraphError, KnowledgeGraph, type RawCollections } from '../../src/knowledge/graph';
import { schemas } from '../support/content';

/** A tiny guide: two roles, one goal, one enabler, one factor, one source. */
function guide(change: (raw: Record<string, any>) => void = () => {}) {
  const raw: Record<string, any> = {
    roles: {
      devops: {
        title: 'DevOps',
        summary: 'One team builds and runs its software, end to end.',
        order: 1,
        sources: ['dora-2018'],
        owns: ['pipeline', 'production', 'alerts'],
        activities: ['build', 'deploy', 'monitor', 'respond'],
        skills: ['Git', 'Terraform', 'Kubernetes', 'Prometheus'],
        jobTitles: ['DevOps Engineer', 'Release Engineer'],
        serves: [{ goal: 'deliver-more-often', why: 'Automated pipelines make small releases cheap.' }],
        overlaps: [{ role: 'sre', why: 'Both own production; SRE adds SLOs and error budgets.' }],
        needs: [{ enabler: 'automation-framework', why: 'Nothing ships often without automated builds.' }],
      },
      sre: {
        title: 'Site Reliability Engineering',
        summary: 'Software engineers run operations against service level objectives.',
        order: 2,
        owns: ['SLOs', 'on-call', 'postmortems'],
        activities: ['set SLOs', 'cut toil', 'respond', 'review'],
        skills: ['Go', 'Prometheus', 'Kubernetes', 'Terraform'],
        jobTitles: ['SRE', 'Reliability Engineer'],
        serves: [{ goal: 'deliver-more-often', why: 'Error budgets say when it is safe to ship.' }],
      },
    },
    goals: {
      'deliver-more-often': {
        title: 'Deliver more often',
        summary: 'Changes reach users in small, frequent steps.',
        order: 1,
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
        practices: ['CI', 'IaC', 'GitOps'],
        supports: [{ goal: 'deliver-more-often', why: 'Automated steps remove waiting between them.' }],
      },
    },
    factors: {
      'company-size': {
        title: 'Company size',
        summary: 'How the number of teams changes who does what.',
        order: 1,
        question: 'How large is the company?',
        options: [
          { id: 'small', label: 'Small', description: 'A few generalists cover everything.', shifts: [{ role: 'devops', why: 'One team does build, run and security together.' }] },
          { id: 'large', label: 'Large', description: 'Many teams, each with a specialism.', shifts: [{ role: 'sre', why: 'A dedicated SRE group guards critical services.' }] },
        ],
      },
    },
    sources: { 'dora-2018': { title: 'State of DevOps 2018', publisher: 'DORA', year: 2018, url: 'https://dora.dev/research/2018/dora-report/' } },
    bodies: { devops: 'Elite teams deployed 46 times as often <Cite id="dora-2018" />.' },
  };
  change(raw);
  const collections = {} as RawCollections;
  for (const kind of ['roles', 'goals', 'enablers', 'factors', 'sources'] as const) {
    (collections[kind] as unknown[]) = Object.entries(raw[kind]).map(([id, data]) => ({
      id,
      filePath: kind === 'sources' ? 'content/sources.yaml' : `content/${kind}/${id}.mdx`,
      body: raw['bodies'][id],
      data: schemas[kind].parse(data),
    }));
  }
  return () => new KnowledgeGraph(collections);
}

const problemsOf = (build: () => KnowledgeGraph) => {
  try {
    build();
  } catch (error) {
    if (error instanceof GraphError) return error.problems;
    throw error;
  }
  return [];
};

describe('resolving relations', () => {
  const graph = guide()();

  it('shows a relation on the page that declares it, with its reason', () => {
    const devops = graph.node('roles', 'devops');
    expect(devops.sections.find((s) => s.heading === 'Goals it serves')?.links).toEqual([
      { kind: 'goals', id: 'deliver-more-often', title: 'Deliver more often', why: 'Automated pipelines make small releases cheap.' },
    ]);
  });

  it('derives the reverse direction, so the goal lists the roles and enablers that serve it', () => {
    const goal = graph.node('goals', 'deliver-more-often');
    expect(goal.sections.map((s) => [s.heading, s.links.map((l) => l.id)])).toEqual([
      ['Roles that serve it', ['devops', 'sre']],
      ['Enablers that support it', ['automation-framework']],
    ]);
  });

  it('shows an overlap on both roles under the same heading', () => {
    expect(graph.node('roles', 'sre').sections.find((s) => s.heading === 'Where it overlaps')?.links.map((l) => l.id)).toEqual(['devops']);
  });

  it('labels factor shifts with the option they belong to', () => {
    const shapes = graph.node('roles', 'sre').sections.find((s) => s.heading === 'Factors that shape it');
    expect(shapes?.links[0]?.why).toBe('Large: A dedicated SRE group guards critical services.');
  });

  it('lists who cites a source, with the citing page summary as the reason', () => {
    expect(graph.node('sources', 'dora-2018').sections).toEqual([
      { slug: 'cited-by', heading: 'Cited by', links: [{ kind: 'roles', id: 'devops', title: 'DevOps', why: 'One team builds and runs its software, end to end.' }] },
    ]);
  });
});

describe('broken content fails with the file, the field, the value and the fix', () => {
  it('names a reference to a missing entry', () => {
    const problems = problemsOf(guide((raw) => (raw['roles'].devops.serves[0].goal = 'deliver-faster')));
    expect(problems).toEqual([
      'content/roles/devops.mdx: field "serves[0].goal" refers to goals "deliver-faster", which does not exist. Fix: use one of: deliver-more-often.',
    ]);
  });

  it('names a factor shift that points at a missing role', () => {
    const problems = problemsOf(guide((raw) => (raw['factors']['company-size'].options[1].shifts[0].role = 'sysops')));
    expect(problems[0]).toMatch(/^content\/factors\/company-size\.mdx: field "options\[1\]\.shifts\[0\]\.role" refers to roles "sysops"/);
  });

  it('refuses an overlap written on both sides', () => {
    const problems = problemsOf(guide((raw) => (raw['roles'].sre.overlaps = [{ role: 'devops', why: 'Both own production and on-call rotas.' }])));
    expect(problems).toEqual([
      'content/roles/sre.mdx: field "overlaps[0].role" repeats the pair "sre"–"devops", already written in content/roles/devops.mdx. Fix: write each pair on one side only.',
    ]);
  });

  it('refuses an entry that relates to itself', () => {
    const problems = problemsOf(guide((raw) => (raw['roles'].sre.overlaps = [{ role: 'sre', why: 'A role cannot overlap with itself.' }])));
    expect(problems).toEqual(['content/roles/sre.mdx: field "overlaps[0].role" refers to the entry itself ("sre"). Fix: remove it.']);
  });

  it('refuses the same goal twice', () => {
    const problems = problemsOf(guide((raw) => raw['roles'].sre.serves.push({ goal: 'deliver-more-often', why: 'Listed twice by mistake here.' })));
    expect(problems).toEqual(['content/roles/sre.mdx: field "serves[1].goal" repeats "deliver-more-often". Fix: keep one of the two.']);
  });

  it('refuses a citation the frontmatter does not list', () => {
    const problems = problemsOf(guide((raw) => (raw['roles'].devops.sources = [])));
    expect(problems).toEqual(['content/roles/devops.mdx: the body cites "dora-2018" but the field "sources" does not list it. Fix: add "dora-2018" to sources.']);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf(
      guide((raw) => {
        raw['roles'].devops.needs[0].enabler = 'tooling';
        raw['enablers']['automation-framework'].supports[0].goal = 'go-faster';
      }),
    );
    expect(problems).toHaveLength(2);
  });
});
