/**
 * Everything the content script does on one page, driven by the settings: scanning, highlighting,
 * cards, and answers to the popup and the background. The entrypoint only wires it to WXT's ctx.
 */
import { browser } from 'wxt/browser';
import { PageCatalog } from '../core/catalog';
import { todayISO } from '../core/dates';
import type { PatternSet } from '../core/patterns';
import type { FactPack } from '../core/packs';
import { loadPacks, onPacksChanged } from '../packs-store';
import { enabledOn, type HighlightStyle, type Settings } from '../core/settings';
import { handle, sendToBackground, TAB } from '../messaging';
import { loadSettings, onSettingsChanged } from '../settings-store';
import { readArticleDate } from './article-date';
import { CardHost, HOST_TAG } from './card-host';
import { getEntity, records } from './entity-cache';
import { FLASH_NAME, highlightSheet } from './highlights';
import { HoverController } from './hover';
import { Scanner } from './scanner';
import { setLanguage } from '../ui/i18n';

/** One badge update per burst of page changes is plenty. */
const BADGE_DEBOUNCE_MS = 500;
/** How long a revealed mention stays flashed. */
const FLASH_MS = 1200;

export class PageApp {
  private catalog: PageCatalog;
  private readonly card: CardHost;
  private readonly hover: HoverController;
  private readonly observer: MutationObserver;
  private scanner: Scanner | null = null;
  /** The hidden kinds the current scanner leaves out, joined: a change means reading again. */
  private scannerHides = '';
  private settings: Settings | null = null;
  private badgeTimer = 0;
  private revealed = new Map<string, number>();
  private articleDate: { value: string | null } | undefined;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly bundled: PatternSet) {
    this.catalog = new PageCatalog(bundled);
    this.card = new CardHost({
      labelOf: (id) => this.catalog.labelOf(id),
      load: getEntity,
      onClosed: () => this.hover.cardClosed(),
      today: todayISO,
      // Read on the first card, not at start-up: some pages carry large JSON-LD blocks to parse.
      articleDate: () => (this.articleDate ??= { value: readArticleDate(document) }).value,
    });
    this.hover = new HoverController(this.card, () => this.liveScanner, () => this.settings);
    this.observer = new MutationObserver((records) => {
      const scanner = this.scanner;
      if (!scanner) return;
      for (const r of records) {
        if (r.target === this.card.host || this.card.host.contains(r.target)) continue;
        if (r.type === 'characterData') scanner.invalidate(r.target);
        else {
          for (const n of r.addedNodes) if (n !== this.card.host) scanner.invalidate(n);
          if (r.removedNodes.length > 0) scanner.noteRemoval();
        }
      }
    });
  }

  /** Mentions found before the settings have said this site is on are nobody's business yet. */
  private get liveScanner(): Scanner | null {
    return this.settings ? this.scanner : null;
  }

  get host(): HTMLElement {
    return this.card.host;
  }

  get controller(): HoverController {
    return this.hover;
  }

  /**
   * A user's fact packs join the catalog; the page is read again with them, and cards ask afresh.
   * The packs were checked when read, but the bundled bodies must show whatever storage held: a
   * pack that still fails to build is left out by the catalog rather than taking the page's
   * highlights with it.
   */
  private setPacks(packs: readonly FactPack[]): void {
    this.catalog = new PageCatalog(this.bundled, packs);
    if (this.catalog.packsLeftOut) console.warn('MissionLens: fact packs left out', this.catalog.packsLeftOut);
    records.setRevision(this.catalog.revision);
    if (this.settings) this.apply(this.settings, true);
  }

  /**
   * Reading starts while storage answers (≈ 40 ms, longer than reading a typical article), with
   * the highlights unregistered, so nothing shows; a site switched off stops it as soon as the
   * settings arrive, and the text read so far is dropped with the scanner.
   */
  async start(): Promise<void> {
    this.startScanner([], 'none');
    const bundledIds = new Set(this.bundled.ids);
    const [{ settings }, { packs }] = await Promise.all([loadSettings(), loadPacks(bundledIds)]);
    if (packs.length > 0) this.setPacks(packs);
    this.apply(settings, packs.length > 0);
    const stopSettings = onSettingsChanged((s) => this.apply(s));
    const stopPacks = onPacksChanged(bundledIds, (p) => this.setPacks(p.packs));
    this.unsubscribe = () => {
      stopSettings();
      stopPacks();
    };
  }

  /** Settings changed (here or in another tab): applied at once, without a reload. */
  private apply(next: Settings, force = false): void {
    this.settings = next;
    setLanguage(next.language);
    if (!enabledOn(next, location.hostname)) {
      this.stopScanning();
      return;
    }
    if (this.scanner && !force && this.scannerHides === next.hiddenKinds.join()) {
      this.scanner.setStyle(next.highlightStyle);
      return;
    }
    this.startScanner(next.hiddenKinds, next.highlightStyle);
  }

  private startScanner(hiddenKinds: readonly string[], style: HighlightStyle): void {
    this.stopScanning();
    const hidden = new Set(hiddenKinds);
    this.scannerHides = hiddenKinds.join();
    const catalog = this.catalog;
    const scanner = new Scanner(() => catalog.matcher, HOST_TAG, {
      onMentions: () => this.scheduleBadge(),
      onShadowRoot: (root) => {
        // Document styles do not reach into shadow trees; an adopted sheet adds no node.
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, highlightSheet()];
        this.observer.observe(root, { childList: true, subtree: true, characterData: true });
      },
      allow: hidden.size > 0 ? (id) => !hidden.has(catalog.kindOf(id) ?? '') : undefined,
    }, style);
    this.scanner = scanner;
    const root = document.body ?? document.documentElement;
    scanner.scan(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private stopScanning(): void {
    this.observer.disconnect();
    this.scanner?.stop();
    this.scanner = null;
    this.hover.close();
    this.scheduleBadge();
  }

  /**
   * The background forgets a tab's reports when it starts loading, which some same-document
   * navigations also count as: the frame says again what it holds.
   */
  reportSoon(): void {
    this.scheduleBadge();
  }

  private scheduleBadge(): void {
    clearTimeout(this.badgeTimer);
    this.badgeTimer = window.setTimeout(() => this.report(), BADGE_DEBOUNCE_MS);
  }

  /** This frame's counts to the background, which keeps every frame's and unites them. */
  private report(): void {
    const counts = new Map<string, number>();
    for (const m of this.liveScanner?.mentions() ?? []) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    sendToBackground('frameMentions', { since: performance.timeOrigin, counts: [...counts] }).catch(() => undefined);
  }

  /** Scrolls to the next mention of a body (cycling through them) and flashes it. */
  private reveal(id: string): boolean {
    const list = [...(this.liveScanner?.mentions() ?? [])].filter((m) => m.id === id && m.range.startContainer.isConnected);
    list.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    if (list.length === 0) return false;
    const i = (this.revealed.get(id) ?? -1) + 1;
    const m = list[i % list.length]!;
    this.revealed.set(id, i % list.length);
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    CSS.highlights.set(FLASH_NAME, new Highlight(m.range));
    setTimeout(() => CSS.highlights.delete(FLASH_NAME), FLASH_MS);
    return true;
  }

  handleMessage = handle(
    TAB,
    {
      reveal: ({ id }) => this.reveal(id),
      showCard: ({ id }) => this.hover.showAtSelection(id),
      // Only the top frame shows cards for its frames; elsewhere the message is left unanswered.
      frameCard: window === window.top ? ({ card, frameId }) => this.hover.showForFrame(card, frameId) : undefined,
    },
    'content',
  );

  listen(): () => void {
    browser.runtime.onMessage.addListener(this.handleMessage);
    return () => browser.runtime.onMessage.removeListener(this.handleMessage);
  }

  destroy(): void {
    this.unsubscribe?.();
    clearTimeout(this.badgeTimer);
    this.stopScanning();
    this.card.destroy();
  }
}
