import { describe, expect, it } from 'vitest';
import { findResolutions, knownResolutions, resolutionLinks, withResolutions } from '../../src/core/resolutions';
import { loadDatabase } from '../../scripts/lib/database';

const refs = (text: string, known = new Set<number>()) =>
  findResolutions(text, known).map((r) => [text.slice(r.start, r.end), r.number, r.year ?? null]);

describe('Security Council resolutions, any number, in the readers’ languages', () => {
  it.each([
    ['UNSCR 2790 extended the mandate.', 'UNSCR 2790', 2790, null],
    ['It acts under S/RES/1244 (1999).', 'S/RES/1244 (1999)', 1244, 1999],
    ['Follow #UNSCR1244 for updates.', '#UNSCR1244', 1244, null],
    ['the 1244 UN Security Council Resolution', '1244 UN Security Council Resolution', 1244, null],
    ['United Nations Security Council Resolution 1701 calls for calm.', 'United Nations Security Council Resolution 1701', 1701, null],
    ['Selon la résolution 2719 du Conseil de sécurité, la mission…', 'résolution 2719 du Conseil de sécurité', 2719, null],
    ['gemäß Resolution 1244 des UN-Sicherheitsrates', 'Resolution 1244 des UN-Sicherheitsrates', 1244, null],
    ['según la resolución 1701 (2006)', 'resolución 1701 (2006)', 1701, 2006],
    ['la risoluzione 1701 del Consiglio di sicurezza', 'risoluzione 1701 del Consiglio di sicurezza', 1701, null],
    ['në bazë të Rezolutës 1244 të Këshillit të Sigurimit', 'Rezolutës 1244 të Këshillit të Sigurimit', 1244, null],
    ['prema Rezoluciji Saveta bezbednosti UN 1244', 'Rezoluciji Saveta bezbednosti UN 1244', 1244, null],
    ['према Резолуцији 1244 Савета безбедности', 'Резолуцији 1244 Савета безбедности', 1244, null],
  ])('%s', (text, span, n, year) => {
    expect(refs(text)).toEqual([[span, n, year]]);
  });

  it('a bare "resolution N" counts with the Council in its sentence, a UN-style year, or a number the data knows', () => {
    expect(refs('The Security Council adopted resolution 2790 on Monday.')).toEqual([['resolution 2790', 2790, null]]);
    expect(refs('resolution 1973 (2011)')).toEqual([['resolution 1973 (2011)', 1973, 2011]]);
    expect(refs('resolution 1244 was cited', new Set([1244]))).toEqual([['resolution 1244', 1244, null]]);
    expect(refs('The board passed resolution 42 on parking.')).toEqual([]);
    expect(refs('General Assembly resolution 377 (1950) was invoked.')).toEqual([]);
    expect(refs('The European Parliament resolution 2024 on Kosovo.')).toEqual([]);
  });

  it('the longest reference wins over the Council’s name inside it', () => {
    const text = 'United Nations Security Council Resolution 1701 calls for calm.';
    const council = { start: 0, end: 31, text: text.slice(0, 31), id: 'unsc' };
    const merged = withResolutions([council], findResolutions(text), (r) => ({
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      id: `unscr-${r.number}`,
    }));
    expect(merged.map((m) => [m.text, m.id])).toEqual([['United Nations Security Council Resolution 1701', 'unscr-1701']]);
  });

  it('links a resolution to the bodies it created, from the data', () => {
    const { entities } = loadDatabase();
    const created = entities.filter((e) => e.authorizedBy === 'UNSCR 2085');
    expect(created.length).toBeGreaterThan(0);
    expect(resolutionLinks(2085, entities)).toEqual(
      expect.arrayContaining(created.map((e) => expect.objectContaining({ id: e.id, relation: 'created' }))),
    );
    expect(knownResolutions(entities).has(2085)).toBe(true);
    expect(knownResolutions(entities).has(1244)).toBe(true);
  });
});
