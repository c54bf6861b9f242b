import { Matcher } from '~/src/core/matcher';
import type { PatternSet } from '~/src/core/patterns';
import { readArticleDate } from '~/src/content/article-date';
import { CardHost, HOST_TAG } from '~/src/content/card-host';
import { reportMentions } from '~/src/content/entity-cache';
import { highlightSheet } from '~/src/content/highlights';
import { HoverController } from '~/src/content/hover';
import { Scanner } from '~/src/content/scanner';
import patternData from '~/src/generated/patterns.json';
import './highlight.css';

/** One badge update per burst of page changes is plenty. */
const BADGE_DEBOUNCE_MS = 500;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    if (!('highlights' in CSS)) return; // No Custom Highlight API: we never fall back to rewriting the page.
    const patterns = patternData as unknown as PatternSet;
    const matcher = new Matcher(patterns);
    const labelIndex = new Map(patterns.ids.map((id, i) => [id, patterns.labels[i]!]));

    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.target === card.host || card.host.contains(r.target)) continue;
        if (r.type === 'characterData') scanner.invalidate(r.target);
        else for (const n of r.addedNodes) if (n !== card.host) scanner.invalidate(n);
      }
    });
    const watch = (root: Node) => observer.observe(root, { childList: true, subtree: true, characterData: true });

    let badgeTimer = 0;
    const scanner = new Scanner(matcher, HOST_TAG, {
      onMentions: () => {
        clearTimeout(badgeTimer);
        badgeTimer = window.setTimeout(() => reportMentions([...new Set([...scanner.mentions()].map((m) => m.id))]), BADGE_DEBOUNCE_MS);
      },
      onShadowRoot: (root) => {
        // Document styles do not reach into shadow trees; an adopted sheet adds no node.
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, highlightSheet()];
        watch(root);
      },
    });
    const card = new CardHost({
      labelOf: (id) => labelIndex.get(id),
      onNavigate: (id) => void hover.navigate(id),
      onClose: () => hover.close(),
      onPin: (pinned) => hover.setPinned(pinned),
      today: () => new Date().toISOString().slice(0, 10),
      articleDate: readArticleDate(document),
    });
    const hover = new HoverController(card, scanner);

    scanner.scan(document.body ?? document.documentElement);
    watch(document.body ?? document.documentElement);

    ctx.addEventListener(document, 'pointermove', hover.onPointerMove, { passive: true });
    ctx.addEventListener(document, 'pointerdown', hover.onPointerDown, { passive: true });
    ctx.addEventListener(document, 'keydown', hover.onKeyDown, { capture: true });
    ctx.addEventListener(window, 'scroll', hover.onScroll, { capture: true, passive: true });
    ctx.addEventListener(card.host, 'pointerleave', hover.onPointerLeaveCard);
    ctx.addEventListener(card.host, 'pointerenter', hover.onPointerEnterCard);
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(badgeTimer);
      scanner.stop();
      card.destroy();
    });
  },
});
