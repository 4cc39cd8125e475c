import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseHeadersFile } from '../support/server';

interface NginxHeader {
  value: string;
  /** Sent with error responses too, not only with 2xx and 3xx ones. */
  always: boolean;
}

interface NginxConfig {
  server: Map<string, NginxHeader>;
  locations: { prefix: string; headers: Map<string, NginxHeader> }[];
}

/** Reads the `add_header` lines of an nginx server block, at server level and in each prefix location. */
function parseNginx(text: string): NginxConfig {
  const config: NginxConfig = { server: new Map(), locations: [] };
  let location: NginxConfig['locations'][number] | undefined;
  for (const line of text.split('\n').map((line) => line.replace(/^\s*#.*/, '').trim())) {
    const opening = /^location\s+(\S+)(\s+\S+)?\s*\{$/.exec(line);
    if (opening) {
      // Exact and regular-expression locations match differently; the README has no use for them.
      if (opening[2]) throw new Error(`The README's nginx snippet has a location this test cannot match: ${line}`);
      location = { prefix: opening[1]!, headers: new Map() };
      config.locations.push(location);
    } else if (line === '}') location = undefined;
    else if (line.startsWith('add_header')) {
      const header = /^add_header\s+([\w-]+)\s+"([^"]*)"(\s+always)?;$/.exec(line);
      if (!header) throw new Error(`The README's nginx snippet has an add_header this test cannot read: ${line}`);
      (location?.headers ?? config.server).set(header[1]!.toLowerCase(), { value: header[2]!, always: Boolean(header[3]) });
    }
  }
  return config;
}

/** What nginx sends for a path: the longest matching prefix location's own headers, or the server's if it has none. */
function nginxSends(config: NginxConfig, path: string): Map<string, NginxHeader> {
  const location = config.locations.filter(({ prefix }) => path.startsWith(prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return location && location.headers.size > 0 ? location.headers : config.server;
}

/** What a host that reads `_headers` sends for a path: every matching rule's headers, merged as Netlify does. */
function headersFileSends(path: string): Map<string, string> {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8')).filter((rule) => rule.pattern.test(path));
  return new Map(rules.flatMap((rule) => rule.headers).map(([name, value]) => [name.toLowerCase(), value]));
}

const valuesOf = (headers: Map<string, NginxHeader>) => new Map([...headers].map(([name, { value }]) => [name, value]));

const readme = readFileSync('README.md', 'utf8');
const nginx = parseNginx(/```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '');

describe("the README's nginx snippet", () => {
  it('sends the same headers as public/_headers with every page', () => {
    expect(nginx.server.size).toBeGreaterThan(0);
    for (const page of ['/', '/roles/devops/', '/404.html', '/pagefind/pagefind.js'])
      expect(valuesOf(nginxSends(nginx, page)), page).toEqual(headersFileSends(page));
  });

  it('caches the fingerprinted files in _astro/ for a year and still sends every security header with them', () => {
    const file = '/_astro/guide.B1x2y3z4.css';
    expect(headersFileSends(file).get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(valuesOf(nginxSends(nginx, file))).toEqual(headersFileSends(file));
  });

  it('sends the security headers with error pages too', () => {
    for (const path of ['/roles/devops/', '/_astro/guide.B1x2y3z4.css']) {
      const sent = nginxSends(nginx, path);
      for (const name of headersFileSends('/any/page/').keys()) expect(sent.get(name)?.always, `${name} at ${path}`).toBe(true);
    }
  });
});
