import { describe, expect, it } from 'vitest';
import {
  findResolutions,
  knownResolutions,
  resolutionFacts,
  resolutionLinks,
  resolutionStandIn,
  withResolutions,
} from '../../src/core/resolutions';
import { Catalog } from '../../src/core/catalog';
import { bundledEntities, bundledPatterns } from '../../src/bundled';
import type { Entity } from '../../src/core/schema';
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

describe("a resolution's card facts", () => {
  const { entities } = loadDatabase();
  const body = (over: Partial<Entity>): Entity => ({ ...resolutionStandIn(resolutionFacts(1, [])), kind: 'un-peacekeeping', ...over });

  it('says what a resolution did to bodies in the data, each once', () => {
    const f = resolutionFacts(1244, entities);
    expect(f).toMatchObject({ number: 1244, year: 1999, recorded: true, url: 'https://docs.un.org/en/S/RES/1244(1999)' });
    expect(f.links).toEqual(
      expect.arrayContaining([
        { id: 'unmik', relation: 'created', date: '1999-06-10' },
        { id: 'kfor', relation: 'created', date: '1999-06-11' },
      ]),
    );
    // KFOR's entry into Kosovo is dated "two days after resolution 1244": that is no ending.
    expect(f.links.filter((l) => l.relation !== 'created')).toEqual([]);
  });

  it('reads renewals, changes and endings from events, and a year from a citation', () => {
    const entities = [
      body({ id: 'a', authorizedBy: 'UNSCR 3001', established: '2030-01-05' }),
      body({
        id: 'b',
        events: [
          {
            date: '2031-02',
            text: 'Resolution 3001 extended the mandate by a year.',
            source: { url: 'https://example.org/1', title: 'S/RES/3001 (2030)' },
          },
          {
            date: '2032-03',
            text: 'Resolution 3001 was cited in a debate about the ceiling; the ceiling changed.',
            source: { url: 'https://example.org/2', title: 'x' },
          },
          {
            date: '2033',
            text: 'The mission closed, as resolution 3001 had set out.',
            source: { url: 'https://example.org/3', title: 'x' },
          },
          { date: '2034', text: 'Troops left a month after resolution 3001.', source: { url: 'https://example.org/4', title: 'x' } },
        ],
      }),
    ];
    const f = resolutionFacts(3001, entities);
    expect(f.year).toBe(2030);
    expect(f.recorded).toBe(false);
    expect(f.links).toEqual([
      { id: 'a', relation: 'created', date: '2030-01-05' },
      { id: 'b', relation: 'renewed', date: '2031-02' },
      { id: 'b', relation: 'changed', date: '2032-03' },
      { id: 'b', relation: 'ended', date: '2033' },
    ]);
    expect(f.url).toBe('https://docs.un.org/en/S/RES/3001(2030)');
  });

  it('a number the data never mentions still says what it is, with a link to the UN documents', () => {
    const f = resolutionFacts(2790, []);
    expect(f).toEqual({ number: 2790, url: 'https://digitallibrary.un.org/search?ln=en&p=S%2FRES%2F2790', links: [], recorded: false });
    expect(resolutionStandIn(f)).toMatchObject({ id: 'unscr-2790', name: 'S/RES/2790', kind: 'resolution', parent: 'unsc' });
  });

  it('the catalog answers a view for any resolution: the record when there is one, a stand-in otherwise', () => {
    const catalog = new Catalog({ patterns: bundledPatterns, entities: bundledEntities });
    expect(catalog.view('unscr-2790')).toMatchObject({ entity: { id: 'unscr-2790' }, resolution: { number: 2790, recorded: false } });
    expect(catalog.view('unscr-1244')).toMatchObject({
      entity: { name: 'United Nations Security Council Resolution 1244' },
      resolution: { recorded: true },
    });
    expect(catalog.view('unscr-1031')!.resolution!.links).toEqual([expect.objectContaining({ id: 'ifor', relation: 'created' })]);
    expect(catalog.view('unmik')!.resolution).toBeUndefined();
    expect(catalog.view('unscr-99999')).toBeNull();
    expect(catalog.view('nothing')).toBeNull();
  });

  it("a body from an imported pack counts as the resolution's creation, like a bundled one", () => {
    const kfor = bundledEntities.find((e) => e.id === 'kfor')!;
    const imported: Entity = {
      ...kfor,
      id: 'pack-force',
      name: 'Pack Force',
      acronym: 'PAKFOR',
      aliases: [],
      authorizedBy: 'UNSCR 2790',
      established: '2025-11-17',
    };
    const catalog = new Catalog({ patterns: bundledPatterns, entities: bundledEntities }, [
      { name: 'test pack', importedAt: '2026-01-01', entities: [imported] },
    ]);
    expect(catalog.view('unscr-2790')!.resolution).toMatchObject({
      recorded: false,
      links: [expect.objectContaining({ id: 'pack-force', relation: 'created' })],
    });
  });
});
