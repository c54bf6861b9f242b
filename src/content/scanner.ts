/**
 * Finds and highlights mentions on a live page without ever blocking it: the first read runs in
 * idle-time slices of bounded size, and later changes (feeds, single-page apps, tickers) are
 * batched and re-read block by block — never the whole page again.
 */
import { resolveMentions } from '../core/context';
import type { Matcher } from '../core/matcher';
import { LINKED_NAMES, STYLE_NAMES } from './highlights';
import type { HighlightStyle } from '../core/settings';
import {
  blockOf, type Classifier, createElementWalker, createTextWalker, insideSkipped, parentClassifier, readChunk,
  type ReadState, rangeFor, nodeAt, type TextIndex,
} from './text-index';

/** The text nodes a mention spans (usually one). */
function nodesOf(index: TextIndex, start: number, end: number): Text[] {
  return index.nodes.slice(nodeAt(index.starts, start), nodeAt(index.starts, end - 1) + 1);
}

/** Characters per piece: small enough that reading and matching one stays far below 50 ms. */
export const CHUNK_CHARS = 16_000;
/** Leave the rest of an idle period to the page. */
const MIN_IDLE_MS = 3;
/** Work per slice: well under the 50 ms that makes a task "long", with room for a GC pause. */
const SLICE_MS = 25;

/** A background task still waiting after this long runs from a timer instead. */
const STARVED_MS = 1000;

/** The Prioritized Task Scheduling API, where the browser has it (not yet in TypeScript's DOM types). */
interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<unknown>;
}
/**
 * New highlights are handed to the renderer at most this often: every change repaints the page,
 * which on a very large page costs more than finding the mentions.
 */
const HIGHLIGHT_FLUSH_MS = 400;
/** Elements checked for an open shadow root per step of that (cheap) search. */
const ELEMENTS_PER_STEP = 4_000;

export interface PageMention {
  id: string;
  range: Range;
}

/** Reading a subtree's text, or searching a subtree for open shadow roots. */
type Job = { kind: 'text'; walker: TreeWalker; state: ReadState } | { kind: 'shadows'; walker: TreeWalker };

/** A mention that lies wholly inside one link (see LINKED_NAMES). */
function insideLink(range: Range): boolean {
  const link = range.startContainer.parentElement?.closest('a[href]');
  return !!link && link.contains(range.endContainer);
}

export class Scanner {
  readonly highlight = new Highlight();
  /** Mentions that are links, drawn without a second underline. */
  readonly linked = new Highlight();
  private style: HighlightStyle = 'underline';
  /** Only mentions are kept after a piece is read — not its text — so memory stays small. */
  private readonly all = new Set<PageMention>();
  private readonly byNode = new WeakMap<Text, PageMention[]>();
  private readonly anchors = new Set<number>();
  private readonly jobs: Job[] = [];
  private readonly dirty = new Set<Node>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private scheduled = false;
  /** Which scheduled slice is current: the background task and its fallback timer run it once. */
  private slice = 0;
  private stopped = false;
  private readonly classify: Classifier;
  private pendingRanges: Range[] = [];
  /**
   * Counted from the start, so a page read within one flush interval repaints once, not twice:
   * each highlight update makes the browser revisit the whole page's paint.
   */
  private lastFlush = performance.now();

  constructor(
    /** The matcher, built by the caller on the first call: that is a slice's work, not start-up's. */
    private readonly matcher: () => Matcher,
    private readonly hostTag: string,
    private readonly hooks: {
      /** Called after each slice that changed the mentions. */
      onMentions?: () => void;
      /** An open shadow root was found: the caller observes it and styles its highlights. */
      onShadowRoot?: (root: ShadowRoot) => void;
      /** Which mentions may be highlighted (see mention-filter.ts). */
      allow?: (id: string, range: Range) => boolean;
    } = {},
    style: HighlightStyle = 'underline',
  ) {
    this.classify = parentClassifier(hostTag);
    this.setStyle(style);
  }

  /** Shows the same highlights in another style (or none) without reading the page again. */
  setStyle(style: HighlightStyle): void {
    this.style = style;
    const target = this.stopped ? undefined : STYLE_NAMES[style];
    // The linked set is registered only once it holds a mention: most pages have none.
    const linked = this.stopped || this.linked.size === 0 ? undefined : LINKED_NAMES[style];
    for (const name of [...Object.values(STYLE_NAMES), ...Object.values(LINKED_NAMES)]) {
      // A registry change may cost a repaint of the whole page: only what differs is changed.
      if (name && name !== target && name !== linked && CSS.highlights.has(name)) CSS.highlights.delete(name);
    }
    if (target && CSS.highlights.get(target) !== this.highlight) CSS.highlights.set(target, this.highlight);
    if (linked && CSS.highlights.get(linked) !== this.linked) CSS.highlights.set(linked, this.linked);
  }

  get shadowRootList(): ShadowRoot[] {
    return [...this.shadowRoots];
  }

  /** Every mention found so far, in no particular order. */
  mentions(): Iterable<PageMention> {
    return this.all;
  }

  scan(root: Node): void {
    this.enqueue(root);
  }

  /** A node changed or was added: its block will be read again in the next idle slice. */
  invalidate(node: Node): void {
    if (insideSkipped(node, this.hostTag)) return;
    this.dirty.add(blockOf(node));
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.setStyle('none');
    this.highlight.clear();
    this.linked.clear();
  }

  /** The mentions whose text contains DOM position (node, offset), ends included. */
  mentionAtPosition(node: Node, offset: number): PageMention[] {
    if (node.nodeType !== Node.TEXT_NODE) return [];
    return (this.byNode.get(node as Text) ?? []).filter((m) => {
      try {
        return m.range.comparePoint(node, offset) === 0;
      } catch {
        return false;
      }
    });
  }

  /** Queues a subtree to read; re-reads of changed blocks go first, before the rest of a first read. */
  private enqueue(root: Node, first = false): void {
    const jobs: Job[] = [
      { kind: 'text', walker: createTextWalker(root), state: { held: null, lastBlock: null } },
      { kind: 'shadows', walker: createElementWalker(root) },
    ];
    if (first) this.jobs.unshift(...jobs);
    else this.jobs.push(...jobs);
    this.schedule();
  }

  private findShadowRoots(walker: TreeWalker): boolean {
    for (let i = 0; i < ELEMENTS_PER_STEP; i++) {
      const el = walker.nextNode() as Element | null;
      if (!el) return false;
      const shadow = el.shadowRoot;
      if (shadow && !this.shadowRoots.has(shadow)) {
        this.shadowRoots.add(shadow);
        this.hooks.onShadowRoot?.(shadow);
        this.enqueue(shadow);
      }
    }
    return true;
  }

  /**
   * Background-priority tasks run only when the page has nothing more urgent (input, rendering,
   * its own scripts) but, unlike idle callbacks, do not wait for the end of a frame, so a long
   * page is read without gaps. Browsers without them get idle callbacks.
   */
  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
    if (scheduler?.postTask) {
      // A page that never rests would starve background tasks: a timer runs the slice anyway.
      const slice = ++this.slice;
      const run = () => {
        if (slice !== this.slice || !this.scheduled) return;
        clearTimeout(timer);
        this.work(null);
      };
      const timer = setTimeout(run, STARVED_MS);
      void scheduler.postTask(run, { priority: 'background' }).catch(() => undefined);
      return;
    }
    const idle = globalThis.requestIdleCallback ?? ((cb: IdleRequestCallback) => setTimeout(() => cb({ didTimeout: true, timeRemaining: () => 8 }), 1));
    idle((deadline) => this.work(deadline), { timeout: 500 });
  }

  /** One slice of reading; `deadline` is null in a background task, which has no idle period. */
  private work(deadline: IdleDeadline | null): void {
    this.scheduled = false;
    if (this.stopped) return;
    let changed = false;
    if (this.dirty.size > 0) changed = this.flushDirty() || changed;
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
        if (this.dirty.size === 0 && !this.jobs.some((j) => j.kind === 'text')) this.flush();
        continue;
      }
      changed = this.addChunk(index) || changed;
    }
    const done = this.jobs.length === 0 && this.dirty.size === 0;
    if (done || performance.now() - this.lastFlush > HIGHLIGHT_FLUSH_MS) this.flush();
    if (changed) this.hooks.onMentions?.();
    if (!done) this.schedule();
  }

  /** Hands the new ranges to the renderer: each call costs the browser a repaint of the page. */
  private flush(): void {
    if (this.pendingRanges.length === 0) return;
    const hadLinked = this.linked.size > 0;
    for (const r of this.pendingRanges) (insideLink(r) ? this.linked : this.highlight).add(r);
    this.pendingRanges = [];
    if (!hadLinked && this.linked.size > 0) this.setStyle(this.style);
    this.lastFlush = performance.now();
  }

  private addChunk(index: TextIndex): boolean {
    const allow = this.hooks.allow;
    let added = false;
    for (const m of resolveMentions(index.text, this.matcher(), this.anchors)) {
      const range = rangeFor(index, m.start, m.end);
      if (!range || (allow && !allow(m.id, range))) continue;
      const mention: PageMention = { id: m.id, range };
      this.all.add(mention);
      this.pendingRanges.push(range);
      for (const node of nodesOf(index, m.start, m.end)) {
        const list = this.byNode.get(node);
        if (list) list.push(mention);
        else this.byNode.set(node, [mention]);
      }
      added = true;
    }
    return added;
  }

  private remove(m: PageMention): void {
    this.all.delete(m);
    this.highlight.delete(m.range);
    this.linked.delete(m.range);
    this.pendingRanges = this.pendingRanges.filter((r) => r !== m.range);
  }

  /** Re-reads changed blocks: their old mentions go, fresh ones come from a walk of the block alone. */
  private flushDirty(): boolean {
    const blocks = [...this.dirty].filter((b) => b.isConnected);
    this.dirty.clear();
    const roots = blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
    let changed = false;
    for (const m of [...this.all]) {
      const node = m.range.startContainer;
      // Gone from the page, emptied by an edit, or about to be read again.
      if (!node.isConnected || m.range.collapsed || roots.some((b) => b.contains(node))) {
        this.remove(m);
        changed = true;
      }
    }
    for (const block of roots) this.enqueue(block, true);
    return changed;
  }
}
