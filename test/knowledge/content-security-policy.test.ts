import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { inlineScriptsOf, policyFor } from '../../src/integrations/content-security-policy';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const directives = ["default-src 'self'"];
const themeScript = "\n\twindow.theme = localStorage.getItem('theme');\n";
const own = { scripts: new Set([themeScript.trim()]) };

const page = (head: string, body: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const scriptSources = (policy: string) => /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];

describe('the Content-Security-Policy of a built page', () => {
  it("hashes the guide's own inline scripts exactly as the page holds them", () => {
    const { policy, foreign } = policyFor(page(`<script>${themeScript}</script>`, ''), directives, own);
    expect(scriptSources(policy)).toEqual(["'self'", "'wasm-unsafe-eval'", hash(themeScript)]);
    expect(foreign).toEqual([]);
  });

  it('leaves out an inline script none of its components emits, so the browser blocks it, and names it for the build to refuse', () => {
    const { policy, foreign } = policyFor(page('', '<p>Text</p><script>window.__pwn=7</script>'), directives, own);
    expect(scriptSources(policy)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(foreign).toEqual([`an inline script that none of the guide's components emits ("window.__pwn=7")`]);
  });

  it('never hashes script-like text inside a title or an attribute, which is not a script', () => {
    const html = page(
      '<title>AIOps &lt;/script&gt;&lt;script&gt;window.__pwn=20&lt;/script&gt; | Ops Atlas</title><meta name="description" content="&quot; /&gt;<script>window.__pwn=33</script>">',
      '<a title="<script>window.__pwn=34</script>" href="/">x</a>',
    );
    const { policy, foreign } = policyFor(html, directives, own);
    expect(scriptSources(policy)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy).not.toContain(hash('window.__pwn=20'));
    expect(policy).not.toContain(hash('window.__pwn=33'));
    expect(foreign).toEqual([]);
  });

  it('hashes style attributes that only pass custom properties, and refuses any other, such as an overlay', () => {
    const overlay = 'position:fixed;inset:0;z-index:9999';
    const { policy, foreign } = policyFor(
      page('', `<svg style="--sl-icon-size: 1em;"></svg><p style="${overlay}">Your session expired</p>`),
      directives,
      own,
    );
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${hash('--sl-icon-size: 1em;')}`);
    expect(policy).not.toContain(hash(overlay));
    expect(foreign).toEqual([`a style attribute on <p> ("${overlay}")`]);
  });

  it('refuses a style element, as the guide writes its styles to files', () => {
    const { policy, foreign } = policyFor(page('<style>body{display:none}</style>', ''), directives, own);
    expect(policy).toContain("style-src 'self'; ");
    expect(foreign).toEqual([`a <style> element ("body{display:none}"); the guide writes its styles to files`]);
  });

  it('reads inside a template, whose markup a script may clone into the page', () => {
    const { policy, foreign } = policyFor(
      page('', '<template id="icons"><svg style="--sl-icon-size: 2em;"></svg><script>window.__pwn=42</script></template>'),
      directives,
      own,
    );
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${hash('--sl-icon-size: 2em;')}`);
    expect(foreign).toEqual([`an inline script that none of the guide's components emits ("window.__pwn=42")`]);
  });

  it('allows no style attribute at all on a page without one', () => {
    expect(policyFor(page('', '<p>Text</p>'), directives, own).policy).toContain("style-src-attr 'none'");
  });
});

describe("a component's own inline scripts", () => {
  it('are the bodies of its is:inline scripts, and not its bundled ones', () => {
    const source = `---\nconst a = 1;\n---\n<script is:inline>\n\twindow.theme = 'dark';\n</script>\n<script>\n\tconsole.log('bundled');\n</script>\n<p>{a}</p>\n`;
    expect(inlineScriptsOf(source)).toEqual(["window.theme = 'dark';"]);
  });
});
