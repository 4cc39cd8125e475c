// The adverts both decoder benchmarks time: realistic text at 64 kB, 512 kB and 1 MB, and half a megabyte of one phrase.
import { jobAdverts } from '../browser/job-adverts.ts';

const realistic = (size) =>
  jobAdverts
    .map((advert) => advert.text)
    .join('\n\n')
    .repeat(Math.ceil(size / 20_000))
    .slice(0, size);

export const decoderInputs = [
  ['64 kB of adverts', realistic(64_000)],
  ['512 kB of adverts', realistic(512_000)],
  ['1 MB of adverts', realistic(1_000_000)],
  ['512 kB of one phrase', 'service desk '.repeat(40_000).slice(0, 512_000)],
];
