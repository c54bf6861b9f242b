/** The real database: every record valid, sourced and dated; the compiled pattern set consistent. */
import { describe, expect, it } from 'vitest';
import { buildPatternSet } from '../../src/core/patterns';
import { formatProblem } from '../../src/core/schema';
import { loadDatabase } from '../../scripts/lib/database';

const { entities, problems } = loadDatabase();

describe('data/entities', () => {
  it('validates', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('holds the Kosovo bodies and the first-path entities', () => {
    const ids = new Set(entities.map((e) => e.id));
    for (const id of [
      'unmik',
      'kfor',
      'eulex',
      'omik',
      'ico',
      'isg',
      'icr',
      'ksf',
      'ahtisaari-plan',
      'unscr-1244',
      'nato',
      'osce',
      'unifil',
      'unmiss',
      'unpol',
      'a4p',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('gives every entity a source, a mandate and dated, sourced figures', () => {
    for (const e of entities) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.mandate.length, e.id).toBeGreaterThan(20);
      for (const s of e.strength) expect(s.asOf && s.source.url, e.id).toBeTruthy();
      for (const b of e.budget) expect(b.period && b.source.url, e.id).toBeTruthy();
    }
  });

  it('keeps one budget per body and period (a second figure for the same period goes in the note)', () => {
    const twice: string[] = [];
    for (const e of entities) {
      const seen = new Set<string>();
      for (const b of e.budget) {
        if (seen.has(b.period)) twice.push(`${e.id} ${b.period}`);
        seen.add(b.period);
      }
    }
    expect(twice).toEqual([]);
  });

  it('compiles to a pattern set that carries no facts', () => {
    const set = buildPatternSet(entities);
    expect(set.ids.length).toBe(entities.length);
    const json = JSON.stringify(set);
    for (const e of entities.slice(0, 20)) expect(json.includes(e.mandate)).toBe(false);
  });
});
