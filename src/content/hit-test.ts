/** Which mention is under the pointer: caret hit-testing, then a check against the range's boxes. */
import type { PageMention, Scanner } from './scanner';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
};

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as CaretDoc;
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y, shadowRoots.length > 0 ? { shadowRoots } : undefined);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function mentionAt(x: number, y: number, scanner: Scanner): PageMention | null {
  const caret = caretAt(x, y, scanner.shadowRootList);
  if (!caret) return null;
  // The caret lands between characters, so a pointer on a mention's last letter reports its end;
  // the boxes of the range decide between neighbours and reject points beside the text.
  return scanner.mentionAtPosition(caret.node, caret.offset).find((m) => rectUnder(m.range, x, y) !== null) ?? null;
}

/** Box of the range under the point, so the card anchors to the right line of a wrapped mention. */
export function rectUnder(range: Range, x: number, y: number): DOMRect | null {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  }
  return null;
}
