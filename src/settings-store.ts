/** Settings in browser.storage.sync, read through the schema so corrupt storage never breaks a page. */
import { browser } from 'wxt/browser';
import { parseSettings, type Settings, type SettingsResult } from './core/settings';

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
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) callback(parseSettings(changes[KEY]!.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
