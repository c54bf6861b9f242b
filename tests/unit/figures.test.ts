import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/core/figure-numbers';
import { checkFigures, type MentionSpan } from '../../src/core/figures';
import type { Entity } from '../../src/core/schema';

const src = { url: 'https://example.org/figures', title: 'Test figures' };
const body = (id: string, extra: Partial<Entity>): Entity =>
  ({
    id,
    name: id,
    acronym: id.toUpperCase(),
    aliases: [],
    kind: 'nato-operation',
    parent: null,
    status: 'active',
    established: '1999',
    ended: null,
    authorizedBy: null,
    headquarters: null,
    host: [],
    mandate: '',
    leaders: [],
    strength: [],
    budget: [],
    related: [],
    website: null,
    sources: [src],
    updated: '2026-01-01',
    ...extra,
  }) as Entity;

const force = body('force', {
  strength: [
    { value: 10000, unit: 'troops', asOf: '2010-02', source: src },
    { value: 4500, unit: 'troops', asOf: '2025-10', source: src },
    { value: 1900, unit: 'staff', asOf: '2009-04', source: src, note: 'international staff at full capability' },
    { value: 1100, unit: 'staff', asOf: '2009-04', source: src, note: 'local staff at full capability' },
  ],
  budget: [{ amountUSD: 552_841_800, period: '2025-07/2026-06', source: src }],
});
const other = body('other', {});
const lookup = (id: string) => ({ force, other })[id as 'force' | 'other'];

/** Mentions of the test bodies: every occurrence of each name given. */
function mentionsOf(text: string, names: Record<string, string>): MentionSpan[] {
  const out: MentionSpan[] = [];
  for (const [name, id] of Object.entries(names)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length, id });
  }
  return out;
}
const check = (text: string, date: string, names: Record<string, string> = { FORCE: 'force', OTHER: 'other' }) =>
  checkFigures(text, mentionsOf(text, names), lookup, date);

describe('numbers as each language writes them', () => {
  it.each([
    ['10,000', 10000],
    ['10 000', 10000],
    ['10\u202f000', 10000],
    ['10.000', 10000],
    ['10k', 10000],
    ['ten thousand', 10000],
    ['dix mille', 10000],
    ['zehntausend', 10000],
    ['diez mil', 10000],
    ['diecimila', 10000],
    ['dhjetë mijë', 10000],
    ['deset hiljada', 10000],
    ['1.2 billion', 1.2e9],
    ['1,2 milliard', 1.2e9],
    ['1,2 Mrd.', 1.2e9],
    ['1,2 mil millones', 1.2e9],
    ['552.8 million', 552.8e6],
    ['3,762', 3762],
  ])('%s → %d', (written, value) => {
    const [n] = findNumbers(`x ${written} y`);
    expect(n?.value).toBeCloseTo(value, 0);
    expect(`x ${written} y`.slice(n!.start, n!.end)).toBe(written);
  });

  it('reads no count inside codes, symbols and resolution numbers', () => {
    expect(findNumbers('S/RES/1244 UNSCR1244 #A4P').map((n) => n.value)).toEqual([]);
  });
});

describe('figure check', () => {
  it.each([
    ['en', 'About 4,500 FORCE troops patrol the north.'],
    ['en', 'FORCE now has some 4.5k soldiers.'],
    ['fr', 'La FORCE compte environ 4 500 soldats.'],
    ['de', 'Die FORCE hat derzeit rund 4.500 Soldaten im Land.'],
    ['es', 'La FORCE cuenta con unos 4.500 soldados.'],
    ['it', 'La FORCE conta circa 4.500 soldati.'],
    ['sq', 'Rreth 4.500 ushtarë të FORCE janë në vend.'],
    ['sr', 'U zemlji je oko 4.500 vojnika FORCE.'],
    ['sr-Cyrl', 'У земљи је око 4.500 војника FORCE.'],
  ])('agrees with the data (%s): %s', (_lang, text) => {
    const [c] = check(text, '2026-03-01');
    expect(c).toMatchObject({ id: 'force', quantity: 'troops', verdict: 'match', data: { value: 4500, asOf: '2025-10' } });
  });

  it.each([
    ['en', 'FORCE still keeps about 10,000 troops there.'],
    ['fr', 'La FORCE maintient quelque 10 000 soldats sur place.'],
    ['de', 'Die FORCE hat noch etwa 10.000 Soldaten vor Ort.'],
    ['sq', 'FORCE ka ende rreth 10.000 ushtarë.'],
    ['sr', 'FORCE i dalje ima oko 10.000 vojnika.'],
  ])('says when the data differs (%s), with the value, date and source', (_lang, text) => {
    const [c] = check(text, '2026-03-01');
    expect(c).toMatchObject({ verdict: 'differs', data: { value: 4500, unit: 'troops', asOf: '2025-10', source: src } });
  });

  it('compares at the article date, not today', () => {
    expect(check('FORCE had about 10,000 troops.', '2010-07-15')[0]?.verdict).toBe('match');
    expect(check('FORCE had about 10,000 troops.', '2026-01-01')[0]?.verdict).toBe('differs');
  });

  it('never calls a figure wrong against data more than a year older than the date', () => {
    const [c] = check('FORCE had about 9,000 troops.', '2015-01-01');
    expect(c).toMatchObject({ verdict: 'no-data', data: null });
  });

  it('follows hedges: more than, fewer than, up to', () => {
    expect(check('FORCE has more than 4,000 troops.', '2026-01-01')[0]?.verdict).toBe('match');
    expect(check('FORCE has more than 6,000 troops.', '2026-01-01')[0]?.verdict).toBe('differs');
    expect(check('FORCE has fewer than 5,000 troops.', '2026-01-01')[0]?.verdict).toBe('match');
    expect(check('FORCE has up to 3,000 troops.', '2026-01-01')[0]?.verdict).toBe('differs');
  });

  it('takes a range as a range', () => {
    const [c] = check('FORCE fields 4,000 to 5,000 troops.', '2026-01-01');
    expect(c).toMatchObject({ verdict: 'match', stated: { low: 4000, high: 5000 } });
  });

  it('keeps international and local staff apart', () => {
    expect(check("FORCE's 1,900 international staff arrived.", '2009-06-01')[0]?.verdict).toBe('match');
    expect(check('FORCE employed 1,100 local staff.', '2009-06-01')[0]?.verdict).toBe('match');
    // 1,100 international staff is not the local figure, and the international one differs.
    expect(check('FORCE had 1,100 international staff.', '2009-06-01')[0]).toMatchObject({ verdict: 'differs', data: { value: 1900 } });
  });

  it('never compares different units: police figures with troop data', () => {
    const [c] = check('FORCE has 4,000 police officers.', '2026-01-01');
    expect(c).toMatchObject({ quantity: 'police', verdict: 'no-data', data: null });
  });

  it('checks US-dollar budgets for the period holding the date, in several languages', () => {
    expect(check('FORCE has a budget of $552.8 million this year.', '2026-01-10')[0]?.verdict).toBe('match');
    expect(check("La FORCE dispose d'un budget de 1,2 milliard de dollars.", '2026-01-10')[0]?.verdict).toBe('differs');
    expect(check('Das Budget der FORCE liegt bei 553 Mio. US-Dollar.', '2026-01-10')[0]?.verdict).toBe('match');
    // Pounds are never in the data: not reported at all.
    expect(check('FORCE has a budget of £500 million.', '2026-01-10')).toEqual([]);
  });

  it("checks euro budgets only against the data's euro budgets, never converting", () => {
    // FORCE's budget is in dollars: a euro figure has nothing to be compared with.
    expect(check('FORCE has a budget of €500 million.', '2026-01-10')[0]).toMatchObject({ verdict: 'no-data', data: null });
    const eu = body('eu', { budget: [{ amountEUR: 165_310_000, period: '2023-06/2025-06', source: src }] });
    const euCheck = (text: string) => checkFigures(text, mentionsOf(text, { MISSION: 'eu' }), () => eu, '2024-03-01');
    expect(euCheck('The MISSION budget is €165 million for two years.')[0]).toMatchObject({
      verdict: 'match',
      data: { value: 165_310_000, unit: 'EUR' },
    });
    expect(euCheck('Le budget de la MISSION atteint 400 millions d’euros.')[0]?.verdict).toBe('differs');
    expect(euCheck('Das Budget der MISSION: 165,3 Mio. Euro.')[0]?.verdict).toBe('match');
    expect(euCheck('Buxheti i MISSION është 165 milionë euro.')[0]?.verdict).toBe('match');
    expect(euCheck('The MISSION budget is $165 million.')[0]).toMatchObject({ verdict: 'no-data', data: null });
  });

  it('leaves a figure unattributed when two bodies stand as near', () => {
    expect(check('FORCE and OTHER together have 4,500 troops.', '2026-01-01')).toEqual([]);
  });

  it('ignores numbers that are not counts of people or money', () => {
    expect(check('FORCE was created by resolution 1244 in 1999 and met 12 times.', '2026-01-01')).toEqual([]);
    expect(check('FORCE patrols 4,500 kilometres of road.', '2026-01-01')).toEqual([]);
  });

  it('a unit word that is itself a mention does not take the figure away from its body', () => {
    const text = 'Quelque 10 000 casques bleus de la FORCE sont déployés.';
    const [c] = checkFigures(text, mentionsOf(text, { FORCE: 'force', 'casques bleus': 'other' }), lookup, '2010-07-01');
    expect(c).toMatchObject({ id: 'force', quantity: 'personnel', verdict: 'match' });
  });
});

describe('npm run figures', () => {
  it('prints one JSON line per figure with detect-style offsets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'figures-'));
    const file = join(dir, 'a.txt');
    const text = 'In July 2010 KFOR had about 10,000 soldiers in Kosovo.';
    writeFileSync(file, text);
    const out = execFileSync('npx', ['tsx', 'scripts/figures.ts', file, '--date', '2010-07-20'], { encoding: 'utf8' });
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    const [f] = lines;
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f).toMatchObject({ file, id: 'kfor', quantity: 'troops', verdict: 'match', data: { unit: 'troops' } });
    expect(Object.keys(f)).toEqual(['file', 'start', 'end', 'text', 'id', 'quantity', 'stated', 'data', 'verdict']);
    // Without --date the file is still read (at today's date), not taken for the date's value.
    const today = execFileSync('npx', ['tsx', 'scripts/figures.ts', file], { encoding: 'utf8' });
    expect(
      today
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual([file]);
  }, 30_000);
});
