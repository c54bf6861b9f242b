/**
 * Offline search over the whole database for the popup. Every word of a query must be found in a
 * body's record — its names and aliases in every language, host countries, headquarters, heads
 * (names and titles), kind, or a word naming a line of the card ("budget", "troops") — so "kfor
 * commander" and "peacekeeping budget" answer the question asked. Among equally good matches,
 * active and major bodies come first: "Mali" puts MINUSMA before a small training mission.
 */
import { budgetMoney, countryName } from './format';
import type { Entity, Kind } from './schema';

/** A line of the card a query asked about, to be shown in view when the card opens. */
export type Line = 'budget' | 'strength' | 'head' | 'headquarters';

/** Where a word was found; "title" is a name, acronym or alias. */
export type Field = 'title' | 'country' | 'headquarters' | 'head' | 'kind' | 'line';

export interface SearchResult {
  id: string;
  /** 100 for a whole name, acronym or alias typed exactly; otherwise how well the words fit (0–80). */
  score: number;
  /** What matched, as written in the record (never an internal id), to show why a result is there. */
  matched: string;
  field: Field;
  line?: Line;
}

export interface SearchOptions {
  /** What each kind is called in the interface language, so "mission" or "opération" finds it. */
  kindLabel?: (kind: Kind) => string;
  /** Words in the interface language that ask for a line of the card, added to the English ones. */
  lineWords?: Partial<Record<'budget' | 'strength' | 'head', readonly string[]>>;
}

/** How much a word found in each field says about a body; a line word only narrows the list. */
const FIELD_WEIGHT: Record<Field, number> = { title: 1, country: 0.9, headquarters: 0.85, head: 0.7, kind: 0.5, line: 0.3 };

const LINE_WORDS = {
  budget: ['budget', 'budgets', 'cost', 'costs', 'funding', 'money', 'spending', 'appropriation'],
  strength: ['troops', 'troop', 'soldiers', 'personnel', 'strength', 'staff', 'police', 'size', 'deployed'],
  head: ['head', 'heads', 'leader', 'leaders', 'chief', 'commander', 'led', 'representative'],
} as const;

/** Words that may be left out of a match: "mission in Kosovo" must not require "in" everywhere. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'for',
  'to',
  'and',
  'at',
  'by',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'en',
  'et',
  'au',
  'aux',
  'el',
  'los',
  'las',
  'del',
  'y',
  'der',
  'die',
  'das',
  'und',
  'im',
  'i',
  'e',
  'në',
  'u',
  'za',
]);

/** Kinds that are operations on the ground come before terms, posts and texts about them. */
const KIND_WEIGHT: Record<Kind, number> = {
  'un-peacekeeping': 0.65,
  'un-political-mission': 0.55,
  'eu-civilian-mission': 0.55,
  'eu-military-operation': 0.55,
  'nato-operation': 0.55,
  'osce-field-operation': 0.5,
  'au-operation': 0.5,
  'regional-operation': 0.5,
  organization: 0.45,
  'un-body': 0.45,
  'international-body': 0.4,
  resolution: 0.3,
  agreement: 0.3,
  position: 0.25,
  'local-institution': 0.2,
  term: 0.15,
};

/** Folds case and diacritics so "Mision" finds "Misión" and "unmik" finds "UNMIK". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** A query or a record's text as words: "U.N. peacekeeping" → ["u", "n", "peacekeeping"]. */
export function words(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * How big and current a body is, 0–1.15: its kind, whether it is active, and its latest strength
 * or budget on a log scale (15,000 troops or a billion dollars count fully).
 */
export function prominence(e: Entity): number {
  const strength = Math.max(0, ...e.strength.map((s) => s.value));
  // Dollars and euros are near enough on this log scale.
  const budget = Math.max(0, ...e.budget.map((b) => budgetMoney(b).amount));
  const size = Math.max(strength > 0 ? Math.log10(strength) / 4.3 : 0, budget > 0 ? (Math.log10(budget) - 6) / 3 : 0);
  return KIND_WEIGHT[e.kind] + (e.status === 'active' ? 0.15 : 0) + 0.3 * Math.min(1, Math.max(0, size));
}

interface Posting {
  entry: number;
  weight: number;
  field: Field;
  text: string;
  line?: Line;
}

interface Entry {
  id: string;
  prominence: number;
  /** Whole titles, folded, for the exact-title rank; with the text to show. */
  titles: { folded: string; text: string; weight: number }[];
}

interface WordHit {
  score: number;
  posting: Posting;
}

export class SearchIndex {
  private readonly entries: Entry[] = [];
  /** Every word of every record, with the bodies it belongs to (best field per body). */
  private readonly postings = new Map<string, Posting[]>();
  private readonly vocabulary: string[];

  constructor(entities: readonly Entity[], options: SearchOptions = {}) {
    const lineWords = (line: keyof typeof LINE_WORDS) => [...LINE_WORDS[line], ...(options.lineWords?.[line] ?? [])];
    entities.forEach((e, entry) => {
      const titles: Entry['titles'] = [];
      const post = (text: string | null | undefined, field: Field, line?: Line, weight = FIELD_WEIGHT[field]) => {
        if (!text) return;
        for (const word of words(text)) this.post(word, { entry, weight, field, text, line });
      };
      const title = (text: string | null | undefined, weight: number) => {
        if (!text) return;
        const bare = text.replace(/^[@#]/, '');
        titles.push({ folded: fold(bare), text: bare, weight });
        post(bare, 'title');
      };
      title(e.acronym, 1);
      title(e.name, 0.98);
      for (const a of e.aliases) title(a.text, a.type === 'former' ? 0.94 : 0.96);
      for (const h of e.host) post(countryName(h), 'country');
      post(e.headquarters, 'headquarters', 'headquarters');
      for (const l of e.leaders) {
        post(l.name, 'head', 'head');
        post(l.title, 'head', 'head');
      }
      post(e.kind.replace(/-/g, ' '), 'kind');
      post(options.kindLabel?.(e.kind), 'kind');
      if (e.budget.length > 0) for (const w of lineWords('budget')) post(w, 'line', 'budget');
      if (e.strength.length > 0) for (const w of lineWords('strength')) post(w, 'line', 'strength');
      if (e.leaders.length > 0) for (const w of lineWords('head')) post(w, 'line', 'head');
      this.entries.push({ id: e.id, prominence: prominence(e), titles });
    });
    this.vocabulary = [...this.postings.keys()];
  }

  /** Keeps one posting per body and word: the field that says most. */
  private post(word: string, p: Posting): void {
    const list = this.postings.get(word);
    if (!list) {
      this.postings.set(word, [p]);
      return;
    }
    const last = list[list.length - 1]!;
    if (last.entry !== p.entry) list.push(p);
    else if (p.weight > last.weight) list[list.length - 1] = p;
  }

  search(query: string, limit = 20): SearchResult[] {
    return this.run(words(query.replace(/(^|\s)[@#]/g, '$1')), fold(query.replace(/^[@#]/, '')), limit);
  }

  private run(qwords: string[], phrase: string, limit: number): SearchResult[] {
    if (qwords.length === 0) return [];
    const needed = qwords.filter((w) => !STOP_WORDS.has(w));
    const counted = needed.length > 0 ? [...new Set(needed)] : [...new Set(qwords)];
    // Each word's best hit per body; a body missing any counted word drops out.
    let hits: Map<number, WordHit[]> | null = null;
    for (const w of counted) {
      const found = this.hitsFor(w);
      if (found.size === 0) return [];
      if (hits === null) {
        hits = new Map([...found].map(([entry, hit]) => [entry, [hit]]));
        continue;
      }
      for (const [entry, list] of hits) {
        const hit = found.get(entry);
        if (hit) list.push(hit);
        else hits.delete(entry);
      }
      if (hits.size === 0) return [];
    }
    const results: (SearchResult & { rank: number })[] = [];
    for (const [entry, list] of hits!) {
      const e = this.entries[entry]!;
      const exact = e.titles.find((t) => t.folded === phrase);
      const relevance = list.reduce((sum, h) => sum + h.score, 0) / list.length;
      // The most telling hit explains the result: a headquarters or a head over a name.
      const why = list.reduce((a, b) => (FIELD_RANK[b.posting.field] > FIELD_RANK[a.posting.field] ? b : a));
      const line = list.find((h) => h.posting.line)?.posting.line;
      const score = exact ? 100 * exact.weight : relevance * 80;
      results.push({
        id: e.id,
        score,
        matched: exact ? exact.text : why.posting.text,
        field: exact ? 'title' : why.posting.field,
        ...(line ? { line } : {}),
        rank: score + e.prominence * 20,
      });
    }
    results.sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1));
    return results.slice(0, limit).map(({ rank: _, ...r }) => r);
  }

  /** The bodies holding a word, exactly, as a prefix, inside a longer word, or with one typo. */
  private hitsFor(word: string): Map<number, WordHit> {
    const best = new Map<number, WordHit>();
    const take = (token: string, quality: number) => {
      for (const posting of this.postings.get(token)!) {
        const score = quality * posting.weight;
        const had = best.get(posting.entry);
        if (!had || score > had.score) best.set(posting.entry, { score, posting });
      }
    };
    const n = word.length;
    for (const token of this.vocabulary) {
      if (token === word) take(token, 1);
      else if (token.startsWith(word)) take(token, 0.8);
      else if (n >= 3 && token.includes(word)) take(token, 0.55);
      else if (n >= 4 && Math.abs(token.length - n) <= 1 && withinOneEdit(word, token)) take(token, 0.45);
      else if (n >= 4 && token.length > n && withinOneEdit(word, token.slice(0, n))) take(token, 0.4);
    }
    return best;
  }

  /**
   * When a query finds nothing: the same query with each unknown word replaced by the nearest
   * known one (two edits at most), if that finds something, and the words that matched nothing.
   */
  explain(query: string): { didYouMean: string | null; unknown: string[] } {
    const qwords = words(query.replace(/(^|\s)[@#]/g, '$1'));
    const unknown = qwords.filter((w) => !STOP_WORDS.has(w) && this.hitsFor(w).size === 0);
    if (unknown.length === 0) return { didYouMean: null, unknown };
    const fixed = qwords.map((w) => (unknown.includes(w) ? (this.nearest(w) ?? w) : w));
    const changed = fixed.some((w, i) => w !== qwords[i]);
    const didYouMean = changed && this.run(fixed, fixed.join(' '), 1).length > 0 ? fixed.join(' ') : null;
    return { didYouMean, unknown };
  }

  private nearest(word: string): string | null {
    if (word.length < 3) return null;
    const limit = word.length >= 5 ? 2 : 1;
    let best: string | null = null;
    let bestCost = Infinity;
    for (const token of this.vocabulary) {
      // A misspelt word rarely starts with the wrong letter: "nakura" → "naqoura", not "banana" → "hanna".
      if (token[0] !== word[0] || Math.abs(token.length - word.length) > limit || token.length < 3) continue;
      const d = editDistance(word, token, limit);
      // Equal distance: the word more bodies share is the likelier meaning.
      const cost = d - this.postings.get(token)!.length / 1000;
      if (d <= limit && cost < bestCost) {
        best = token;
        bestCost = cost;
      }
    }
    return best;
  }
}

const FIELD_RANK: Record<Field, number> = { kind: 0, title: 1, line: 2, country: 3, head: 4, headquarters: 5 };

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or transposition). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Edit distance with transpositions (optimal string alignment), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
