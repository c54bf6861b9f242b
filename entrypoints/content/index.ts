import { Matcher } from '~/src/core/matcher';
import type { PatternSet } from '~/src/core/patterns';
import { CardHost, HOST_TAG } from '~/src/content/card-host';
import { reportMentions } from '~/src/content/entity-cache';
import { clearHighlights } from '~/src/content/highlights';
import { HoverController } from '~/src/content/hover';
import { type PageScan, scanPage } from '~/src/content/page-scan';
import patternData from '~/src/generated/patterns.json';
import './highlight.css';

/** Batch page changes: feeds and tickers mutate constantly, and one rescan per burst is enough. */
const RESCAN_DEBOUNCE_MS = 400;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const patterns = patternData as unknown as PatternSet;
    const matcher = new Matcher(patterns);
    const labelIndex = new Map(patterns.ids.map((id, i) => [id, patterns.labels[i]!]));
    let scan: PageScan | null = null;

    const card = new CardHost({
      labelOf: (id) => labelIndex.get(id),
      onNavigate: (id) => void hover.navigate(id),
      onClose: () => hover.close(),
      today: () => new Date().toISOString().slice(0, 10),
    });
    const hover = new HoverController(card, () => scan);

    const rescan = () => {
      if (!document.body) return;
      scan = scanPage(document.body, matcher, HOST_TAG);
      reportMentions([...new Set(scan.mentions.map((m) => m.id))]);
    };
    rescan();

    let timer = 0;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => card.host.contains(r.target) || r.target === card.host)) return;
      clearTimeout(timer);
      timer = window.setTimeout(rescan, RESCAN_DEBOUNCE_MS);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });

    ctx.addEventListener(document, 'pointermove', hover.onPointerMove, { passive: true });
    ctx.addEventListener(document, 'keydown', hover.onKeyDown, { capture: true });
    ctx.addEventListener(window, 'scroll', hover.onScroll, { capture: true, passive: true });
    ctx.addEventListener(card.host, 'pointerleave', hover.onPointerLeaveCard);
    ctx.addEventListener(card.host, 'pointerenter', hover.onPointerEnterCard);
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(timer);
      clearHighlights();
      card.destroy();
    });
  },
});
