import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random';
import { checkableFacts, drawSpotCheck } from '../../src/core/spot-check';
import { loadDatabase } from '../../scripts/lib/database';

const { entities } = loadDatabase();

describe('spot check draw', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = drawSpotCheck(entities, 40, 20261207);
    expect(drawSpotCheck(entities, 40, 20261207)).toEqual(a);
    expect(drawSpotCheck(entities, 40, 20261208).map((f) => `${f.id} ${f.path}`)).not.toEqual(a.map((f) => `${f.id} ${f.path}`));
  });

  it('draws the asked number of distinct facts, each with a cited URL', () => {
    const draw = drawSpotCheck(entities, 40, 7);
    expect(draw).toHaveLength(40);
    expect(new Set(draw.map((f) => `${f.id} ${f.path}`)).size).toBe(40);
    for (const f of draw) expect(f.url).toMatch(/^https?:\/\//);
  });

  it('never draws more facts than there are', () => {
    const one = entities.slice(0, 1);
    expect(drawSpotCheck(one, 10_000, 1)).toHaveLength(checkableFacts(one).length);
  });

  it('yields numbers in [0, 1)', () => {
    const r = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
