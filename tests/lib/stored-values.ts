/**
 * What storage might hold after an older or newer version, a sync conflict, a hand edit or a
 * half-written save: random JSON, JSON text cut short, and the current formats with fields
 * dropped, nulled or replaced. Shared by the validators' property tests and the browser fuzz test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const fixture = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/stored', name), 'utf8')) as unknown;
export const VALID = { settings: fixture('settings-v2.json'), settingsV1: fixture('settings-v1.json'), packs: fixture('packs-v1.json') };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Edit = { path: number[]; kind: 'delete' | 'null' | 'replace'; with: Json };

/** Deletes, nulls or replaces one nested field per edit, in place, walking down by key indices. */
function applyEdits(root: Json, list: readonly Edit[]): void {
  for (const edit of list) {
    let node: Json = root;
    for (const [i, step] of edit.path.entries()) {
      const keys = node !== null && typeof node === 'object' ? Object.keys(node) : [];
      if (keys.length === 0) break;
      const key = keys[step % keys.length]!;
      const child: Json = (node as Record<string, Json>)[key]!;
      if (child === null || typeof child !== 'object' || i === edit.path.length - 1) {
        if (edit.kind === 'delete') {
          if (Array.isArray(node)) node.splice(Number(key), 1);
          else delete (node as Record<string, Json>)[key];
        } else (node as Record<string, Json>)[key] = edit.kind === 'null' ? null : edit.with;
        break;
      }
      node = child;
    }
  }
}

const damage = (value: unknown, edits: fc.Arbitrary<Edit[]>): fc.Arbitrary<unknown> =>
  edits.map((list) => {
    const copy = structuredClone(value) as Json;
    applyEdits(copy, list);
    return copy;
  });

/** Packs whose structure holds but whose entities are damaged, one to all of them. */
const damagedEntities = (packs: unknown, edits: fc.Arbitrary<Edit[]>): fc.Arbitrary<unknown> =>
  fc.array(fc.tuple(fc.nat(), edits), { minLength: 1, maxLength: 3 }).map((hits) => {
    const copy = structuredClone(packs) as { entities: Json[] }[];
    const all = copy.flatMap((p) => p.entities);
    for (const [i, list] of hits) applyEdits(all[i % all.length]!, list);
    return copy;
  });

const edit = fc.record({
  path: fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }),
  kind: fc.constantFrom('delete' as const, 'null' as const, 'replace' as const),
  with: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
});
const edits = fc.array(edit, { minLength: 1, maxLength: 4 });
const oneEdit = fc.array(edit, { minLength: 1, maxLength: 1 });

/** JSON text of a valid value cut at some point, as a string (what a half-written save leaves). */
const truncated = (value: unknown) =>
  fc.nat().map((n) => {
    const text = JSON.stringify(value);
    return text.slice(0, n % text.length);
  });

/** Any value a storage key of the extension might hold. */
export function storedValue(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: damage(valid, edits) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: truncated(valid) },
    {
      weight: 1,
      arbitrary: truncated(valid).map((text) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return text;
        }
      }),
    },
  );
}

/** Stored packs: half of them still packs, with some entities damaged. */
export const storedPacks = fc.oneof(damagedEntities(VALID.packs, oneEdit), storedValue(VALID.packs));

/** Values for every key the extension stores, the WXT version records included. */
export const storage = fc.record({
  sync: fc.record({
    settings: fc.oneof(storedValue(VALID.settings), storedValue(VALID.settingsV1)),
    settings$: fc.oneof(fc.constant({ v: 2 }), fc.jsonValue({ maxDepth: 2 })),
  }),
  local: fc.record({
    packs: storedPacks,
    packs$: fc.oneof(fc.constant({ v: 1 }), fc.jsonValue({ maxDepth: 2 })),
    setAside: fc.jsonValue({ maxDepth: 3 }),
    setAside$: fc.jsonValue({ maxDepth: 2 }),
  }),
});
