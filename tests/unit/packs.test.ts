import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMentions } from '../../src/core/context';
import { Matcher } from '../../src/core/matcher';
import { Catalog } from '../../src/core/catalog';
import { parsePack } from '../../src/core/packs';
import { buildPatternSet, mergePatternSets } from '../../src/core/patterns';
import { loadDatabase } from '../../scripts/lib/database';

const DIR = join(import.meta.dirname, '../fixtures/packs');
const read = (f: string) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as unknown;
const { entities: bundled } = loadDatabase();

describe('fact packs', () => {
  it('accepts a valid pack linked to bundled bodies', () => {
    const { pack, problems } = parsePack(read('valid-newsroom.json'), 'newsroom', bundled, '2026-11-23');
    expect(problems).toEqual([]);
    expect(pack!.entities.map((e) => e.id)).toEqual(['exmt', 'exdesk']);
    expect(new Catalog({ entities: bundled, patterns: buildPatternSet(bundled) }, [pack!]).entities.length).toBe(bundled.length + 2);
  });

  it.each(
    readdirSync(DIR)
      .filter((f) => f.startsWith('invalid-'))
      .map((f) => [f]),
  )('rejects %s whole, naming the problem', (file) => {
    const { pack, problems } = parsePack(read(file), file, bundled, '2026-11-23');
    expect(pack).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    const expected: Record<string, RegExp> = {
      'invalid-bad-date.json': /exbad established: must be an ISO date/,
      'invalid-duplicate-id.json': /kfor: the id is already used by the bundled database/,
      'invalid-alias-clash.json': /"UNMIK" is also claimed by/,
      'invalid-unknown-related.json': /unknown id nowhere/,
      'invalid-not-a-pack.json': /a pack must be an entity/,
    };
    expect(problems.join('\n')).toMatch(expected[file]!);
  });

  it('adds pack patterns after the bundled ones, so both are detected', () => {
    const { pack } = parsePack(read('valid-newsroom.json'), 'newsroom', bundled, '2026-11-23');
    const merged = mergePatternSets(buildPatternSet(bundled), buildPatternSet(pack!.entities));
    const found = resolveMentions('EXMT observers met KFOR troops in Kosovo.', new Matcher(merged)).map((m) => m.id);
    expect(found).toEqual(['exmt', 'kfor']);
  });
});
