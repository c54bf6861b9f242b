/**
 * Hover intent: a card appears only when the pointer rests on a mention, stays while the pointer
 * travels into it, and closes on Esc, on leaving, and on scroll.
 */
import { getEntity } from './entity-cache';
import type { CardHost } from './card-host';
import { mentionAt, rectUnder } from './hit-test';
import type { PageMention, PageScan } from './page-scan';

/** Long enough that a pointer passing over a term doesn't open a card (Page Previews use 150 ms). */
export const HOVER_DELAY_MS = 150;
/** Time to move from the term into the card before it closes. */
export const LEAVE_GRACE_MS = 300;

export class HoverController {
  private pending: PageMention | null = null;
  private shown: PageMention | null = null;
  private showTimer = 0;
  private hideTimer = 0;
  private frame = 0;
  private lastPoint = { x: 0, y: 0 };

  constructor(
    private readonly card: CardHost,
    private readonly getScan: () => PageScan | null,
  ) {}

  onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    if (this.card.contains(event)) {
      this.cancelHide();
      return;
    }
    this.lastPoint = { x: event.clientX, y: event.clientY };
    if (!this.frame) this.frame = requestAnimationFrame(this.evaluate);
  };

  private evaluate = (): void => {
    this.frame = 0;
    const scan = this.getScan();
    const { x, y } = this.lastPoint;
    const m = scan ? mentionAt(x, y, scan.index, scan.nodeSegment, scan.mentions) : null;
    if (m === this.pending) return;
    this.pending = m;
    clearTimeout(this.showTimer);
    if (m) {
      this.cancelHide();
      if (m !== this.shown) this.showTimer = window.setTimeout(() => void this.open(m, x, y), HOVER_DELAY_MS);
    } else if (this.card.isOpen) {
      this.scheduleHide();
    }
  };

  private async open(m: PageMention, x: number, y: number): Promise<void> {
    const view = await getEntity(m.id);
    if (!view || this.pending !== m) return;
    const rect = rectUnder(m.range, x, y) ?? m.range.getBoundingClientRect();
    this.shown = m;
    this.card.show(view, rect);
  }

  /** Opens another body's card in place (related links inside the card). */
  async navigate(id: string): Promise<void> {
    const view = await getEntity(id);
    const anchor = this.shown?.range.getBoundingClientRect();
    if (view && anchor) this.card.show(view, anchor);
  }

  private scheduleHide(): void {
    if (this.hideTimer) return;
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
    this.card.hide();
  };

  onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.card.isOpen) this.close();
  };

  onScroll = (event: Event): void => {
    if (this.card.isOpen && !this.card.contains(event)) this.close();
  };

  onPointerLeaveCard = (): void => {
    this.scheduleHide();
  };

  onPointerEnterCard = (): void => {
    this.cancelHide();
  };
}
