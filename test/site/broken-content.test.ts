import { afterAll, describe, expect, it } from 'vitest';

import { scratchProject } from '../support/project';

/** Builds the tiny guide after one edit to one of its content files; every broken build starts at once. */
function buildBroken(name: string, file: string, edit: (text: string) => string, copyTo?: string) {
  const project = scratchProject(`broken-${name}`, { content: 'tiny' });
  project.edit(file, (text) => {
    if (copyTo) project.write(copyTo, text);
    return edit(text);
  });
  afterAll(project.remove);
  return project.build();
}

describe('a build with broken content', () => {
  const missingReference = buildBroken('reference', 'roles/devops.mdx', (text) => text.replace(/goal: deliver-more-often/, 'goal: deliver-faster'));
  const malformedField = buildBroken('field', 'goals/deliver-more-often.mdx', (text) => text.replace(/^order: \d+$/m, 'order: first'));
  const duplicateId = buildBroken('duplicate', 'roles/sre.mdx', (text) => text, 'roles/sre.md');

  it('fails on a reference to a missing entry, naming the file, the field, the value and the fix', async () => {
    const { ok, output } = await missingReference;
    expect(ok).toBe(false);
    expect(output).toMatch(
      /content\/roles\/devops\.mdx: field "serves\[\d\]\.goal" refers to goals "deliver-faster", which does not exist\. Fix: use one of: deliver-more-often/,
    );
  });

  it('fails on a malformed field, naming the file and the field', async () => {
    const { ok, output } = await malformedField;
    expect(ok).toBe(false);
    expect(output).toContain('content/goals/deliver-more-often.mdx');
    expect(output).toContain('order must be a whole number, such as 3');
  });

  it('fails on a duplicate id, naming both files', async () => {
    const { ok, output } = await duplicateId;
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/roles\/sre\.mdx?: duplicate id "sre", already used by content\/roles\/sre\.mdx?/);
  });
});
