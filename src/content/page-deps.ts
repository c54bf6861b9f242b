/** What PageApp needs from the extension, passed in so the page logic runs in a test page too. */
import { browser, type Browser } from 'wxt/browser';
import type { FactPack } from '../core/packs';
import type { Settings, SettingsResult } from '../core/settings';
import { sendToBackground } from '../messaging';
import { loadPacks, onPacksChanged } from '../packs-store';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings-store';
import { CARD_UI, type CardFactory } from './card-slot';
import { records } from './entity-cache';

export interface PageDeps {
  loadSettings: () => Promise<SettingsResult>;
  /** The usable packs (the store sets damaged entries aside). */
  loadPacks: (bundledIds: ReadonlySet<string>) => Promise<FactPack[]>;
  onSettingsChanged: (callback: (settings: Settings) => void) => () => void;
  onPacksChanged: (bundledIds: ReadonlySet<string>, callback: (packs: FactPack[]) => void) => () => void;
  /** This frame's counts, to the background, or that the site is off here (the badge says so). */
  report: (counts: [string, number][], off: boolean) => void;
  /** The site switch of the toggle-site shortcut. */
  saveSettings: (settings: Settings) => Promise<void>;
  /** Cached records: told when the catalog's revision changes. */
  records: { setRevision: (revision: number) => void };
  /** The card script's factory, injected into this frame on the first call. */
  loadCardUI: () => Promise<CardFactory>;
  /** Registers the listener for messages to this frame; returns its removal. */
  listen: (listener: (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined) => () => void;
}

export const browserDeps: PageDeps = {
  loadSettings,
  loadPacks: async (bundledIds) => (await loadPacks(bundledIds)).packs,
  onSettingsChanged,
  onPacksChanged: (bundledIds, callback) => onPacksChanged(bundledIds, (stored) => callback(stored.packs)),
  report: (counts, off) =>
    void sendToBackground('frameMentions', { since: performance.timeOrigin, counts, ...(off ? { off } : {}) }).catch(() => undefined),
  saveSettings,
  records,
  loadCardUI: async () => {
    const world = globalThis as Record<symbol, CardFactory | undefined>;
    if (!world[CARD_UI]) await sendToBackground('inject', { script: 'card' });
    const factory = world[CARD_UI];
    if (!factory) throw new Error('the card script did not run');
    return factory;
  },
  listen: (listener) => {
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  },
};
