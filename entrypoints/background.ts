import { browser } from 'wxt/browser';
import { bundledEntities, bundledPatterns } from '~/src/bundled';
import { Catalog } from '~/src/core/catalog';
import { showBadge } from '~/src/background/badge';
import { registerFirstRun } from '~/src/background/first-run';
import { backgroundListener } from '~/src/background/handlers';
import { registerIntegration } from '~/src/background/integration';
import { persistPages, restorePages } from '~/src/background/pages-store';
import { loadPacks, onPacksChanged } from '~/src/packs-store';
import { migrateStorage } from '~/src/storage-items';

export default defineBackground(() => {
  const bundled = { entities: bundledEntities, patterns: bundledPatterns };
  const bundledOnly = new Catalog(bundled);
  const bundledIds = new Set(bundledEntities.map((e) => e.id));
  let catalog = migrateStorage()
    .then(() => loadPacks(bundledIds))
    .then(({ packs }) => new Catalog(bundled, packs));
  onPacksChanged(bundledIds, ({ packs }) => (catalog = Promise.resolve(new Catalog(bundled, packs))));
  const pages = restorePages();

  const pagesChanged = async (tabId: number) => {
    const state = await pages;
    persistPages(state);
    await showBadge(tabId, state.distinct(tabId), state.off(tabId));
  };
  const forget = async (tabId: number) => {
    const state = await pages;
    state.clearTab(tabId);
    persistPages(state);
  };

  const inject = async ({ tabId, frameId }: { tabId: number; frameId: number }, script: 'page' | 'card') => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [`/content-scripts/${script}.js`] });
  };

  browser.runtime.onMessage.addListener(
    backgroundListener({
      bundled: bundledOnly,
      catalog: () => catalog,
      pages: () => pages,
      pagesChanged: (id) => void pagesChanged(id),
      inject,
    }),
  );
  // A tab that starts loading another page, or closes, takes its frames' reports with it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
  registerIntegration(() => catalog);
  registerFirstRun();
});
