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

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Pattern indices ending here. */
  ends: number[] | null;
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

/** Open-addressed hash → node table for the first token of every pattern. */
class RootTable {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  private readonly nodes: (TrieNode | undefined)[];
  private readonly mask: number;
  /** One bit per low 16 hash bits: most words fail this single load and skip the probe. */
  private readonly filter = new Uint32Array(2048);

  constructor(entries: Map<number, TrieNode>) {
    let size = 16;
    while (size < entries.size * 4) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.nodes = new Array<TrieNode | undefined>(size);
    for (const [h, node] of entries) {
      let i = mix(h) & this.mask;
      while (this.used[i]) i = (i + 1) & this.mask;
      this.used[i] = 1;
      this.keys[i] = h;
      this.nodes[i] = node;
      this.filter[(h & 0xffff) >>> 5]! |= 1 << (h & 31);
    }
  }

  get(h: number): TrieNode | undefined {
    if ((this.filter[(h & 0xffff) >>> 5]! & (1 << (h & 31))) === 0) return undefined;
    let i = mix(h) & this.mask;
    while (this.used[i] === 1) {
      if (this.keys[i] === h) return this.nodes[i];
      i = (i + 1) & this.mask;
    }
    return undefined;
  }
}

const mix = (h: number): number => (h ^ (h >>> 15) ^ (h >>> 7)) | 0;

/** A word's end excludes trailing invisible characters, so a mention never ends on one. */
function trimIgnorables(text: string, start: number, end: number): number {
  while (end > start && classOf(text.charCodeAt(end - 1)) === CharClass.Ignorable) end--;
  return end;
}

/** Case-preserving normal form: invisible characters dropped, whitespace runs as one space. */
export function canonical(text: string, start = 0, end = text.length): string {
  let out = '';
  let gap = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === CharClass.Space) gap = out.length > 0;
    else if (cls !== CharClass.Ignorable) {
      if (gap) out += ' ';
      gap = false;
      out += cls === CharClass.Punct ? String.fromCharCode(foldCode(c)) : text[i];
    }
  }
  return out;
}

function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldCode(s.charCodeAt(i)));
  return out;
}

export class Matcher {
  private readonly root: RootTable;
  private readonly punctRoots: boolean;
  private readonly canon: string[];
  private readonly folded: string[];
  private readonly flags: Int32Array;
  private readonly entity: Int32Array;
  /** End of the token read by readHash (a field, so the hot path allocates no tuples). */
  private tokenEnd = 0;
  readonly set: PatternSet;

  constructor(set: PatternSet) {
    this.set = set;
    const n = set.patterns.length;
    this.canon = new Array<string>(n);
    this.folded = new Array<string>(n);
    this.flags = new Int32Array(n);
    this.entity = new Int32Array(n);
    const roots = new Map<number, TrieNode>();
    let punctRoots = false;
    set.patterns.forEach(([text, entity, flags], index) => {
      this.canon[index] = canonical(text);
      this.folded[index] = foldString(this.canon[index]);
      this.flags[index] = flags;
      this.entity[index] = entity;
      const first = this.canon[index].charCodeAt(0);
      if (classOf(first) === CharClass.Punct) punctRoots = true;
      this.insert(roots, text, index);
    });
    this.root = new RootTable(roots);
    this.punctRoots = punctRoots;
  }

  private insert(roots: Map<number, TrieNode>, text: string, pattern: number): void {
    let map = roots;
    let node: TrieNode | undefined;
    let i = 0;
    let gap = false;
    let first = true;
    while (i < text.length) {
      const cls = classOf(text.charCodeAt(i));
      if (cls === CharClass.Space || cls === CharClass.Ignorable) {
        gap ||= cls === CharClass.Space;
        i++;
        continue;
      }
      const h = this.readHash(text, i);
      i = this.tokenEnd;
      if (node) map = node.next ??= new Map();
      const edge = first ? h : h ^ (gap ? GAP_SALT : 0);
      let next = map.get(edge);
      if (!next) {
        next = { next: null, ends: null };
        map.set(edge, next);
      }
      node = next;
      gap = false;
      first = false;
    }
    if (node) (node.ends ??= []).push(pattern);
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
    const root = this.root;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let f = c < 128 ? ASCII_FOLD[c]! : charClass(c) === CharClass.Word ? foldCode(c) : 0;
      if (f === 0) {
        if (this.punctRoots && classOf(c) === CharClass.Punct) {
          const node = root.get(Math.imul(FNV_OFFSET ^ foldCode(c), FNV_PRIME));
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
      const node = root.get(h);
      if (node !== undefined) {
        const found = this.walk(text, start, end, node);
        if (found) {
          out.push(found);
          i = found.end;
        }
      } else if (end - start > 2 && text.charCodeAt(end - 1) === 115 /* s */) {
        // A lower-case plural "s" on an acronym (SRSGs, KSFs) belongs to the word, not the name.
        const stem = root.get(prev);
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

  private walk(text: string, start: number, firstEnd: number, first: TrieNode): Candidate | null {
    let node = first;
    let best = this.accept(text, start, firstEnd, node, null);
    let pos = firstEnd;
    const n = text.length;
    while (node.next) {
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
      const next = node.next.get(gap ? h ^ GAP_SALT : h);
      if (!next) break;
      node = next;
      pos = this.tokenEnd;
      best = this.accept(text, start, pos, node, best);
    }
    return best;
  }

  private plural(text: string, start: number, end: number, stem: TrieNode): Candidate | null {
    const stemEnd = trimIgnorables(text, start, end - 1);
    const found = this.accept(text, start, stemEnd, stem, null);
    if (!found) return null;
    found.hits = found.hits.filter((h) => h.flags & PatternFlag.Acronym && !h.variant);
    return found.hits.length > 0 ? found : null;
  }

  private accept(text: string, start: number, end: number, node: TrieNode, best: Candidate | null): Candidate | null {
    if (!node.ends) return best;
    const slice = canonical(text, start, end);
    const folded = foldString(slice);
    const hits: Hit[] = [];
    for (const p of node.ends) {
      if (folded !== this.folded[p]) continue; // a hash collision, not this pattern
      const flags = this.flags[p]!;
      const variant = (flags & PatternFlag.CaseSensitive) !== 0 && slice !== this.canon[p];
      hits.push({ pattern: p, entity: this.entity[p]!, flags, variant });
    }
    if (hits.length === 0) return best;
    // Exact-case hits first; the candidate is a case variant only if none is exact.
    hits.sort((a, b) => Number(a.variant) - Number(b.variant));
    return { start, end, hits, caseVariant: hits[0]!.variant };
  }
}
