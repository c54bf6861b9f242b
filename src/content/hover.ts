/**
 * How cards open and close: hover intent for mice, taps for touch, a shortcut for keyboards.
 * A card appears only when the pointer rests on a mention, stays while the pointer travels into
 * it, and closes on Esc, on leaving and on scroll — unless pinned.
 */
import type { Settings } from '../core/settings';
import type { CardSlot } from './card-slot';
import { getEntity } from './entity-cache';
import type { FrameCardRequest } from '../messaging';
import { anchorInFrame, findFrameElement, frameInfo, inChildFrame, sendToTop } from './frame-card';
import { mentionAt, rectUnder } from './hit-test';
import { pageTheme } from './page-theme';
import type { PageMention, Scanner } from './scanner';

/**
 * Default hover delay (the settings may change it): long enough that a pointer passing over a
 * term doesn't open a card (Page Previews use 150 ms).
 */
export const HOVER_DELAY_MS = 150;
/** Time to move from the term into the card before it closes. */
export const LEAVE_GRACE_MS = 300;
/** A pointer faster than this is sweeping across the page, not reading: no card. */
export const SWEEP_PX_PER_MS = 2;

export class HoverController {
  private pending: PageMention | null = null;
  private shown: PageMention | null = null;
  private showTimer = 0;
  private hideTimer = 0;
  private frame = 0;
  private last = { x: 0, y: 0, t: 0 };
  private returnFocus: HTMLElement | null = null;
  /** The pointer is over the card: nothing closes it then (a frame's mention may still ask to). */
  private inCard = false;
  /** In a frame: the token of the card the top frame shows for us. */
  private remote: string | null = null;
  /** In the top frame: the token of the frame's card shown now. */
  private frameToken: string | null = null;

  constructor(
    private readonly card: CardSlot,
    private readonly getScanner: () => Scanner | null,
    private readonly getSettings: () => Settings | null,
  ) {}

  private get delay(): number {
    return this.getSettings()?.hoverDelayMs ?? HOVER_DELAY_MS;
  }

  private mentionAt(x: number, y: number): PageMention | null {
    const scanner = this.getScanner();
    return scanner ? mentionAt(x, y, scanner) : null;
  }

  onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    const trigger = this.getSettings()?.trigger ?? 'hover';
    if (trigger === 'click' || (trigger === 'modifier' && !event.altKey && !this.card.isOpen)) return;
    if (this.card.contains(event)) {
      this.cancelHide();
      return;
    }
    const speed = Math.hypot(event.clientX - this.last.x, event.clientY - this.last.y) / Math.max(1, event.timeStamp - this.last.t);
    this.last = { x: event.clientX, y: event.clientY, t: event.timeStamp };
    if (speed > SWEEP_PX_PER_MS) {
      // Sweeping: nothing opens now, but if the pointer comes to rest here, look again then.
      clearTimeout(this.showTimer);
      this.pending = null;
      this.showTimer = window.setTimeout(() => this.evaluate(true), this.delay);
      return;
    }
    if (!this.frame) this.frame = requestAnimationFrame(() => this.evaluate());
  };

  /** `rested`: the pointer has already been still for the hover delay, so a card opens at once. */
  private evaluate = (rested = false): void => {
    this.frame = 0;
    const { x, y } = this.last;
    const m = this.mentionAt(x, y);
    if (m === this.pending) return;
    this.pending = m;
    clearTimeout(this.showTimer);
    if (m) {
      this.cancelHide();
      if (m === this.shown) return;
      if (rested) void this.open(m, x, y);
      else {
        this.showTimer = window.setTimeout(() => void this.open(m, x, y), this.delay);
        // The frame's first card: its script loads during the hover delay, not after it. A frame's
        // card opens in the top frame, which loads its own.
        if (!inChildFrame()) void this.card.ready();
      }
    } else if (this.cardOpen && !this.card.pinned) {
      this.scheduleHide();
    }
  };

  /** Touch has no hover: a tap on a mention opens its card at once, a tap elsewhere closes it. */
  onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch' || this.card.contains(event)) return;
    const m = this.mentionAt(event.clientX, event.clientY);
    if (m) {
      this.pending = m;
      void this.open(m, event.clientX, event.clientY);
    } else if (this.cardOpen && !this.card.pinned) {
      this.close();
    }
  };

  /** With the "click" trigger, a click on a mention (outside links) opens its card. */
  onClick = (event: MouseEvent): void => {
    if (this.getSettings()?.trigger !== 'click' || this.card.contains(event)) return;
    if ((event.target as Element | null)?.closest?.('a[href]')) return;
    const m = this.mentionAt(event.clientX, event.clientY);
    if (!m) return;
    this.pending = m;
    void this.open(m, event.clientX, event.clientY);
  };

  /** Context-menu lookup: the card for `id`, anchored to the selected text. */
  async showAtSelection(id: string): Promise<boolean> {
    const sel = document.getSelection();
    const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).cloneRange() : null;
    const [view] = await Promise.all([getEntity(id), this.card.ready()]);
    if (!view) return false;
    this.shown = null;
    const fallback = new DOMRect(innerWidth / 2, innerHeight / 3, 0, 0);
    return this.card.open({
      view,
      anchor: () => {
        const r = range?.getBoundingClientRect();
        return r && (r.width > 0 || r.height > 0) ? r : fallback;
      },
      term: range?.toString().trim() || undefined,
      at: range?.startContainer.parentElement,
      explicit: true,
    });
  }

  private get cardOpen(): boolean {
    return this.card.isOpen || this.remote !== null;
  }

  private async open(m: PageMention, x: number, y: number, focus = false): Promise<void> {
    const anchor = mentionAnchor(m.range, x, y);
    const at = m.range.startContainer.parentElement;
    // A frame's card opens in the top frame; keyboard users keep it here, where their focus is.
    if (!focus && inChildFrame() && (await this.openInTop(m, anchor(), at))) return;
    // The first card in a frame loads the card script while the record is fetched.
    const [view] = await Promise.all([getEntity(m.id), this.card.ready()]);
    if (!view || this.pending !== m) return;
    const opened = this.card.open({ view, anchor, term: m.range.toString(), at, explicit: focus });
    if (!opened) return;
    this.shown = m;
    if (focus) this.card.focus();
  }

  private async openInTop(m: PageMention, rect: DOMRect, at: Element | null): Promise<boolean> {
    const token = Math.random().toString(36).slice(2);
    const shown = await sendToTop({
      action: 'open',
      token,
      id: m.id,
      term: m.range.toString(),
      rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      frame: frameInfo(),
      theme: pageTheme(at),
    });
    if (!shown) return false;
    if (this.pending !== m) {
      void sendToTop({ action: 'close', token });
      return true;
    }
    this.card.hide();
    this.remote = token;
    this.shown = m;
    return true;
  }

  /** Top frame: a frame's mention asks for its card here (or for it to close). */
  async showForFrame(request: FrameCardRequest, frameId: number): Promise<boolean> {
    if (request.action === 'close') {
      if (this.frameToken === request.token && !this.card.pinned && !this.inCard) this.close();
      return true;
    }
    const frame = findFrameElement(frameId, request.frame);
    if (!frame) return false;
    const [view] = await Promise.all([getEntity(request.id), this.card.ready()]);
    if (!view) return false;
    if (this.card.pinned) return true; // a pinned card keeps its body; the frame shows nothing
    this.cancelHide();
    this.card.open({ view, anchor: anchorInFrame(frame, request.rect), term: request.term, theme: request.theme });
    this.shown = null;
    this.pending = null;
    this.frameToken = request.token;
    return true;
  }

  /** In a frame, the pointer left for the top page (maybe into the card): the mention may open again. */
  onPointerOut = (event: PointerEvent): void => {
    if (event.relatedTarget === null && this.remote) {
      this.shown = null;
      this.pending = null;
    }
  };

  /** Keyboard: the mention at the selection, else the one nearest the middle of the viewport. */
  openFromKeyboard(): void {
    const m = this.mentionAtSelection() ?? this.nearestInView();
    if (!m) return;
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const r = m.range.getBoundingClientRect();
    this.pending = m;
    void this.open(m, r.left + 1, r.top + 1, true);
  }

  private mentionAtSelection(): PageMention | null {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.anchorNode) return null;
    return this.getScanner()?.mentionAtPosition(sel.anchorNode, sel.anchorOffset)[0] ?? null;
  }

  private nearestInView(): PageMention | null {
    const cx = innerWidth / 2;
    const cy = innerHeight / 2;
    let best: PageMention | null = null;
    let bestDistance = Infinity;
    for (const m of this.getScanner()?.mentions() ?? []) {
      const r = m.range.getBoundingClientRect();
      if (r.bottom < 0 || r.top > innerHeight || r.width === 0) continue;
      const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
      if (d < bestDistance) {
        bestDistance = d;
        best = m;
      }
    }
    return best;
  }

  private scheduleHide(): void {
    if (this.hideTimer || this.inCard) return;
    this.hideTimer = window.setTimeout(() => this.close(), LEAVE_GRACE_MS);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  close = (): void => {
    this.cancelHide();
    clearTimeout(this.showTimer);
    this.shown = null;
    this.pending = null;
    this.inCard = false;
    this.frameToken = null;
    if (this.remote) void sendToTop({ action: 'close', token: this.remote });
    this.remote = null;
    this.card.hide();
    this.returnFocus?.focus();
    this.returnFocus = null;
  };

  /** The card closed itself (its close button): forget what it showed. */
  cardClosed = (): void => {
    this.cancelHide();
    this.shown = null;
    this.pending = null;
    this.inCard = false;
    this.returnFocus?.focus();
    this.returnFocus = null;
  };

  onKeyDown = (event: KeyboardEvent): void => {
    // The shortcut that opens a card is a browser command (see wxt.config.ts), sent by the background.
    if (event.key === 'Escape' && this.cardOpen) this.close();
  };

  onScroll = (event: Event): void => {
    if (this.cardOpen && !this.card.pinned && !this.card.contains(event)) this.close();
  };

  onPointerLeaveCard = (): void => {
    this.inCard = false;
    if (!this.card.pinned) this.scheduleHide();
  };

  onPointerEnterCard = (): void => {
    this.inCard = true;
    this.cancelHide();
  };
}

/**
 * A mention's box for the card to sit by: the line under the pointer when it opened, and the same
 * line again after the window changes (a wrapped mention has one box per line).
 */
function mentionAnchor(range: Range, x: number, y: number): () => DOMRect {
  const boxes = [...range.getClientRects()];
  const first = rectUnder(range, x, y) ?? range.getBoundingClientRect();
  const line = Math.max(
    0,
    boxes.findIndex((b) => b.top === first.top && b.left === first.left),
  );
  return () => range.getClientRects()[line] ?? range.getBoundingClientRect();
}
