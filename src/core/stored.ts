/**
 * Reading back what the extension stored. Storage is not a trusted source: an older or newer
 * version, a sync conflict, a hand edit or a half-written save can leave anything there. Every
 * reader here takes any value, never throws, uses the parts that pass the same checks as an
 * import, and returns the rest as set-aside parts with their reasons, so nothing is lost and
 * nothing breaks a page.
 */
import { isPartialDate } from './dates';
import type { FactPack } from './packs';
import { type Entity, validateEntity } from './schema';
import { parseSettings, type Settings } from './settings';

/** The storage keys the extension writes (WXT's version records sit beside them as `key$`). */
export const STORED_KEYS = { settings: 'sync:settings', packs: 'local:packs', setAside: 'local:setAside' } as const;
export type StoredKey = keyof typeof STORED_KEYS;

/** Where a set-aside part was found; every field is optional because damage can be anywhere. */
export interface PartPlace {
  pack?: string;
  entity?: string;
  field?: string;
}

/** A stored part that failed the checks: kept as it was, with the reasons, until the reader removes it. */
export interface SetAsidePart {
  from: StoredKey;
  where: PartPlace;
  problems: string[];
  raw: unknown;
  /** The day it was set aside (YYYY-MM-DD), or "" when unknown. */
  found: string;
}

export interface StoredPacks {
  packs: FactPack[];
  setAside: SetAsidePart[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const PACK_FIELDS = new Set(['name', 'importedAt', 'entities']);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Stored packs, entity by entity: an entity is used when it passes the import's per-record checks,
 * its id is not taken (by the bundled database or an earlier pack) and its links resolve. Alias
 * clashes are checked at import only: they need the bundled aliases, which pages do not load, and
 * read back they are harmless (bundled patterns are matched first).
 */
export function readStoredPacks(raw: unknown, bundledIds: ReadonlySet<string>, found = ''): StoredPacks {
  const setAside: SetAsidePart[] = [];
  const aside = (where: PartPlace, problems: string[], value: unknown) =>
    setAside.push({ from: 'packs', where, problems, raw: value, found });
  if (raw === undefined || raw === null) return { packs: [], setAside };
  if (!Array.isArray(raw)) {
    aside({}, ['the stored packs are not a list'], raw);
    return { packs: [], setAside };
  }
  const owner = new Map<string, string>();
  const drafts: FactPack[] = [];
  raw.forEach((p: unknown, i) => {
    if (!isObj(p) || !Array.isArray(p.entities)) {
      aside({ pack: isObj(p) && nonEmpty(p.name) ? p.name : `#${i + 1}` }, ['not a pack: a pack needs a name and a list of entities'], p);
      return;
    }
    if (!nonEmpty(p.name) || drafts.some((d) => d.name === p.name)) {
      aside(
        { pack: nonEmpty(p.name) ? p.name : `#${i + 1}` },
        [nonEmpty(p.name) ? 'another stored pack has the same name' : 'the pack has no name'],
        p,
      );
      return;
    }
    const name = p.name;
    // The pack's own fields: a bad date or a field of a newer version is kept aside, not dropped.
    for (const [key, value] of Object.entries(p)) {
      if (key === 'importedAt' && value !== '' && !isPartialDate(value))
        aside({ pack: name, field: key }, [`${key}: must be an ISO date`], value);
      else if (!PACK_FIELDS.has(key)) aside({ pack: name, field: key }, [`${key}: unknown field`], value);
    }
    const entities: Entity[] = [];
    p.entities.forEach((e: unknown, j) => {
      const label = isObj(e) && nonEmpty(e.id) ? e.id : `#${j + 1}`;
      const problems = validateEntity(e, label).map((x) => (x.path ? `${x.path}: ${x.message}` : x.message));
      if (problems.length === 0) {
        const id = (e as Entity).id;
        const taken = bundledIds.has(id) ? 'the bundled database' : owner.get(id);
        if (taken) problems.push(`the id is already used by ${taken}`);
      }
      if (problems.length > 0) return void aside({ pack: name, entity: label }, problems, e);
      entities.push(e as Entity);
      owner.set((e as Entity).id, `pack "${name}"`);
    });
    drafts.push({ name, importedAt: isPartialDate(p.importedAt) ? p.importedAt : '', entities });
  });
  setAside.push(...unlink(drafts, bundledIds, found));
  return { packs: drafts.filter((p) => p.entities.length > 0), setAside };
}

/**
 * Sets aside entities whose parent or related ids lead nowhere, repeating until none is left,
 * since setting one aside can strand another that linked to it. Mutates the packs' lists.
 */
function unlink(packs: FactPack[], bundledIds: ReadonlySet<string>, found: string): SetAsidePart[] {
  const out: SetAsidePart[] = [];
  const known = new Set([...bundledIds, ...packs.flatMap((p) => p.entities.map((e) => e.id))]);
  for (let changed = true; changed;) {
    changed = false;
    for (const pack of packs) {
      pack.entities = pack.entities.filter((e) => {
        const problems = [
          ...(e.parent !== null && !known.has(e.parent) ? [`parent: unknown id ${e.parent}`] : []),
          ...e.related.flatMap((r, i) =>
            r.id === e.id
              ? [`related[${i}].id: an entity cannot relate to itself`]
              : known.has(r.id)
                ? []
                : [`related[${i}].id: unknown id ${r.id}`],
          ),
        ];
        if (problems.length === 0) return true;
        out.push({ from: 'packs', where: { pack: pack.name, entity: e.id }, problems, raw: e, found });
        known.delete(e.id);
        changed = true;
        return false;
      });
    }
  }
  return out;
}

const KEYS = Object.keys(STORED_KEYS) as StoredKey[];

function isPart(v: unknown): v is SetAsidePart {
  return (
    isObj(v) &&
    KEYS.includes(v.from as StoredKey) &&
    isObj(v.where) &&
    Object.entries(v.where).every(([k, x]) => ['pack', 'entity', 'field'].includes(k) && typeof x === 'string') &&
    Array.isArray(v.problems) &&
    v.problems.every((p) => typeof p === 'string') &&
    'raw' in v &&
    typeof v.found === 'string'
  );
}

export interface StoredSettings {
  settings: Settings;
  setAside: SetAsidePart[];
}

/** Stored settings of any version: each field that fails its check is set aside, the default used. */
export function readStoredSettings(raw: unknown, found = ''): StoredSettings {
  const { settings, rejected } = parseSettings(raw);
  return {
    settings,
    setAside: rejected.map((r) => ({
      from: 'settings',
      where: r.field === null ? {} : { field: r.field },
      problems: [r.problem],
      raw: r.raw,
      found,
    })),
  };
}

/** The set-aside list itself; a damaged list or record is kept as a part of its own. */
export function readSetAside(raw: unknown): SetAsidePart[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return [{ from: 'setAside', where: {}, problems: ['the list of set-aside data was damaged'], raw, found: '' }];
  return raw.map((p: unknown) =>
    isPart(p) ? p : { from: 'setAside', where: {}, problems: ['a set-aside record was damaged'], raw: p, found: '' },
  );
}

/** Storage only holds JSON, so the text identifies a part; anything else is never merged away. */
function identity(p: SetAsidePart): string {
  try {
    return JSON.stringify([p.from, p.where, p.raw]);
  } catch {
    return `unserializable ${Math.random()}`;
  }
}

/** Whether two parts are the same stored data from the same place (the day found aside). */
export const sameSetAsidePart = (a: SetAsidePart, b: SetAsidePart): boolean => identity(a) === identity(b);

/** Adds newly found parts to the list, once each: the same damage read again is not a new part. */
export function mergeSetAside(list: readonly SetAsidePart[], more: readonly SetAsidePart[]): SetAsidePart[] {
  const seen = new Set(list.map(identity));
  const out = [...list];
  for (const p of more) {
    const key = identity(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}
