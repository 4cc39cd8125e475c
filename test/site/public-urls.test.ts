import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { builds, pageAt, pagesOf, redirectTarget, type BuiltPage } from '../support/site';

/**
 * Links from onboarding documents must never break. test/public-urls.json lists every public address and the
 * heading anchors of every entry page; `npm run urls` rewrites it after a deliberate change.
 */
const manifestFile = 'test/public-urls.json';
const entryPage = /^\/(roles|goals|factors|enablers|activities|glossary)\/[^/]+\/$/;

const anchorsOf = (page: BuiltPage) => page.document.querySelectorAll('main h2[id], main h3[id]').map((heading) => heading.id);

function currentManifest() {
  const [root] = builds;
  const pages = pagesOf(root).filter((page) => page.url !== '/404/');
  return Object.fromEntries(
    pages.map((page) => [page.url, entryPage.test(page.url) ? anchorsOf(page) : []]).sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

if (process.env['UPDATE_PUBLIC_URLS']) {
  const previous = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string[]>) : {};
  // Addresses and anchors only ever join the manifest: one that disappears needs a redirect or a kept id, not a deletion here.
  const current = currentManifest();
  const merged = Object.fromEntries(
    [...new Set([...Object.keys(previous), ...Object.keys(current)])]
      .sort()
      .map((path) => [path, [...new Set([...(previous[path] ?? []), ...(current[path] ?? [])])]]),
  );
  writeFileSync(manifestFile, `${JSON.stringify(merged, null, 2)}\n`);
}

const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string[]>;

describe.each(builds)('public addresses on the $name build', (build) => {
  const at = (path: string) => pageAt(build, build.base + path.slice(1));
  const resolve = (path: string) => {
    const page = at(path);
    const target = page && redirectTarget(page);
    return target ? pageAt(build, target) : page;
  };

  it('keeps every address in the manifest alive, directly or through a redirect', () => {
    const gone = Object.keys(manifest).filter((path) => !resolve(path));
    expect(gone, 'Give the renamed entry a redirectFrom field with its old id').toEqual([]);
  });

  it('keeps every heading anchor of an entry page', () => {
    const lost = Object.entries(manifest).flatMap(([path, anchors]) => {
      const page = resolve(path);
      return anchors.filter((anchor) => page && !page.document.getElementById(anchor)).map((anchor) => `${path}#${anchor}`);
    });
    expect(lost).toEqual([]);
  });

  it('points every redirect at a real page', () => {
    const broken = pagesOf(build)
      .filter((page) => redirectTarget(page))
      .filter((page) => {
        const target = pageAt(build, redirectTarget(page)!);
        return !target || redirectTarget(target);
      })
      .map((page) => `${page.url} → ${redirectTarget(page)}`);
    expect(broken).toEqual([]);
  });
});

describe('the manifest', () => {
  it('lists every page of the guide (run `npm run urls` after adding pages)', () => {
    expect(Object.keys(currentManifest()).filter((path) => !(path in manifest))).toEqual([]);
  });

  it.each(builds)('leaves the redirect pages of old addresses out of the sitemap ($name)', (build) => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>https:\/\/ops-atlas\.example([^<]+)<\/loc>/g)].map((match) => match[1]!);
    const redirects = pagesOf(build).filter((page) => redirectTarget(page));
    expect(redirects.length).toBeGreaterThan(0);
    expect(listed.filter((url) => redirects.some((page) => page.url === url))).toEqual([]);
    expect(listed).toContain(`${build.base}roles/sre/`);
  });

  it('gives the not-found page no address of its own to index or share', () => {
    const notFound = pageAt(builds[0], '/404/')!;
    expect(notFound.html).not.toMatch(/rel="canonical"|property="og:url"/);
  });

  it('tells a reader on the not-found page nothing about drafts, though the page is one so it has no address', () => {
    const notFound = pageAt(builds[0], '/404/')!;
    expect(notFound.document.querySelector('main')?.text).toContain('There is no page at this address');
    // Starlight's draft notice, in its English wording.
    expect(notFound.html).not.toContain('This content is a draft');
  });

  it('has the old address of a renamed entry, which now redirects', () => {
    const [root] = builds;
    expect(redirectTarget(pageAt(root, '/roles/site-reliability-engineering/')!)).toBe('/roles/sre/');
  });
});
