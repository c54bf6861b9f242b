/**
 * Offline search over the whole database for the popup: acronyms, names and aliases in every
 * language, ranked exact > prefix > word prefix > substring > one typo.
 */
import { countryName } from './format';
import type { Entity } from './schema';

export interface SearchResult {
  id: string;
  score: number;
  /** The string that matched, to show why a result is there. */
  matched: string;
}

interface Term {
  text: string;
  folded: string;
  weight: number;
}

/** Folds case and diacritics so "Mision" finds "Misión" and "unmik" finds "UNMIK". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, "'").replace(/\s+/g, ' ').trim();
}

export class SearchIndex {
  private readonly entries: { id: string; terms: Term[] }[];

  constructor(entities: readonly Entity[]) {
    this.entries = entities.map((e) => {
      const terms: Term[] = [];
      const add = (text: string | null | undefined, weight: number) => {
        if (text) terms.push({ text, folded: fold(text), weight });
      };
      add(e.acronym, 1);
      add(e.id, 0.95);
      add(e.name, 0.9);
      for (const a of e.aliases) add(a.text.replace(/^[@#]/, ''), a.type === 'former' ? 0.8 : 0.85);
      for (const h of e.host) add(countryName(h), 0.5);
      return { id: e.id, terms };
    });
  }

  search(query: string, limit = 20): SearchResult[] {
    const q = fold(query.replace(/^[@#]/, ''));
    if (!q) return [];
    const results: SearchResult[] = [];
    for (const entry of this.entries) {
      let best = 0;
      let matched = '';
      for (const t of entry.terms) {
        const s = scoreTerm(q, t.folded) * t.weight;
        if (s > best) {
          best = s;
          matched = t.text;
        }
      }
      if (best > 0) results.push({ id: entry.id, score: best, matched });
    }
    results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return results.slice(0, limit);
  }
}

function scoreTerm(q: string, t: string): number {
  if (t === q) return 100;
  if (t.startsWith(q)) return 80 - Math.min(20, t.length - q.length) / 4;
  if (t.includes(` ${q}`)) return 60;
  if (q.length >= 3 && t.includes(q)) return 40;
  if (q.length >= 4 && withinOneEdit(q, t.slice(0, q.length + 1))) return 30;
  if (q.length >= 4 && withinOneEdit(q, t)) return 30;
  return 0;
}

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
