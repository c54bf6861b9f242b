/**
 * Everything the content script does on one page, driven by the settings: scanning, highlighting,
 * cards, and answers to the popup and the background. The entrypoint only wires it to WXT's ctx.
 */
import { browser } from 'wxt/browser';
import { todayISO } from '../core/dates';
import { Matcher } from '../core/matcher';
import { buildPatternSet, mergePatternSets, type PatternSet } from '../core/patterns';
import type { FactPack } from '../core/packs';
import { loadPacks, onPacksChanged } from '../packs-store';
import { DEFAULT_SETTINGS, enabledOn, type HighlightStyle, type Settings, toggleSite } from '../core/settings';
import { isTabRequest, type ShortcutCommand, type TabResponses } from '../messaging';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings-store';
import { readArticleDate } from './article-date';
import { CardHost, HOST_TAG } from './card-host';
import { getEntity, reportMentions } from './entity-cache';
import { isEditable } from './editable';
import { markKey, mentionFilter, type MarkSettings } from './mention-filter';
import { FLASH_NAME, highlightSheet } from './highlights';
import { HoverController } from './hover';
import { Scanner } from './scanner';
import { setLanguage } from '../ui/i18n';

/** One badge update per burst of page changes is plenty. */
const BADGE_DEBOUNCE_MS = 500;
/** How long a revealed mention stays flashed. */
const FLASH_MS = 1200;

export class PageApp {
  private patterns!: PatternSet;
  /** Built in the scanner's first slice, not in the start-up task. */
  private matcher: Matcher | null = null;
  private kindOf!: Map<string, string>;
  private labels!: Map<string, string>;
  private readonly card: CardHost;
  private readonly hover: HoverController;
  private readonly observer: MutationObserver;
  private scanner: Scanner | null = null;
  /** What the current scanner leaves out (see markKey): a change means reading again. */
  private scannerMarks = '';
  private settings: Settings | null = null;
  private badgeTimer = 0;
  private revealed = new Map<string, number>();
  private articleDate: { value: string | null } | undefined;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly bundled: PatternSet) {
    this.usePatterns(bundled);
    this.card = new CardHost({
      labelOf: (id) => this.labels.get(id),
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
        else for (const n of r.addedNodes) if (n !== this.card.host) scanner.invalidate(n);
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

  private usePatterns(set: PatternSet): void {
    this.patterns = set;
    this.matcher = null;
    this.kindOf = new Map(set.ids.map((id, i) => [id, set.kinds[i]!]));
    this.labels = new Map(set.ids.map((id, i) => [id, set.labels[i]!]));
  }

  /**
   * A user's fact packs join the bundled patterns; the page is read again with them. The packs
   * were checked when read, but the bundled bodies must show whatever storage held, so a pack
   * that still fails to build is left out rather than taking the page's highlights with it.
   */
  private setPacks(packs: readonly FactPack[]): void {
    const entities = packs.flatMap((p) => p.entities);
    let set = this.bundled;
    try {
      if (entities.length > 0) set = mergePatternSets(this.bundled, buildPatternSet(entities));
    } catch (err) {
      console.warn('MissionLens: fact packs left out', err);
    }
    this.usePatterns(set);
    if (this.settings) this.apply(this.settings, true);
  }

  /**
   * Reading starts while storage answers (≈ 40 ms, longer than reading a typical article), with
   * the highlights unregistered, so nothing shows; a site switched off stops it as soon as the
   * settings arrive, and the text read so far is dropped with the scanner.
   */
  async start(): Promise<void> {
    this.startScanner(DEFAULT_SETTINGS, 'none');
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
    if (this.scanner && !force && this.scannerMarks === markKey(next)) {
      this.scanner.setStyle(next.highlightStyle);
      return;
    }
    this.startScanner(next, next.highlightStyle);
  }

  private startScanner(marks: MarkSettings, style: HighlightStyle): void {
    this.stopScanning();
    this.scannerMarks = markKey(marks);
    const scanner = new Scanner(() => (this.matcher ??= new Matcher(this.patterns)), HOST_TAG, {
      onMentions: () => this.scheduleBadge(),
      onShadowRoot: (root) => {
        // Document styles do not reach into shadow trees; an adopted sheet adds no node.
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, highlightSheet()];
        this.observer.observe(root, { childList: true, subtree: true, characterData: true });
      },
      allow: mentionFilter(marks, (id) => this.kindOf.get(id)),
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

  private scheduleBadge(): void {
    clearTimeout(this.badgeTimer);
    // Only the top frame speaks for the site being off: a frame from elsewhere follows its own host.
    const off = () => window === window.top && this.settings !== null && !enabledOn(this.settings, location.hostname);
    this.badgeTimer = window.setTimeout(() => reportMentions(this.summary().map((s) => s.id), off()), BADGE_DEBOUNCE_MS);
  }

  private summary(): { id: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const m of this.liveScanner?.mentions() ?? []) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
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

  handleMessage = (message: unknown): Promise<TabResponses[keyof TabResponses]> | undefined => {
    if (!isTabRequest(message)) return undefined;
    switch (message.type) {
      case 'pageSummary':
        // The host comes from the page itself: the popup may not see tab URLs (no "tabs" permission).
        return Promise.resolve({ host: location.hostname, bodies: this.summary() });
      case 'reveal':
        return Promise.resolve(this.reveal(message.id));
      case 'showCard':
        return this.hover.showAtSelection(message.id);
      case 'frameCard':
        return window === window.top ? this.hover.showForFrame(message.card, message.frameId) : undefined;
      case 'shortcut':
        return Promise.resolve(this.shortcut(message.command));
    }
  };

  /** A browser command reached the page; false (and nothing done) while the reader is typing. */
  private shortcut(command: ShortcutCommand): boolean {
    if (isEditable(document.activeElement)) return false;
    if (command === 'show-card') {
      if (this.liveScanner) this.hover.openFromKeyboard();
    } else if (this.settings) {
      void saveSettings(toggleSite(this.settings, location.hostname));
    }
    return true;
  }

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
