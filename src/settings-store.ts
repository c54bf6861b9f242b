/** Settings in browser.storage.sync, read through the schema so corrupt storage never breaks a page. */
import { storage } from 'wxt/utils/storage';
import { todayISO } from './core/dates';
import { parseSettings, type Settings, type SettingsResult } from './core/settings';
import { readStoredSettings } from './core/stored';
import { withSetAside } from './set-aside-store';
import { settingsItem, versioned } from './storage-items';

export async function loadSettings(): Promise<SettingsResult> {
  try {
    return parseSettings(await settingsItem().getValue());
  } catch (err) {
    const problem = `settings could not be read: ${(err as Error).message}`;
    return { ...parseSettings(undefined), problems: [problem] };
  }
}

/**
 * Writes the settings; rejects with the browser's reason when storage refuses (sync quotas), in
 * which case the stored settings are the previous ones. Damaged parts of what was stored are
 * moved to the set-aside list first, so overwriting them loses nothing.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  const { setAside } = readStoredSettings(await settingsItem().getValue(), todayISO());
  if (setAside.length > 0) await storage.setItems(versioned('setAside', await withSetAside(setAside)));
  await storage.setItems(versioned('settings', settings));
}

/** Calls back with the new settings whenever any context changes them. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  return settingsItem().watch((v) => callback(parseSettings(v).settings));
}
