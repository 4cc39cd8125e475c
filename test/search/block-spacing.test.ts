import { describe, expect, it } from 'vitest';

import { spaceBlocks } from '../../src/search/block-spacing';

/** The page's text read naively: tags dropped, with nothing put in their place. */
const indexedText = (html: string) => html.replace(/<[^>]+>/g, '').trim();

describe('spacing between blocks', () => {
  it('keeps a term apart from its definition', () => {
    expect(indexedText(spaceBlocks('<dl><dt>Publisher</dt><dd>Puppet and DORA</dd><dt>Published</dt><dd>2016</dd></dl>'))).toBe(
      'Publisher Puppet and DORA Published 2016',
    );
  });

  it('keeps a link apart from the note under it', () => {
    const html = '<li><a href="/roles/devops/">DevOps</a><span class="why">Shares: runs the pipeline.</span></li>';
    expect(indexedText(spaceBlocks(html))).toBe('DevOps Shares: runs the pipeline.');
  });

  it('keeps a source apart from its publisher and the pages that cite it', () => {
    const html =
      '<li><a href="/sources/dora-2014/">2014 State of DevOps Report</a><span>Puppet Labs, 2014</span><span>Cited by: <a href="/roles/devops/">DevOps</a></span></li>';
    expect(indexedText(spaceBlocks(html))).toBe('2014 State of DevOps Report Puppet Labs, 2014 Cited by: DevOps');
  });

  it('leaves an icon beside its hidden label alone', () => {
    const html = '<a href="#top"><span aria-hidden="true"><svg></svg></span><span class="sr-only">Section titled “Top”</span></a>';
    expect(spaceBlocks(html)).toBe(html);
  });

  it('keeps a header cell apart from the cells beside it', () => {
    expect(indexedText(spaceBlocks('<tr><th>Goal</th><th>DevSecOps</th><td>Owns</td></tr>'))).toBe('Goal DevSecOps Owns');
  });

  it('leaves inline elements, code and scripts exactly as written', () => {
    const html = '<p><strong>Dev</strong><em>Ops</em></p><pre><span>a</span><dt>b</dt></pre><script>"</dt><dd>"</script>';
    expect(spaceBlocks(html)).toBe(html);
  });
});
