import { bundledPatterns } from '~/src/bundled-patterns';
import { PageApp } from '~/src/content/app';

/**
 * The page script: injected by the background into one frame when its first stage (the content
 * entrypoint) finds something to read. Not in the manifest's content_scripts.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  main(ctx) {
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
