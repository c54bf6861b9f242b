/**
 * Multi-pattern matcher over token hashes. The hot loop reads each UTF-16 unit once, folds case
 * through a table and probes an open-addressed hash table only at word ends, so text that
 * mentions nothing allocates nothing. Trie edges are hashes; a candidate's text is compared with
 * its pattern only when a pattern ends, which also makes hash collisions harmless.
 */
import { ARABIC_CLITICS, CharClass, charClass, foldCode } from './chars';
import {
  alternatesOf,
  endingsFor,
  endingsOf,
  INFLECT_MASK,
  INFLECT_SHIFT,
  inflects,
  MIN_INNER_STEM,
  MIN_STEM,
  stemsOf,
} from './inflection';
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
/** Marks an edge keyed by a word's stem rather than the word (see inflection.ts). */
const STEM_SALT = 0x27d4eb2f;
/** Longest word whose stems the walk tries; longer words are matched as written. */
const MAX_STEM_WORD = 64;

const ASCII = new Uint8Array(128);
/** Folded code of an ASCII word character, 0 for anything else: class and case in one load. */
const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII[c] = charClass(c);
  ASCII_FOLD[c] = ASCII[c] === CharClass.Word ? foldCode(c) : 0;
}

const classOf = (code: number): number => (code < 128 ? ASCII[code]! : charClass(code));

/**
 * Builds the trie: one open-addressed table maps (node, token hash) to the child node while
 * patterns are inserted (by build-data for the bundled patterns, on the page only for a set merged
 * with packs); `freeze` then lays it out as matching reads it.
 */
class TrieBuilder {
  private readonly parent: Int32Array;
  private readonly hash: Int32Array;
  /** Child node id; 0 marks an empty slot (the root is never a child). */
  private readonly child: Int32Array;
  private readonly mask: number;
  private nodes = 1;
  /** Nodes with an edge keyed by a stem: only there does the walk try a word's stems. */
  readonly stemNodes = new Set<number>();

  constructor(maxEdges: number) {
    let size = 16;
    while (size < maxEdges * 2) size <<= 1;
    this.mask = size - 1;
    this.parent = new Int32Array(size);
    this.hash = new Int32Array(size);
    this.child = new Int32Array(size);
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
    }
    return this.child[i]!;
  }

  /** Makes h lead from node to an existing child (another form of the same word); false if taken. */
  link(node: number, h: number, child: number): boolean {
    const i = this.slot(node, h);
    if (this.child[i] !== 0) return this.child[i] === child;
    this.parent[i] = node;
    this.hash[i] = h;
    this.child[i] = child;
    return true;
  }

  /** The child of node along h, or 0. */
  get(node: number, h: number): number {
    return this.child[this.slot(node, h)]!;
  }

  /**
   * The trie as matching reads it: nodes numbered breadth-first, a node's edges consecutive and
   * sorted by unsigned hash, and the patterns ending at each node (`ends`, keyed by builder node).
   */
  freeze(ends: Map<number, number[]>): TrieArrays {
    const nodes = this.nodes;
    // The occupied slots grouped by parent (a counting sort), each group sorted by unsigned hash.
    const first = new Int32Array(nodes + 1);
    for (let i = 0; i <= this.mask; i++) if (this.child[i] !== 0) first[this.parent[i]! + 1]!++;
    for (let n = 0; n < nodes; n++) first[n + 1]! += first[n]!;
    const edges = first[nodes]!;
    const slots = new Int32Array(edges);
    const fill = first.slice(0, nodes);
    for (let i = 0; i <= this.mask; i++) if (this.child[i] !== 0) slots[fill[this.parent[i]!]!++] = i;
    const byHash = (a: number, b: number) => (this.hash[a]! >>> 0) - (this.hash[b]! >>> 0);
    for (let n = 0; n < nodes; n++) if (first[n + 1]! - first[n]! > 1) slots.subarray(first[n]!, first[n + 1]!).sort(byHash);
    // Breadth-first numbering: a node's number is fixed when the first edge reaches it.
    const renumbered = new Int32Array(nodes).fill(-1);
    const order = new Int32Array(nodes);
    renumbered[0] = 0;
    let count = 1;
    for (let q = 0; q < count; q++)
      for (let e = first[order[q]!]!; e < first[order[q]! + 1]!; e++) {
        const c = this.child[slots[e]!]!;
        if (renumbered[c] === -1) {
          renumbered[c] = count;
          order[count++] = c;
        }
      }
    let endCount = 0;
    for (const list of ends.values()) endCount += list.length;
    const start = new Uint32Array(nodes + 1);
    const hashes = new Uint32Array(edges);
    const child = new Uint32Array(edges);
    const endStart = new Uint32Array(nodes + 1);
    const endList = new Uint32Array(endCount);
    const hasStem = new Uint8Array(nodes);
    let e = 0;
    let k = 0;
    for (let n = 0; n < nodes; n++) {
      const old = order[n]!;
      start[n] = e;
      for (let g = first[old]!; g < first[old + 1]!; g++) {
        hashes[e] = this.hash[slots[g]!]!;
        child[e++] = renumbered[this.child[slots[g]!]!]!;
      }
      endStart[n] = k;
      for (const p of ends.get(old) ?? []) endList[k++] = p;
      if (this.stemNodes.has(old)) hasStem[n] = 1;
    }
    start[nodes] = e;
    endStart[nodes] = k;
    return { start, hashes, child, endStart, endList, hasStem };
  }
}

/** The frozen trie: node n's edges are hashes[start[n] .. start[n + 1]) (sorted), leading to child[..]. */
interface TrieArrays {
  start: ArrayLike<number>;
  hashes: Uint32Array;
  child: ArrayLike<number>;
  /** Patterns ending at node n: endList[endStart[n] .. endStart[n + 1]). */
  endStart: ArrayLike<number>;
  endList: ArrayLike<number>;
  /** 1 where a node has an edge keyed by a stem. */
  hasStem: Uint8Array;
}

/** Fields of TrieArrays in the order the compiled form stores them (hashes first: 4-byte aligned). */
const SECTIONS = ['hashes', 'start', 'child', 'endStart', 'endList', 'hasStem'] as const;
type Section = (typeof SECTIONS)[number];

/** Bytes per value of each section: 2 where every value fits, so the form stays small. */
function widthOf(name: Section, values: ArrayLike<number>): 1 | 2 | 4 {
  if (name === 'hasStem') return 1;
  if (name === 'hashes') return 4;
  for (let i = 0; i < values.length; i++) if (values[i]! > 0xffff) return 4;
  return 2;
}

const viewOf = (buffer: ArrayBuffer, offset: number, length: number, width: number): Uint8Array | Uint16Array | Uint32Array =>
  width === 4
    ? new Uint32Array(buffer, offset, length)
    : width === 2
      ? new Uint16Array(buffer, offset, length)
      : new Uint8Array(buffer, offset, length);

/** Padding that keeps the next section aligned for its view. */
const align = (offset: number): number => (offset + 3) & ~3;

/** The frozen arrays as one base64 string (little-endian, as every browser's platform is). */
function encodeTrie(arrays: TrieArrays): CompiledTrie {
  const layout = SECTIONS.map((name) => {
    const values = arrays[name];
    return { name, width: widthOf(name, values), length: values.length };
  });
  let size = 0;
  for (const { width, length } of layout) size = align(size + width * length);
  const buffer = new ArrayBuffer(size);
  let offset = 0;
  for (const { name, width, length } of layout) {
    viewOf(buffer, offset, length, width).set(arrays[name]);
    offset = align(offset + width * length);
  }
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 8192)));
  return { layout: layout.map(({ width, length }) => [width, length]), data: btoa(binary) };
}

/** Base64 to bytes: natively where the platform has it (Chrome 140, Firefox 133), else by a loop. */
function decodeBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Views on one decoded buffer: nothing is copied or built per array. */
function decodeTrie(compiled: CompiledTrie): TrieArrays {
  const bytes = decodeBase64(compiled.data);
  // A fresh array owns its whole buffer; anything else is copied so the views start aligned.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
  const arrays: Partial<Record<Section, ArrayLike<number>>> = {};
  let offset = 0;
  SECTIONS.forEach((name, k) => {
    const [width, length] = compiled.layout[k]!;
    arrays[name] = viewOf(buffer, offset, length, width);
    offset = align(offset + width * length);
  });
  return arrays as TrieArrays;
}

/** Root edges are found through buckets of their hash's top bits: ~20 k edges, ~0.6 a bucket. */
const ROOT_BITS = 15;

/**
 * The trie as matching reads it, on the frozen arrays: lookups are a binary search among a
 * node's sorted edges; the root's, by far the most, are first narrowed to a bucket, and an empty
 * bucket (most words) costs one load.
 */
class Trie {
  private readonly start: ArrayLike<number>;
  private readonly hashes: Uint32Array;
  private readonly child: ArrayLike<number>;
  private readonly rootBucket: Uint32Array;
  readonly hasStem: Uint8Array;
  readonly endStart: ArrayLike<number>;
  readonly endList: ArrayLike<number>;

  constructor(arrays: TrieArrays) {
    ({
      start: this.start,
      hashes: this.hashes,
      child: this.child,
      hasStem: this.hasStem,
      endStart: this.endStart,
      endList: this.endList,
    } = arrays);
    const buckets = new Uint32Array((1 << ROOT_BITS) + 1);
    const rootEnd = this.start[1]!;
    let b = 0;
    for (let e = 0; e < rootEnd; e++) {
      const top = this.hashes[e]! >>> (32 - ROOT_BITS);
      while (b <= top) buckets[b++] = e;
    }
    while (b < buckets.length) buckets[b++] = rootEnd;
    this.rootBucket = buckets;
  }

  hasNext(node: number): boolean {
    return this.start[node + 1]! > this.start[node]!;
  }

  /** The child of node along h, or 0. */
  get(node: number, h: number): number {
    const u = h >>> 0;
    let lo: number;
    let hi: number;
    if (node === 0) {
      const b = u >>> (32 - ROOT_BITS);
      lo = this.rootBucket[b]!;
      hi = this.rootBucket[b + 1]! - 1;
    } else {
      lo = this.start[node]!;
      hi = this.start[node + 1]! - 1;
    }
    const hashes = this.hashes;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = hashes[mid]!;
      if (m === u) return this.child[mid]!;
      if (m < u) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

/**
 * The frozen trie as build-data writes it: its sections' bytes in one base64 string (a fraction of
 * the JSON numbers' size, and decoded natively), with each section's [bytes per value, length].
 */
export interface CompiledTrie {
  layout: [number, number][];
  data: string;
}

/** What `npm run build:data` writes beside the patterns; `patterns` guards against a stale file. */
export interface CompiledMatcher {
  patterns: number;
  punctRoots: boolean;
  trie: CompiledTrie;
}

/** A word of an inflecting pattern, folded, with its stems (null: matched as written). */
interface Word {
  word: string;
  stems: string[] | null;
  /** Whitespace precedes it in the pattern. */
  gap: boolean;
}

const isSigil = (code: number): boolean => code === 0x40 /* @ */ || code === 0x23 /* # */ || code === 0xff03; /* ＃ */

/** Tokens of a pattern as the matcher cuts them: runs of word characters, or single marks. */
function countTokens(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === CharClass.Word) {
      if (!inWord) n++;
      inWord = true;
    } else if (cls !== CharClass.Ignorable) {
      inWord = false;
      if (cls !== CharClass.Space) n++;
    }
  }
  return n;
}

/** The hash of a word continued by more letters (a stem's hash extended by an ending). */
function extendHash(h: number, more: string): number {
  for (let i = 0; i < more.length; i++) h = Math.imul(h ^ foldCode(more.charCodeAt(i)), FNV_PRIME);
  return h;
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
  private readonly arrays: TrieArrays;
  /** The trie being built, only while the constructor inserts the patterns. */
  private builder: TrieBuilder | null = null;

  constructor(set: PatternSet) {
    this.set = set;
    const n = set.patterns.length;
    this.canon = new Array<string | undefined>(n);
    this.folded = new Array<string | undefined>(n);
    this.flags = new Int32Array(n);
    this.entity = new Int32Array(n);
    for (let p = 0; p < n; p++) {
      this.flags[p] = set.patterns[p]![2];
      this.entity[p] = set.patterns[p]![1];
    }
    if (set.compiled?.patterns === n) {
      this.arrays = decodeTrie(set.compiled.trie);
      this.trie = new Trie(this.arrays);
      this.punctRoots = set.compiled.punctRoots;
      return;
    }
    let maxEdges = 0;
    // Inflecting patterns go in first, so exact patterns that begin with one of their forms share
    // the node their forms lead to instead of taking the edge from them.
    const order: number[] = [];
    set.patterns.forEach(([text, , flags], index) => {
      // Edges are tokens, not characters: sizing by tokens keeps the table, the largest structure
      // the content script holds, a fraction of what a bound by characters would take.
      const tokens = countTokens(text);
      const mask = (flags & INFLECT_MASK) >>> INFLECT_SHIFT;
      // An inflecting word has up to one stem per ending length, and the first word all its forms.
      maxEdges += mask === 0 ? tokens : tokens * 6 + 6 * (endingsOf(mask).set.size + 1);
      order.push(index);
    });
    order.sort((a, b) => Number((set.patterns[b]![2] & INFLECT_MASK) !== 0) - Number((set.patterns[a]![2] & INFLECT_MASK) !== 0));
    this.builder = new TrieBuilder(maxEdges);
    const ends = new Map<number, number[]>();
    let punctRoots = false;
    for (const index of order) {
      const [text, , flags] = set.patterns[index]!;
      if (firstClass(text) === CharClass.Punct) punctRoots = true;
      const mask = (flags & INFLECT_MASK) >>> INFLECT_SHIFT;
      const node = mask === 0 ? this.insert(text) : this.insertInflected(index, mask);
      if (node !== 0) {
        const list = ends.get(node);
        if (list) list.push(index);
        else ends.set(node, [index]);
      }
    }
    this.arrays = this.builder.freeze(ends);
    this.builder = null;
    this.trie = new Trie(this.arrays);
    this.punctRoots = punctRoots;
  }

  /** The built trie for the build to write out (see PatternSet.compiled). */
  compile(): CompiledMatcher {
    return { patterns: this.set.patterns.length, punctRoots: this.punctRoots, trie: encodeTrie(this.arrays) };
  }

  /** First words whose forms are linked already, with their languages. */
  private readonly linkedFirst = new Set<string>();

  /**
   * Adds an inflecting pattern. Its first word is reached through every form of it (the scan looks
   * words up directly); later words through an edge per stem, which the walk tries only where the
   * written word is not found.
   */
  private insertInflected(p: number, mask: number): number {
    let node = 0;
    for (const { word, stems, gap } of this.wordsOf(p)) {
      const h = this.hashOf(word);
      const salt = node !== 0 && gap ? GAP_SALT : 0;
      if (!stems) {
        const from = node;
        node = this.builder!.add(from, h ^ salt);
        for (const alt of alternatesOf(word, mask) ?? []) this.builder!.link(from, this.hashOf(alt) ^ salt, node);
        continue;
      }
      const from = node;
      node = from === 0 ? this.firstNode(stems, mask) : this.builder!.add(from, this.hashOf(stems[0]!) ^ STEM_SALT ^ salt);
      for (const stem of stems.slice(1)) this.builder!.link(from, this.hashOf(stem) ^ STEM_SALT ^ salt, node);
      if (from === 0) {
        // Names that begin with the same word share its forms: link them once per word and languages.
        const key = `${word}\u0000${mask}`;
        if (!this.linkedFirst.has(key)) {
          this.linkedFirst.add(key);
          for (const stem of stems) {
            const h0 = this.hashOf(stem);
            this.builder!.link(0, h0, node);
            for (const ending of endingsFor(stem, mask)) this.builder!.link(0, extendHash(h0, ending), node);
          }
        }
      } else {
        this.builder!.stemNodes.add(from);
      }
    }
    return node;
  }

  /**
   * The node a name's first word leads to. Two words can share forms (Privremena and Privremene
   * are both "privremen" plus an ending), and the root keeps one edge per form: a word whose form
   * is taken already joins that node, or its other names would be reached through the other
   * word's node and never found. accept() checks each word, so the shared node is safe.
   */
  private firstNode(stems: readonly string[], mask: number): number {
    const own = this.hashOf(stems[0]!) ^ STEM_SALT;
    let node = this.builder!.get(0, own);
    for (let k = 0; node === 0 && k < stems.length; k++) {
      const h0 = this.hashOf(stems[k]!);
      node = this.builder!.get(0, h0);
      for (const ending of endingsFor(stems[k]!, mask)) {
        if (node !== 0) break;
        node = this.builder!.get(0, extendHash(h0, ending));
      }
    }
    if (node === 0) return this.builder!.add(0, own);
    this.builder!.link(0, own, node);
    return node;
  }

  /** Words of inflecting patterns with their stems (null: matched as written). */
  private readonly words = new Map<number, Word[]>();

  /** An inflecting pattern's words: made on insertion, or when text first reaches a loaded trie's end. */
  private wordsOf(p: number): Word[] {
    const cached = this.words.get(p);
    if (cached) return cached;
    const mask = (this.flags[p]! & INFLECT_MASK) >>> INFLECT_SHIFT;
    const text = this.canonOf(p);
    const words: Word[] = [];
    let i = 0;
    let gap = false;
    while (i < text.length) {
      if (text.charCodeAt(i) === 32) {
        gap = true;
        i++;
        continue;
      }
      this.readHash(text, i);
      const raw = text.slice(i, this.tokenEnd);
      i = this.tokenEnd;
      words.push({ word: foldString(raw), stems: stemsOf(raw, mask, words.length === 0 ? MIN_STEM : MIN_INNER_STEM), gap });
      gap = false;
    }
    this.words.set(p, words);
    return words;
  }

  private hashOf(word: string): number {
    return this.readHash(word, 0);
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
      node = this.builder!.add(node, node !== 0 && gap ? h ^ GAP_SALT : h);
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

  /** The text's inflecting languages (see language.ts), asked for once a gated form fits. */
  private languages: (() => number) | undefined;
  private languageMask = -1;

  /**
   * Leftmost-longest, non-overlapping candidates in text order. Forms that need the text's language
   * (PatternFlag.NeedsLanguage) fit only where `languages` says the text is in one of theirs, so a
   * form that does not fit leaves the place to shorter names (SRSGs in English is a plural).
   */
  candidates(text: string, languages?: () => number): Candidate[] {
    this.languages = languages;
    this.languageMask = -1;
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
      let prev: number;
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
      let found: Candidate | null | 0 = null;
      if (node !== 0) {
        found = this.walk(text, start, end, node);
        if (found) i = found.end;
      }
      if (!found && end - start > 2 && text.charCodeAt(end - 1) === 115 /* s */) {
        // A lower-case plural "s" on an acronym (SRSGs, KSFs) belongs to the word, not the name.
        const stem = trie.get(0, prev);
        found = stem && this.plural(text, start, end, stem);
      }
      if (!found && start > 0 && isSigil(text.charCodeAt(start - 1))) found = this.tagPrefix(text, start, end);
      if (!found && end - start > 3 && CLITIC_FIRST.has(text.charCodeAt(start))) found = this.clitic(text, start, end);
      if (found) out.push(found);
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
    while (trie.hasNext(node)) {
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
      const wordEnd = this.tokenEnd;
      let next = trie.get(node, gap ? h ^ GAP_SALT : h);
      if (trie.hasStem[node] === 1) {
        const stemmed = this.stemStep(text, j, node, gap ? GAP_SALT ^ STEM_SALT : STEM_SALT);
        if (next === 0) next = stemmed;
        else if (stemmed !== 0 && stemmed !== next) {
          // The word as written leads one way (an exact name) and its stem another (an inflecting
          // name that shares the words so far): follow both and keep the longer.
          const other = this.walkFrom(text, start, wordEnd, stemmed, this.accept(text, start, wordEnd, stemmed, best));
          if (other && (!best || other.end > best.end)) best = other;
        }
      }
      if (next === 0) break;
      node = next;
      pos = wordEnd;
      const here = this.accept(text, start, pos, node, null);
      if (here && (!best || here.end >= best.end)) best = here;
    }
    return best;
  }

  private walkFrom(text: string, start: number, pos: number, node: number, best: Candidate | null): Candidate | null {
    const found = this.walk(text, start, pos, node);
    return found && (!best || found.end > best.end) ? found : best;
  }

  /** Prefix hashes of the word being stemmed: prefix[k] is the hash of its first k letters. */
  private readonly prefix = new Int32Array(MAX_STEM_WORD + 1);

  /**
   * The child of node along a stem of the word at j (tokenEnd already holds the word's end): the
   * word less up to the longest ending, tried from the whole word down to MIN_INNER_STEM letters.
   */
  private stemStep(text: string, j: number, node: number, salt: number): number {
    const end = this.tokenEnd;
    const prefix = this.prefix;
    let h = FNV_OFFSET;
    let k = 0;
    prefix[0] = h;
    for (let i = j; i < end; i++) {
      const c = text.charCodeAt(i);
      if (classOf(c) !== CharClass.Word) continue;
      if (k === MAX_STEM_WORD) return 0;
      h = Math.imul(h ^ foldCode(c), FNV_PRIME);
      prefix[++k] = h;
    }
    const { longest } = endingsOf(15);
    for (let cut = 0; cut <= longest && k - cut >= MIN_INNER_STEM; cut++) {
      const next = this.trie.get(node, prefix[k - cut]! ^ salt);
      if (next !== 0) return next;
    }
    return 0;
  }

  /**
   * A hashtag or handle that begins with one of our acronyms and goes on (@EULEXKosovo,
   * #UNMIK2024): the longest acronym that ends where a capital, digit or underscore begins. The
   * candidate covers the whole tag.
   */
  private tagPrefix(text: string, start: number, end: number): Candidate | null {
    if (end - start > MAX_STEM_WORD) return null;
    const prefix = this.prefix;
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (classOf(c) !== CharClass.Word) return null; // invisible characters: not worth the bookkeeping
      h = Math.imul(h ^ foldCode(c), FNV_PRIME);
      prefix[i - start + 1] = h;
    }
    for (let k = end - start - 1; k >= 3; k--) {
      const last = text[start + k - 1]!;
      const next = text[start + k]!;
      if (last === last.toLowerCase() || (next !== '_' && !/[\p{Lu}\p{N}]/u.test(next))) continue;
      const node = this.trie.get(0, prefix[k]!);
      const found = node && this.accept(text, start, start + k, node, null);
      if (!found) continue;
      found.hits = found.hits.filter((hit) => hit.flags & PatternFlag.Acronym && !hit.variant);
      if (found.hits.length === 0) continue;
      found.end = end;
      return found;
    }
    return null;
  }

  /**
   * An Arabic name with its clitics written onto it, as Arabic always writes them: "and", "so"
   * (و ف), "with/by", "like", "for" (ب ك ل), and the article (ال, or لل after ل): واليونيفيل,
   * لليونيفيل, وبعثة الأمم المتحدة. The name is looked up without them; the mark covers the whole
   * word, as a fused ending does in other languages.
   */
  private clitic(text: string, start: number, end: number): Candidate | null {
    let best: Candidate | null = null;
    for (const prefix of ARABIC_CLITICS) {
      const from = start + prefix.length;
      if (end - from < 2 || !text.startsWith(prefix, start)) continue;
      let h = FNV_OFFSET;
      for (let i = from; i < end; i++) {
        const c = text.charCodeAt(i);
        if (classOf(c) === CharClass.Word) h = Math.imul(h ^ foldCode(c), FNV_PRIME);
      }
      const node = this.trie.get(0, h);
      const found = node && this.walk(text, from, end, node);
      if (found && (!best || found.end > best.end)) best = found;
    }
    if (best) best.start = start;
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
      const flags = this.flags[p]!;
      if (flags & PatternFlag.NeedsLanguage) {
        if (this.languageMask < 0) this.languageMask = this.languages?.() ?? 0;
        if ((this.languageMask & ((flags & INFLECT_MASK) >>> INFLECT_SHIFT)) === 0) continue;
      }
      const words = flags & INFLECT_MASK ? this.wordsOf(p) : undefined;
      let variant: boolean;
      if (words) {
        // Checks each word against the pattern's: a stem path found by hash may still be another word.
        const stemLength = inflectedMatch(folded, words, (flags & INFLECT_MASK) >>> INFLECT_SHIFT);
        if (stemLength < 0) continue;
        variant = (flags & PatternFlag.CaseSensitive) !== 0 && slice.slice(0, stemLength) !== this.canonOf(p).slice(0, stemLength);
      } else {
        if (folded !== this.foldedOf(p)) continue; // a hash collision, not this pattern
        variant = (flags & PatternFlag.CaseSensitive) !== 0 && slice !== this.canonOf(p);
      }
      hits.push({ pattern: p, entity: this.entity[p]!, flags, variant });
    }
    if (hits.length === 0) return best;
    // Exact-case hits first; the candidate is a case variant only if none is exact.
    hits.sort((a, b) => Number(a.variant) - Number(b.variant));
    return { start, end, hits, caseVariant: hits[0]!.variant };
  }
}

const TOKEN = /[\p{L}\p{N}\p{M}_]+|\S/gu;
const CLITIC_FIRST = new Set(ARABIC_CLITICS.map((p) => p.charCodeAt(0)));

/**
 * Whether folded text is the pattern's words, each as written or inflected in the pattern's
 * languages; returns the length of the text's first stem (for case checks), or -1.
 */
function inflectedMatch(folded: string, words: readonly Word[], mask: number): number {
  const tokens = folded.match(TOKEN) ?? [];
  if (tokens.length !== words.length) return -1;
  let first = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const { word, stems } = words[k]!;
    let fits = t === word || alternatesOf(word, mask)?.includes(t) ? word.length : -1;
    if (fits < 0 && stems) for (const s of stems) if (inflects(t, s, mask)) fits = Math.max(fits, s.length);
    if (fits < 0) return -1;
    if (k === 0) first = Math.min(fits, word.length);
  }
  return first;
}
