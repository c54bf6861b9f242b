/** Browser integration: the context-menu lookup and the keyboard command that toggles a site. */
import { browser } from 'wxt/browser';
import type { Catalog } from '../core/catalog';
import { toggleSite } from '../core/settings';
import { sendToFrame, SHORTCUT_COMMANDS, type ShortcutCommand } from '../messaging';
import { loadSettings, saveSettings } from '../settings-store';

export const MENU_ID = 'missionlens-lookup';
export const TOGGLE_COMMAND = 'toggle-site';

export function registerIntegration(catalog: () => Promise<Catalog>): void {
  const menus = browser.contextMenus ?? (browser as unknown as { menus: typeof browser.contextMenus }).menus;
  browser.runtime.onInstalled.addListener(() => {
    menus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuLookup') || "Look up '%s' in MissionLens", contexts: ['selection'] });
  });
  menus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    // The same catalog the page matches with: its blockers and the reader's packs included.
    const id = (await catalog()).lookup(info.selectionText);
    if (!id) return;
    await sendToFrame({ tabId: tab.id, frameId: info.frameId ?? 0 }, 'showCard', { id }).catch(() => undefined);
  });
  browser.commands?.onCommand.addListener(async (command) => {
    if (!(SHORTCUT_COMMANDS as readonly string[]).includes(command)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // The page decides (it knows whether the reader is typing); a page without a live content
    // script (opened before install) can still be switched, from its URL.
    const answered = await sendToFrame({ tabId: tab.id, frameId: 0 }, 'shortcut', { command: command as ShortcutCommand }).then(
      () => true,
      () => false,
    );
    if (answered || command !== TOGGLE_COMMAND || !tab.url || !/^https?:/.test(tab.url)) return;
    const { settings } = await loadSettings();
    // A refused write (sync quotas) leaves the site as it was; a keyboard command has nowhere to say so.
    await saveSettings(toggleSite(settings, new URL(tab.url!).hostname)).catch((err: Error) =>
      console.warn('MissionLens: site not toggled', err.message),
    );
  });
}
