/**
 * Reads a page's visible text into one string without touching the DOM, remembering where each
 * text node starts so matches map back to DOM ranges. Inline elements join their text, so
 * "<a>UN</a>MIK" reads as UNMIK; block boundaries become a newline so words never fuse across them.
 */

/** Subtrees whose text is not prose, or belongs to the user (editable areas). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'KBD',
  'SAMP', 'VAR', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE',
]);
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL', 'MARK', 'Q',
  'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR',
]);

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the joined text. */
  start: number;
}

export interface TextIndex {
  text: string;
  segments: Segment[];
}

export function isSkippedElement(el: Element, hostTag: string): boolean {
  if (SKIP_TAGS.has(el.tagName) || el.localName === hostTag) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  const role = el.getAttribute('role');
  return role === 'textbox' || role === 'searchbox' || el.getAttribute('aria-hidden') === 'true';
}

export function buildTextIndex(root: Node, hostTag: string): TextIndex {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let pendingBreak = false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (isSkippedElement(el, hostTag)) {
        pendingBreak = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (!INLINE_TAGS.has(el.tagName)) pendingBreak = true;
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (data.length === 0) continue;
    if (pendingBreak && length > 0) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    segments.push({ node: n as Text, start: length });
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), segments };
}

/** Index of the segment holding joined-text offset `offset` (the last one starting at or before it). */
export function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function rangeFor(index: TextIndex, start: number, end: number): Range | null {
  const { segments } = index;
  if (segments.length === 0) return null;
  const a = segments[segmentAt(segments, start)]!;
  const b = segments[segmentAt(segments, end - 1)]!;
  const range = document.createRange();
  try {
    range.setStart(a.node, start - a.start);
    range.setEnd(b.node, end - b.start);
  } catch {
    return null; // The page changed the node since we read it.
  }
  return range;
}
