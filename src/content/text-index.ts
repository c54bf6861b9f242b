/**
 * Reads a page's visible text without touching the DOM, remembering where each text node starts
 * so matches map back to DOM ranges. Inline elements join their text, so "<a>UN</a>MIK" reads as
 * UNMIK; block boundaries become a newline so words never fuse across them.
 */

// Tag sets hold local names (lower case for HTML, SVG and MathML alike): one DOM read per element.
/** Subtrees whose text is not prose, or belongs to the user (editable areas, form fields). */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'head',
  'title',
]);
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'del',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);

/** Parallel arrays rather than an object per text node: a large page has hundreds of thousands. */
export interface TextIndex {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in the joined text. */
  starts: number[];
}

/**
 * What is not prose is decided by what the browser shows, not by ARIA: a large news site puts its
 * whole main column under aria-hidden="true", and people read it. Attribute checks first:
 * computing styles on every element would be slow, so the browser's own verdict
 * (checkVisibility) is asked only of elements whose attributes hint that they may be hidden.
 */
export function isSkippedElement(el: Element, hostTag: string, name = el.localName): boolean {
  if (SKIP_TAGS.has(name) || name === hostTag) return true;
  const parent = el.parentElement;
  // A closed <details> shows only its summary.
  if (parent?.localName === 'details' && name !== 'summary' && !parent.hasAttribute('open')) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role === 'textbox' || role === 'searchbox') return true;
  if ((el.hasAttribute('style') || el.hasAttribute('aria-hidden')) && typeof el.checkVisibility === 'function') {
    return !el.checkVisibility({ visibilityProperty: true });
  }
  return false;
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
  while (el && INLINE_TAGS.has(el.localName)) el = el.parentElement;
  return el ?? node;
}

/** Every text node under root; the classifier decides which ones are prose. */
export function createTextWalker(root: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
}

/** Every element under root, for finding open shadow roots in idle time. */
export function createElementWalker(root: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
}

/** What the reader needs to know about a text node's parent element, cached per element. */
export interface ParentInfo {
  skip: boolean;
  /** The nearest non-inline ancestor: text under different blocks never joins. */
  block: Node;
}

/** Classifies a text node by its parent element. */
export type Classifier = (node: Text) => ParentInfo;

/**
 * Classifies elements once each: whether their text is skipped and which block it belongs to.
 * Plain SHOW_TEXT walking plus this cache is several times faster than a filter callback on
 * every node of a large page.
 */
export function parentClassifier(hostTag: string): Classifier {
  // Ancestors are cached; the direct parents of text (thousands of paragraphs) are not, beyond a
  // one-entry memo — consecutive text nodes mostly share a parent — so memory stays flat.
  const cache = new WeakMap<Element, ParentInfo>();
  let lastEl: Element | null = null;
  let lastInfo: ParentInfo | null = null;
  // Every DOM read from a content script's isolated world costs a wrapper lookup, and a large
  // page has tens of thousands of parents: each is read once per property, and only as needed.
  const ancestor = (el: Element | null, child: Node): ParentInfo => {
    if (!el) return { skip: false, block: child.parentNode ?? child };
    let info = cache.get(el);
    if (!info) {
      info = compute(el);
      cache.set(el, info);
    }
    return info;
  };
  const compute = (el: Element): ParentInfo => {
    const parent = el.parentElement;
    const up = ancestor(parent, el);
    const name = el.localName;
    return { skip: up.skip || isSkippedElement(el, hostTag, name), block: parent && INLINE_TAGS.has(name) ? up.block : el };
  };
  return (node) => {
    const el = node.parentElement;
    if (!el) return { skip: false, block: node.parentNode ?? node };
    if (el !== lastEl) {
      lastEl = el;
      lastInfo = compute(el);
    }
    return lastInfo!;
  };
}

export interface ReadState {
  /** A text node read but not used: it opens the next piece. */
  held: Text | null;
  lastBlock: Node | null;
}

/**
 * Reads text nodes from a walker until about `limit` characters have been read and a block ends,
 * so a long page is read in pieces that each fit in an idle slice. Returns null when the walker
 * is exhausted.
 */
export function readChunk(walker: TreeWalker, limit: number, state: ReadState, classify: Classifier): TextIndex | null {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let node = (state.held ?? walker.nextNode()) as Text | null;
  state.held = null;
  for (; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (data.length === 0) continue;
    // Whitespace between elements (half the text nodes of a typical page) only separates words:
    // it is read as one space without classifying its parent. A block change is still seen at
    // the next real text.
    if (length > 0 && isBlank(data)) {
      parts.push(' ');
      length += 1;
      continue;
    }
    const info = classify(node);
    if (info.skip) continue;
    if (info.block !== state.lastBlock && length > 0) {
      if (length >= limit) {
        state.held = node;
        state.lastBlock = null;
        break;
      }
      parts.push('\n');
      length += 1;
    }
    state.lastBlock = info.block;
    nodes.push(node);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  if (nodes.length === 0) return null;
  return { text: parts.join(''), nodes, starts };
}

function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Index of the node holding joined-text offset `offset` (the last one starting at or before it). */
export function nodeAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function rangeFor(index: TextIndex, start: number, end: number): Range | null {
  const { nodes, starts } = index;
  if (nodes.length === 0) return null;
  const a = nodeAt(starts, start);
  const b = nodeAt(starts, end - 1);
  const range = (nodes[a]!.ownerDocument ?? document).createRange();
  try {
    range.setStart(nodes[a]!, start - starts[a]!);
    range.setEnd(nodes[b]!, end - starts[b]!);
  } catch {
    return null; // The page changed the node since we read it.
  }
  return range;
}
