import { browser } from 'wxt/browser';
import { entities, handleRequest, setPacks } from '~/src/background/handlers';
import { registerIntegration } from '~/src/background/integration';
import { loadPacks, onPacksChanged } from '~/src/packs-store';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleRequest(message, sender.tab?.id));
  registerIntegration(entities);
  void loadPacks().then(setPacks);
  onPacksChanged(setPacks);
});
