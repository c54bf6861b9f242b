/** Changes to one storage key, from any context, read through the key's own parser. */
import { browser } from 'wxt/browser';

export function onStorageKeyChanged<T>(area: 'sync' | 'local', key: string, parse: (value: unknown) => T, callback: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea === area && key in changes) callback(parse(changes[key]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
