/**
 * The context model: decides which matcher candidates are real mentions.
 *
 * Evidence for a body, strongest first:
 *  1. anchoring — an exact, unambiguous mention of the same body anywhere in the text (KFOR's
 *     full name elsewhere makes "kfor" or the ambiguous acronym safe);
 *  2. a cue word from the alias's data within CUE_WINDOW characters (Kosovo, troops, piracy …);
 *  3. a sibling — an unambiguous mention of another body with the same parent nearby (UNMIK
 *     next to "#UNSC"); the parent organization itself does not count, since "OSCE" says
 *     nothing about whether "SMM" is its monitoring mission or social media marketing.
 * Evidence against: a not-cue word within the window (Unami *language*), or a blocker phrase
 * covering the span (the AU's "Peace and Security Council" is not the UN's).
 *
 * Rules:
 *  - exact, unambiguous: accepted;
 *  - exact, ambiguous: needs 1, 2 or 3;
 *  - case variant of an acronym in title or mixed case (Unficyp, UNMiK, Nato): accepted when
 *    the acronym is long enough to be unlikely as a word, else needs 1, 2 or 3;
 *  - lower-case variant (kfor): needs 1 (and 2 or 3 as well when ambiguous);
 *  - not-cues near an ambiguous or variant mention, URLs and e-mail addresses always reject.
 */
import { type CompactPattern, PatternFlag } from './patterns';
import type { Candidate, Hit, Matcher, Mention } from './matcher';

/** Far enough to reach across a sentence or two, near enough to stay on topic. */
export const CUE_WINDOW = 300;
/** Acronyms this long rarely collide with words when written in title case. */
const TITLE_CASE_MIN = 4;

const URL_LIKE =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+\.|[\p{L}\p{N}-]+\.(?:org|int|com|net|eu|gov|edu|info|io|news|mil|ch|fr|de|uk|be|nl)(?:[/:?#]|$)/iu;

/**
 * `pageAnchors` carries anchoring across the pieces of one page read at different times: bodies
 * anchored in earlier pieces count here, and this piece's anchors are added to it.
 */
export function resolveMentions(text: string, matcher: Matcher, pageAnchors?: Set<number>): Mention[] {
  const set = matcher.set;
  const candidates = matcher.candidates(text);
  const urls = candidates.map((c) => insideUrl(text, c.start, c.end));
  const anchors: { pos: number; entity: number }[] = [];
  candidates.forEach((c, i) => {
    if (urls[i]) return;
    c.hits = c.hits.filter((h) => !(h.flags & PatternFlag.Social) || hasSigil(text, c.start));
    for (const h of c.hits) {
      if (!h.variant && !(h.flags & (PatternFlag.Ambiguous | PatternFlag.Blocker))) anchors.push({ pos: c.start, entity: h.entity });
    }
  });
  const anchored = pageAnchors ?? new Set<number>();
  for (const a of anchors) anchored.add(a.entity);
  const evidence = (c: Candidate, h: Hit): Evidence => ({
    anchored: anchored.has(h.entity),
    near(list) {
      return list >= 0 && hasCue(text, c.start, c.end, set.cues[list]!);
    },
    sibling() {
      // Only for acronyms: a sibling operation nearby says little about a word like "Atalanta".
      const parent = !h.variant && h.flags & (PatternFlag.Acronym | PatternFlag.Social) ? (set.parents[h.entity] ?? -1) : -1;
      return parent >= 0 && anchors.some((a) =>
        a.entity !== h.entity && Math.abs(a.pos - c.start) <= CUE_WINDOW &&
        set.parents[a.entity] === parent && set.kinds[a.entity] !== 'organization');
    },
  });
  const out: Mention[] = [];
  candidates.forEach((c, i) => {
    if (urls[i] || c.hits.some((h) => h.flags & PatternFlag.Blocker)) return;
    const hit = c.hits.find((h) => accept(text, c, h, set.patterns[h.pattern]!, evidence(c, h)));
    if (hit) out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), id: set.ids[hit.entity]! });
  });
  return out;
}

interface Evidence {
  /** An exact, unambiguous mention of the same body elsewhere in the text. */
  anchored: boolean;
  /** A word of the given cue list within the window. */
  near: (list: number) => boolean;
  /** An unambiguous mention of a sibling body (same parent, not the parent itself) within the window. */
  sibling: () => boolean;
}

function accept(text: string, c: Candidate, h: Hit, pattern: CompactPattern, ev: Evidence): boolean {
  const [, , , cues, notCues] = pattern;
  const ambiguous = (h.flags & PatternFlag.Ambiguous) !== 0;
  if (!h.variant && !ambiguous) return true;
  if (ev.near(notCues)) return false;
  const supported = () => ev.anchored || ev.near(cues) || ev.sibling();
  if (!h.variant) return supported();
  const first = text[c.start]!;
  if (first === first.toLowerCase()) return ev.anchored && (!ambiguous || ev.near(cues) || ev.sibling());
  if (ambiguous) return supported();
  return c.end - c.start >= TITLE_CASE_MIN || supported();
}

/** Handles and hashtags count only with their sigil: "#KFOR" is a hashtag, "KFOR" is the acronym. */
function hasSigil(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return before === 0x40 /* @ */ || before === 0x23 /* # */ || before === 0xff03 /* ＃ */;
}

function hasCue(text: string, start: number, end: number, cues: readonly string[]): boolean {
  const before = text.slice(Math.max(0, start - CUE_WINDOW), start).toLowerCase();
  const after = text.slice(end, end + CUE_WINDOW).toLowerCase();
  return cues.some((cue) => containsWord(before, cue) || containsWord(after, cue));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whole-word containment; cues of five letters or more may take a short ending (troop → troops). */
export function containsWord(hay: string, word: string): boolean {
  const tail = word.length >= 5 ? 2 : 0;
  for (let i = hay.indexOf(word); i !== -1; i = hay.indexOf(word, i + 1)) {
    if (i > 0 && WORD_CHAR.test(hay[i - 1]!)) continue;
    let j = i + word.length;
    const limit = j + tail;
    while (j < hay.length && j < limit && WORD_CHAR.test(hay[j]!)) j++;
    if (j >= hay.length || !WORD_CHAR.test(hay[j]!)) return true;
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
