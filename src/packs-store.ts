/**
 * User fact packs in browser.storage.local (too large for sync), read entity by entity through
 * the import's checks: a damaged entity is set aside, never used and never deleted.
 */
import { storage } from 'wxt/utils/storage';
import { todayISO } from './core/dates';
import type { FactPack } from './core/packs';
import { readStoredPacks, type StoredPacks } from './core/stored';
import { withSetAside } from './set-aside-store';
import { packsItem, versioned } from './storage-items';

/** The packs' valid entities and what was set aside; storage that cannot be read gives none. */
export async function loadPacks(bundledIds: ReadonlySet<string>): Promise<StoredPacks> {
  try {
    return readStoredPacks(await packsItem().getValue(), bundledIds, todayISO());
  } catch {
    return { packs: [], setAside: [] };
  }
}

/**
 * Writes the packs, with the damaged parts of what was stored moved to the set-aside list in the
 * same storage.local write. Rejects with the browser's reason (quota) and then changes nothing.
 */
export async function savePacks(packs: FactPack[], bundledIds: ReadonlySet<string>): Promise<void> {
  const { setAside } = readStoredPacks(await packsItem().getValue(), bundledIds, todayISO());
  await storage.setItems([
    ...(setAside.length > 0 ? versioned('setAside', await withSetAside(setAside)) : []),
    ...versioned('packs', packs),
  ]);
}

export function onPacksChanged(bundledIds: ReadonlySet<string>, callback: (packs: StoredPacks) => void): () => void {
  return packsItem().watch((v) => callback(readStoredPacks(v, bundledIds, todayISO())));
}
