/**
 * Everything the content script does on one page, driven by the settings: scanning, highlighting,
 * cards, and answers to the popup and the background. The entrypoint only wires it to WXT's ctx.
 */
import { PageCatalog } from '../core/catalog';
import { todayISO } from '../core/dates';
import type { PatternSet } from '../core/patterns';
import type { FactPack } from '../core/packs';
import { DEFAULT_SETTINGS, enabledOn, type HighlightStyle, type Settings, toggleSite } from '../core/settings';
import { handle, type ShortcutCommand, TAB } from '../messaging';
import { readArticleDate } from './article-date';
import { CardSlot, HOST_TAG } from './card-slot';
import { isEditable } from './editable';
import { getEntity } from './entity-cache';
import { FigureMarks } from './figure-marks';
import { FrameReporter } from './frame-report';
import { highlightSheet } from './highlights';
import { markKey, mentionFilter, type MarkSettings } from './mention-filter';
import { HoverController } from './hover';
import { browserDeps, type PageDeps } from './page-deps';
import { PageWatch } from './page-watch';
import { Revealer } from './reveal';
import { Scanner } from './scanner';

export class PageApp {
  private catalog: PageCatalog;
  private readonly card: CardSlot;
  private readonly hover: HoverController;
  private readonly watch: PageWatch;
  private readonly reporter: FrameReporter;
  private readonly revealer = new Revealer();
  private scanner: Scanner | null = null;
  /** What the current scanner leaves out (see markKey): a change means reading again. */
  private scannerMarks = '';
  /** Figures beside the current scanner's mentions; they live and die with it. */
  private figures: FigureMarks | null = null;
  private settings: Settings | null = null;
  private articleDate: { value: string | null } | undefined;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly bundled: PatternSet,
    private readonly deps: PageDeps = browserDeps,
  ) {
    this.catalog = new PageCatalog(bundled);
    this.card = new CardSlot(
      {
        labelOf: (id) => this.catalog.labelOf(id),
        load: getEntity,
        onClosed: () => this.hover.cardClosed(),
        today: todayISO,
        language: () => this.settings?.language ?? 'auto',
        articleDate: () => this.pageDate(),
        figuresFor: (id) => this.figures?.checksFor(id) ?? [],
      },
      deps.loadCardUI,
    );
    this.hover = new HoverController(
      this.card,
      () => this.liveScanner,
      () => this.settings,
    );
    this.watch = new PageWatch(
      () => this.scanner,
      () => this.card.host,
    );
    this.reporter = new FrameReporter(
      () => this.liveScanner?.store.counts() ?? [],
      // Only the top frame speaks for the site being off: a frame from elsewhere follows its own host.
      (counts) => deps.report(counts, window === window.top && this.settings !== null && !enabledOn(this.settings, location.hostname)),
    );
  }

  /** Read on first need, not at start-up: some pages carry large JSON-LD blocks to parse. */
  private pageDate(): string | null {
    return (this.articleDate ??= { value: readArticleDate(document) }).value;
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
    this.deps.records.setRevision(this.catalog.revision);
    if (this.settings) this.apply(this.settings, true);
  }

  /**
   * Reading starts while storage answers (≈ 40 ms, longer than reading a typical article), with
   * the highlights unregistered, so nothing shows; a site switched off stops it as soon as the
   * settings arrive, and the text read so far is dropped with the scanner.
   */
  async start(): Promise<void> {
    this.startScanner(DEFAULT_SETTINGS, 'none');
    // The store checks pack entries against the bundled ids as it reads them.
    const bundledIds = new Set(this.bundled.ids);
    const [{ settings }, packs] = await Promise.all([this.deps.loadSettings(), this.deps.loadPacks(bundledIds)]);
    if (packs.length > 0) this.setPacks(packs);
    this.apply(settings, packs.length > 0);
    const stopSettings = this.deps.onSettingsChanged((s) => this.apply(s));
    const stopPacks = this.deps.onPacksChanged(bundledIds, (p) => this.setPacks(p));
    this.unsubscribe = () => {
      stopSettings();
      stopPacks();
    };
  }

  /** Settings changed (here or in another tab): applied at once, without a reload. */
  private apply(next: Settings, force = false): void {
    this.settings = next;
    if (!enabledOn(next, location.hostname)) {
      this.stopScanning();
      return;
    }
    if (this.scanner && !force && this.scannerMarks === markKey(next)) {
      this.scanner.setStyle(next.highlightStyle);
      this.figures?.setShown(next.highlightStyle !== 'none');
      return;
    }
    this.startScanner(next, next.highlightStyle);
  }

  private startScanner(marks: MarkSettings, style: HighlightStyle): void {
    this.stopScanning();
    this.scannerMarks = markKey(marks);
    const catalog = this.catalog;
    const figures = new FigureMarks({
      load: getEntity,
      date: () => this.pageDate() ?? todayISO(),
      onChecked: (id) => this.card.refresh(id),
    });
    figures.setShown(style !== 'none');
    this.figures = figures;
    const scanner = new Scanner({
      matcher: () => catalog.matcher,
      hostTag: HOST_TAG,
      style,
      onMentions: () => this.reporter.schedule(),
      onText: (index, mentions) => figures.read(index, mentions),
      onShadowRoot: (root) => {
        // Document styles do not reach into shadow trees; an adopted sheet adds no node.
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, highlightSheet()];
        this.watch.observe(root);
      },
      allow: mentionFilter(marks, (id) => catalog.kindOf(id)),
    });
    this.scanner = scanner;
    const root = document.body ?? document.documentElement;
    scanner.scan(root);
    this.watch.observe(root);
  }

  private stopScanning(): void {
    this.watch.disconnect();
    this.scanner?.stop();
    this.scanner = null;
    this.figures?.stop();
    this.figures = null;
    this.hover.close();
    this.reporter.schedule();
  }

  /**
   * The background forgets a tab's reports when it starts loading, which some same-document
   * navigations also count as: the frame says again what it holds.
   */
  reportSoon(): void {
    this.reporter.schedule();
  }

  handleMessage = handle(
    TAB,
    {
      reveal: ({ id }) => this.revealer.reveal(this.liveScanner?.mentions() ?? [], id),
      showCard: ({ id }) => this.hover.showAtSelection(id),
      articleDate: window === window.top ? () => this.pageDate() : undefined,
      // Only the top frame shows cards for its frames; elsewhere the message is left unanswered.
      frameCard: window === window.top ? ({ card, frameId }) => this.hover.showForFrame(card, frameId) : undefined,
      shortcut: ({ command }) => this.shortcut(command),
    },
    'content',
  );

  /** A browser command reached the page; false (and nothing done) while the reader is typing. */
  private shortcut(command: ShortcutCommand): boolean {
    if (isEditable(document.activeElement)) return false;
    if (command === 'show-card') {
      if (this.liveScanner) this.hover.openFromKeyboard();
    } else if (this.settings) {
      void this.deps.saveSettings(toggleSite(this.settings, location.hostname));
    }
    return true;
  }

  listen(): () => void {
    return this.deps.listen(this.handleMessage);
  }

  destroy(): void {
    this.unsubscribe?.();
    this.stopScanning();
    this.reporter.cancel();
    this.card.destroy();
  }
}
