/** After install: the welcome page; after install or update: which open tabs need a reload. */
import { browser } from 'wxt/browser';
import { forgetStaleTab, setStaleTabs } from '../tab-state';

export const WELCOME_PATH = '/welcome.html';

export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    // Queried before the welcome tab opens: every tab here predates this version's content script.
    const tabs = await browser.tabs.query({});
    await setStaleTabs(tabs.map((t) => t.id).filter((id): id is number => id !== undefined));
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetStaleTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetStaleTab(tabId));
}
