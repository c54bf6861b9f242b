/** Reading back stored packs, settings and the set-aside list, with fixtures of each stored format. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { mergeSetAside, readSetAside, readStoredPacks, readStoredSettings, sameSetAsidePart } from '../../src/core/stored';
import { loadDatabase } from '../../scripts/lib/database';

const fixture = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/stored', name), 'utf8')) as unknown;
const bundledIds = new Set(loadDatabase().entities.map((e) => e.id));
const places = (r: { setAside: { where: object }[] }) => r.setAside.map((p) => p.where);

describe('stored packs', () => {
  it('reads version 1 packs whole', () => {
    const r = readStoredPacks(fixture('packs-v1.json'), bundledIds);
    expect(r.setAside).toEqual([]);
    expect(r.packs.map((p) => [p.name, p.entities.map((e) => e.id)])).toEqual([['newsroom', ['exmt', 'exdesk']]]);
  });

  it('uses the valid entities of a damaged pack and sets the rest aside with reasons', () => {
    const r = readStoredPacks(fixture('packs-v1-damaged.json'), bundledIds, '2026-12-06');
    expect(r.packs.map((p) => [p.name, p.entities.map((e) => e.id)])).toEqual([['newsroom', ['exmt']]]);
    expect(places(r)).toEqual([
      { pack: 'newsroom', entity: 'exdesk' },
      { pack: 'newsroom', entity: 'exbare' },
      { pack: '#2' },
      { pack: 'empty' },
    ]);
    expect(r.setAside[0]!.problems).toEqual(['aliases: must be an array']);
    expect(r.setAside[1]!.problems).toContain(
      'kind: must be one of ' +
        'organization, un-body, un-peacekeeping, un-political-mission, eu-civilian-mission, eu-military-operation, nato-operation, osce-field-operation, au-operation, regional-operation, international-body, position, local-institution, agreement, resolution, term',
    );
    expect(r.setAside.every((p) => p.from === 'packs' && p.found === '2026-12-06')).toBe(true);
    expect(r.setAside[2]!.raw).toBe('not a pack');
  });

  it('sets aside ids already taken, and entities whose links no longer resolve', () => {
    const [pack] = fixture('packs-v1.json') as [{ entities: { id: string; related: { id: string }[] }[] }];
    const kfor = { ...pack.entities[1]!, id: 'kfor' };
    // exmt links to exlinked, which links to a body nobody has: both go, one after the other.
    const linked = { ...pack.entities[1]!, id: 'exlinked', related: [{ id: 'nowhere', relation: 'works-with' }] };
    const exmt = { ...pack.entities[0]!, related: [{ id: 'exlinked', relation: 'works-with' }] };
    const r = readStoredPacks(
      [
        { name: 'a', importedAt: '2026-01-01', entities: [kfor, exmt, linked] },
        { name: 'b', importedAt: '2026', entities: [pack.entities[1]] },
        { name: 'b', entities: [] },
      ],
      bundledIds,
    );
    expect(r.packs.map((p) => [p.name, p.entities.map((e) => e.id)])).toEqual([['b', ['exdesk']]]);
    expect(r.setAside.map((p) => [p.where, p.problems[0]])).toEqual([
      [{ pack: 'a', entity: 'kfor' }, 'the id is already used by the bundled database'],
      [{ pack: 'b' }, 'another stored pack has the same name'],
      [{ pack: 'a', entity: 'exlinked' }, 'related[0].id: unknown id nowhere'],
      [{ pack: 'a', entity: 'exmt' }, 'related[0].id: unknown id exlinked'],
    ]);
  });

  it('sets aside a value that is not a list, and reads nothing stored as no packs', () => {
    expect(readStoredPacks({ entities: [] }, bundledIds).setAside.map((p) => p.problems)).toEqual([['the stored packs are not a list']]);
    expect(readStoredPacks(undefined, bundledIds)).toEqual({ packs: [], setAside: [] });
  });
});

describe('stored settings', () => {
  it('reads version 1 and version 2 fixtures', () => {
    expect(readStoredSettings(fixture('settings-v1.json'))).toEqual({
      settings: { ...DEFAULT_SETTINGS, highlightStyle: 'tint', blockedSites: ['example.org', 'news.example.com'], hoverDelayMs: 300 },
      setAside: [],
    });
    // Fields added since the fixture was written (markHeadings, firstMentionOnly) take their defaults.
    expect(readStoredSettings(fixture('settings-v2.json'))).toEqual({
      settings: { ...DEFAULT_SETTINGS, ...(fixture('settings-v2.json') as object) },
      setAside: [],
    });
  });

  it("sets aside each field that fails, unknown fields, and a newer version's whole value", () => {
    const r = readStoredSettings({ version: 2, hoverDelayMs: 'fast', trigger: 'click', extra: [1] }, '2026-12-06');
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, trigger: 'click' });
    expect(r.setAside.map((p) => [p.where, p.raw])).toEqual([
      [{ field: 'extra' }, [1]],
      [{ field: 'hoverDelayMs' }, 'fast'],
    ]);
    const newer = { version: 3, highlightStyle: 'tint', shiny: true };
    const n = readStoredSettings(newer);
    expect(n.settings.highlightStyle).toBe('tint');
    expect(n.setAside).toEqual([
      { from: 'settings', where: {}, problems: [expect.stringMatching(/version 3 is newer/)], raw: newer, found: '' },
    ]);
    expect(readStoredSettings('{"version": 2, "hoverDel').setAside[0]!.problems).toEqual(['settings must be a JSON object']);
  });
});

describe('the set-aside list', () => {
  it('keeps its records, and keeps damaged records as parts of their own', () => {
    const part = { from: 'packs' as const, where: { pack: 'a' }, problems: ['x'], raw: 1, found: '2026-12-06' };
    expect(readSetAside([part])).toEqual([part]);
    expect(readSetAside([part, { from: 'nowhere' }]).map((p) => p.from)).toEqual(['packs', 'setAside']);
    expect(readSetAside('{"broken')).toEqual([
      { from: 'setAside', where: {}, problems: ['the list of set-aside data was damaged'], raw: '{"broken', found: '' },
    ]);
  });

  it('adds the same damage once, whatever day it was found', () => {
    const part = { from: 'packs' as const, where: { pack: 'a' }, problems: ['x'], raw: { y: 1 }, found: '2026-12-06' };
    const again = { ...part, found: '2026-12-07' };
    expect(mergeSetAside([part], [again])).toEqual([part]);
    expect(sameSetAsidePart(part, again)).toBe(true);
    expect(mergeSetAside([part], [{ ...part, raw: { y: 2 } }])).toHaveLength(2);
  });
});

describe('stored pack fields', () => {
  it('keeps a bad import date or an unknown pack field aside and still uses the entities', () => {
    const [pack] = fixture('packs-v1.json') as [Record<string, unknown>];
    const r = readStoredPacks([{ ...pack, importedAt: 'yesterday', colour: 'red' }], bundledIds);
    expect(r.packs[0]!.entities).toHaveLength(2);
    expect(r.packs[0]!.importedAt).toBe('');
    expect(r.setAside.map((p) => [p.where, p.raw])).toEqual([
      [{ pack: 'newsroom', field: 'importedAt' }, 'yesterday'],
      [{ pack: 'newsroom', field: 'colour' }, 'red'],
    ]);
  });
});
