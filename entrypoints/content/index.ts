import { bundledPatterns } from '~/src/bundled-patterns';
import { PageApp } from '~/src/content/app';
import './highlight.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    if (!('highlights' in CSS)) return; // No Custom Highlight API: we never fall back to rewriting the page.
    const app = new PageApp(bundledPatterns);
    const hover = app.controller;
    const stopListening = app.listen();
    void app.start();

    ctx.addEventListener(document, 'pointermove', hover.onPointerMove, { passive: true });
    ctx.addEventListener(document, 'pointerdown', hover.onPointerDown, { passive: true });
    ctx.addEventListener(document, 'pointerout', hover.onPointerOut, { passive: true });
    ctx.addEventListener(document, 'click', hover.onClick, { capture: true });
    ctx.addEventListener(document, 'keydown', hover.onKeyDown, { capture: true });
    ctx.addEventListener(window, 'scroll', hover.onScroll, { capture: true, passive: true });
    ctx.addEventListener(app.host, 'pointerleave', hover.onPointerLeaveCard);
    ctx.addEventListener(app.host, 'pointerenter', hover.onPointerEnterCard);
    ctx.addEventListener(window, 'wxt:locationchange', () => app.reportSoon());
    ctx.onInvalidated(() => {
      stopListening();
      app.destroy();
    });
  },
});
