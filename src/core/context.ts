/**
 * The context model: decides which matcher candidates are real mentions.
 *
 * Evidence, strongest first:
 *  1. an exact, unambiguous mention of the same body anywhere in the text (KFOR elsewhere makes a
 *     lower-case "kfor" or an ambiguous alias safe);
 *  2. a cue word from the entity's data within CUE_WINDOW characters (Kosovo, troops, piracy …);
 *  3. for case variants only: a long acronym in title or mixed case (Unficyp, UNMiK), which is
 *     rarely anything else.
 * Ambiguous aliases need 1 or 2; case variants need 1, 2 or 3; everything else is accepted.
 * Text inside URLs and e-mail addresses is never a mention.
 */
import { PatternFlag } from './patterns';
import type { Candidate, Hit, Matcher, Mention } from './matcher';

/** Far enough to reach across a sentence or two, near enough to stay on topic. */
export const CUE_WINDOW = 300;
/** Acronyms this long are unlikely to be ordinary words when capitalised differently. */
const LONG_ACRONYM = 5;

const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+\.|[\p{L}\p{N}-]+\.(?:org|int|com|net|eu|gov|edu|info|io|news|mil|ch|fr|de|uk|be|nl)(?:[/:?#]|$)/iu;

export function resolveMentions(text: string, matcher: Matcher, candidates = matcher.candidates(text)): Mention[] {
  const set = matcher.set;
  const anchored = new Set<number>();
  for (const c of candidates) {
    if (c.caseVariant) continue;
    const h = c.hits[0]!;
    if (!(h.flags & PatternFlag.Ambiguous) && !insideUrl(text, c.start, c.end)) anchored.add(h.entity);
  }
  let lowered: string | null = null;
  const out: Mention[] = [];
  for (const c of candidates) {
    if (insideUrl(text, c.start, c.end)) continue;
    const hit = choose(c, (h) => {
      if (anchored.has(h.entity)) return true;
      const needsCue = (h.flags & PatternFlag.Ambiguous) !== 0;
      if (c.caseVariant && !needsCue && isLongCapitalVariant(text, c)) return true;
      if (!needsCue && !c.caseVariant) return true;
      lowered ??= text.toLowerCase();
      return hasCue(lowered, c.start, c.end, set.cues[set.patterns[h.pattern]![3]]);
    });
    if (hit) out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), id: set.ids[hit.entity]! });
  }
  return out;
}

function choose(c: Candidate, ok: (h: Hit) => boolean): Hit | undefined {
  return c.hits.find(ok);
}

function isLongCapitalVariant(text: string, c: Candidate): boolean {
  if (c.end - c.start < LONG_ACRONYM) return false;
  const first = text[c.start]!;
  return first !== first.toLowerCase();
}

function hasCue(lowered: string, start: number, end: number, cues: string[] | undefined): boolean {
  if (!cues || cues.length === 0) return false;
  const from = Math.max(0, start - CUE_WINDOW);
  const to = Math.min(lowered.length, end + CUE_WINDOW);
  const before = lowered.slice(from, start);
  const after = lowered.slice(end, to);
  return cues.some((cue) => containsWord(before, cue) || containsWord(after, cue));
}

/** Whole-word containment, allowing a plural or inflected tail (troop → troops). */
function containsWord(hay: string, word: string): boolean {
  let i = hay.indexOf(word);
  while (i !== -1) {
    const prev = i === 0 ? ' ' : hay[i - 1]!;
    if (!/[\p{L}\p{N}]/u.test(prev)) return true;
    i = hay.indexOf(word, i + 1);
  }
  return false;
}

/** The whitespace-delimited run around a mention: a URL or e-mail there disqualifies it. */
export function insideUrl(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  if (a === start && b === end) return false;
  return URL_LIKE.test(text.slice(a, b));
}
