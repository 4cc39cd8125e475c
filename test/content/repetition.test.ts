import { describe, expect, it } from 'vitest';

import { loadGuide, type ContentFile } from '../support/content';

/**
 * One finding, one home, held by the data: every figure and finding the guide states is an entry in the ledger
 * (content/findings/), and a page states it only through `<Finding id>`, which quotes the entry with its citation.
 * Each entry's `restated` pattern matches a sentence that says the finding in plain prose; no page may have one,
 * in its body or in its frontmatter's prose.
 */
const { files, collections } = loadGuide();
const findings = collections.findings;

const pageOf = (file: ContentFile) => `${file.kind === 'comparisons' ? 'compare' : file.kind}/${file.id}`;
// Aliases and signals quote what readers type and adverts say; certifications are names; ids are not prose.
const notProse = new Set(['aliases', 'signals', 'shownBy', 'certifications', 'redirectFrom', 'sources']);
/** Every piece of text in a page's frontmatter that a reader sees. */
function frontmatterProse(value: unknown, key = ''): string[] {
  if (notProse.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => frontmatterProse(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([inner, field]) => frontmatterProse(field, inner));
  return [];
}
/** What a page says in its own words, sentence by sentence: the ledger's quotations and the citations taken out. */
const sentencesOf = (file: ContentFile) =>
  [file.body.replace(/<Finding[^>]*\/>/g, ' ').replace(/<Cite[^>]*\/>/g, ''), ...frontmatterProse(file.frontmatter)].flatMap((text) =>
    text.split(/(?<=[.!?])\s+|\n/).filter((sentence) => sentence.trim()),
  );
const pages = files.map((file) => ({ page: pageOf(file), sentences: sentencesOf(file) }));
const patternOf = (finding: (typeof findings)[number]) => new RegExp(finding.data.restated, 'i');

describe('the findings ledger', () => {
  it('holds findings', () => {
    expect(findings.length).toBeGreaterThan(0);
  });

  it.each(findings.map((finding) => [finding.id, finding] as const))('%s is stated only through the ledger', (_, finding) => {
    const pattern = patternOf(finding);
    const restated = pages.flatMap(({ page, sentences }) => sentences.filter((sentence) => pattern.test(sentence)).map((sentence) => `${page}: ${sentence}`));
    expect(restated, `Fix: state it with <Finding id="${finding.id}" />, or reword the sentence`).toEqual([]);
  });

  it('keeps each finding once: no entry restates another', () => {
    const overlaps = findings.flatMap((finding) =>
      findings.filter((other) => other !== finding && patternOf(finding).test(other.data.statement)).map((other) => `${finding.id} restates ${other.id}`),
    );
    expect(overlaps).toEqual([]);
  });

  it('can tell a page that restates a finding from one that states it through the ledger', () => {
    const finding = findings[0]!;
    const restating = { ...files[0]!, frontmatter: {}, body: `Some text. ${finding.data.statement} More text.` };
    const quoting = { ...restating, body: `Some text. <Finding id="${finding.id}" /> More text.` };
    expect(sentencesOf(restating).some((sentence) => patternOf(finding).test(sentence))).toBe(true);
    expect(sentencesOf(quoting).some((sentence) => patternOf(finding).test(sentence))).toBe(false);
  });
});
