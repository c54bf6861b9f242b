/** User fact packs in browser.storage.local (too large for sync), read defensively. */
import { browser } from 'wxt/browser';
import type { FactPack } from './core/packs';
import { onStorageKeyChanged } from './storage-watch';

const KEY = 'packs';

/** Stored packs that no longer look like packs are skipped rather than breaking every page. */
function clean(value: unknown): FactPack[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (p): p is FactPack => typeof p === 'object' && p !== null && typeof p.name === 'string' && Array.isArray(p.entities),
  );
}

export async function loadPacks(): Promise<FactPack[]> {
  try {
    return clean((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return [];
  }
}

export async function savePacks(packs: FactPack[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: packs });
}

export function onPacksChanged(callback: (packs: FactPack[]) => void): () => void {
  return onStorageKeyChanged('local', KEY, clean, callback);
}
