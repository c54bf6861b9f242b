import { browser } from 'wxt/browser';
import { entities, handleRequest, setPacks } from '~/src/background/handlers';
import { registerFirstRun } from '~/src/background/first-run';
import { registerIntegration } from '~/src/background/integration';
import { loadPacks, onPacksChanged } from '~/src/packs-store';
import { migrateStorage } from '~/src/storage-items';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleRequest(message, sender.tab?.id, sender.frameId));
  registerIntegration(entities);
  registerFirstRun();
  const bundledIds = new Set(entities.map((e) => e.id));
  void migrateStorage().then(() => loadPacks(bundledIds)).then(({ packs }) => setPacks(packs));
  onPacksChanged(bundledIds, ({ packs }) => setPacks(packs));
});
