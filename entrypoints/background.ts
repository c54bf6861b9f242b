import { browser } from 'wxt/browser';
import { entities, handleRequest } from '~/src/background/handlers';
import { registerIntegration } from '~/src/background/integration';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleRequest(message, sender.tab?.id));
  registerIntegration(entities);
});
