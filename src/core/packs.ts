/**
 * User fact packs: a newsroom's own glossary, in the data schema, imported from a JSON file.
 * A pack is accepted whole or not at all, and every problem is named, so a bad file can never
 * half-replace what a reader already has.
 */
import { type Entity, formatProblem, validateDatabase, validateEntity } from './schema';

export interface FactPack {
  name: string;
  importedAt: string;
  entities: Entity[];
}

export interface PackResult {
  pack: FactPack | null;
  problems: string[];
}

/** Largest pack we accept: beyond this a file is almost certainly not a glossary. */
export const MAX_PACK_ENTITIES = 2000;

/** Accepts an array of entities, {"entities": [...]}, or one entity. */
export function parsePack(
  raw: unknown,
  name: string,
  bundled: readonly Entity[],
  importedAt: string,
  others: readonly FactPack[] = [],
): PackResult {
  const list = Array.isArray(raw)
    ? raw
    : typeof raw === 'object' && raw !== null && Array.isArray((raw as { entities?: unknown }).entities)
      ? (raw as { entities: unknown[] }).entities
      : typeof raw === 'object' && raw !== null && 'id' in raw
        ? [raw]
        : null;
  if (!list) return { pack: null, problems: ['a pack must be an entity, a list of entities, or {"entities": [...]}'] };
  if (list.length === 0) return { pack: null, problems: ['the pack holds no entity'] };
  if (list.length > MAX_PACK_ENTITIES)
    return { pack: null, problems: [`the pack holds ${list.length} entities; at most ${MAX_PACK_ENTITIES} are accepted`] };

  const problems: string[] = [];
  const label = (i: number, e: unknown) => {
    const id = typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string' ? (e as { id: string }).id : null;
    return id ?? `entity ${i + 1}`;
  };
  list.forEach((e, i) => {
    for (const p of validateEntity(e, label(i, e))) problems.push(formatProblem(p));
  });
  if (problems.length > 0) return { pack: null, problems };

  const entities = list as Entity[];
  const taken = new Map<string, string>([
    ...bundled.map((e) => [e.id, 'the bundled database'] as const),
    ...others.filter((p) => p.name !== name).flatMap((p) => p.entities.map((e) => [e.id, `pack "${p.name}"`] as const)),
  ]);
  for (const e of entities) {
    const owner = taken.get(e.id);
    if (owner) problems.push(`${e.id}: the id is already used by ${owner}`);
  }
  const own = new Set(entities.map((e) => e.id));
  const everything = [...bundled, ...others.filter((p) => p.name !== name).flatMap((p) => p.entities), ...entities];
  for (const p of validateDatabase(everything, (id) => id)) {
    if (own.has(p.file)) problems.push(formatProblem(p));
  }
  return problems.length > 0 ? { pack: null, problems } : { pack: { name, importedAt, entities }, problems: [] };
}
