import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../src/core/catalog';
import { parsePack } from '../../src/core/packs';
import { buildPatternSet } from '../../src/core/patterns';
import { loadBlockers, loadDatabase, ROOT } from '../../scripts/lib/database';

const { entities } = loadDatabase();
const bundled = { entities, patterns: buildPatternSet(entities, loadBlockers()) };
const { pack } = parsePack(
  JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/packs/valid-newsroom.json'), 'utf8')),
  'newsroom',
  entities,
  '2026-11-23',
);

describe('context-menu lookup', () => {
  const catalog = new Catalog(bundled, [pack!]);

  it('resolves selected text to a body: a mention, a name with a typo, or nothing', () => {
    expect(catalog.lookup('KFOR')).toBe('kfor');
    expect(catalog.lookup('the OSCE Mission in Kosovo')).toBe('omik');
    expect(catalog.lookup('Kosovo Forse')).toBe('kfor');
    expect(catalog.lookup('banana bread')).toBeNull();
  });

  // Once, the lookup built its own detector without the blockers and the packs.
  it('respects the blockers the page respects', () => {
    expect(catalog.lookup('the AU Peace and Security Council')).not.toBe('unsc');
  });

  it('finds a body from a fact pack by its acronym', () => {
    expect(catalog.lookup('EXMT')).toBe('exmt');
  });
});
