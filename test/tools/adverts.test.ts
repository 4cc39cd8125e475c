import { describe, expect, it } from 'vitest';

import { decodeAdvert, roleSignals, titleNames } from '../../src/tools/decoder';
import { jobAdverts } from '../browser/job-adverts';
import { titleAdverts } from '../browser/title-adverts';
import { loadGuide } from '../support/content';

const { collections } = loadGuide();
const roles = collections.roles.map(roleSignals);
const titles = collections.titles.map(titleNames);
const usualRole = new Map(titles.map((title) => [title.id, title.usually]));
const adverts = [...jobAdverts, ...titleAdverts];
const decodedAdverts = adverts.map((advert) => ({ advert, decoded: decodeAdvert(advert.text, roles, titles) }));

const readAs = (decoded: ReturnType<typeof decodeAdvert>) =>
  decoded.kind === 'ranked'
    ? `${decoded.titled?.id ?? 'no title'}; ${decoded.ranked
        .slice(0, 3)
        .map((role) => `${role.id} ${Math.round(role.share * 100)}%`)
        .join(', ')}`
    : decoded.kind;

describe('the decoder on realistic adverts', () => {
  it('gives every role enough signals to be recognised', () => {
    for (const role of roles) expect(role.signals.length, role.id).toBeGreaterThanOrEqual(10);
  });

  it('has an advert for every title in the catalogue, half of them wrapped in company boilerplate', () => {
    const covered = new Set(titleAdverts.map((advert) => advert.title));
    expect(titles.map((title) => title.id).filter((id) => !covered.has(id))).toEqual([]);
    expect(titleAdverts.filter((advert) => advert.boilerplate).length).toBeGreaterThanOrEqual(titleAdverts.length / 2);
  });

  it(`names the title and ranks the expected role first for at least 90% of ${adverts.length} adverts`, () => {
    const misses = decodedAdverts
      .filter(({ advert, decoded }) => decoded.kind !== 'ranked' || decoded.ranked[0]!.id !== advert.expected || decoded.titled?.id !== advert.title)
      .map(({ advert, decoded }) => `${advert.name}: wanted ${advert.title}; ${advert.expected}, got ${readAs(decoded)}`);
    const hitRate = 1 - misses.length / adverts.length;
    console.log(
      `Decoder: ${adverts.length - misses.length}/${adverts.length} adverts read right, title and role (${(hitRate * 100).toFixed(1)}%).${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(hitRate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('says "this one reads as" when the duties describe another role than the title usually means', () => {
    const unusual = decodedAdverts.filter(({ advert }) => usualRole.get(advert.title) !== advert.expected);
    const flagged = unusual.filter(
      ({ advert, decoded }) =>
        decoded.kind === 'ranked' && decoded.ranked[0]!.id === advert.expected && decoded.mismatch && /this one reads as/.test(decoded.verdict ?? ''),
    );
    expect(unusual.length).toBeGreaterThanOrEqual(10);
    expect(flagged.length, unusual.map(({ advert, decoded }) => `${advert.name}: ${readAs(decoded)}`).join('\n')).toBeGreaterThanOrEqual(
      Math.ceil(unusual.length * 0.8),
    );
  });

  it('reads a security-operations advert as IT Operations, never as DevSecOps', () => {
    const secOps = decodedAdverts.filter(({ advert }) => advert.title === 'security-engineer' && advert.expected === 'it-operations');
    expect(secOps.length).toBeGreaterThanOrEqual(1);
    for (const { advert, decoded } of secOps) {
      expect(decoded.kind === 'ranked' && decoded.ranked[0]!.id, advert.name).toBe('it-operations');
    }
  });
});
