/**
 * The popup's catalog, loaded once the search box is on screen: evaluating the bundled data (two
 * large JSON strings) was most of what opening the popup cost, and the box takes input without
 * it — a query typed meanwhile is answered when the catalog arrives. The patterns and the records
 * are evaluated in separate tasks, so a keystroke waits for one of them at most.
 */
import type { Catalog } from '~/src/core/catalog';
import { loadPacks } from '~/src/packs-store';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function loadCatalog(): Promise<Catalog> {
  const { bundledPatterns } = await import('~/src/bundled-patterns');
  await nextTask();
  const { bundledEntities } = await import('~/src/bundled-facts');
  await nextTask();
  const [{ Catalog }, { packs }] = await Promise.all([import('~/src/core/catalog'), loadPacks(new Set(bundledEntities.map((e) => e.id)))]);
  return new Catalog({ entities: bundledEntities, patterns: bundledPatterns }, packs);
}

/** Runs `fn` after the next frame is painted, so that work started at open does not hold the first one back. */
export function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
