import { execFileSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { readContentFiles } from '../support/content';
import { builds, editBaseUrl, pageAt, rootBuild } from '../support/site';

/** The day (in UTC, as pages show days) git last changed a file, as the build reads it; empty for a file git does not know. */
function lastCommitDay(file: string) {
  const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], { encoding: 'utf8' }).trim();
  return seconds ? new Date(Number(seconds) * 1000).toISOString().slice(0, 10) : '';
}
const entryPages = readContentFiles()
  .filter((file) => file.kind !== 'comparisons' && file.kind !== 'paths')
  .map((file) => ({ ...file, url: `/${file.kind}/${file.id}/` }));

describe('when a page was checked and changed, and where to suggest a change', () => {
  it('says on every entry page the day its facts were checked and the day it last changed, from the git history', () => {
    const wrong: string[] = [];
    for (const file of entryPages) {
      const page = pageAt(rootBuild, file.url);
      const dates = page?.document.querySelector('footer .page-dates');
      const checked = (file.frontmatter as { reviewed: Date }).reviewed.toISOString().slice(0, 10);
      const times = dates?.querySelectorAll('time').map((time) => time.getAttribute('datetime'));
      const changed = lastCommitDay(file.filePath);
      if (!dates?.text.startsWith('Checked against its sources on ') || !dates.text.includes(' Last changed on '))
        wrong.push(`${file.url}: "${dates?.text ?? 'no dates'}"`);
      else if (times?.[0] !== checked || (changed && times[1] !== changed))
        wrong.push(`${file.url}: ${times?.join(', ')}; expected ${checked}, ${changed}`);
    }
    expect(wrong).toEqual([]);
  });

  it('offers "Suggest a change" on the file behind the page only where the build names the repository', () => {
    const [root, basePath] = builds;
    for (const file of entryPages.slice(0, 12)) {
      expect(pageAt(root, file.url)!.document.querySelector('footer a[href*="/edit/"]'), `${file.url} on the root build`).toBeNull();
      const link = pageAt(basePath, `/ops-atlas${file.url}`)!.document.querySelector('footer .meta a');
      expect(link?.text.trim(), `${file.url} under the base path`).toBe('Suggest a change');
      expect(link?.getAttribute('href')).toBe(`${editBaseUrl}${file.filePath}`);
    }
  });
});
