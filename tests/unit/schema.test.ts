import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDates, isPartialDate } from '../../src/core/dates';
import { type Entity, validateDatabase, validateEntity } from '../../src/core/schema';

const FIX = join(import.meta.dirname, '../fixtures/db-valid');
const valid = readdirSync(FIX).map((f) => JSON.parse(readFileSync(join(FIX, f), 'utf8')) as Entity);
const testa = valid.find((e) => e.id === 'testa')!;
const mutate = (patch: (e: Record<string, unknown>) => void) => {
  const copy = structuredClone(testa) as unknown as Record<string, unknown>;
  patch(copy);
  return validateEntity(copy, 'testa.json').map((p) => `${p.path}: ${p.message}`);
};

describe('entity schema', () => {
  it('accepts the valid fixtures', () => {
    for (const e of valid) expect(validateEntity(e, `${e.id}.json`)).toEqual([]);
    expect(validateDatabase(valid)).toEqual([]);
  });

  it.each([
    ['bad date', (e: Record<string, unknown>) => (e.established = '1999-02-30'), /^established:/],
    ['ended before established', (e: Record<string, unknown>) => (e.ended = '1998'), /^ended: is before/],
    ['active with end date', (e: Record<string, unknown>) => (e.status = 'active'), /^ended: an active body/],
    ['unknown kind', (e: Record<string, unknown>) => (e.kind = 'club'), /^kind:/],
    ['no sources', (e: Record<string, unknown>) => (e.sources = []), /^sources:/],
    [
      'uncovered date',
      (e: Record<string, unknown>) => ((e.sources as { covers?: string[] }[])[0]!.covers = ['ended', 'authorizedBy']),
      /^established: no source/,
    ],
    [
      'strength without date',
      (e: Record<string, unknown>) => delete (e.strength as Record<string, unknown>[])[0]!.asOf,
      /^strength\[0\]\.asOf:/,
    ],
    [
      'unknown budget basis',
      (e: Record<string, unknown>) => ((e.budget as Record<string, unknown>[])[0]!.basis = 'estimate'),
      /^budget\[0\]\.basis:/,
    ],
    [
      'budget in two currencies at once',
      (e: Record<string, unknown>) => ((e.budget as Record<string, unknown>[])[0]!.amountEUR = 1_000_000),
      /^budget\[0\]: must give one amount: amountUSD or amountEUR/,
    ],
    [
      'budget without an amount',
      (e: Record<string, unknown>) => delete (e.budget as Record<string, unknown>[])[0]!.amountUSD,
      /^budget\[0\]: must give one amount: amountUSD or amountEUR/,
    ],
    [
      'budget without source',
      (e: Record<string, unknown>) => delete (e.budget as Record<string, unknown>[])[0]!.source,
      /^budget\[0\]\.source:/,
    ],
    [
      'ambiguous alias without cues',
      (e: Record<string, unknown>) => delete (e.aliases as Record<string, unknown>[])[1]!.cues,
      /^aliases\[1\]\.cues:/,
    ],
    ['unknown field', (e: Record<string, unknown>) => (e.colour = 'blue'), /^colour: unknown field/],
    [
      'unknown field in a list item',
      (e: Record<string, unknown>) => ((e.strength as Record<string, unknown>[])[0]!.asof = '2000'),
      /^strength\[0\]\.asof: unknown field/,
    ],
    [
      'event with a bad date',
      (e: Record<string, unknown>) => ((e.events as Record<string, unknown>[])[0]!.date = '2001-13'),
      /^events\[0\]\.date:/,
    ],
    ['event without text', (e: Record<string, unknown>) => ((e.events as Record<string, unknown>[])[0]!.text = ' '), /^events\[0\]\.text:/],
    [
      'event without source',
      (e: Record<string, unknown>) => delete (e.events as Record<string, unknown>[])[0]!.source,
      /^events\[0\]\.source:/,
    ],
    ['events not a list', (e: Record<string, unknown>) => (e.events = { date: '2001' }), /^events: must be an array/],
    [
      'unknown field in an event',
      (e: Record<string, unknown>) => ((e.events as Record<string, unknown>[])[0]!.when = '2001'),
      /^events\[0\]\.when: unknown field/,
    ],
    [
      'empty publisher',
      (e: Record<string, unknown>) => ((e.sources as Record<string, unknown>[])[0]!.publisher = ''),
      /^sources\[0\]\.publisher:/,
    ],
    [
      'publisher not a string',
      (e: Record<string, unknown>) => (((e.leaders as Record<string, unknown>[])[0]!.source as Record<string, unknown>).publisher = 7),
      /^leaders\[0\]\.source\.publisher:/,
    ],
    [
      'unknown field in a source ref',
      (e: Record<string, unknown>) => (((e.strength as Record<string, unknown>[])[0]!.source as Record<string, unknown>).publsher = 'UN'),
      /^strength\[0\]\.source\.publsher: unknown field/,
    ],
    ['bad host code', (e: Record<string, unknown>) => (e.host = ['Kosovo']), /^host\[0\]:/],
  ])('rejects %s', (_name, patch, expected) => {
    const problems = mutate(patch);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('treats events and publishers as optional', () => {
    expect(mutate((e) => delete e.events)).toEqual([]);
    expect(mutate((e) => delete (e.sources as Record<string, unknown>[])[0]!.publisher)).toEqual([]);
  });

  it('checks links and alias claims across records', () => {
    const broken = structuredClone(valid);
    broken[0]!.related.push({ id: 'nowhere', relation: 'works-with' });
    broken[1]!.aliases.push({ text: 'MITA', lang: 'fr', type: 'acronym' });
    const messages = validateDatabase(broken).map((p) => p.message);
    expect(messages).toContain('unknown id nowhere');
    expect(messages.some((m) => m.startsWith('"MITA" is also claimed'))).toBe(true);
  });
});

describe('dates', () => {
  it('accepts partial ISO dates and orders them', () => {
    expect(['2008', '2008-12', '2008-12-09'].every(isPartialDate)).toBe(true);
    expect(['2008-13', '08-12-09', '2008-02-30', 2008].some(isPartialDate)).toBe(false);
    expect(compareDates('2008', '2008-03')).toBeLessThan(0);
    expect(compareDates('2009-01-01', '2008-12')).toBeGreaterThan(0);
  });
});
