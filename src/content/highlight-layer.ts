/**
 * The Highlights holding every mention's range, registered under the names of the chosen style:
 * one for plain mentions and one for mentions that are whole links (see LINKED_NAMES).
 * New ranges are handed to the renderer in batches: every change repaints the page, which on a
 * very large page costs more than finding the mentions.
 */
import type { HighlightStyle } from '../core/settings';
import { LINKED_NAMES, STYLE_NAMES } from './highlights';

/** New highlights are handed to the renderer at most this often, at first. */
export const HIGHLIGHT_FLUSH_MS = 400;
/**
 * During one long read the wait doubles after each hand-over, up to this: every hand-over repaints
 * the whole page, which on a very large page takes longer than the wait itself, and a read that
 * flushed every 400 ms spent most of its time waiting for repaints.
 */
const MAX_FLUSH_MS = 1600;

/** A mention that lies wholly inside one link (see LINKED_NAMES). */
function insideLink(range: Range): boolean {
  const link = range.startContainer.parentElement?.closest('a[href]');
  return !!link && link.contains(range.endContainer);
}

export class HighlightLayer {
  readonly highlight = new Highlight();
  /** Mentions that are links, drawn without a second underline. */
  readonly linked = new Highlight();
  private style: HighlightStyle = 'underline';
  /** Ranges waiting for the next flush, each with whether it lies inside a link. */
  private pending = new Map<Range, boolean>();
  private detached = false;
  /**
   * Counted from the start, so a page read within one flush interval repaints once, not twice:
   * each highlight update makes the browser revisit the whole page's paint.
   */
  private lastFlush: number;
  private interval = HIGHLIGHT_FLUSH_MS;

  constructor(
    private readonly registry: HighlightRegistry = CSS.highlights,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastFlush = now();
  }

  /** Shows the same highlights in another style (or none) without reading the page again. */
  setStyle(style: HighlightStyle): void {
    this.style = style;
    const target = this.detached ? undefined : STYLE_NAMES[style];
    // The linked set is registered only once it holds a mention: most pages have none.
    const linked = this.detached || this.linked.size === 0 ? undefined : LINKED_NAMES[style];
    for (const name of [...Object.values(STYLE_NAMES), ...Object.values(LINKED_NAMES)]) {
      // A registry change may cost a repaint of the whole page: only what differs is changed.
      if (name && name !== target && name !== linked && this.registry.has(name)) this.registry.delete(name);
    }
    if (target && this.registry.get(target) !== this.highlight) this.registry.set(target, this.highlight);
    if (linked && this.registry.get(linked) !== this.linked) this.registry.set(linked, this.linked);
  }

  /**
   * Shown at the next flush. Whether it is a link is asked now, in the slice that found it: asked
   * of every range at the flush, it made the last flush of a large page its longest task.
   */
  add(range: Range): void {
    this.pending.set(range, insideLink(range));
  }

  delete(range: Range): void {
    this.pending.delete(range);
    this.highlight.delete(range);
    this.linked.delete(range);
  }

  /** Whether ranges have waited long enough to be worth a repaint. */
  get flushDue(): boolean {
    return this.now() - this.lastFlush > this.interval;
  }

  /** `done`: the read has ended, and the next one starts again with the shortest wait. */
  flush(done = true): void {
    if (done) this.interval = HIGHLIGHT_FLUSH_MS;
    if (this.pending.size === 0) return;
    if (!done) this.interval = Math.min(MAX_FLUSH_MS, this.interval * 2);
    const hadLinked = this.linked.size > 0;
    for (const [r, linked] of this.pending) (linked ? this.linked : this.highlight).add(r);
    this.pending = new Map();
    if (!hadLinked && this.linked.size > 0) this.setStyle(this.style);
    this.lastFlush = this.now();
  }

  /** Unregisters and empties the layer for good. */
  detach(): void {
    this.detached = true;
    this.setStyle('none');
    this.highlight.clear();
    this.linked.clear();
    this.pending.clear();
  }
}
