/** Browser integration: the context-menu lookup and the keyboard command that toggles a site. */
import { browser } from 'wxt/browser';
import { resolveMentions } from '../core/context';
import { Matcher } from '../core/matcher';
import { buildPatternSet } from '../core/patterns';
import type { Entity } from '../core/schema';
import { SearchIndex } from '../core/search';
import { toggleSite } from '../core/settings';
import { type ShortcutCommand, SHORTCUT_COMMANDS, type TabRequest } from '../messaging';
import { loadSettings, saveSettings } from '../settings-store';

export const MENU_ID = 'missionlens-lookup';
export const TOGGLE_COMMAND = 'toggle-site';

/** A search hit this good is taken as what the reader meant; weaker ones are not guessed at. */
const MIN_LOOKUP_SCORE = 25;

/** Built on the first lookup, not each time the service worker wakes. */
export function createLookup(entities: readonly Entity[]): (text: string) => string | null {
  let matcher: Matcher | null = null;
  let index: SearchIndex | null = null;
  return (text) => {
    matcher ??= new Matcher(buildPatternSet(entities));
    const found = resolveMentions(text, matcher)[0];
    if (found) return found.id;
    index ??= new SearchIndex(entities);
    const best = index.search(text, 1)[0];
    return best && best.score >= MIN_LOOKUP_SCORE ? best.id : null;
  };
}

export function registerIntegration(entities: readonly Entity[]): void {
  const lookup = createLookup(entities);
  const menus = browser.contextMenus ?? (browser as unknown as { menus: typeof browser.contextMenus }).menus;
  browser.runtime.onInstalled.addListener(() => {
    menus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuLookup') || "Look up '%s' in MissionLens", contexts: ['selection'] });
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    const id = lookup(info.selectionText);
    if (!id) return;
    const request: TabRequest = { type: 'showCard', id };
    void browser.tabs.sendMessage(tab.id, request, { frameId: info.frameId ?? 0 }).catch(() => undefined);
  });
  browser.commands?.onCommand.addListener(async (command) => {
    if (!(SHORTCUT_COMMANDS as readonly string[]).includes(command)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const request: TabRequest = { type: 'shortcut', command: command as ShortcutCommand };
    // The page decides (it knows whether the reader is typing); a page without a live content
    // script (opened before install) can still be switched, from its URL.
    const answered = await browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).then(() => true, () => false);
    if (answered || command !== TOGGLE_COMMAND || !tab.url || !/^https?:/.test(tab.url)) return;
    const { settings } = await loadSettings();
    // A refused write (sync quotas) leaves the site as it was; a keyboard command has nowhere to say so.
    await saveSettings(toggleSite(settings, new URL(tab.url!).hostname)).catch((err: Error) => console.warn('MissionLens: site not toggled', err.message));
  });
}
