import { describe, expect, it } from 'vitest';

import { decodeAdvert, roleSignals, type RoleSignals } from '../../src/tools/decoder';
import { jobAdverts } from '../browser/job-adverts';
import { loadGuide } from '../support/content';

const { collections } = loadGuide();
const realRoles: RoleSignals[] = collections.roles.map(roleSignals);

describe('the decoder on realistic adverts', () => {
  it('gives every role enough signals to be recognised', () => {
    for (const role of realRoles) expect(role.signals.length, role.id).toBeGreaterThanOrEqual(10);
  });

  it(`ranks the expected role first for at least 90% of ${jobAdverts.length} adverts, misleading titles included`, () => {
    const misses = jobAdverts
      .map((advert) => ({ advert, decoded: decodeAdvert(advert.text, realRoles) }))
      .filter(({ advert, decoded }) => decoded.kind !== 'ranked' || decoded.ranked[0]!.id !== advert.expected)
      .map(
        ({ advert, decoded }) =>
          `${advert.name}: wanted ${advert.expected}, got ${
            decoded.kind === 'ranked'
              ? decoded.ranked
                  .slice(0, 3)
                  .map((role) => `${role.id} ${Math.round(role.share * 100)}%`)
                  .join(', ')
              : decoded.kind
          }`,
      );
    const hitRate = 1 - misses.length / jobAdverts.length;
    console.log(
      `Decoder: ${jobAdverts.length - misses.length}/${jobAdverts.length} adverts ranked right (${(hitRate * 100).toFixed(1)}%).${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(hitRate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('says "titled X, reads as Y" for the misleading adverts whose title names another of the roles', () => {
    const misleading = jobAdverts
      .filter((advert) => advert.misleadingTitle)
      .map((advert) => ({ advert, decoded: decodeAdvert(advert.text, realRoles) }));
    const flagged = misleading.filter(
      ({ advert, decoded }) => decoded.kind === 'ranked' && decoded.ranked[0]!.id === advert.expected && decoded.mismatch,
    );
    // A title the guide files under no role, such as a plain "Security Engineer", cannot be called misleading by it.
    const unnamed = misleading.filter(({ decoded }) => decoded.kind === 'ranked' && !decoded.titledAs);
    expect(flagged.length + unnamed.length).toBe(misleading.length);
    expect(flagged.length).toBeGreaterThanOrEqual(6);
  });
});
