/** Settings in browser.storage.sync, read through the schema so corrupt storage never breaks a page. */
import { browser } from 'wxt/browser';
import { parseSettings, type Settings, type SettingsResult } from './core/settings';
import { onStorageKeyChanged } from './storage-watch';

const KEY = 'settings';

export async function loadSettings(): Promise<SettingsResult> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return parseSettings(stored[KEY]);
  } catch (err) {
    return { ...parseSettings(undefined), problems: [`settings could not be read: ${(err as Error).message}`] };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: settings });
}

/** Calls back with the new settings whenever any context changes them. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  return onStorageKeyChanged('sync', KEY, (v) => parseSettings(v).settings, callback);
}
