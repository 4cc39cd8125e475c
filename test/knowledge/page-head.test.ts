import { describe, expect, it } from 'vitest';

import { withTitleAsText } from '../../src/knowledge/page-head';

describe("a page's head", () => {
  it('writes the title as text, so markup in it cannot close the element and add a script', () => {
    const head = [
      { tag: 'meta', attrs: { charset: 'utf-8' } },
      { tag: 'title', content: 'AIOps</title><script>window.__pwn=30</script><title>AIOps | Ops Atlas' },
    ];
    expect(withTitleAsText(head)).toEqual([
      { tag: 'meta', attrs: { charset: 'utf-8' } },
      { tag: 'title', content: 'AIOps&lt;/title&gt;&lt;script&gt;window.__pwn=30&lt;/script&gt;&lt;title&gt;AIOps | Ops Atlas' },
    ]);
  });

  it('keeps an ampersand in a title as the reader should see it', () => {
    expect(withTitleAsText([{ tag: 'title', content: 'Goals & measures | Ops Atlas' }])[0]?.content).toBe('Goals &amp; measures | Ops Atlas');
  });
});
