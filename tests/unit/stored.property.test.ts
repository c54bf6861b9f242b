/**
 * Properties of the validators that stand between storage and the pages: over random, truncated
 * and damaged values they never throw, what they accept builds patterns, and they accept what
 * they produced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/core/packs';
import { buildPatternSet } from '../../src/core/patterns';
import { validateEntity } from '../../src/core/schema';
import { parseSettings } from '../../src/core/settings';
import { readSetAside, readStoredPacks, readStoredSettings } from '../../src/core/stored';
import { loadDatabase } from '../../scripts/lib/database';
import { storedPacks, storedValue, VALID } from '../lib/stored-values';

const { entities: bundled } = loadDatabase();
const bundledIds = new Set(bundled.map((e) => e.id));
const RUNS = { numRuns: 300, seed: 20 };
/** 300 pattern builds over the whole database: seconds on a quiet machine, a minute on a shared one. Not a speed check. */
const HEAVY = 120_000;

const entitiesOf = (p: unknown): unknown[] | null => {
  const list = p !== null && typeof p === 'object' ? (p as { entities?: unknown }).entities : undefined;
  return Array.isArray(list) ? list : null;
};
/** The entities a stored packs value holds, counting anything that is not a pack as one piece. */
const pieces = (raw: unknown): number =>
  raw == null ? 0 : Array.isArray(raw) ? raw.reduce((n: number, p: unknown) => n + (entitiesOf(p)?.length ?? 1), 0) : 1;

describe('stored data validators', () => {
  it(
    'read any packs value without throwing; what they use builds patterns and reads back unchanged',
    () => {
      fc.assert(
        fc.property(storedPacks, (raw) => {
          const { packs, setAside } = readStoredPacks(raw, bundledIds);
          const entities = packs.flatMap((p) => p.entities);
          expect(() => buildPatternSet([...bundled, ...entities])).not.toThrow();
          for (const e of entities) expect(validateEntity(e, e.id)).toEqual([]);
          expect(readStoredPacks(packs, bundledIds)).toEqual({ packs, setAside: [] });
          // Nothing is lost: every stored entity is either used or set aside.
          // A pack's own fields set aside are not pieces: its entities were read all the same.
          const piecesOfParts = setAside.reduce(
            (n, p) =>
              n + (p.where.field !== undefined ? 0 : p.where.entity === undefined && p.where.pack !== undefined ? pieces([p.raw]) : 1),
            0,
          );
          expect(entities.length + piecesOfParts).toBe(pieces(raw));
        }),
        RUNS,
      );
    },
    HEAVY,
  );

  it('read any settings value without throwing, and accept the settings they produced', () => {
    fc.assert(
      fc.property(fc.oneof(storedValue(VALID.settings), storedValue(VALID.settingsV1)), (raw) => {
        const { settings } = readStoredSettings(raw);
        expect(readStoredSettings(settings)).toEqual({ settings, setAside: [] });
        expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual({ settings, problems: [], rejected: [] });
      }),
      RUNS,
    );
  });

  it('read any set-aside list without throwing, and accept the list they produced', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), storedValue(VALID.packs)), (raw) => {
        const list = readSetAside(raw);
        expect(readSetAside(JSON.parse(JSON.stringify(list)))).toEqual(list);
      }),
      RUNS,
    );
  });

  it('validate any entity or pack without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(storedValue((VALID.packs as { entities: unknown[] }[])[0]!.entities[0]), fc.anything()), (raw) => {
        expect(Array.isArray(validateEntity(raw, 'x'))).toBe(true);
        const { pack, problems } = parsePack(raw, 'x', bundled, '2026-12-06');
        expect(pack === null ? problems.length > 0 : problems.length === 0).toBe(true);
      }),
      RUNS,
    );
  });
});
