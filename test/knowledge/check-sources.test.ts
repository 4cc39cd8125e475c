import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkAddresses, deadSources, report, sourceAddresses } from '../../scripts/check-sources.mjs';

describe('the addresses the source check asks', () => {
  it('are every url in content/sources.yaml, once each, with the ids that give it', () => {
    const text = readFileSync('content/sources.yaml', 'utf8');
    const addresses = sourceAddresses(text);
    expect([...addresses.values()].flat()).toHaveLength(text.match(/^ {2}url: /gm)?.length ?? 0);
    expect(addresses.get('https://dora.dev/research/2018/dora-report/')).toEqual(['dora-2018']);
  });

  it('group sources that share an address, and leave out an entry without one', () => {
    const yaml = 'a:\n  url: https://example.org/report\nb:\n  url: https://example.org/report\nc:\n  title: No address\n';
    expect(sourceAddresses(yaml)).toEqual(new Map([['https://example.org/report', ['a', 'b']]]));
  });
});

describe('the source check', () => {
  let origin = '';
  const server = createServer((request, response) => {
    if (request.url === '/moved') response.writeHead(301, { location: '/report' }).end();
    else
      response
        .writeHead({ '/report': 200, '/refused': 403 }[request.url ?? ''] ?? 404, { 'content-type': 'text/html' })
        .end('<a href="/elsewhere">x</a>');
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('names each address that does not answer, with its sources and its answer, and no other', async () => {
    const addresses = new Map([
      [`${origin}/report`, ['live']],
      [`${origin}/moved`, ['moved']],
      [`${origin}/gone`, ['gone', 'gone-too']],
      [`${origin}/refused`, ['refused']],
    ]);
    const dead = deadSources(addresses, await checkAddresses(addresses));
    expect(dead).toEqual([
      { address: `${origin}/gone`, ids: ['gone', 'gone-too'], answer: 'HTTP 404' },
      { address: `${origin}/refused`, ids: ['refused'], answer: 'HTTP 403: refused the checker; open it in a browser before changing the source' },
    ]);
  });

  it('says why an address gave no answer at all', () => {
    const failure = new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND dora.dev') });
    const results = [{ url: 'https://dora.dev/', state: LinkState.BROKEN, status: 0, failureDetails: [failure] }];
    expect(deadSources(new Map([['https://dora.dev/', ['dora-metrics']]]), results)[0]?.answer).toBe('no answer (getaddrinfo ENOTFOUND dora.dev)');
  });

  it('counts an address the checker never reached as dead, so nothing passes unchecked', () => {
    expect(deadSources(new Map([['https://example.org/', ['lost']]]), [])).toEqual([
      { address: 'https://example.org/', ids: ['lost'], answer: 'not checked' },
    ]);
  });

  it('reports the dead ones in the log and as a table for the job summary', () => {
    const { log, summary } = report([{ address: 'https://example.org/gone', ids: ['gone', 'gone-too'], answer: 'HTTP 404' }], 75);
    expect(log).toBe('1 of 75 outside addresses in content/sources.yaml do not answer:\n  gone, gone-too: https://example.org/gone (HTTP 404)');
    expect(summary).toContain('| `gone`, `gone-too` | https://example.org/gone | HTTP 404 |');
    expect(report([], 75).log).toBe('All 75 outside addresses in content/sources.yaml answer.');
  });
});
