/**
 * The extension's storage: one WXT storage item per key, each holding whatever was stored (the
 * readers in src/core/stored.ts decide what of it can be used). Migrations run in the background
 * only, so one context writes them: pages and the options page read any version through readers
 * that understand every earlier one.
 */
import { type StorageItemKey, storage, type WxtStorageItem } from 'wxt/utils/storage';
import { migrateSettings, SETTINGS_VERSION } from './core/settings';
import { STORED_KEYS, type StoredKey } from './core/stored';

/**
 * Items are defined on first use: WXT reads an item's key as soon as it is defined, which would
 * cost every page three storage reads it may never need (and fails where there is no browser).
 */
function lazyItem(key: `sync:${string}` | `local:${string}`): () => WxtStorageItem<unknown, Record<string, unknown>> {
  let item: WxtStorageItem<unknown, Record<string, unknown>> | undefined;
  return () => (item ??= storage.defineItem<unknown>(key, { fallback: null }));
}

export const settingsItem = lazyItem(STORED_KEYS.settings);
export const packsItem = lazyItem(STORED_KEYS.packs);
export const setAsideItem = lazyItem(STORED_KEYS.setAside);

/** The format of stored packs: a list of {name, importedAt, entities}, unchanged since packs began. */
export const PACKS_VERSION = 1;
/** The format of the set-aside list (src/core/stored.ts SetAsidePart[]). */
export const SET_ASIDE_VERSION = 1;
const VERSIONS: Record<StoredKey, number> = { settings: SETTINGS_VERSION, packs: PACKS_VERSION, setAside: SET_ASIDE_VERSION };

/**
 * A value with its version record (WXT's `key$` meta), for storage.setItems: both go in the same
 * storage.set, so no value is ever stored without the version it was written in.
 */
export function versioned(name: StoredKey, value: unknown): { key: StorageItemKey; value: unknown }[] {
  const key = STORED_KEYS[name];
  return [
    { key, value },
    { key: `${key}$`, value: { v: VERSIONS[name] } },
  ];
}

/**
 * Brings what earlier versions stored up to this one (WXT records the version beside each key as
 * `key$`). Each migration is total, so damaged data passes through to the readers, which set it
 * aside; a failed or refused migration (data from a newer version) is logged by WXT and the data
 * is still read.
 */
export async function migrateStorage(): Promise<void> {
  const items = [
    storage.defineItem<unknown>(STORED_KEYS.settings, { version: SETTINGS_VERSION, migrations: { 2: migrateSettings } }),
    storage.defineItem<unknown>(STORED_KEYS.packs, { version: PACKS_VERSION, migrations: {} }),
    storage.defineItem<unknown>(STORED_KEYS.setAside, { version: SET_ASIDE_VERSION, migrations: {} }),
  ];
  // getMeta waits for the item's migrations to finish.
  await Promise.all(items.map((item) => item.getMeta()));
}
