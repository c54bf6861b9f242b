/**
 * Finds and highlights mentions on a live page without ever blocking it: the first read runs in
 * slices of bounded size, and later changes (feeds, single-page apps, tickers) are batched and
 * re-read block by block — never the whole page again. The scanner decides what to read next;
 * when it runs (SliceScheduler), what it found (MentionStore) and what is drawn (HighlightLayer)
 * are passed in, so each can be tested alone.
 */
import { detectMentions } from '../core/detect';
import type { Matcher } from '../core/matcher';
import type { HighlightStyle } from '../core/settings';
import { HighlightLayer } from './highlight-layer';
import { isDetached, MentionStore, type PageMention } from './mention-store';
import { type Slice, SliceScheduler } from './slice-scheduler';
import {
  blockOf,
  type Classifier,
  createElementWalker,
  createTextWalker,
  insideSkipped,
  parentClassifier,
  readChunk,
  type ReadState,
  rangeFor,
  nodeAt,
  type TextIndex,
} from './text-index';

export type { PageMention } from './mention-store';

/** The text nodes a mention spans (usually one). */
/**
 * Whether the browser shows a mention's text. Reading skips what attributes hide (text-index.ts);
 * a stylesheet rule (a class with display: none) shows only in computed style, too slow to ask
 * of every element, so it is asked here of the few elements that hold a mention.
 */
function isShown(el: Element | null, cache: Map<Element, boolean>): boolean {
  if (!el || typeof el.checkVisibility !== 'function') return true;
  let shown = cache.get(el);
  if (shown === undefined) cache.set(el, (shown = el.checkVisibility({ visibilityProperty: true })));
  return shown;
}

function nodesOf(index: TextIndex, start: number, end: number): Text[] {
  return index.nodes.slice(nodeAt(index.starts, start), nodeAt(index.starts, end - 1) + 1);
}

/** Characters per piece: small enough that reading and matching one stays far below 50 ms. */
export const CHUNK_CHARS = 16_000;
/** Leave the rest of an idle period to the page. */
const MIN_IDLE_MS = 3;
/** Work per slice: well under the 50 ms that makes a task "long", with room for a GC pause. */
const SLICE_MS = 25;
/** Elements checked for an open shadow root per step of that (cheap) search. */
const ELEMENTS_PER_STEP = 4_000;

/** Reading a subtree's text, or searching a subtree for open shadow roots. */
type Job = { kind: 'text'; walker: TreeWalker; state: ReadState } | { kind: 'shadows'; walker: TreeWalker };

export interface ScannerOptions {
  /** The matcher, built by the caller on the first call: that is a slice's work, not start-up's. */
  matcher: () => Matcher;
  /** The tag of our own card host, never read. */
  hostTag: string;
  /** Called after each slice that changed the mentions. */
  onMentions?: () => void;
  /** An open shadow root was found: the caller observes it and styles its highlights. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** A piece of text was read, with the mentions found in it (figures beside them are checked). */
  onText?: (index: TextIndex, mentions: { start: number; end: number; id: string }[]) => void;
  /** Which mentions may be highlighted, given each one's range (see mention-filter.ts). */
  allow?: (id: string, range: Range) => boolean;
  style?: HighlightStyle;
  store?: MentionStore;
  layer?: HighlightLayer;
  scheduler?: (slice: Slice) => { schedule(): void; cancel(): void };
}

export class Scanner {
  readonly store: MentionStore;
  readonly layer: HighlightLayer;
  private readonly anchors = new Set<number>();
  private readonly jobs: Job[] = [];
  private readonly dirty = new Set<Node>();
  /** Nodes left the page since the last slice: their mentions must stop counting. */
  private pruneDue = false;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private stopped = false;
  private readonly classify: Classifier;
  private readonly scheduler: { schedule(): void; cancel(): void };

  constructor(private readonly options: ScannerOptions) {
    this.store = options.store ?? new MentionStore();
    this.layer = options.layer ?? new HighlightLayer();
    this.scheduler = (options.scheduler ?? ((slice) => new SliceScheduler(slice)))((deadline) => this.work(deadline));
    this.classify = parentClassifier(options.hostTag);
    this.layer.setStyle(options.style ?? 'underline');
  }

  get highlight(): Highlight {
    return this.layer.highlight;
  }

  /** Shows the same highlights in another style (or none) without reading the page again. */
  setStyle(style: HighlightStyle): void {
    this.layer.setStyle(style);
  }

  get shadowRootList(): ShadowRoot[] {
    return [...this.shadowRoots];
  }

  /** Every mention found so far, in no particular order. */
  mentions(): Iterable<PageMention> {
    return this.store.values();
  }

  scan(root: Node): void {
    this.enqueue(root);
  }

  /** A node changed or was added: its block will be read again in the next slice. */
  invalidate(node: Node): void {
    if (insideSkipped(node, this.options.hostTag)) return;
    this.dirty.add(blockOf(node));
    this.scheduler.schedule();
  }

  /** Nodes were removed: mentions in them are dropped in the next slice (nothing is read again). */
  noteRemoval(): void {
    this.pruneDue = true;
    this.scheduler.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.scheduler.cancel();
    this.layer.detach();
  }

  /** The mentions whose text contains DOM position (node, offset), ends included. */
  mentionAtPosition(node: Node, offset: number): PageMention[] {
    return this.store.at(node, offset);
  }

  /** Queues a subtree to read; re-reads of changed blocks go first, before the rest of a first read. */
  private enqueue(root: Node, first = false): void {
    const jobs: Job[] = [
      { kind: 'text', walker: createTextWalker(root), state: { held: null, lastBlock: null } },
      { kind: 'shadows', walker: createElementWalker(root) },
    ];
    if (first) this.jobs.unshift(...jobs);
    else this.jobs.push(...jobs);
    this.scheduler.schedule();
  }

  private findShadowRoots(walker: TreeWalker): boolean {
    for (let i = 0; i < ELEMENTS_PER_STEP; i++) {
      const el = walker.nextNode() as Element | null;
      if (!el) return false;
      const shadow = el.shadowRoot;
      if (shadow && !this.shadowRoots.has(shadow)) {
        this.shadowRoots.add(shadow);
        this.options.onShadowRoot?.(shadow);
        this.enqueue(shadow);
      }
    }
    return true;
  }

  /** One slice of reading; `deadline` is null in a background task, which has no idle period. */
  private work(deadline: IdleDeadline | null): void {
    if (this.stopped) return;
    let changed = false;
    if (this.dirty.size > 0) changed = this.flushDirty() || changed;
    if (this.pruneDue) changed = this.pruneDetached() || changed;
    const sliceEnd = performance.now() + SLICE_MS;
    const timedOut = deadline?.didTimeout ?? false;
    const timeLeft = () => Math.min(deadline ? deadline.timeRemaining() : Infinity, sliceEnd - performance.now());
    // With a timed-out deadline, one piece still goes through so a busy page is read eventually.
    let budgetLeft = timedOut ? 1 : Infinity;
    while (this.jobs.length > 0 && budgetLeft-- > 0 && (timedOut || timeLeft() > MIN_IDLE_MS)) {
      const job = this.jobs[0]!;
      if (job.kind === 'shadows') {
        if (!this.findShadowRoots(job.walker)) this.jobs.splice(this.jobs.indexOf(job), 1);
        continue;
      }
      const index = readChunk(job.walker, CHUNK_CHARS, job.state, this.classify);
      if (!index) {
        this.jobs.shift();
        // The search for shadow roots (a walk over every element) need not hold back the text's highlights.
        if (this.dirty.size === 0 && !this.jobs.some((j) => j.kind === 'text')) this.layer.flush();
        continue;
      }
      changed = this.addChunk(index) || changed;
    }
    const done = this.jobs.length === 0 && this.dirty.size === 0;
    if (done || this.layer.flushDue) this.layer.flush(done);
    if (changed) this.options.onMentions?.();
    if (!done) this.scheduler.schedule();
  }

  private addChunk(index: TextIndex): boolean {
    const allow = this.options.allow;
    const kept: { start: number; end: number; id: string }[] = [];
    const shown = new Map<Element, boolean>();
    for (const m of detectMentions(index.text, this.options.matcher(), { anchors: this.anchors })) {
      const range = rangeFor(index, m.start, m.end);
      if (!range || !isShown(range.startContainer.parentElement, shown) || (allow && !allow(m.id, range))) continue;
      this.store.add(m.id, range, nodesOf(index, m.start, m.end));
      this.layer.add(range);
      kept.push(m);
    }
    this.options.onText?.(index, kept);
    return kept.length > 0;
  }

  private drop(which: (m: PageMention) => boolean): boolean {
    const dropped = this.store.deleteWhere(which);
    for (const m of dropped) this.layer.delete(m.range);
    return dropped.length > 0;
  }

  private pruneDetached(): boolean {
    this.pruneDue = false;
    return this.drop(isDetached);
  }

  /** Re-reads changed blocks: their old mentions go, fresh ones come from a walk of the block alone. */
  private flushDirty(): boolean {
    const blocks = [...this.dirty].filter((b) => b.isConnected);
    this.dirty.clear();
    const roots = blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
    // Gone from the page, emptied by an edit, or about to be read again.
    const changed = this.drop((m) => isDetached(m) || roots.some((b) => b.contains(m.range.startContainer)));
    for (const block of roots) this.enqueue(block, true);
    return changed;
  }
}
