/**
 * The stores over WXT's in-memory browser: damage is moved to the set-aside list before its key
 * is written again, never twice, and a write the browser refuses changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

// @wxt-dev/browser takes the extension API from globalThis.chrome when first imported (below).
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const { loadPacks, savePacks } = await import('../../src/packs-store');
const { saveSettings } = await import('../../src/settings-store');
const { loadSetAside, removeSetAside, settleStorage } = await import('../../src/set-aside-store');

const fixture = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/stored', name), 'utf8')) as unknown;
const bundledIds = new Set(['un', 'kfor']);
const local = () => fakeBrowser.storage.local.get(null);

describe('stores', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves damage to the set-aside list when the options page opens, once', async () => {
    await fakeBrowser.storage.local.set({ packs: fixture('packs-v1-damaged.json') });
    await fakeBrowser.storage.sync.set({ settings: { version: 2, trigger: 'click', hoverDelayMs: -1 } });
    const before = await loadSetAside(bundledIds);
    expect(before).toHaveLength(5);
    await settleStorage(bundledIds);
    await settleStorage(bundledIds);
    const stored = await local();
    expect(stored.setAside).toHaveLength(5);
    expect(stored.setAside$).toEqual({ v: 1 });
    expect((stored.packs as { entities: { id: string }[] }[])[0]!.entities.map((e) => e.id)).toEqual(['exmt']);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, trigger: 'click' });
    const after = await loadSetAside(bundledIds);
    expect(after).toHaveLength(5);
    expect(after).toEqual(expect.arrayContaining(before));
  });

  it('keeps the damage of what it overwrites when a pack or a setting is saved', async () => {
    await fakeBrowser.storage.local.set({ packs: fixture('packs-v1-damaged.json') });
    await fakeBrowser.storage.sync.set({ settings: { version: 2, hoverDelayMs: 'fast' } });
    const { packs } = await loadPacks(bundledIds);
    await savePacks(
      packs.filter((p) => p.name !== 'newsroom'),
      bundledIds,
    );
    await saveSettings({ ...DEFAULT_SETTINGS, trigger: 'click' });
    const stored = await local();
    expect(stored.packs).toEqual([]);
    expect((stored.setAside as { where: object }[]).map((p) => p.where)).toEqual([
      { pack: 'newsroom', entity: 'exdesk' },
      { pack: 'newsroom', entity: 'exbare' },
      { pack: '#2' },
      { pack: 'empty' },
      { field: 'hoverDelayMs' },
    ]);
    await removeSetAside(bundledIds, (p) => p.from === 'settings');
    expect((await local()).setAside).toHaveLength(4);
  });

  it('changes nothing when the browser refuses the write', async () => {
    await fakeBrowser.storage.local.set({ packs: fixture('packs-v1-damaged.json') });
    const before = await local();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(savePacks([], bundledIds)).rejects.toThrow('QUOTA_BYTES');
    await expect(settleStorage(bundledIds)).rejects.toThrow('QUOTA_BYTES');
    set.mockRestore();
    expect(await local()).toEqual(before);
  });
});
