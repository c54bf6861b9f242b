import { describe, expect, it } from 'vitest';
import { bundledPatterns } from '../../src/bundled-patterns';
import { Matcher } from '../../src/core/matcher';
import type { PatternSet } from '../../src/core/patterns';

const { compiled, ...plain } = bundledPatterns;
const built = new Matcher(plain as PatternSet);
const loaded = new Matcher(bundledPatterns);

// Every pattern as written, and inflected where a language inflects it, in running text.
const text = [
  ...bundledPatterns.patterns.map(([t]) => `Reports on ${t} today.`),
  'Misija EULEX-a na Kosovu; pripadnici KFOR-a; u misiji UNMIK-u; UNMIK-om; forces of the UNIFIL-led mission.',
].join(' ');

describe('compiled matcher', () => {
  it('is what the build writes for the bundled patterns now (npm run build:data is current)', () => {
    expect(compiled).toBeDefined();
    expect(compiled).toEqual(built.compile());
  });

  it('finds the same candidates, with the same hits, as a matcher built from the patterns', () => {
    const fromLoaded = loaded.candidates(text);
    expect(fromLoaded.length).toBeGreaterThan(bundledPatterns.patterns.length / 2);
    expect(fromLoaded).toEqual(built.candidates(text));
  });

  it('is not used for a set it was not compiled for: the matcher builds its own', () => {
    const other: PatternSet = { ...bundledPatterns, patterns: bundledPatterns.patterns.slice(1) };
    expect(new Matcher(other).compile()).toEqual(new Matcher({ ...plain, patterns: other.patterns } as PatternSet).compile());
    expect(new Matcher(other).compile()).not.toEqual(compiled);
  });
});
