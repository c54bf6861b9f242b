/**
 * Multi-pattern matcher over token hashes. The hot loop reads each UTF-16 unit once, folds case
 * through a table and probes an open-addressed hash table only at word ends, so text that
 * mentions nothing allocates nothing. Trie edges are hashes; a candidate's text is compared with
 * its pattern only when a pattern ends, which also makes hash collisions harmless.
 */
import { CharClass, charClass, foldCode } from './chars';
import { PatternFlag, type PatternSet } from './patterns';

export interface Mention {
  start: number;
  end: number;
  text: string;
  id: string;
}

/** A pattern that fits a span; the context model decides between and about them. */
export interface Hit {
  pattern: number;
  entity: number;
  flags: number;
  /** The text differs in case from this case-sensitive pattern (UNMiK for UNMIK). */
  variant: boolean;
}

export interface Candidate {
  start: number;
  end: number;
  hits: Hit[];
  /** True when every hit is a case variant. */
  caseVariant: boolean;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const GAP_SALT = 0x5bd1e995;

const ASCII = new Uint8Array(128);
/** Folded code of an ASCII word character, 0 for anything else: class and case in one load. */
const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII[c] = charClass(c);
  ASCII_FOLD[c] = ASCII[c] === CharClass.Word ? foldCode(c) : 0;
}

const classOf = (code: number): number => (code < 128 ? ASCII[code]! : charClass(code));

/**
 * The whole trie as typed arrays: node 0 is the root, and one open-addressed table maps
 * (node, token hash) to the child node. A Map per node cost ~30× more memory, and the content
 * script keeps this structure for the life of every page.
 */
class Trie {
  private readonly parent: Int32Array;
  private readonly hash: Int32Array;
  /** Child node id; 0 marks an empty slot (the root is never a child). */
  private readonly child: Int32Array;
  private readonly mask: number;
  /** One bit per low 16 hash bits of the root's edges: most words fail this load and skip the probe. */
  private readonly filter = new Uint32Array(2048);
  private nodes = 1;
  readonly hasNext: Uint8Array;
  /** Patterns ending at node n: endList[endStart[n] .. endStart[n + 1]). */
  endStart: Int32Array = new Int32Array(0);
  endList: Int32Array = new Int32Array(0);

  constructor(maxEdges: number) {
    let size = 16;
    while (size < maxEdges * 2) size <<= 1;
    this.mask = size - 1;
    this.parent = new Int32Array(size);
    this.hash = new Int32Array(size);
    this.child = new Int32Array(size);
    this.hasNext = new Uint8Array(maxEdges + 1);
  }

  private slot(node: number, h: number): number {
    let i = mix(h ^ Math.imul(node, 0x9e3779b1)) & this.mask;
    while (this.child[i] !== 0 && (this.parent[i] !== node || this.hash[i] !== h)) i = (i + 1) & this.mask;
    return i;
  }

  /** The child of node along token hash h, created when missing. */
  add(node: number, h: number): number {
    const i = this.slot(node, h);
    if (this.child[i] === 0) {
      this.parent[i] = node;
      this.hash[i] = h;
      this.child[i] = this.nodes++;
      this.hasNext[node] = 1;
      if (node === 0) this.filter[(h & 0xffff) >>> 5]! |= 1 << (h & 31);
    }
    return this.child[i]!;
  }

  /** The child of node along h, or 0. */
  get(node: number, h: number): number {
    if (node === 0 && (this.filter[(h & 0xffff) >>> 5]! & (1 << (h & 31))) === 0) return 0;
    return this.child[this.slot(node, h)]!;
  }

  /** Freezes the pattern ends into two flat arrays. */
  setEnds(ends: Map<number, number[]>): void {
    this.endStart = new Int32Array(this.nodes + 1);
    let total = 0;
    for (const list of ends.values()) total += list.length;
    this.endList = new Int32Array(total);
    let at = 0;
    for (let n = 0; n < this.nodes; n++) {
      this.endStart[n] = at;
      for (const p of ends.get(n) ?? []) this.endList[at++] = p;
    }
    this.endStart[this.nodes] = at;
  }
}

const mix = (h: number): number => (h ^ (h >>> 15) ^ (h >>> 7)) | 0;

/** A word's end excludes trailing invisible characters, so a mention never ends on one. */
function trimIgnorables(text: string, start: number, end: number): number {
  while (end > start && classOf(text.charCodeAt(end - 1)) === CharClass.Ignorable) end--;
  return end;
}

/**
 * Strings built by `+=` are ropes of one cell per character; the matcher keeps two strings per
 * pattern for its lifetime, so they are built flat from code units instead (a rope costs ~30×).
 */
const codes: number[] = [];
function flatString(): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  codes.length = 0;
  return out;
}

/** Case-preserving normal form: invisible characters dropped, whitespace runs as one space. */
export function canonical(text: string, start = 0, end = text.length): string {
  let gap = false;
  codes.length = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === CharClass.Space) gap = codes.length > 0;
    else if (cls !== CharClass.Ignorable) {
      if (gap) codes.push(32);
      gap = false;
      codes.push(cls === CharClass.Punct ? foldCode(c) : c);
    }
  }
  return flatString();
}

/** Class of the first visible character: the canonical form's first character has the same one. */
function firstClass(text: string): CharClass {
  for (let i = 0; i < text.length; i++) {
    const cls = classOf(text.charCodeAt(i));
    if (cls !== CharClass.Space && cls !== CharClass.Ignorable) return cls;
  }
  return CharClass.Space;
}

function foldString(s: string): string {
  codes.length = 0;
  for (let i = 0; i < s.length; i++) codes.push(foldCode(s.charCodeAt(i)));
  return flatString();
}

export class Matcher {
  private readonly trie: Trie;
  private readonly punctRoots: boolean;
  private readonly canon: (string | undefined)[];
  private readonly folded: (string | undefined)[];
  private readonly flags: Int32Array;
  private readonly entity: Int32Array;
  /** End of the token read by readHash (a field, so the hot path allocates no tuples). */
  private tokenEnd = 0;
  readonly set: PatternSet;

  constructor(set: PatternSet) {
    this.set = set;
    const n = set.patterns.length;
    this.canon = new Array<string | undefined>(n);
    this.folded = new Array<string | undefined>(n);
    this.flags = new Int32Array(n);
    this.entity = new Int32Array(n);
    let maxEdges = 0;
    for (const [text] of set.patterns) maxEdges += text.length;
    this.trie = new Trie(maxEdges);
    const ends = new Map<number, number[]>();
    let punctRoots = false;
    set.patterns.forEach(([text, entity, flags], index) => {
      this.flags[index] = flags;
      this.entity[index] = entity;
      if (firstClass(text) === CharClass.Punct) punctRoots = true;
      const node = this.insert(text);
      if (node !== 0) {
        const list = ends.get(node);
        if (list) list.push(index);
        else ends.set(node, [index]);
      }
    });
    this.trie.setEnds(ends);
    this.punctRoots = punctRoots;
  }

  /**
   * A pattern's normal forms are made when text first reaches its trie node: a page meets a few
   * dozen of the patterns, and making all of them was most of the matcher's build time.
   */
  private canonOf(p: number): string {
    return (this.canon[p] ??= canonical(this.set.patterns[p]![0]));
  }

  private foldedOf(p: number): string {
    return (this.folded[p] ??= foldString(this.canonOf(p)));
  }

  /** Adds a pattern's token path; returns its last node (0 for a pattern with no token). */
  private insert(text: string): number {
    let node = 0;
    let i = 0;
    let gap = false;
    while (i < text.length) {
      const cls = classOf(text.charCodeAt(i));
      if (cls === CharClass.Space || cls === CharClass.Ignorable) {
        gap ||= cls === CharClass.Space;
        i++;
        continue;
      }
      const h = this.readHash(text, i);
      i = this.tokenEnd;
      node = this.trie.add(node, node !== 0 && gap ? h ^ GAP_SALT : h);
      gap = false;
    }
    return node;
  }

  /** Hash of the token at i (a word, ignorables skipped, or one mark); its end goes to tokenEnd. */
  private readHash(text: string, i: number): number {
    const code = text.charCodeAt(i);
    if (classOf(code) !== CharClass.Word) {
      this.tokenEnd = i + 1;
      return Math.imul(FNV_OFFSET ^ foldCode(code), FNV_PRIME);
    }
    let h = FNV_OFFSET;
    let j = i;
    let end = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        const f = ASCII_FOLD[c]!;
        if (f === 0) break;
        h = Math.imul(h ^ f, FNV_PRIME);
        end = ++j;
        continue;
      }
      const cls = charClass(c);
      if (cls === CharClass.Word) {
        h = Math.imul(h ^ foldCode(c), FNV_PRIME);
        end = j + 1;
      } else if (cls !== CharClass.Ignorable) break;
      j++;
    }
    this.tokenEnd = end;
    return h;
  }

  /** Leftmost-longest, non-overlapping candidates in text order. */
  candidates(text: string): Candidate[] {
    const out: Candidate[] = [];
    const n = text.length;
    const trie = this.trie;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let f = c < 128 ? ASCII_FOLD[c]! : charClass(c) === CharClass.Word ? foldCode(c) : 0;
      if (f === 0) {
        if (this.punctRoots && classOf(c) === CharClass.Punct) {
          const node = trie.get(0, Math.imul(FNV_OFFSET ^ foldCode(c), FNV_PRIME));
          const found = node && this.walk(text, i, i + 1, node);
          if (found) {
            out.push(found);
            i = found.end;
            continue;
          }
        }
        i++;
        continue;
      }
      const start = i;
      let h = FNV_OFFSET;
      let prev = h;
      // Tight loop for ASCII words, the bulk of most pages; anything else takes wordTail.
      for (;;) {
        prev = h;
        h = Math.imul(h ^ f, FNV_PRIME);
        if (++i >= n) break;
        c = text.charCodeAt(i);
        if (c >= 128) break;
        f = ASCII_FOLD[c]!;
        if (f === 0) break;
      }
      let end = i;
      if (i < n && c >= 128) {
        end = this.wordTail(text, i, h, prev);
        h = this.tailHash;
        prev = this.tailPrev;
        i = this.tailEnd;
      }
      const node = trie.get(0, h);
      if (node !== 0) {
        const found = this.walk(text, start, end, node);
        if (found) {
          out.push(found);
          i = found.end;
        }
      } else if (end - start > 2 && text.charCodeAt(end - 1) === 115 /* s */) {
        // A lower-case plural "s" on an acronym (SRSGs, KSFs) belongs to the word, not the name.
        const stem = trie.get(0, prev);
        const found = stem && this.plural(text, start, end, stem);
        if (found) out.push(found);
      }
    }
    return out;
  }

  private tailHash = 0;
  private tailPrev = 0;
  private tailEnd = 0;

  /**
   * Continues a word at a non-ASCII character: letters of any script extend it, invisible
   * characters are skipped without ending it. Returns the end of its last letter; the scan
   * position goes to tailEnd, the hashes to tailHash and tailPrev.
   */
  private wordTail(text: string, i: number, h: number, prev: number): number {
    const n = text.length;
    let end = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      const cls = c < 128 ? ASCII[c]! : charClass(c);
      if (cls === CharClass.Word) {
        prev = h;
        h = Math.imul(h ^ foldCode(c), FNV_PRIME);
        end = i + 1;
      } else if (cls !== CharClass.Ignorable) break;
      i++;
    }
    this.tailHash = h;
    this.tailPrev = prev;
    this.tailEnd = i;
    return end;
  }

  private walk(text: string, start: number, firstEnd: number, first: number): Candidate | null {
    let node = first;
    let best = this.accept(text, start, firstEnd, node, null);
    let pos = firstEnd;
    const n = text.length;
    const trie = this.trie;
    while (trie.hasNext[node] === 1) {
      let j = pos;
      let gap = false;
      while (j < n) {
        const cls = classOf(text.charCodeAt(j));
        if (cls === CharClass.Space) gap = true;
        else if (cls !== CharClass.Ignorable) break;
        j++;
      }
      if (j >= n) break;
      const h = this.readHash(text, j);
      const next = trie.get(node, gap ? h ^ GAP_SALT : h);
      if (next === 0) break;
      node = next;
      pos = this.tokenEnd;
      best = this.accept(text, start, pos, node, best);
    }
    return best;
  }

  private plural(text: string, start: number, end: number, stem: number): Candidate | null {
    const stemEnd = trimIgnorables(text, start, end - 1);
    const found = this.accept(text, start, stemEnd, stem, null);
    if (!found) return null;
    found.hits = found.hits.filter((h) => h.flags & PatternFlag.Acronym && !h.variant);
    return found.hits.length > 0 ? found : null;
  }

  private accept(text: string, start: number, end: number, node: number, best: Candidate | null): Candidate | null {
    const from = this.trie.endStart[node]!;
    const to = this.trie.endStart[node + 1]!;
    if (from === to) return best;
    const slice = canonical(text, start, end);
    const folded = foldString(slice);
    const hits: Hit[] = [];
    for (let k = from; k < to; k++) {
      const p = this.trie.endList[k]!;
      if (folded !== this.foldedOf(p)) continue; // a hash collision, not this pattern
      const flags = this.flags[p]!;
      const variant = (flags & PatternFlag.CaseSensitive) !== 0 && slice !== this.canonOf(p);
      hits.push({ pattern: p, entity: this.entity[p]!, flags, variant });
    }
    if (hits.length === 0) return best;
    // Exact-case hits first; the candidate is a case variant only if none is exact.
    hits.sort((a, b) => Number(a.variant) - Number(b.variant));
    return { start, end, hits, caseVariant: hits[0]!.variant };
  }
}
