/**
 * The catalog: bundled wins once, the revision follows the packs, and merged patterns keep every
 * index right (entities, cue lists, not-cue lists, parents inside the pack and in the bundle).
 */
import { describe, expect, it } from 'vitest';
import { Catalog, PageCatalog } from '../../src/core/catalog';
import { resolveMentions } from '../../src/core/context';
import type { FactPack } from '../../src/core/packs';
import { buildPatternSet, mergePatternSets } from '../../src/core/patterns';
import type { Entity } from '../../src/core/schema';

const entity = (id: string, acronym: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  name: `${id} long name`,
  acronym,
  aliases: [],
  kind: 'un-peacekeeping',
  parent: null,
  status: 'active',
  established: '2000',
  ended: null,
  authorizedBy: null,
  headquarters: null,
  host: [],
  mandate: `What ${id} does.`,
  leaders: [],
  strength: [],
  budget: [],
  related: [],
  website: null,
  sources: [{ url: 'https://example.org', title: 'Example', covers: ['established'] }],
  updated: '2026-01-01',
  ...extra,
});
const ambiguous = (text: string, cues: string[], notCues: string[] = []) => [
  { text, lang: 'en', type: 'acronym' as const, ambiguous: true, cues, notCues },
];

// The bundle has cue lists of its own, so pack cue indices must be shifted to be right.
const bundledEntities = [
  entity('org', 'ORGX', { kind: 'organization' }),
  entity('bun-amb', 'BQA', { parent: 'org', aliases: ambiguous('BQA', ['bundlecue'], ['bundlenot']) }),
  entity('bun-sib', 'BSB', { parent: 'org' }),
];
const bundled = { entities: bundledEntities, patterns: buildPatternSet(bundledEntities, [{ text: 'Not The PKQ Thing', reason: 'test' }]) };
const pack = (entities: Entity[], name = 'p'): FactPack => ({ name, importedAt: '2026-01-01', entities });
const packEntities = [
  entity('pk-amb', 'PKQ', { parent: 'org', aliases: ambiguous('PKQ', ['packcue'], ['packnot']) }),
  entity('pk-parent', 'PKP', { kind: 'organization' }),
  entity('pk-child', 'PKC', { parent: 'pk-parent', aliases: ambiguous('PKC', ['zzzz']) }),
  entity('pk-sib', 'PKS', { parent: 'pk-parent' }),
  // Same id as a bundled record: the bundled one wins.
  entity('bun-sib', 'BSB', { parent: 'org', mandate: 'A pack trying to replace a reviewed record.' }),
];
const catalog = new Catalog(bundled, [pack(packEntities)]);
const ids = (c: PageCatalog, text: string) => resolveMentions(text, c.matcher).map((m) => m.id);

describe('catalog', () => {
  it("keeps bundled records over a pack's record with the same id", () => {
    expect(catalog.get('bun-sib')!.mandate).toBe('What bun-sib does.');
    expect(catalog.entities.filter((e) => e.id === 'bun-sib')).toHaveLength(1);
    expect(catalog.patterns.ids.filter((id) => id === 'bun-sib')).toHaveLength(1);
    expect(catalog.view('pk-amb')!.entity.mandate).toBe('What pk-amb does.');
    expect(catalog.view('nowhere')).toBeNull();
  });

  it('has revision 0 without packs and a new one whenever the pack records change', () => {
    expect(new PageCatalog(bundled.patterns).revision).toBe(0);
    const changed = structuredClone(packEntities);
    changed[0]!.mandate = 'Changed.';
    const a = new PageCatalog(bundled.patterns, [pack(packEntities)]).revision;
    expect(a).not.toBe(0);
    expect(new PageCatalog(bundled.patterns, [pack(packEntities)]).revision).toBe(a);
    expect(new PageCatalog(bundled.patterns, [pack(changed)]).revision).not.toBe(a);
  });

  it('resolves pack mentions to pack ids, with bundled ones unshifted', () => {
    expect(ids(catalog, 'PKP and BSB and ORGX')).toEqual(['pk-parent', 'bun-sib', 'org']);
    expect(catalog.labelOf('pk-parent')).toBe('PKP');
    expect(catalog.kindOf('pk-parent')).toBe('organization');
    expect(catalog.labelOf('bun-sib')).toBe('BSB');
  });

  it("uses each pack alias's own cues and not-cues, not the bundle's at the same index", () => {
    expect(ids(catalog, 'PKQ near packcue')).toEqual(['pk-amb']);
    expect(ids(catalog, 'PKQ near bundlecue')).toEqual([]);
    expect(ids(catalog, 'PKQ near packcue and packnot')).toEqual([]);
    expect(ids(catalog, 'BQA near bundlecue')).toEqual(['bun-amb']);
    expect(ids(catalog, 'BQA near packcue')).toEqual([]);
  });

  it('keeps parents inside a pack and parents in the bundle, for the sibling rule', () => {
    expect(ids(catalog, 'PKS and PKC')).toEqual(['pk-sib', 'pk-child']);
    expect(ids(catalog, 'BSB and PKQ')).toEqual(['bun-sib', 'pk-amb']);
    expect(ids(catalog, 'PKS and PKQ')).toEqual(['pk-sib']);
  });

  it("keeps the bundle's blockers, and looks selections up as the page would", () => {
    expect(ids(catalog, 'Not The PKQ Thing near packcue')).toEqual([]);
    expect(catalog.lookup('PKP')).toBe('pk-parent');
    expect(catalog.lookup('pk-parent long name')).toBe('pk-parent');
    expect(catalog.lookup('zzzzzz qqqqqq')).toBeNull();
  });
});

describe('mergePatternSets', () => {
  it('shifts the second set\'s indices past the first\'s, and leaves "none" (-1) alone', () => {
    const a = bundled.patterns;
    const b = buildPatternSet(packEntities.slice(0, 4));
    const merged = mergePatternSets(a, b);
    const n = a.ids.length;
    const c = a.cues.length;
    // pk-amb's bundled parent is unknown to the pack alone (the catalog resolves it); pk-child's is in the pack.
    expect(merged.parents.slice(n)).toEqual([-1, -1, n + 1, n + 1]);
    const packPatterns = merged.patterns.filter(([, e]) => e >= n);
    expect(packPatterns.length).toBe(b.patterns.length);
    for (const [, , , cue, not] of packPatterns) {
      for (const list of [cue, not]) expect(list === -1 || list >= c).toBe(true);
    }
    expect(packPatterns.some(([, , , cue]) => cue === -1)).toBe(true);
    expect(packPatterns.some(([, , , , not]) => not === -1)).toBe(true);
  });
});
