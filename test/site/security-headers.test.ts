import { readFileSync } from 'node:fs';

import { describe, expect, inject, it } from 'vitest';

import { parseHeadersFile } from '../support/server';

const headersFile = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const everyPage = new Map(headersFile.find((rule) => rule.pattern.test('/any/page/'))?.headers.map(([name, value]) => [name.toLowerCase(), value]));

describe('security headers', () => {
  it('asks static hosts for HSTS, nosniff, a referrer policy, a permissions policy and frame-ancestors', () => {
    expect(everyPage.get('strict-transport-security')).toMatch(/max-age=\d{8,}/);
    expect(everyPage.get('x-content-type-options')).toBe('nosniff');
    expect(everyPage.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(everyPage.get('permissions-policy')).toContain('camera=()');
    expect(everyPage.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('sends them with every page, as a host that reads _headers does', async () => {
    const response = await fetch(`${inject('siteUrl')}roles/devops/`);
    for (const [name, value] of everyPage) expect(response.headers.get(name), name).toBe(value);
  });

  it('puts a policy on every page that allows only the site itself and hashed inline code', async () => {
    const html = await (await fetch(`${inject('siteUrl')}goals/`)).text();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    // Pagefind's WebAssembly needs 'wasm-unsafe-eval', which allows compiling WebAssembly and nothing else.
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+;/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
  });
});
