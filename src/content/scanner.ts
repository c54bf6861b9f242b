/**
 * Finds and highlights mentions on a live page without ever blocking it: the first read runs in
 * idle-time slices of bounded size, and later changes (feeds, single-page apps, tickers) are
 * batched and re-read block by block — never the whole page again.
 */
import { resolveMentions } from '../core/context';
import type { Matcher } from '../core/matcher';
import { HIGHLIGHT_NAME } from './highlights';
import {
  blockOf, createTextWalker, insideSkipped, readChunk, rangeFor, type TextIndex,
} from './text-index';

/** Characters per piece: small enough that reading and matching one stays far below 50 ms. */
export const CHUNK_CHARS = 16_000;
/** Leave the rest of an idle period to the page. */
const MIN_IDLE_MS = 3;

export interface Chunk {
  index: TextIndex;
  mentions: PageMention[];
}

export interface PageMention {
  start: number;
  end: number;
  id: string;
  range: Range;
  chunk: Chunk;
}

interface Job {
  walker: TreeWalker;
  state: { pendingBreak: boolean; held: Text | null };
}

export class Scanner {
  readonly highlight = new Highlight();
  private readonly nodeChunk = new WeakMap<Text, { chunk: Chunk; seg: number }>();
  private readonly chunks = new Set<Chunk>();
  private readonly anchors = new Set<number>();
  private readonly jobs: Job[] = [];
  private readonly dirty = new Set<Node>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly matcher: Matcher,
    private readonly hostTag: string,
    private readonly hooks: {
      /** Called after each slice that changed the mentions. */
      onMentions?: () => void;
      /** An open shadow root was found: the caller observes it and styles its highlights. */
      onShadowRoot?: (root: ShadowRoot) => void;
      /** Which ids may be highlighted (kinds switched off in the settings are not). */
      allow?: (id: string) => boolean;
    } = {},
  ) {
    CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  get shadowRootList(): ShadowRoot[] {
    return [...this.shadowRoots];
  }

  /** Every mention found so far, in no particular order. */
  *mentions(): Iterable<PageMention> {
    for (const c of this.chunks) yield* c.mentions;
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
    CSS.highlights.delete(HIGHLIGHT_NAME);
    this.highlight.clear();
  }

  /** The mention whose text contains DOM position (node, offset), if any. */
  mentionAtPosition(node: Node, offset: number): PageMention[] {
    if (node.nodeType !== Node.TEXT_NODE) return [];
    const info = this.nodeChunk.get(node as Text);
    if (!info) return [];
    const { chunk, seg } = info;
    const pos = chunk.index.segments[seg]!.start + offset;
    const list = chunk.mentions;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = list[mid]!;
      if (m.end < pos) lo = mid + 1;
      else if (m.start > pos) hi = mid - 1;
      else return [m, list[mid + 1]].filter((x): x is PageMention => !!x && x.start <= pos && pos <= x.end);
    }
    return [];
  }

  /** Queues a subtree to read; re-reads of changed blocks go first, before the rest of a first read. */
  private enqueue(root: Node, first = false): void {
    const state = { pendingBreak: false, held: null };
    const walker = createTextWalker(root, this.hostTag, state, (shadow) => {
      if (this.shadowRoots.has(shadow)) return;
      this.shadowRoots.add(shadow);
      this.hooks.onShadowRoot?.(shadow);
      this.enqueue(shadow);
    });
    if (first) this.jobs.unshift({ walker, state });
    else this.jobs.push({ walker, state });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    const idle = globalThis.requestIdleCallback ?? ((cb: IdleRequestCallback) => setTimeout(() => cb({ didTimeout: true, timeRemaining: () => 8 }), 1));
    idle((deadline) => this.work(deadline), { timeout: 500 });
  }

  private work(deadline: IdleDeadline): void {
    this.scheduled = false;
    if (this.stopped) return;
    let changed = false;
    if (this.dirty.size > 0) changed = this.flushDirty() || changed;
    // With a timed-out deadline, one piece still goes through so a busy page is read eventually.
    let budgetLeft = deadline.didTimeout ? 1 : Infinity;
    while (this.jobs.length > 0 && budgetLeft-- > 0 && (deadline.didTimeout || deadline.timeRemaining() > MIN_IDLE_MS)) {
      const job = this.jobs[0]!;
      const index = readChunk(job.walker, CHUNK_CHARS, job.state);
      if (!index) {
        this.jobs.shift();
        continue;
      }
      changed = this.addChunk(index) || changed;
    }
    if (changed) this.hooks.onMentions?.();
    if (this.jobs.length > 0 || this.dirty.size > 0) this.schedule();
  }

  private addChunk(index: TextIndex): boolean {
    const chunk: Chunk = { index, mentions: [] };
    index.segments.forEach((s, seg) => this.nodeChunk.set(s.node, { chunk, seg }));
    const allow = this.hooks.allow;
    for (const m of resolveMentions(index.text, this.matcher, this.anchors)) {
      if (allow && !allow(m.id)) continue;
      const range = rangeFor(index, m.start, m.end);
      if (!range) continue;
      chunk.mentions.push({ start: m.start, end: m.end, id: m.id, range, chunk });
      this.highlight.add(range);
    }
    this.chunks.add(chunk);
    return chunk.mentions.length > 0;
  }

  /** Re-reads changed blocks: their old mentions go, fresh ones come from a walk of the block alone. */
  private flushDirty(): boolean {
    const blocks = [...this.dirty].filter((b) => b.isConnected);
    this.dirty.clear();
    const roots = blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
    let changed = this.sweepDetached();
    for (const block of roots) {
      for (const chunk of this.chunks) {
        const keep = chunk.mentions.filter((m) => !block.contains(m.range.startContainer));
        if (keep.length !== chunk.mentions.length) {
          for (const m of chunk.mentions) if (!keep.includes(m)) this.highlight.delete(m.range);
          chunk.mentions = keep;
          changed = true;
        }
      }
      this.enqueue(block, true);
    }
    return changed;
  }

  /** Mentions whose text left the page are dropped, so counts and hit-testing stay true. */
  private sweepDetached(): boolean {
    let changed = false;
    for (const chunk of this.chunks) {
      const keep = chunk.mentions.filter((m) => m.range.startContainer.isConnected && !m.range.collapsed);
      if (keep.length !== chunk.mentions.length) {
        for (const m of chunk.mentions) if (!keep.includes(m)) this.highlight.delete(m.range);
        chunk.mentions = keep;
        changed = true;
      }
      if (!chunk.index.segments.some((s) => s.node.isConnected)) this.chunks.delete(chunk);
    }
    return changed;
  }
}
