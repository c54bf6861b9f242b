/**
 * Deterministic news-like filler with mentions sprinkled in, for benchmarks. A seeded generator
 * keeps every run measuring the same text.
 */
import { seededRandom } from '../../src/core/random';

const FILLER = (
  'the of and to in a is that for on with as was by at from it an be this which or are were has have ' +
  'had not but its after their more than also government talks officials said week president minister ' +
  'security region border capital forces peace agreement report council elections police observers ' +
  'international reporters monday tuesday statement according villages northern southern troops'
).split(' ');

/** About `bytes` of text; one word in `every` is an alias. */
export function generateText(aliases: readonly string[], bytes: number, seed: number, every = 400): string {
  const rand = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  let sentence = 0;
  while (size < bytes) {
    const word = rand() * every < 1 ? aliases[Math.floor(rand() * aliases.length)]! : FILLER[Math.floor(rand() * FILLER.length)]!;
    parts.push(word);
    size += word.length + 1;
    if (++sentence > 8 + rand() * 14) {
      parts.push('.\n');
      sentence = 0;
    }
  }
  return parts.join(' ');
}
