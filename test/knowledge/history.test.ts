import { describe, expect, it } from 'vitest';

import { editBaseUrl, editUrlOf, lastChanged, pageDates } from '../../src/knowledge/history';

describe('when a content file last changed, and where to suggest a change', () => {
  it('reads the day a tracked file last changed from git, and knows none for a file git has never seen', () => {
    const changed = lastChanged('content/roles/devops.mdx');
    expect(changed).toBeInstanceOf(Date);
    expect(changed!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(lastChanged('content/roles/no-such-role.mdx')).toBeUndefined();
    expect(lastChanged(undefined)).toBeUndefined();
  });

  it('adds a file’s path to EDIT_BASE_URL, with or without its closing slash, and offers nothing without it', () => {
    const env = { EDIT_BASE_URL: 'https://github.com/example/ops-atlas/edit/main' };
    expect(editUrlOf('content/roles/devops.mdx', env)).toBe('https://github.com/example/ops-atlas/edit/main/content/roles/devops.mdx');
    expect(editUrlOf('./content/roles/devops.mdx', { EDIT_BASE_URL: `${env.EDIT_BASE_URL}/` })).toBe(
      'https://github.com/example/ops-atlas/edit/main/content/roles/devops.mdx',
    );
    expect(editUrlOf('content/roles/devops.mdx', {})).toBeUndefined();
    expect(pageDates('content/roles/no-such-role.mdx')).toMatchObject({ lastUpdated: false });
  });

  it('stops the build on an EDIT_BASE_URL that is not a web address, saying what to give', () => {
    expect(() => editBaseUrl({ EDIT_BASE_URL: 'github.com/example/ops-atlas' })).toThrow(
      'EDIT_BASE_URL is "github.com/example/ops-atlas", which is not a web address. Fix: give the address a file\'s path is added to, such as https://github.com/example/ops-atlas/edit/main/.',
    );
  });
});
