import { deflateRawSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { AdvertTooLong, packed, unpacked } from '../../src/tools/advert-link';
import { droppedMarksNote, maximumCharacters, withBoundedMarks } from '../../src/tools/decoder';

/** A share link's code for these bytes, as the page writes it: raw deflate in URL-safe base64. */
const codeFor = (bytes: Buffer) => deflateRawSync(bytes, { level: 9 }).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe("a share link's advert", () => {
  it('comes back as it was packed, accents and all', async () => {
    const advert = 'Ingénieur DevOps: CI/CD, Kubernetes, astreinte. İstanbul ofisi. 日本語の求人。';
    expect(await unpacked(await packed(advert), maximumCharacters)).toBe(advert);
  });

  it('that unpacks to far more than the decoder reads (a deflate bomb) is stopped as too long, not unpacked whole', async () => {
    // 26 kB of link that unpacks to 20 MB: the page used to unpack it all and freeze the tab.
    const bomb = codeFor(Buffer.alloc(20_000_000, 0x61));
    expect(bomb.length).toBeLessThan(30_000);
    await expect(unpacked(bomb, maximumCharacters)).rejects.toBeInstanceOf(AdvertTooLong);
  });

  it('of exactly the most the decoder reads is read', async () => {
    expect((await unpacked(codeFor(Buffer.alloc(maximumCharacters, 0x61)), maximumCharacters)).length).toBe(maximumCharacters);
  });

  it('that was cut short fails as unreadable, not as too long', async () => {
    const code = await packed('A platform engineer builds the internal developer platform and its golden paths.');
    const failure = await unpacked(code.slice(0, 20), maximumCharacters).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(AdvertTooLong);
  });
});

describe('a flood of combining marks', () => {
  it('is cut to sixteen on one letter, and the page can say how many were left out', () => {
    const { text, dropped } = withBoundedMarks(`DevOps e${'\u0301'.repeat(200_000)}ngineer`);
    expect(text).toBe(`DevOps e${'\u0301'.repeat(16)}ngineer`);
    expect(dropped).toBe(199_984);
    expect(droppedMarksNote(dropped)).toBe('199,984 combining marks were left out: more than 16 on one letter is not text anyone can read.');
  });

  it('leaves the marks real writing stacks alone', () => {
    const writing = 'Kỹ sư vận hành hệ thống. ཀྲྀ་ हिन्दी की नौकरी।';
    expect(withBoundedMarks(writing)).toEqual({ text: writing, dropped: 0 });
  });
});
