import { browser } from 'wxt/browser';
import { handleRequest } from '~/src/background/handlers';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleRequest(message, sender.tab?.id));
});
