import { describe, expect, it } from 'vitest';
import { editDistance, SearchIndex, withinOneEdit } from '../../src/core/search';
import { loadDatabase } from '../../scripts/lib/database';

const { entities } = loadDatabase();
const index = new SearchIndex(entities);
const ids = new Set(entities.map((e) => e.id));
const top = (q: string, n = 5) => index.search(q, n).map((r) => r.id);

describe('search', () => {
  it('finds by acronym, name and alias', () => {
    expect(top('EULEX')[0]).toBe('eulex');
    expect(top('kosovo force')[0]).toBe('kfor');
    expect(top('UNSCR 1244')[0]).toBe('unscr-1244');
    expect(top('#UNIFIL')[0]).toBe('unifil');
  });

  it('tolerates one typo and ignores case and accents', () => {
    expect(top('unmk')[0]).toBe('unmik');
    expect(top('UnMiK')[0]).toBe('unmik');
    expect(top('Kosovo Forse')[0]).toBe('kfor');
  });

  it('puts active and major bodies first for a country', () => {
    expect(top('Kosovo', 3).sort()).toEqual(['eulex', 'kfor', 'unmik']);
    expect(top('Mali')[0]).toBe('minusma');
    const hosted = index.search('Kosovo', 50).map((r) => r.id);
    for (const e of entities.filter((x) => x.host.includes('XK'))) expect(hosted).toContain(e.id);
  });

  it('makes every word count: kind, head, headquarters and the lines of the card', () => {
    expect(top('EU mission Kosovo')[0]).toBe('eulex');
    const commander = index.search('kfor commander', 1)[0]!;
    expect([commander.id, commander.line, commander.field]).toEqual(['kfor', 'head', 'head']);
    const naqoura = index.search('Naqoura', 1)[0]!;
    expect([naqoura.id, naqoura.line, naqoura.matched]).toEqual(['unifil', 'headquarters', 'Naqoura']);
    const budget = index.search('UNIFIL budget');
    expect(budget.map((r) => [r.id, r.line])).toEqual([['unifil', 'budget']]);
    expect(index.search('UNIFIL troops', 1)[0]!.line).toBe('strength');
    const peacekeeping = index.search('peacekeeping budget', 300);
    expect(peacekeeping.length).toBeGreaterThan(5);
    for (const r of peacekeeping) expect(entities.find((e) => e.id === r.id)!.budget.length).toBeGreaterThan(0);
    // A word found nowhere leaves nothing: "Kosovo budget" lists only Kosovo bodies with a budget line.
    const kosovoBudget = index.search('Kosovo budget', 300);
    expect(kosovoBudget.map((r) => r.id)).toContain('unmik');
    for (const r of kosovoBudget) {
      const e = entities.find((x) => x.id === r.id)!;
      expect(e.budget.length).toBeGreaterThan(0);
      expect(e.host.includes('XK') || /kosovo/i.test(JSON.stringify([e.name, e.aliases]))).toBe(true);
    }
  });

  it('never shows an internal id as the reason for a result', () => {
    for (const q of ['kosovo', 'kosovo-specialist-chambers', 'unscr', 'mali', 'peacekeeping budget', 'u']) {
      for (const r of index.search(q, 300)) if (r.matched !== r.id) expect(ids.has(r.matched) && !/[A-Z ]/.test(r.matched)).toBe(false);
    }
  });

  it('offers a correction when nothing matches, and no far-fetched one', () => {
    expect(index.search('nakura')).toEqual([]);
    expect(index.explain('nakura')).toEqual({ didYouMean: 'naqoura', unknown: ['nakura'] });
    expect(index.explain('UNIFIL budgte banana').unknown).toEqual(['banana']);
    expect(index.explain('banana bread').didYouMean).toBeNull();
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });

  it('measures edits like Damerau–Levenshtein', () => {
    expect(withinOneEdit('unmk', 'unmik')).toBe(true);
    expect(withinOneEdit('umnik', 'unmik')).toBe(true);
    expect(withinOneEdit('unxxk', 'unmik')).toBe(false);
    expect(editDistance('nakura', 'naqoura')).toBe(2);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
