import { CardHost } from '~/src/content/card-host';
import { CARD_UI, type CardFactory } from '~/src/content/card-slot';

/**
 * The card script: injected by the background into a frame when its first card opens, beside the
 * page script, whose CardSlot picks the factory up from the world both share.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  main() {
    const factory: CardFactory = (host, options) => new CardHost(host, options);
    (globalThis as Record<symbol, unknown>)[CARD_UI] = factory;
  },
});
