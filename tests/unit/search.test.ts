import { describe, expect, it } from 'vitest';
import { SearchIndex, withinOneEdit } from '../../src/core/search';
import { loadDatabase } from '../../scripts/lib/database';

const { entities } = loadDatabase();
const index = new SearchIndex(entities);
const top = (q: string) => index.search(q, 5).map((r) => r.id);

describe('search', () => {
  it('finds by acronym, name, alias and id', () => {
    expect(top('EULEX')[0]).toBe('eulex');
    expect(top('kosovo force')[0]).toBe('kfor');
    expect(top('unscr-1244')[0]).toBe('unscr-1244');
  });

  it('tolerates one typo and ignores case and accents', () => {
    expect(top('unmk')).toContain('unmik');
    expect(top('UnMiK')[0]).toBe('unmik');
  });

  it('lists bodies by host country', () => {
    const hosted = index.search('Kosovo', 50).map((r) => r.id);
    for (const id of ['unmik', 'kfor', 'eulex']) expect(hosted).toContain(id);
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });

  it('measures edits like Damerau–Levenshtein ≤ 1', () => {
    expect(withinOneEdit('unmk', 'unmik')).toBe(true);
    expect(withinOneEdit('umnik', 'unmik')).toBe(true);
    expect(withinOneEdit('unxxk', 'unmik')).toBe(false);
  });
});
