/** Which mention is under the pointer: caret hit-testing, then a check against the range's boxes. */
import type { PageMention } from './page-scan';
import { segmentAt } from './text-index';
import type { TextIndex } from './text-index';

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function mentionAt(
  x: number,
  y: number,
  index: TextIndex,
  nodeSegment: Map<Text, number>,
  mentions: readonly PageMention[],
): PageMention | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const seg = nodeSegment.get(caret.node as Text);
  if (seg === undefined) return null;
  const offset = index.segments[seg]!.start + caret.offset;
  // The caret lands between characters, so a pointer on a mention's last letter reports its end.
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (m.end < offset) lo = mid + 1;
    else if (m.start > offset) hi = mid - 1;
    else return contains(m.range, x, y) ? m : checkNeighbour(mentions, mid, x, y);
  }
  return null;
}

function checkNeighbour(mentions: readonly PageMention[], i: number, x: number, y: number): PageMention | null {
  const next = mentions[i + 1];
  return next && contains(next.range, x, y) ? next : null;
}

/** Box of the range under the point, so the card anchors to the right line of a wrapped mention. */
export function rectUnder(range: Range, x: number, y: number): DOMRect | null {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  }
  return null;
}

function contains(range: Range, x: number, y: number): boolean {
  return rectUnder(range, x, y) !== null;
}

