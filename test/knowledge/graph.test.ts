import { describe, expect, it } from 'vitest';

import { GraphError, type KnowledgeGraph } from '../../src/knowledge/graph';
import { guide } from '../support/fixture';

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
    expect(devops.sections.find((s) => s.key === 'serves')?.links).toEqual([
      { kind: 'goals', id: 'deliver-more-often', title: 'Deliver more often', why: 'Central: Automated pipelines make small releases cheap.' },
    ]);
  });

  it('derives the reverse direction, so the goal lists the roles and enablers that serve it', () => {
    const goal = graph.node('goals', 'deliver-more-often');
    expect(goal.sections.map((s) => [s.heading, s.links.map((l) => l.id)])).toEqual([
      ['Roles that serve it', ['devops', 'sre']],
      ['Enablers that support it', ['automation-framework']],
    ]);
  });

  it('looks up a section by its key, empty when the entry has no such links, and refuses a key its kind cannot have', () => {
    expect(graph.linksUnder('roles', 'devops', 'serves').map((link) => link.id)).toEqual(['deliver-more-often']);
    expect(graph.linksUnder('goals', 'deliver-more-often', 'readingPaths')).toEqual([]);
    // @ts-expect-error: a goal serves nothing; the compiler refuses the key before the resolver does.
    expect(() => graph.linksUnder('goals', 'deliver-more-often', 'serves')).toThrow(
      /A goals entry has no "serves" section\. Its sections: .*servedBy/,
    );
  });

  it('shows an overlap on both roles under the same heading', () => {
    expect(
      graph
        .node('roles', 'sre')
        .sections.find((s) => s.key === 'overlaps')
        ?.links.map((l) => l.id),
    ).toEqual(['devops']);
  });

  it('labels factor shifts with the option they belong to', () => {
    const shapes = graph.node('roles', 'sre').sections.find((s) => s.key === 'shapedBy');
    expect(shapes?.links[0]?.why).toBe('Large: A dedicated SRE group guards critical services.');
  });

  it('lists who cites a source, with the citing page summary as the reason', () => {
    expect(graph.node('sources', 'dora-2018').sections).toEqual([
      {
        key: 'citedBy',
        slug: 'cited-by',
        heading: 'Cited by',
        links: [{ kind: 'roles', id: 'devops', title: 'DevOps', why: 'One team builds and runs its software, end to end.' }],
      },
    ]);
  });
});

describe('broken content fails with the file, the field, the value and the fix', () => {
  it('names a reference to a missing entry', () => {
    const problems = problemsOf(guide((raw) => (raw['roles'].devops.serves[0].goal = 'deliver-faster')));
    expect(problems).toEqual([
      'content/roles/devops.mdx: field "serves[0].goal" refers to goals "deliver-faster", which does not exist. Fix: use one of: deliver-more-often.',
      'content/roles/devops.mdx: field "serves" leaves out "deliver-more-often". Every role serves every goal. Fix: add { goal: deliver-more-often, emphasis: central, strong or supporting, why: how the role serves it }.',
    ]);
  });

  it('names a factor shift that points at a missing role', () => {
    const problems = problemsOf(guide((raw) => (raw['factors']['company-size'].options[1].shifts[0].role = 'sysops')));
    expect(problems[0]).toMatch(/^content\/factors\/company-size\.mdx: field "options\[1\]\.shifts\[0\]\.role" refers to roles "sysops"/);
  });

  it('names a job title that maps to a missing role', () => {
    const problems = problemsOf(guide((raw) => (raw['titles']['cloud-engineer'].means[1].role = 'cloudops')));
    expect(problems).toEqual([
      'content/titles/cloud-engineer.mdx: field "means[1].role" refers to roles "cloudops", which does not exist. Fix: use one of: devops, sre.',
    ]);
  });

  it('names an advert outline duty shown by a phrase that is not one of the role signals', () => {
    const problems = problemsOf(guide((raw) => (raw['roles'].sre.advertOutline.core[1].shownBy = ['slos'])));
    expect(problems).toEqual([
      'content/roles/sre.mdx: field "advertOutline.core[1].shownBy" names "slos", which is not one of the role\'s signals. Fix: add it to signals with a weight, or use one of: error budget.',
    ]);
  });

  it('shows a title at both ends: the roles it means, strongest first, and at each role the titles that mean it', () => {
    const graph = guide()();
    expect(graph.linksUnder('titles', 'cloud-engineer', 'means').map((link) => `${link.id} ${link.why.split(':')[0]}`)).toEqual([
      'devops Usually',
      'sre Sometimes',
    ]);
    expect(graph.linksUnder('roles', 'devops', 'titles').map((link) => link.id)).toEqual(['cloud-engineer']);
    expect(graph.linksUnder('roles', 'sre', 'alsoTitles').map((link) => link.id)).toEqual(['cloud-engineer']);
    expect(graph.linksUnder('roles', 'sre', 'titles')).toEqual([]);
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
    const problems = problemsOf(
      guide((raw) => raw['roles'].sre.serves.push({ goal: 'deliver-more-often', emphasis: 'strong', why: 'Listed twice by mistake here.' })),
    );
    expect(problems).toEqual(['content/roles/sre.mdx: field "serves[1].goal" repeats "deliver-more-often". Fix: keep one of the two.']);
  });

  it('refuses a citation the frontmatter does not list', () => {
    const problems = problemsOf(guide((raw) => (raw['roles'].devops.sources = [])));
    expect(problems).toEqual([
      'content/roles/devops.mdx:1: the body cites "dora-2018" but the field "sources" does not list it. Fix: add "dora-2018" to sources.',
    ]);
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

describe('activities, terms and written comparisons', () => {
  const graph = guide()();

  it('shows who does an activity with the level, and leaves out roles that rarely touch it', () => {
    expect(
      graph
        .node('activities', 'ci-cd-pipelines')
        .sections.find((s) => s.key === 'doneBy')
        ?.links.map((l) => [l.id, l.why]),
    ).toEqual([['devops', 'Owns: DevOps engineers build and run the pipelines.']]);
    expect(
      graph
        .node('roles', 'sre')
        .sections.find((s) => s.key === 'activities')
        ?.links.map((l) => l.id),
    ).toEqual(['incident-response']);
  });

  it('lists a term on the roles and activities where it matters', () => {
    expect(
      graph
        .node('activities', 'incident-response')
        .sections.find((s) => s.key === 'terms')
        ?.links.map((l) => l.id),
    ).toEqual(['error-budget']);
  });

  it('lists a reading path on every page it passes through, with why the page matters there', () => {
    expect(graph.node('glossary', 'error-budget').sections.find((s) => s.key === 'readingPaths')?.links).toEqual([
      { kind: 'paths', id: 'new-team-member', title: 'New team member', why: 'The word you will hear in every release review.' },
    ]);
  });

  it('titles a written comparison after its two roles', () => {
    expect(graph.node('comparisons', 'devops-vs-sre').title).toBe('DevOps vs Site Reliability Engineering');
  });

  it('wants a comparison file named after its roles in reading order', () => {
    const problems = problemsOf(guide((raw) => (raw['comparisons']['devops-vs-sre'].roles = ['sre', 'devops'])));
    expect(problems).toEqual([
      'content/comparisons/devops-vs-sre.mdx: it compares sre and devops, so the file must be "devops-vs-sre.mdx" with roles in that order.',
    ]);
  });

  it('names an activity rating for a missing role', () => {
    const problems = problemsOf(guide((raw) => (raw['activities']['ci-cd-pipelines'].roles[0].role = 'release-manager')));
    expect(problems[0]).toMatch(/^content\/activities\/ci-cd-pipelines\.mdx: field "roles\[0\]\.role" refers to roles "release-manager"/);
  });
});

describe('the findings ledger', () => {
  const toil = {
    title: 'Toil, as the report defines it',
    topic: 'reliability',
    statement: 'Elite teams deployed many times as often as low performers in the 2018 report.',
    source: 'dora-2018',
    locator: 'page 21',
    restated: 'many times as often',
  };
  const stating = (change: (raw: Record<string, any>) => void = () => {}) =>
    guide((raw) => {
      raw['findings'] = { 'elite-deploys': { ...toil } };
      raw['bodies'].sre = 'SRE keeps a service reliable.\n\n<Finding id="elite-deploys" /> That is what it aims at.';
      change(raw);
    });

  it('lists the pages that state a finding at its end, and cites its source on each without the page listing it', () => {
    const graph = stating()();
    expect(graph.linksUnder('findings', 'elite-deploys', 'statedOn').map((link) => `${link.kind}/${link.id}`)).toEqual(['roles/sre']);
    expect(graph.linksUnder('roles', 'sre', 'sources').map((link) => link.id)).toEqual(['dora-2018']);
    expect(graph.linksUnder('sources', 'dora-2018', 'findings')).toEqual([
      { kind: 'findings', id: 'elite-deploys', title: 'Toil, as the report defines it', why: 'page 21' },
    ]);
  });

  it('names a finding a page states that the ledger does not hold, with the line and the ids it does hold', () => {
    const problems = problemsOf(stating((raw) => (raw['bodies'].sre = 'One.\n\n<Finding id="elite-deploy" />')));
    expect(problems).toEqual([
      'content/roles/sre.mdx: field "body line 3 (<Finding id="elite-deploy" />)" refers to findings "elite-deploy", which does not exist. Fix: use one of: elite-deploys.',
    ]);
  });

  it("gives a finding its source's year, and wants its own only from a page kept up to date", () => {
    expect(problemsOf(stating((raw) => (raw['findings']['elite-deploys'].year = 2019)))).toEqual([
      'content/findings/fixture.yaml: the finding "elite-deploys" gives year 2019, but its source "dora-2018" was published in 2018. Fix: remove year (a dated source gives its own), or cite the publication of 2019.',
    ]);
    const living = stating((raw) => {
      raw['sources']['dora-2018'] = {
        title: 'DORA metrics',
        publisher: 'DORA',
        living: true,
        consulted: 2026,
        url: 'https://dora.dev/guides/dora-metrics/',
      };
    });
    expect(problemsOf(living)).toEqual([
      'content/findings/fixture.yaml: the finding "elite-deploys" cites "dora-2018", a page kept up to date, so it needs year: the year the finding was published there. Fix: add year, or cite the dated report it first appeared in.',
    ]);
  });
});
