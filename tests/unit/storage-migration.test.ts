/**
 * The background's migration run (WXT storage items with versions) over fixtures of every earlier
 * stored format, in WXT's in-memory browser: settings version 1 (a style flag and a comma-separated
 * block list), settings version 2 stored before versions were recorded, packs version 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';
import { readStoredPacks } from '../../src/core/stored';

// @wxt-dev/browser takes the extension API from globalThis.chrome when first imported (below).
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const { migrateStorage } = await import('../../src/storage-items');

const fixture = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/stored', name), 'utf8')) as unknown;

describe('storage migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('brings version 1 settings to version 2 and records the version', async () => {
    await fakeBrowser.storage.sync.set({ settings: fixture('settings-v1.json') });
    await migrateStorage();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: 2 });
    expect(parseSettings(stored.settings)).toEqual({
      settings: { ...DEFAULT_SETTINGS, highlightStyle: 'tint', blockedSites: ['example.org', 'news.example.com'], hoverDelayMs: 300 },
      problems: [],
      rejected: [],
    });
  });

  it('records the version of version 2 settings stored without one, leaving them as they were', async () => {
    await fakeBrowser.storage.sync.set({ settings: fixture('settings-v2.json') });
    await migrateStorage();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored).toEqual({ settings: fixture('settings-v2.json'), settings$: { v: 2 } });
  });

  it('leaves version 1 packs as they are: still the current format', async () => {
    await fakeBrowser.storage.local.set({ packs: fixture('packs-v1.json') });
    await migrateStorage();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toEqual({ packs: fixture('packs-v1.json') });
    expect(readStoredPacks(stored.packs, new Set(['kfor', 'un'])).setAside).toEqual([]);
  });

  it('refuses to downgrade data from a newer version, and neither throws nor changes it', async () => {
    const newer = { version: 9, highlightStyle: 'tint', futureField: true };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 9 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await migrateStorage();
    error.mockRestore();
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({ settings: newer, settings$: { v: 9 } });
  });

  it('runs over damaged values and damaged version records without throwing', async () => {
    await fakeBrowser.storage.sync.set({ settings: '{"highlightStyle": ', settings$: 'x' });
    await fakeBrowser.storage.local.set({ packs: 42, packs$: [1], setAside: { a: 1 }, setAside$: null });
    await expect(migrateStorage()).resolves.toBeUndefined();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toBe('{"highlightStyle": ');
  });
});
