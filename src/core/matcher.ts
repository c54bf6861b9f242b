/**
 * Multi-pattern matcher over token hashes. The hot loop touches each UTF-16 unit once, folds
 * case arithmetically and looks up a 32-bit hash only at word ends, so almost no strings are
 * allocated on text that mentions nothing.
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
  /** True when the text's case differs from a case-sensitive pattern (UNMiK, kfor). */
  caseVariant: boolean;
}

interface TrieNode {
  key: string;
  next: Map<number, TrieNode> | null;
  /** Pattern indices ending here. */
  ends: number[] | null;
  /** Next node with the same hash but another key (hash collision chain). */
  alt: TrieNode | null;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const GAP_SALT = 0x5bd1e995;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = charClass(c);

const classOf = (code: number): number => (code < 128 ? ASCII[code]! : charClass(code));

interface PatternToken {
  key: string;
  hash: number;
  gap: boolean;
}

function tokenize(text: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  let i = 0;
  let gap = false;
  while (i < text.length) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === CharClass.Space) {
      gap = true;
      i++;
    } else if (cls === CharClass.Ignorable) {
      i++;
    } else {
      const [key, end] = readToken(text, i);
      tokens.push({ key, hash: hashKey(key), gap });
      gap = false;
      i = end;
    }
  }
  return tokens;
}

/** Reads one token at i: a run of word characters (ignorables inside skipped) or one mark. */
function readToken(text: string, i: number): [key: string, end: number] {
  const code = text.charCodeAt(i);
  if (classOf(code) !== CharClass.Word) return [String.fromCharCode(foldCode(code)), i + 1];
  let key = '';
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    const cls = classOf(c);
    if (cls === CharClass.Word) key += String.fromCharCode(foldCode(c));
    else if (cls !== CharClass.Ignorable) break;
    j++;
  }
  return [key, trimIgnorables(text, i, j)];
}

/** A word's end excludes trailing invisible characters, so a mention never ends on one. */
function trimIgnorables(text: string, start: number, end: number): number {
  while (end > start && classOf(text.charCodeAt(end - 1)) === CharClass.Ignorable) end--;
  return end;
}

function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Case-preserving normal form used to check case-sensitive patterns. */
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

export class Matcher {
  private readonly root = new Map<number, TrieNode>();
  private readonly canon: string[];
  private readonly flags: Int32Array;
  private readonly entity: Int32Array;
  readonly set: PatternSet;

  constructor(set: PatternSet) {
    this.set = set;
    const n = set.patterns.length;
    this.canon = new Array<string>(n);
    this.flags = new Int32Array(n);
    this.entity = new Int32Array(n);
    set.patterns.forEach(([text, entity, flags], index) => {
      this.canon[index] = canonical(text);
      this.flags[index] = flags;
      this.entity[index] = entity;
      const tokens = tokenize(text);
      if (tokens.length > 0) this.insert(tokens, index);
    });
  }

  private insert(tokens: PatternToken[], pattern: number): void {
    let map = this.root;
    let node: TrieNode | undefined;
    tokens.forEach((t, i) => {
      const edge = i === 0 ? t.hash : t.hash ^ (t.gap ? GAP_SALT : 0);
      let n = map.get(edge);
      while (n && n.key !== t.key) n = n.alt ?? undefined;
      if (!n) {
        n = { key: t.key, next: null, ends: null, alt: map.get(edge) ?? null };
        map.set(edge, n);
      }
      node = n;
      if (i < tokens.length - 1) map = n.next ??= new Map();
    });
    (node!.ends ??= []).push(pattern);
  }

  /** Leftmost-longest, non-overlapping candidates in text order. */
  candidates(text: string): Candidate[] {
    const out: Candidate[] = [];
    const n = text.length;
    const root = this.root;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let cls = c < 128 ? ASCII[c]! : charClass(c);
      if (cls === CharClass.Word) {
        const start = i;
        let h = FNV_OFFSET;
        let prev = h;
        let last = 0;
        do {
          if (cls === CharClass.Word) {
            prev = h;
            last = c;
            h = Math.imul(h ^ (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c)), FNV_PRIME);
          }
          if (++i >= n) break;
          c = text.charCodeAt(i);
          cls = c < 128 ? ASCII[c]! : charClass(c);
        } while (cls === CharClass.Word || cls === CharClass.Ignorable);
        const node = root.get(h);
        if (node !== undefined) {
          const found = this.walk(text, start, node);
          if (found) {
            out.push(found);
            i = found.end;
          }
        } else if (last === 115 /* s */ && i - start > 2) {
          // A lower-case plural "s" on an acronym (SRSGs, KSFs) belongs to the word, not the name.
          const stem = root.get(prev);
          if (stem !== undefined) {
            const found = this.plural(text, start, i, stem);
            if (found) out.push(found);
          }
        }
      } else if (cls === CharClass.Punct) {
        const node = root.get(Math.imul(FNV_OFFSET ^ foldCode(c), FNV_PRIME));
        if (node !== undefined) {
          const found = this.walk(text, i, node);
          if (found) {
            out.push(found);
            i = found.end;
            continue;
          }
        }
        i++;
      } else {
        i++;
      }
    }
    return out;
  }

  private walk(text: string, start: number, first: TrieNode): Candidate | null {
    const [key0, end0] = readToken(text, start);
    let node: TrieNode | null = first;
    while (node && node.key !== key0) node = node.alt;
    if (!node) return null;
    let best: Candidate | null = this.accept(text, start, end0, node, null);
    let pos = end0;
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
      const [key, end] = readToken(text, j);
      let next: TrieNode | null = node.next.get(hashKey(key) ^ (gap ? GAP_SALT : 0)) ?? null;
      while (next && next.key !== key) next = next.alt;
      if (!next) break;
      node = next;
      pos = end;
      best = this.accept(text, start, pos, node, best);
    }
    return best;
  }

  private plural(text: string, start: number, end: number, first: TrieNode): Candidate | null {
    const [word] = readToken(text, start);
    const stem = word.slice(0, -1);
    let node: TrieNode | null = first;
    while (node && node.key !== stem) node = node.alt;
    if (!node?.ends) return null;
    const stemEnd = trimIgnorables(text, start, end - 1);
    const found = this.accept(text, start, stemEnd, node, null);
    if (!found) return null;
    found.hits = found.hits.filter((h) => h.flags & PatternFlag.Acronym && !h.variant);
    return found.hits.length > 0 ? found : null;
  }

  private accept(text: string, start: number, end: number, node: TrieNode, best: Candidate | null): Candidate | null {
    if (!node.ends) return best;
    const hits: Hit[] = [];
    let slice: string | null = null;
    for (const p of node.ends) {
      const flags = this.flags[p]!;
      let variant = false;
      if (flags & PatternFlag.CaseSensitive) {
        slice ??= canonical(text, start, end);
        variant = slice !== this.canon[p];
      }
      hits.push({ pattern: p, entity: this.entity[p]!, flags, variant });
    }
    // Exact-case hits first; the candidate is a case variant only if none is exact.
    hits.sort((a, b) => Number(a.variant) - Number(b.variant));
    return { start, end, hits, caseVariant: hits[0]!.variant };
  }

  /** Maps a candidate's hit to its id, for callers that skip the context model. */
  idOf(hit: Hit): string {
    return this.set.ids[hit.entity]!;
  }
}
