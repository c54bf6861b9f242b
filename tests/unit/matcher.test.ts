import { describe, expect, it } from 'vitest';
import { resolveMentions } from '../../src/core/context';
import { Matcher } from '../../src/core/matcher';
import { buildPatternSet, type PatternSource } from '../../src/core/patterns';

const entity = (id: string, name: string, acronym: string | null, aliases: PatternSource['aliases'] = []): PatternSource => ({
  id,
  kind: 'un-peacekeeping',
  name,
  acronym,
  aliases,
});

const set = buildPatternSet([
  entity('unmik', 'United Nations Interim Administration Mission in Kosovo', 'UNMIK', [{ text: 'MINUK', type: 'acronym' }]),
  entity('un', 'United Nations', 'UN'),
  entity('unsc', 'Security Council', 'UNSC', [{ text: 'UN Security Council', type: 'name' }]),
  entity('unscr-1244', 'United Nations Security Council Resolution 1244', null, [
    { text: 'Resolution 1244', type: 'short' },
    { text: 'UN Security Council Resolution 1244', type: 'short' },
    { text: 'S/RES/1244 (1999)', type: 'short' },
  ]),
  entity('kfor', 'Kosovo Force', 'KFOR', [{ text: 'KFOR', type: 'acronym', ambiguous: true, cues: ['kosovo', 'nato', 'troops'] }]),
  entity('unifil', 'United Nations Interim Force in Lebanon', 'UNIFIL', [{ text: '@UNIFIL_', type: 'handle' }]),
]);
const matcher = new Matcher(set);
const detect = (text: string) => resolveMentions(text, matcher).map((m) => [m.text, m.id]);

describe('matcher', () => {
  it('returns leftmost-longest, non-overlapping mentions with offsets into the text', () => {
    const text = 'Under UN Security Council Resolution 1244 the United Nations set up UNMIK.';
    const mentions = resolveMentions(text, matcher);
    expect(mentions.map((m) => [m.text, m.id])).toEqual([
      ['UN Security Council Resolution 1244', 'unscr-1244'],
      ['United Nations', 'un'],
      ['UNMIK', 'unmik'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('matches acronyms case-sensitively and full names in any case and spacing', () => {
    expect(detect('unmik alone is not the acronym')).toEqual([]);
    // Title case of a long acronym is how some outlets write it (Unmik, Unficyp).
    expect(detect('Unmik said')).toEqual([['Unmik', 'unmik']]);
    expect(detect('the united  nations\ninterim administration mission in\u00a0kosovo')).toEqual([
      ['united  nations\ninterim administration mission in\u00a0kosovo', 'unmik'],
    ]);
  });

  it('respects word boundaries and keeps possessives and hyphenated compounds to the acronym', () => {
    expect(detect('UNMIKS XUNMIK')).toEqual([]);
    expect(detect('UNMIK’s mandate, post-UNMIK era, MINUK-led')).toEqual([
      ['UNMIK', 'unmik'],
      ['UNMIK', 'unmik'],
      ['MINUK', 'unmik'],
    ]);
  });

  it('ignores soft hyphens and zero-width characters inside words', () => {
    expect(detect('UN\u00adMIK and UNMI\u200bK')).toEqual([
      ['UN\u00adMIK', 'unmik'],
      ['UNMI\u200bK', 'unmik'],
    ]);
  });

  it('matches references with punctuation exactly', () => {
    expect(detect('see S/RES/1244 (1999) and resolution 1244')).toEqual([
      ['S/RES/1244 (1999)', 'unscr-1244'],
      ['resolution 1244', 'unscr-1244'],
    ]);
  });

  it('marks handles with their @ and never inside URLs or e-mail addresses', () => {
    expect(detect('Follow @UNIFIL_ today')).toEqual([['@UNIFIL_', 'unifil']]);
    expect(detect('https://unifil.example/UNIFIL and press@UNIFIL.example.org')).toEqual([]);
  });

  it('links an ambiguous acronym only with supporting context', () => {
    expect(detect('KFOR weather: rain in Oklahoma City tonight.')).toEqual([]);
    expect(detect('KFOR troops patrolled the north.')).toEqual([['KFOR', 'kfor']]);
    expect(detect('The Kosovo Force is NATO-led. Later, KFOR said nothing.')).toEqual([
      ['Kosovo Force', 'kfor'],
      ['KFOR', 'kfor'],
    ]);
  });

  it('handles empty and odd input without throwing', () => {
    expect(detect('')).toEqual([]);
    expect(detect('\ud800UNMIK\udfff')).toEqual([['UNMIK', 'unmik']]);
    expect(detect('UNMIK'.repeat(3))).toEqual([]);
  });
});
