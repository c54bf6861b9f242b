/**
 * The card's interface, in the card script (see card-slot.ts): the one node MissionLens adds to a
 * page is the slot's host element, with a shadow root holding the card.
 * The shadow root keeps page CSS out; `all: initial !important` on :host beats page rules such
 * as `* { all: unset }` that would otherwise reach the host itself.
 *
 * The card owns its anchor and its life: what it shows (a stack of bodies, for Back), whether it
 * is pinned, docked or moved, and where it sits. The hover logic only asks it to open and close.
 */
import { render } from 'preact';
import cardCss from '../ui/card.css?inline';
import { FactCard } from '../ui/FactCard';
import type { EntityView } from '../messaging';
import { layoutFor, place, type Layout, type Placed } from './card-place';
import { copyText } from './clipboard';
import { pageTheme } from './page-theme';
import type { Card, CardOptions, OpenRequest } from './card-slot';
import { setLanguage } from '../ui/i18n';

const HOST_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;
  transform: none !important; filter: none !important; contain: none !important; direction: ltr !important; }
.ml-float { position: fixed; top: 0; left: 0; max-width: calc(100vw - 16px); }
.ml-float[hidden] { display: none; }
`;

/** How far back "Back" reaches; a reader following links for longer is browsing, not checking. */
const MAX_HISTORY = 20;

interface Shown {
  view: EntityView;
  term?: string;
}

export class CardHost implements Card {
  private readonly shadow: ShadowRoot;
  private readonly float: HTMLDivElement;
  private anchor: (() => DOMRect) | null = null;
  private stack: Shown[] = [];
  private pinnedState = false;
  private docked = false;
  private moved: { x: number; y: number } | null = null;
  private placed: Placed | null = null;
  private theme: 'light' | 'dark' | undefined;
  private placing = 0;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    private readonly host: HTMLElement,
    private readonly options: CardOptions,
  ) {
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = HOST_CSS + cardCss;
    this.float = document.createElement('div');
    this.float.className = 'ml-float';
    this.float.hidden = true;
    this.shadow.append(style, this.float);
    // Wheel events are not cancellable from passive listeners; this one must be able to stop them.
    this.float.addEventListener('wheel', this.onWheel, { passive: false });
    this.resizeObserver = new ResizeObserver(() => this.schedulePlace(true));
  }

  get isOpen(): boolean {
    return !this.float.hidden;
  }

  get pinned(): boolean {
    return this.pinnedState && this.isOpen;
  }

  /** The body shown now (tests and the frame relay read it). */
  get entityId(): string | null {
    return this.isOpen ? (this.stack.at(-1)?.view.entity.id ?? null) : null;
  }

  /** Shows a body's card at a mention. A pinned card keeps its body unless the reader asked explicitly. */
  open(request: OpenRequest): boolean {
    if (this.pinned && !request.explicit) return false;
    // Fullscreen pages hide everything outside the fullscreen element, so the host moves inside it.
    const parent = document.fullscreenElement ?? document.documentElement;
    if (this.host.parentNode !== parent) parent.appendChild(this.host);
    const shown = { view: request.view, term: request.term };
    if (this.pinned) this.push(shown);
    else {
      this.stack = [shown];
      this.anchor = request.anchor;
      this.moved = null;
      this.theme = (request.theme !== undefined ? request.theme : pageTheme(request.at ?? document.body)) ?? undefined;
    }
    const wasOpen = this.isOpen;
    this.float.hidden = false;
    this.render();
    if (!wasOpen) {
      // Unseen and untouchable until placed: drawn at its old spot for a frame, it could sit under
      // the pointer, and the pointer "leaving" it as it moves away would close it. (Not
      // visibility: hidden, which would refuse the keyboard focus given right after opening.)
      this.float.style.opacity = '0';
      this.float.style.pointerEvents = 'none';
      this.placed = null;
      this.resizeObserver.observe(this.float);
      addEventListener('resize', this.onResize);
      visualViewport?.addEventListener('resize', this.onResize);
    }
    this.schedulePlace(false);
    return true;
  }

  /**
   * Something the open card shows about this body changed (a figure beside its mention was
   * checked after the card opened): drawn again on the side it opened on. Resize placement follows.
   */
  refresh(id: string): void {
    if (this.entityId === id) this.render();
  }

  /** Opens another body's card in place (related links), at the top, with Back to return. */
  async navigate(id: string): Promise<void> {
    const view = await this.options.load(id);
    if (!view || !this.isOpen) return;
    this.push({ view });
    this.render();
    this.focusHeading();
  }

  back = (): void => {
    if (this.stack.length < 2) return;
    this.stack.pop();
    this.render();
    this.focusHeading();
  };

  private push(shown: Shown): void {
    this.stack.push(shown);
    if (this.stack.length > MAX_HISTORY) this.stack.shift();
  }

  setPinned = (pinned: boolean): void => {
    this.pinnedState = pinned;
    if (!pinned) {
      this.docked = false;
      this.moved = null;
    }
    if (this.isOpen) {
      this.render();
      this.schedulePlace(false);
    }
  };

  private setDocked = (docked: boolean): void => {
    this.docked = docked;
    this.moved = null;
    this.render();
    this.schedulePlace(false);
  };

  /** Moves keyboard focus into the card (its first control), so Tab walks through it. */
  focus(): void {
    this.float.querySelector<HTMLElement>('button, a[href]')?.focus();
  }

  /** After navigating, the heading takes focus when the reader was inside the card. */
  private focusHeading(): void {
    if (!this.shadow.activeElement) return;
    this.float.querySelector<HTMLElement>('.ml-name')?.focus({ preventScroll: true });
  }

  private cardElement(): HTMLElement | null {
    return this.float.querySelector<HTMLElement>('.ml-card');
  }

  private render(): void {
    const top = this.stack.at(-1);
    if (!top) return;
    const { entity, assessment, resolution, lineage } = top.view;
    setLanguage(this.options.language());
    render(
      <FactCard
        // Keyed by body: "More", the copy state and the scroll position all start afresh.
        key={entity.id + ':' + this.stack.length}
        entity={entity}
        assessment={assessment}
        resolution={resolution}
        lineage={lineage}
        figures={this.options.figuresFor?.(entity.id)}
        term={top.term}
        labelOf={this.options.labelOf}
        onNavigate={(id) => void this.navigate(id)}
        onBack={this.stack.length > 1 ? this.back : undefined}
        onClose={this.close}
        today={this.options.today()}
        copyText={(text) => copyText(text, this.shadow)}
        asOf={this.options.articleDate()}
        pinned={this.pinnedState}
        onPin={this.setPinned}
        docked={this.docked}
        onDock={this.setDocked}
        onGrab={this.onGrab}
        theme={this.theme}
      />,
      this.float,
    );
  }

  private layout(): Layout {
    if (this.pinnedState && this.docked) return { mode: 'docked' };
    if (this.pinnedState && this.moved) return { mode: 'moved', ...this.moved };
    const anchor = this.anchor?.() ?? new DOMRect(innerWidth / 2, innerHeight / 3, 0, 0);
    return layoutFor(anchor, this.placed?.placement);
  }

  /**
   * One placement per frame. `keepSide`: the content changed size, not the window, so the card
   * stays on the side it opened on; otherwise the side is chosen afresh.
   */
  private schedulePlace(keepSide: boolean): void {
    if (!keepSide) this.placed = null;
    if (this.placing) return;
    this.placing = requestAnimationFrame(() => {
      this.placing = 0;
      const card = this.cardElement();
      if (!card || !this.isOpen) return;
      void place(this.float, card, this.layout()).then((p) => {
        this.placed = p;
        this.float.style.opacity = '';
        this.float.style.pointerEvents = '';
      });
    });
  }

  private onResize = (): void => this.schedulePlace(false);

  /**
   * A wheel that the card's body cannot take any further would scroll the page behind it (and the
   * page's scroll closes unpinned cards): it stops at the card.
   */
  private onWheel = (event: WheelEvent): void => {
    const body = this.float.querySelector<HTMLElement>('[data-part="body"]');
    const down = event.deltaY > 0;
    const canScroll =
      body !== null &&
      event.deltaY !== 0 &&
      event.composedPath().includes(body) &&
      (down ? body.scrollTop + body.clientHeight < body.scrollHeight - 1 : body.scrollTop > 0);
    if (!canScroll) event.preventDefault();
  };

  /** A pinned card is moved by its header. */
  private onGrab = (event: PointerEvent): void => {
    if (!this.pinnedState || this.docked || event.button !== 0) return;
    if ((event.composedPath()[0] as Element | undefined)?.closest?.('button, a')) return;
    const head = event.currentTarget as HTMLElement;
    const start = this.float.getBoundingClientRect();
    const dx = event.clientX - start.left;
    const dy = event.clientY - start.top;
    head.setPointerCapture(event.pointerId);
    event.preventDefault();
    const move = (e: PointerEvent) => {
      this.moved = { x: e.clientX - dx, y: e.clientY - dy };
      const card = this.cardElement();
      if (card) void place(this.float, card, { mode: 'moved', ...this.moved });
    };
    const up = () => {
      head.removeEventListener('pointermove', move);
      head.removeEventListener('pointerup', up);
      head.removeEventListener('pointercancel', up);
    };
    head.addEventListener('pointermove', move);
    head.addEventListener('pointerup', up);
    head.addEventListener('pointercancel', up);
  };

  /** The card's own close button: closes and tells the hover logic. */
  private close = (): void => {
    this.hide();
    this.options.onClosed();
  };

  hide(): void {
    if (this.float.hidden) return;
    this.float.hidden = true;
    this.stack = [];
    this.pinnedState = false;
    this.docked = false;
    this.moved = null;
    this.anchor = null;
    cancelAnimationFrame(this.placing);
    this.placing = 0;
    this.resizeObserver.disconnect();
    removeEventListener('resize', this.onResize);
    visualViewport?.removeEventListener('resize', this.onResize);
    render(null, this.float);
  }

  destroy(): void {
    this.hide();
    render(null, this.float);
    this.host.remove();
  }
}
