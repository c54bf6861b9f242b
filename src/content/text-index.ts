/**
 * Reads a page's visible text without touching the DOM, remembering where each text node starts
 * so matches map back to DOM ranges. Inline elements join their text, so "<a>UN</a>MIK" reads as
 * UNMIK; block boundaries become a newline so words never fuse across them.
 */

/** Subtrees whose text is not prose, or belongs to the user (editable areas, form fields). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'KBD',
  'SAMP', 'VAR', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE',
]);
export const INLINE_TAGS = new Set([
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

/** Attribute checks only: computing styles (isContentEditable) on every element would be slow. */
export function isSkippedElement(el: Element, hostTag: string): boolean {
  if (SKIP_TAGS.has(el.tagName) || el.localName === hostTag) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  return role === 'textbox' || role === 'searchbox' || el.getAttribute('aria-hidden') === 'true';
}

/** True when a node sits in a subtree the scanner must leave alone. */
export function insideSkipped(node: Node, hostTag: string): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el, hostTag)) return true;
  }
  return false;
}

/** The nearest ancestor that is not inline: the unit the scanner re-reads after a change. */
export function blockOf(node: Node): Node {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? node;
}

/**
 * Reads text nodes from a walker until about `limit` characters have been read and a block ends,
 * so a long page is read in pieces that each fit in an idle slice. Returns null when the walker
 * is exhausted.
 */
export function readChunk(
  walker: TreeWalker,
  limit: number,
  state: { pendingBreak: boolean; held: Text | null },
): TextIndex | null {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let node: Node | null = state.held ?? walker.nextNode();
  state.held = null;
  for (; node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (data.length === 0) continue;
    if (state.pendingBreak && length > 0) {
      if (length >= limit) {
        state.held = node as Text; // Starts a new block: it opens the next chunk.
        break;
      }
      parts.push('\n');
      length += 1;
    }
    state.pendingBreak = false;
    segments.push({ node: node as Text, start: length });
    parts.push(data);
    length += data.length;
  }
  if (segments.length === 0) return null;
  return { text: parts.join(''), segments };
}

/** A walker over prose text nodes; open shadow roots met on the way go to `onShadowRoot`. */
export function createTextWalker(
  root: Node,
  hostTag: string,
  state: { pendingBreak: boolean },
  onShadowRoot: (root: ShadowRoot) => void,
): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (isSkippedElement(el, hostTag)) {
        state.pendingBreak = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (el.shadowRoot) onShadowRoot(el.shadowRoot);
      if (!INLINE_TAGS.has(el.tagName)) state.pendingBreak = true;
      return NodeFilter.FILTER_SKIP;
    },
  });
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
  const range = (a.node.ownerDocument ?? document).createRange();
  try {
    range.setStart(a.node, start - a.start);
    range.setEnd(b.node, end - b.start);
  } catch {
    return null; // The page changed the node since we read it.
  }
  return range;
}
