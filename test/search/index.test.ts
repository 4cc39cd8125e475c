import { afterEach, describe, expect, it, vi } from 'vitest';

import { SearchIndex, type ExcerptPart } from '../../src/search/engine';
import { buildIndex, pack, readPage, type IndexedPage } from '../../src/search/index-build';
import { indexFile, shardOf, type IndexMeta } from '../../src/search/index-format';
import { termOf } from '../../src/search/words';

/** A built page as Starlight writes one: a header outside the searchable body, and the body in `<main>`. */
const page = (kind: string, body: string) =>
  `<!doctype html><html><head><title>x</title></head><body><header>Outside words</header>` +
  `<main data-pagefind-body><span data-pagefind-filter="kind:${kind}"></span>${body}</main></body></html>`;

const patching = page(
  'Activity',
  '<h1>Patching and updates</h1><p data-pagefind-weight="6">Keeping servers patched, so known flaws close quickly.</p>' +
    '<h2 id="why-it-matters">Why it matters<span data-pagefind-ignore>Section titled</span></h2><p>Unpatched servers are how most breaches begin.</p>' +
    '<dl><dt>Owner</dt><dd>IT Operations</dd></dl><div data-pagefind-ignore><p>hiddenword</p></div><script>const scriptword = 1;</script>' +
    '<nav hidden><p>Step 2 of 7 in the reading path</p></nav><div hidden="until-found">Findable rollback notes</div>',
);
const kubernetes = page(
  'Glossary term',
  '<h1>Kubernetes</h1><p>A cluster scheduler. Patching a cluster means rolling its nodes.</p><h2 id="upgrades">Upgrades</h2><p>Plan node upgrades.</p>' +
    '<p>Write a post-mortem and wire it into CI/CD, as https://example.org/a/b/c/d says.</p>',
);
const longRead = page(
  'Role',
  `<h1>IT Operations</h1><p>${'Servers need care. '.repeat(40)}Patch servers monthly, patch them again, patch the rest.</p>`,
);

const pages = [
  readPage(patching, 'activities/patching/'),
  readPage(kubernetes, 'glossary/kubernetes/'),
  readPage(longRead, 'roles/it-operations/'),
] as IndexedPage[];

/** Serves the index's files as a host would, from the files the build writes; `unpacked` mimics a host that decodes them. */
function serve(files: Map<string, unknown>, { unpacked = false, failing = '' } = {}) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    const name = url.replace(/^\/search-index\//, '');
    requested.push(name);
    if (name === failing || !files.has(name)) return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
    return Promise.resolve(new Response(unpacked ? JSON.stringify(files.get(name)) : pack(files.get(name))));
  });
  return requested;
}

const metaOf = (files: Map<string, unknown>) => files.get(indexFile.meta) as IndexMeta;
/** A shard's or page text's file name in the index these files make up. */
const shardFile = (files: Map<string, unknown>, key: string) => indexFile.terms(metaOf(files).version, key);
const pageFile = (files: Map<string, unknown>, page: number) => indexFile.page(metaOf(files).version, page);

const text = (excerpt: ExcerptPart[]) => excerpt.map((part) => part.text).join('');
const marked = (excerpt: ExcerptPart[]) => excerpt.filter((part) => part.marked).map((part) => part.text);

afterEach(() => void vi.unstubAllGlobals());

describe('reading a built page', () => {
  it('takes the title, kind and text of the searchable body only, leaving out what search is told to ignore', () => {
    const [read] = pages;
    expect(read).toMatchObject({ path: 'activities/patching/', title: 'Patching and updates', kind: 'Activity' });
    const all = read!.sections.map((section) => section.text).join(' ');
    expect(all).toContain('Keeping servers patched');
    for (const left of ['Outside', 'hiddenword', 'scriptword', 'Section titled', 'reading path']) expect(all).not.toContain(left);
    expect(all).toContain('Findable rollback notes');
  });

  it('starts a section at each heading with an id, and keeps the words of neighbouring blocks apart', () => {
    const [read] = pages;
    expect(read!.sections.map(({ anchor, title }) => [anchor, title])).toEqual([
      ['', 'Patching and updates'],
      ['why-it-matters', 'Why it matters'],
    ]);
    expect(read!.sections[1]!.text).toContain('Owner IT Operations');
  });

  it('weighs a word by the element it stands in: the title 7, a weighted paragraph its weight, body text 1', () => {
    const [read] = pages;
    const top = read!.sections[0]!.weights;
    expect(top.get(termOf('Patching'))).toBe(7 + 6);
    expect(read!.sections[1]!.weights.get(termOf('servers'))).toBe(1);
  });

  it('skips a page without a searchable body', () => {
    expect(readPage('<html><body><main><h1>Search the guide</h1></main></body></html>', 'search/')).toBeUndefined();
  });
});

describe('sharing the index out', () => {
  it('writes a list of pages, one shard per first two letters and one text file per page', () => {
    const files = buildIndex(pages);
    expect(metaOf(files).version).toMatch(/^[0-9a-f]{12}$/);
    expect(files.has(`${metaOf(files).version}/pages/2.json.pack`)).toBe(true);
    const keys = new Set(metaOf(files).shards);
    expect(shardOf(termOf('patched'), keys)).toBe('pa');
    expect(files.get(shardFile(files, 'pa'))).toHaveProperty(termOf('patched'));
  });

  it('splits a crowded shard by the third letter, and names a shard that is not plain ASCII by its code points', () => {
    const many = Array.from({ length: 1001 }, (_, index) => readPage(page('Role', `<h1>Deploy ${index}</h1><p>de Ünïcode</p>`), `p/${index}/`)!);
    const files = buildIndex(many);
    const keys = new Set(metaOf(files).shards);
    expect(shardOf(termOf('deploy'), keys)).toBe('dep');
    expect(shardOf('de', keys)).toBe('de');
    expect(shardFile(files, 'ün')).toMatch(/\/terms\/ufc-6e\.json\.pack$/);
    expect(files.has(shardFile(files, shardOf(termOf('Ünïcode'), keys)!))).toBe(true);
  });
});

describe('searching the index', () => {
  it('ranks the page titled by a word above pages that only repeat it, and finds only pages holding every word', async () => {
    serve(buildIndex(pages));
    const index = await SearchIndex.load('/');
    const found = await index.search('patched servers');
    expect(found.map((match) => match.url)).toEqual(['/activities/patching/', '/roles/it-operations/']);
    await expect(index.search('servers upgrades')).resolves.toEqual([]);
    await expect(index.search('zebra')).resolves.toEqual([]);
  });

  it('finds a word written in parts when it is typed as one, and the parts on their own', async () => {
    serve(buildIndex(pages));
    const index = await SearchIndex.load('/');
    for (const query of ['postmortem', 'post-mortem', 'mortem', 'cicd', 'CI/CD'])
      await expect(
        index.search(query).then((found) => found.map((match) => match.url)),
        query,
      ).resolves.toEqual(['/glossary/kubernetes/']);
    await expect(index.search('httpsexampleorgabcd')).resolves.toEqual([]);
  });

  it('finds the words a query word begins, and keeps to one kind when asked', async () => {
    serve(buildIndex(pages));
    const index = await SearchIndex.load('/');
    await expect(index.search('kube').then((found) => found.map((match) => match.url))).resolves.toEqual(['/glossary/kubernetes/']);
    const roles = await index.search('patch', { kind: 'Role' });
    expect(roles.map((match) => match.url)).toEqual(['/roles/it-operations/']);
  });

  it('fetches the list of pages, the shards of the words searched and, when asked, only the text of the pages shown', async () => {
    const files = buildIndex(pages);
    const requested = serve(files);
    const index = await SearchIndex.load('/');
    const [best] = await index.search('patched');
    expect(requested).toEqual(['meta.json.pack', shardFile(files, 'pa')]);
    const shown = await best!.data();
    expect(requested.at(-1)).toBe(pageFile(files, 0));
    // "Unpatched" is another word: it does not begin with "patch".
    expect(marked(shown.excerpt)).toEqual(['Patching', 'patched']);
    expect(text(shown.excerpt)).toContain('Keeping servers patched');
  });

  it('offers the sections that hold the words, each linked to its heading, best first', async () => {
    serve(buildIndex(pages));
    const index = await SearchIndex.load('/');
    const [kubernetesPage] = await index.search('node upgrades');
    const shown = await kubernetesPage!.data();
    expect(shown.sections.map((section) => section.url)).toEqual(['/glossary/kubernetes/#upgrades']);
    expect(marked(shown.sections[0]!.excerpt)).toEqual(['Upgrades', 'node', 'upgrades']);
  });

  it('reads a file the host has already unpacked, and fails clearly when the index is not there', async () => {
    serve(buildIndex(pages), { unpacked: true });
    await expect((await SearchIndex.load('/')).search('patched')).resolves.toHaveLength(3);
    serve(buildIndex(pages), { failing: 'meta.json.pack' });
    await expect(SearchIndex.load('/')).rejects.toThrow('/search-index/meta.json.pack answered 503');
  });

  it('names the folder of shards and texts by their content, so a new build never mixes with an old list of pages', () => {
    const again = metaOf(buildIndex(pages)).version;
    expect(again).toBe(metaOf(buildIndex(pages)).version);
    expect(metaOf(buildIndex(pages.slice(0, 2))).version).not.toBe(again);
  });

  it('fetches a shard again after it failed once', async () => {
    const files = buildIndex(pages);
    const requested = serve(files, { failing: shardFile(files, 'pa') });
    const index = await SearchIndex.load('/');
    await expect(index.search('patched')).rejects.toThrow('answered 503');
    serve(files);
    await expect(index.search('patched')).resolves.toHaveLength(3);
    expect(requested.filter((name) => name === shardFile(files, 'pa'))).toHaveLength(1);
  });
});
