/**
 * The sibling rule of the context model, on a small catalog written for it: an ambiguous acronym
 * is linked when an unambiguous mention of its parent, or of another body with the same parent,
 * is near, and only then. Each case below breaks one condition of the rule.
 */
import { describe, expect, it } from 'vitest';
import { CUE_WINDOW, resolveMentions } from '../../src/core/context';
import { Matcher } from '../../src/core/matcher';
import { buildPatternSet, type PatternSource } from '../../src/core/patterns';

const body = (id: string, acronym: string | null, parent: string | null, extra: Partial<PatternSource> = {}): PatternSource => ({
  id,
  kind: 'un-peacekeeping',
  name: `${id} long name`,
  acronym,
  parent,
  aliases: [],
  ...extra,
});
const ambiguous = (text: string, type: string = 'acronym') => [{ text, lang: 'en', type, ambiguous: true, cues: ['qwertyuiop'] }];

const entities: PatternSource[] = [
  body('parent', 'PRNT', null, { kind: 'organization' }),
  body('other-parent', 'OTHP', null, { kind: 'organization' }),
  body('amb', 'ZQX', 'parent', { aliases: ambiguous('ZQX') }),
  body('sib', 'WVY', 'parent'),
  body('cousin', 'KJH', 'other-parent'),
  body('sister-org', 'FDS', 'parent', { kind: 'organization' }),
  body('named', null, 'parent', { name: 'Bramblewick', aliases: ambiguous('Bramblewick', 'name') }),
  body('tagged', null, 'parent', { name: 'tagged long name', aliases: ambiguous('#Gorple', 'hashtag') }),
];
const matcher = new Matcher(buildPatternSet(entities));
const ids = (text: string) => resolveMentions(text, matcher).map((m) => m.id);
/** Text that carries no evidence of any kind, to put distance between two mentions. */
const gap = (n: number) => ' '.repeat(n);

describe('context model: sibling evidence', () => {
  it('leaves an ambiguous acronym alone without evidence', () => {
    expect(ids('ZQX was mentioned.')).toEqual([]);
  });

  it('links it next to an unambiguous sibling, before or after', () => {
    expect(ids('WVY and ZQX met.')).toEqual(['sib', 'amb']);
    expect(ids('ZQX and WVY met.')).toEqual(['amb', 'sib']);
  });

  it('counts a sibling up to the window and not beyond', () => {
    // Distance is measured between the starts of the two mentions.
    expect(ids(`WVY${gap(CUE_WINDOW - 3)}ZQX`)).toEqual(['sib', 'amb']);
    expect(ids(`WVY${gap(CUE_WINDOW - 2)}ZQX`)).toEqual(['sib']);
    expect(ids(`ZQX${gap(CUE_WINDOW - 3)}WVY`)).toEqual(['amb', 'sib']);
    expect(ids(`ZQX${gap(CUE_WINDOW - 2)}WVY`)).toEqual(['sib']);
  });

  it('does not count a body with another parent, or a sister organization', () => {
    expect(ids('KJH and ZQX met.')).toEqual(['cousin']);
    expect(ids('FDS and ZQX met.')).toEqual(['sister-org']);
  });

  it('counts the parent itself, but not another organization', () => {
    expect(ids('PRNT and ZQX met.')).toEqual(['parent', 'amb']);
    expect(ids('OTHP and ZQX met.')).toEqual(['other-parent']);
  });

  it('does not count the body itself: its own ambiguous mention is no evidence', () => {
    expect(ids('ZQX and ZQX again.')).toEqual([]);
  });

  it('applies to acronyms and social handles, not to ambiguous words', () => {
    expect(ids('WVY and Bramblewick met.')).toEqual(['sib']);
    expect(ids('WVY and #Gorple met.')).toEqual(['sib', 'tagged']);
  });

  it('does not vouch for a case variant of the acronym', () => {
    expect(ids('WVY and Zqx met.')).toEqual(['sib']);
  });
});
