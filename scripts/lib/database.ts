/** Node-side loading of data/entities: the one place that reads the human-edited files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Blocker } from '../../src/core/patterns';
import { type Entity, type Problem, validateDatabase, validateEntity } from '../../src/core/schema';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Tests point this at fixture databases. */
export const ENTITY_DIR = process.env.MISSIONLENS_DATA ?? join(ROOT, 'data/entities');

export interface LoadResult {
  entities: Entity[];
  problems: Problem[];
}

export function loadDatabase(dir = ENTITY_DIR): LoadResult {
  const problems: Problem[] = [];
  const entities: Entity[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      problems.push({ file, path: '', message: `not valid JSON: ${(err as Error).message}` });
      continue;
    }
    const own = validateEntity(raw, file);
    problems.push(...own);
    if (own.length === 0) entities.push(raw as Entity);
  }
  problems.push(...validateDatabase(entities));
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, problems };
}

export function loadBlockers(): Blocker[] {
  return JSON.parse(readFileSync(join(ROOT, 'data/blockers.json'), 'utf8')) as Blocker[];
}
