import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';

import { announceSiteAddress, localAddress, siteAddress, type Environment } from '../../src/integrations/site-address';

describe('the public address', () => {
  it('is SITE when it is set', () => {
    expect(siteAddress({ SITE: 'https://ops-atlas.example' })).toEqual({ site: 'https://ops-atlas.example', from: 'SITE' });
  });

  it("reads Netlify's URL, but only on Netlify, where URL means the site's address", () => {
    expect(siteAddress({ NETLIFY: 'true', URL: 'https://ops-atlas.netlify.app' })).toEqual({
      site: 'https://ops-atlas.netlify.app',
      from: "Netlify's URL",
    });
    expect(siteAddress({ URL: 'https://somewhere.else' }).site).toBe(localAddress);
  });

  it("reads Cloudflare Pages' CF_PAGES_URL", () => {
    expect(siteAddress({ CF_PAGES_URL: 'https://ops-atlas.pages.dev' })).toEqual({
      site: 'https://ops-atlas.pages.dev',
      from: "Cloudflare Pages' CF_PAGES_URL",
    });
  });

  it("reads Vercel's production host name and gives it the https scheme Vercel serves it with", () => {
    expect(siteAddress({ VERCEL_PROJECT_PRODUCTION_URL: 'ops-atlas.vercel.app' })).toEqual({
      site: 'https://ops-atlas.vercel.app',
      from: "Vercel's VERCEL_PROJECT_PRODUCTION_URL",
    });
    expect(siteAddress({ VERCEL_PROJECT_PRODUCTION_URL: 'https://ops-atlas.vercel.app' }).site).toBe('https://ops-atlas.vercel.app');
  });

  it("prefers SITE to the host's own address, and the hosts in the order Netlify, Cloudflare Pages, Vercel", () => {
    const everyHost: Environment = {
      SITE: 'https://guide.example',
      NETLIFY: 'true',
      URL: 'https://netlify.example',
      CF_PAGES_URL: 'https://cloudflare.example',
      VERCEL_PROJECT_PRODUCTION_URL: 'vercel.example',
    };
    expect(siteAddress(everyHost).site).toBe('https://guide.example');
    expect(siteAddress({ ...everyHost, SITE: undefined }).site).toBe('https://netlify.example');
    expect(siteAddress({ ...everyHost, SITE: undefined, NETLIFY: undefined }).site).toBe('https://cloudflare.example');
    expect(siteAddress({ VERCEL_PROJECT_PRODUCTION_URL: 'vercel.example' }).site).toBe('https://vercel.example');
  });

  it('treats an empty SITE, as a workflow passes when its step gave nothing, as not set', () => {
    expect(siteAddress({ SITE: '', CF_PAGES_URL: 'https://ops-atlas.pages.dev' }).from).toBe("Cloudflare Pages' CF_PAGES_URL");
    expect(siteAddress({ SITE: '  ' }).site).toBe(localAddress);
  });

  it('gives the same address with or without a trailing slash', () => {
    expect(siteAddress({ SITE: 'https://ops-atlas.example/' }).site).toBe('https://ops-atlas.example');
    expect(siteAddress({ SITE: 'https://example.org/guides//' }).site).toBe('https://example.org/guides');
  });

  it('refuses an address without its scheme, naming the variable and the fix', () => {
    expect(() => siteAddress({ SITE: 'ops-atlas.example' })).toThrow(
      'SITE is "ops-atlas.example", which is not a web address. Fix: give it in full, with its scheme, such as https://example.org.',
    );
    expect(() => siteAddress({ CF_PAGES_URL: 'ftp://ops-atlas.example' })).toThrow(/^Cloudflare Pages' CF_PAGES_URL is "ftp:/);
  });

  it('falls back to localhost with nothing set, saying plainly where the addresses will point and what to set', () => {
    const { site, from, warning } = siteAddress({});
    expect(site).toBe('http://localhost:4321');
    expect(from).toBeUndefined();
    expect(warning).toContain('canonical links, sitemap, robots.txt and link-preview images will point at http://localhost:4321');
    expect(warning).toContain('Set SITE to the address the guide is published at, such as SITE=https://example.org npm run build');
    for (const variable of ['URL', 'CF_PAGES_URL', 'VERCEL_PROJECT_PRODUCTION_URL']) expect(warning).toContain(variable);
  });
});

/** Runs the integration's setup as `astro <command>` would, and returns what it logged. */
function runSetup(env: Environment, command: 'build' | 'dev' = 'build') {
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(`info: ${message}`), warn: (message: string) => logged.push(`warn: ${message}`) };
  const setup = announceSiteAddress(siteAddress(env), env).hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ command, logger: logger as Partial<AstroIntegrationLogger> });
  return logged;
}

describe('the build', () => {
  it('warns when its addresses will point at localhost, so a production build without SITE does not pass unnoticed', () => {
    const [line, ...rest] = runSetup({});
    expect(line).toMatch(/^warn: No public address is set/);
    expect(rest).toEqual([]);
  });

  it('names the address and where it came from when there is one', () => {
    expect(runSetup({ NETLIFY: 'true', URL: 'https://ops-atlas.netlify.app' })).toEqual([
      "info: Public address https://ops-atlas.netlify.app (from Netlify's URL).",
    ]);
  });

  it('stops without an address when REQUIRE_SITE is set, as the deploy workflow does', () => {
    expect(() => runSetup({ REQUIRE_SITE: '1' })).toThrow(/point at http:\/\/localhost:4321.*This build stops here because REQUIRE_SITE is set\./s);
    expect(runSetup({ REQUIRE_SITE: '1', SITE: 'https://ops-atlas.example' })).toEqual([
      'info: Public address https://ops-atlas.example (from SITE).',
    ]);
  });

  it('says nothing outside a build (`astro dev`, `astro sync`), whose addresses are never published', () => {
    expect(runSetup({ REQUIRE_SITE: '1' }, 'dev')).toEqual([]);
  });
});
