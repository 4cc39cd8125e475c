// The synthetic entries the build-at-scale benchmark adds to the guide, kept apart from the benchmark so that a test
// (test/content/bench-inputs.test.ts) runs them through the content schemas and the resolver on every `npm test`.

// Roles get only a few: every pair of roles has a page, so roles multiply pages quadratically and would swamp the page
// count being measured. Goals get none: every role must serve every goal, so a synthetic goal would need a line in
// every real role. Models get none: each one is a team design, not a page that grows with the guide.
const kinds = ['titles', 'factors', 'enablers', 'activities', 'glossary', 'sources'];
export const syntheticRoles = 3;

const paragraph = (n) =>
  `Entry ${n} describes how a team plans, ships and runs a service. It names the pipeline stages, the on-call rota, ` +
  `the change review and the measures the team watches each week, such as deployment frequency and recovery time. ` +
  `It explains who owns the runbooks, how incidents are reviewed without blame and how toil is tracked and cut.`;
export const body = (n) =>
  ['## What it covers', paragraph(n), paragraph(n + 1), '## How it is used', paragraph(n + 2), paragraph(n + 3)].join('\n\n');

const goals = ['deliver-more-often', 'reduce-impact-and-risk', 'reduce-delivery-effort', 'increase-security'];
const signals = ['synthetic pipeline', 'synthetic rota', 'synthetic runbook'];

/**
 * Entry `i` of `extra`: a collection, an id and the text to write. For an MDX collection the text is the whole file;
 * for sources it is the YAML to append to content/sources.yaml.
 */
export function syntheticEntry(i) {
  const kind = i < syntheticRoles ? 'roles' : kinds[i % kinds.length];
  const id = `synthetic-${i}`;
  if (kind === 'sources')
    return { kind, id, text: `\n${id}:\n  title: Synthetic source ${i}\n  publisher: Benchmark\n  year: 2026\n  url: https://example.org/${id}\n` };
  const common = `title: Synthetic ${kind} ${i}\nsummary: A generated entry that measures how the build grows with the guide.\norder: ${100 + i}\nreviewed: 2026-11-26\n`;
  const frontmatter = {
    roles:
      `${common}owns: [a pipeline, a service, a rota]\nduties: [build, deploy, observe, respond]\nskills: [Git, Terraform, Kubernetes, Prometheus]\n` +
      goals
        .map((goal) => `  - goal: ${goal}\n    emphasis: strong\n    why: The generated role serves this goal through small automated changes.\n`)
        .join('')
        .replace(/^/, 'serves:\n') +
      `needs:\n  - enabler: automation-framework\n    why: Nothing ships often without automated builds.\n` +
      signals
        .map((phrase, n) => `  - phrase: ${phrase}\n    weight: ${n + 2}\n`)
        .join('')
        .replace(/^/, 'signals:\n') +
      `advertOutline:\n  core:\n` +
      signals.map((phrase) => `    - duty: Run the ${phrase}\n      shownBy: [${phrase}]\n`).join('') +
      `  misleading: [rockstar, ninja]\n  leaveOut: [a long tool list, years of experience]\n`,
    titles:
      `${common}means:\n  - role: devops\n    strength: usually\n    when: when the generated job builds and runs one product's pipeline\n` +
      `seniority: [Junior engineer, Engineer, Senior engineer]\nquestions: [Who approves a change?, Who is paged?, What did last week hold?]\n`,
    factors:
      `${common}question: How does this synthetic factor apply?\noptions:\n` +
      ['a', 'b']
        .map(
          (o) =>
            `  - id: option-${o}\n    label: Option ${o}\n    description: A generated option for the benchmark run.\n    shifts:\n      - role: devops\n        why: The generated option shifts the DevOps role a little.\n`,
        )
        .join(''),
    enablers: `${common}practices: [one practice, another practice, a third practice]\nsupports:\n  - goal: reduce-delivery-effort\n    why: Generated support for the delivery-effort goal.\n`,
    // Rated for DevOps, SRE and IT Operations, so that every operating model has a team that answers for it.
    activities:
      `${common}roles:\n` +
      [
        ['devops', 'owns'],
        ['sre', 'shares'],
        ['it-operations', 'shares'],
      ]
        .map(
          ([role, level]) =>
            `  - role: ${role}\n    level: ${level}\n    part: generated part\n    why: The generated activity is rated for this role to measure the build.\n`,
        )
        .join(''),
    glossary: `title: Synthetic term ${i}\nsummary: A generated term that measures how the build grows with the guide.\nreviewed: 2026-11-26\nroles:\n  - role: devops\n    why: The generated term matters to the DevOps role.\n`,
  }[kind];
  return { kind, id, text: `---\n${frontmatter}---\n\n${body(i)}\n` };
}
