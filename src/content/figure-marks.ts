/**
 * Figures stated next to mentions ("about 3,800 KFOR troops"), checked against the body's data
 * as of the article's date (else today). A figure the data contradicts gets a quiet second
 * highlight; the card lists every figure found for its body with its verdict. Like the mentions,
 * figures are kept as ranges and drawn with the Custom Highlight API: the page is never rewritten.
 *
 * The content script holds no records, so a figure is found at once (pure text work) and checked
 * when its body's record arrives from the background, through the same cache cards use.
 */
import type { EntityView } from '../core/catalog';
import { checkFigure, findFigures, type FigureCheck, type MentionSpan, type StatedFigure } from '../core/figures';
import { rangeFor, type TextIndex } from './text-index';

export const DIFFERS_NAME = 'missionlens-differs';

interface Found {
  figure: StatedFigure;
  range: Range;
  node: Node;
  check: FigureCheck | null;
}

export interface FigureMarksDeps {
  load: (id: string) => Promise<EntityView | null>;
  /** The date figures are checked at (YYYY-MM-DD): the article's, else today. */
  date: () => string;
  /** A figure about this body was checked: a card open on it can list the verdict. */
  onChecked?: (id: string) => void;
  registry?: HighlightRegistry;
}

export class FigureMarks {
  private found: Found[] = [];
  private readonly highlight = new Highlight();
  private shown = false;
  private stopped = false;

  constructor(private readonly deps: FigureMarksDeps) {}

  /** A piece of text was read with these mentions: its figures replace those read from the same nodes before. */
  read(index: TextIndex, mentions: readonly MentionSpan[]): void {
    if (this.stopped) return;
    if (this.found.length > 0) {
      const nodes = new Set<Node>(index.nodes);
      this.drop((f) => nodes.has(f.node) || !f.node.isConnected);
    }
    if (mentions.length === 0) return;
    for (const figure of findFigures(index.text, mentions)) {
      const range = rangeFor(index, figure.start, figure.end);
      if (!range) continue;
      const found: Found = { figure, range, node: range.startContainer, check: null };
      this.found.push(found);
      void this.deps.load(figure.id).then(
        (view) => this.judge(found, view),
        () => undefined,
      );
    }
  }

  private judge(found: Found, view: EntityView | null): void {
    if (this.stopped || !this.found.includes(found)) return;
    found.check = checkFigure(found.figure, view?.entity, this.deps.date());
    if (found.check.verdict === 'differs') {
      this.highlight.add(found.range);
      this.sync();
    }
    this.deps.onChecked?.(found.figure.id);
  }

  /** The checked figures about a body still on the page, in reading order. */
  checksFor(id: string): FigureCheck[] {
    return this.found
      .filter((f) => f.figure.id === id && f.check && f.node.isConnected)
      .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range))
      .map((f) => f.check!);
  }

  /** Drawn only while the mentions are (the site is on and a highlight style is chosen). */
  setShown(shown: boolean): void {
    this.shown = shown;
    this.sync();
  }

  /** Registered only while shown and holding a range: a page with nothing to mark has no extra highlight. */
  private sync(): void {
    const registry = this.deps.registry ?? CSS.highlights;
    const want = this.shown && !this.stopped && this.highlight.size > 0;
    if (want && registry.get(DIFFERS_NAME) !== this.highlight) registry.set(DIFFERS_NAME, this.highlight);
    if (!want && registry.get(DIFFERS_NAME) === this.highlight) registry.delete(DIFFERS_NAME);
  }

  stop(): void {
    this.stopped = true;
    this.sync();
    this.found = [];
    this.highlight.clear();
  }

  private drop(which: (f: Found) => boolean): void {
    const kept: Found[] = [];
    for (const f of this.found) {
      if (which(f)) this.highlight.delete(f.range);
      else kept.push(f);
    }
    // Asked of every piece read: the registry is only looked at when a figure went.
    if (kept.length === this.found.length) return;
    this.found = kept;
    this.sync();
  }
}
