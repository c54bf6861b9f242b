/**
 * The one Highlight holding every mention's range, registered under the name of the chosen style.
 * New ranges are handed to the renderer in batches: every change repaints the page, which on a
 * very large page costs more than finding the mentions.
 */
import type { HighlightStyle } from '../core/settings';
import { STYLE_NAMES } from './highlights';

/** New highlights are handed to the renderer at most this often. */
export const HIGHLIGHT_FLUSH_MS = 400;

export class HighlightLayer {
  readonly highlight = new Highlight();
  private pending = new Set<Range>();
  private detached = false;
  /**
   * Counted from the start, so a page read within one flush interval repaints once, not twice:
   * each highlight update makes the browser revisit the whole page's paint.
   */
  private lastFlush: number;

  constructor(
    private readonly registry: HighlightRegistry = CSS.highlights,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastFlush = now();
  }

  /** Shows the same highlights in another style (or none) without reading the page again. */
  setStyle(style: HighlightStyle): void {
    const target = this.detached ? undefined : STYLE_NAMES[style];
    for (const name of Object.values(STYLE_NAMES)) {
      // A registry change may cost a repaint of the whole page: only what differs is changed.
      if (name && name !== target && this.registry.has(name)) this.registry.delete(name);
    }
    if (target && this.registry.get(target) !== this.highlight) this.registry.set(target, this.highlight);
  }

  /** Shown at the next flush. */
  add(range: Range): void {
    this.pending.add(range);
  }

  delete(range: Range): void {
    this.pending.delete(range);
    this.highlight.delete(range);
  }

  /** Whether ranges have waited long enough to be worth a repaint. */
  get flushDue(): boolean {
    return this.now() - this.lastFlush > HIGHLIGHT_FLUSH_MS;
  }

  flush(): void {
    if (this.pending.size === 0) return;
    for (const r of this.pending) this.highlight.add(r);
    this.pending = new Set();
    this.lastFlush = this.now();
  }

  /** Unregisters and empties the layer for good. */
  detach(): void {
    this.detached = true;
    this.setStyle('none');
    this.highlight.clear();
    this.pending.clear();
  }
}
