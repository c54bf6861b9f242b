import type { Entity } from './schema';

export interface DatabaseStats {
  entities: number;
  byKind: Record<string, number>;
  share: { strength: number; budget: number; leaders: number; sources: number };
}

/** Coverage figures for `fact --stats`: how much of the database carries each kind of fact. */
export function databaseStats(entities: readonly Entity[]): DatabaseStats {
  const byKind: Record<string, number> = {};
  for (const e of entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  const share = (f: (e: Entity) => boolean) =>
    entities.length === 0 ? 0 : Math.round((entities.filter(f).length / entities.length) * 1000) / 1000;
  return {
    entities: entities.length,
    byKind: Object.fromEntries(Object.entries(byKind).sort()),
    share: {
      strength: share((e) => e.strength.length > 0),
      budget: share((e) => e.budget.length > 0),
      leaders: share((e) => e.leaders.length > 0),
      sources: share((e) => e.sources.length > 0),
    },
  };
}
