import { whenWorthReading } from '~/src/content/gate';
import { sendToBackground } from '~/src/send';
import './highlight.css';

/**
 * The first stage (see src/content/gate.ts). The highlight styles stay here, declared in the
 * manifest, so the page script needs no web-accessible resource.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    if (!('highlights' in CSS)) return; // No Custom Highlight API: we never fall back to rewriting the page.
    const stop = whenWorthReading(window, document, () => void sendToBackground('inject', { script: 'page' }).catch(() => undefined));
    ctx.onInvalidated(stop);
  },
});
