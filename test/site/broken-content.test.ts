import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { astroBuild } from '../support/astro';

// A copy of the project that shares its code and dependencies but has its own content to break.
const scratch = resolve('node_modules/.cache');
mkdirSync(scratch, { recursive: true });
const project = mkdtempSync(join(scratch, 'broken-content-'));
for (const shared of ['src', 'public', 'node_modules', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
  symlinkSync(resolve(shared), join(project, shared));
}
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Builds the copy after one edit to one content file. */
function buildWith(file: string, edit: (text: string) => string) {
  rmSync(join(project, 'content'), { recursive: true, force: true });
  rmSync(join(project, '.astro'), { recursive: true, force: true });
  cpSync(resolve('content'), join(project, 'content'), { recursive: true });
  const path = join(project, 'content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return astroBuild({ cwd: project, outDir: join(project, 'dist') });
}

describe('a build with broken content', () => {
  it('fails on a reference to a missing entry, naming the file, the field, the value and the fix', () => {
    const { ok, output } = buildWith('roles/devops.mdx', (text) => text.replace(/goal: deliver-more-often/, 'goal: deliver-faster'));
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/roles\/devops\.mdx: field "serves\[\d\]\.goal" refers to goals "deliver-faster", which does not exist\. Fix: use one of: deliver-more-often, /);
  });

  it('fails on a malformed field, naming the file and the field', () => {
    const { ok, output } = buildWith('goals/increase-security.mdx', (text) => text.replace(/^order: \d+$/m, 'order: first'));
    expect(ok).toBe(false);
    expect(output).toContain('content/goals/increase-security.mdx');
    expect(output).toContain('order must be a whole number, such as 3');
  });

  it('fails on a duplicate id, naming both files', () => {
    const { ok, output } = buildWith('roles/sre.mdx', (text) => {
      writeFileSync(join(project, 'content/roles/sre.md'), text);
      return text;
    });
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/roles\/sre\.mdx?: duplicate id "sre", already used by content\/roles\/sre\.mdx?/);
  });
});
