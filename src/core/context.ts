/**
 * The context model: decides which matcher candidates are real mentions, on the evidence a careful
 * reader uses in any language (docs/DETECTION.md has the whole model).
 *
 * For a body: anchoring (an exact, unambiguous mention of it anywhere), a definition in the text
 * ("Kosovo Force (KFOR)"), a cue word by stem within CUE_WINDOW (kosovo: Kosova, Kosovës, Косово),
 * and for acronyms its parent or a sibling nearby (NATO next to KFOR-it).
 * Against: a not-cue nearby, the acronym defined as something else ("the Information
 * Commissioner's Office (ICO)"), a blocker phrase covering the span, a URL or e-mail address.
 * Each candidate is judged on its own evidence first; open ones then take the text's one sense
 * (one sense per discourse). One-word operation names that are also words or given names
 * (Atalanta, Sophia) need an operation word beside them.
 */
import { ARABIC_CLITICS } from './chars';
import { inflectingLanguages } from './language';
import { type CompactPattern, PatternFlag } from './patterns';
import type { Candidate, Hit, Matcher, Mention } from './matcher';

/** Far enough to reach across a sentence or two, near enough to stay on topic. */
export const CUE_WINDOW = 300;
/** Acronyms this long rarely collide with words when written in title case. */
const TITLE_CASE_MIN = 4;

const URL_LIKE =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+\.|[\p{L}\p{N}-]+\.(?:org|int|com|net|eu|gov|edu|info|io|news|mil|ch|fr|de|uk|be|nl)(?:[/:?#]|$)/iu;

/** Names that are ordinary words or given names (Atalanta, Sophia) need evidence this close. */
export const TIGHT_WINDOW = 24;

/**
 * Words that name an operation, a mission or its ships in the languages we read: next to a name
 * that is also a word or a given name ("Operation Sophia", "missione Irini", "Atalanta
 * warships"), they show it is the operation.
 */
const TIGHT_CUES = [
  'operation',
  'opération',
  'operazione',
  'operación',
  'operacion',
  'operação',
  'operacija',
  'operacioni',
  'mission',
  'missione',
  'misión',
  'mision',
  'misija',
  'misioni',
  'naval',
  'navfor',
  'eunavfor',
  'eufor',
  'warship',
  'frigate',
  'frégate',
  'fregata',
  'fragata',
  'fregatte',
  'flotilla',
  // Chinese: operation, mission, navy, frigate; Arabic: operation, mission, frigate.
  '行动',
  '特派团',
  '海军',
  '护卫舰',
  'عملية',
  'بعثة',
  'فرقاطة',
];

/**
 * `pageAnchors` carries anchoring across the pieces of one page read at different times: bodies
 * anchored in earlier pieces count here, and this piece's anchors are added to it.
 */
export function resolveMentions(text: string, matcher: Matcher, pageAnchors?: Set<number>): Mention[] {
  const set = matcher.set;
  const candidates = matcher.candidates(text, () => inflectingLanguages(text));
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
  const defs = definitions(text, candidates, urls, set.parents);
  const evidence = (c: Candidate, h: Hit): Evidence => ({
    anchored: anchored.has(h.entity) || defs.ours.has(h.entity),
    definedOtherwise: (h.flags & PatternFlag.Ambiguous) !== 0 && defs.other.has(text.slice(c.start, c.end)),
    near(list) {
      return list >= 0 && hasCue(text, c.start, c.end, set.cues[list]!, CUE_WINDOW);
    },
    tight(list) {
      if (hasTightCue(text, c.start, c.end)) return true;
      // The EU writes its operations in capitals (ATALANTA, IRINI); people and clubs rarely are:
      // in capitals, a cue of the operation's own in the same sentence is close enough.
      const written = text.slice(c.start, c.end);
      if (list < 0 || written !== written.toUpperCase()) return false;
      const { start, end } = sentenceAround(text, c.start, c.end);
      return hasCue(text.slice(start, end), c.start - start, c.end - start, set.cues[list]!, CUE_WINDOW);
    },
    sibling() {
      // Only for acronyms: a sibling operation nearby says little about a word like "Atalanta".
      const parent = !h.variant && h.flags & (PatternFlag.Acronym | PatternFlag.Social) ? (set.parents[h.entity] ?? -1) : -1;
      // The parent itself counts: NATO next to KFOR-it in an Albanian text is what a reader goes by.
      return (
        parent >= 0 &&
        anchors.some(
          (a) =>
            a.entity !== h.entity &&
            Math.abs(a.pos - c.start) <= CUE_WINDOW &&
            (a.entity === parent || (set.parents[a.entity] === parent && set.kinds[a.entity] !== 'organization')),
        )
      );
    },
  });
  // First each candidate on its own evidence; then one sense per discourse settles the open ones:
  // a body whose ambiguous name the text supports somewhere, and contests nowhere, keeps that sense.
  const verdicts = candidates.map((c, i): { hit: Hit; verdict: Verdict }[] => {
    if (urls[i] || c.hits.some((h) => h.flags & PatternFlag.Blocker)) return [];
    return c.hits.map((h) => ({ hit: h, verdict: judge(text, c, h, set.patterns[h.pattern]!, evidence(c, h)) }));
  });
  const supported = new Set<number>();
  const contested = new Set<number>();
  for (const list of verdicts) {
    for (const { hit, verdict } of list) {
      if (verdict === Verdict.Accept) supported.add(hit.entity);
      else if (verdict === Verdict.Veto) contested.add(hit.entity);
    }
  }
  const out: Mention[] = [];
  candidates.forEach((c, i) => {
    const chosen = verdicts[i]!.find(
      ({ hit, verdict }) =>
        verdict === Verdict.Accept || (verdict === Verdict.Open && supported.has(hit.entity) && !contested.has(hit.entity)),
    );
    if (!chosen) return;
    const hit = chosen.hit;
    if (hit.flags & PatternFlag.Ambiguous && !contested.has(hit.entity)) anchored.add(hit.entity);
    // A handle or hashtag is marked with its sigil, as readers see it.
    const start = hasSigil(text, c.start) && (c.start < 2 || !WORD_CHAR.test(text[c.start - 2]!)) ? c.start - 1 : c.start;
    out.push({ start, end: c.end, text: text.slice(start, c.end), id: set.ids[hit.entity]! });
  });
  return out;
}

const enum Verdict {
  Accept,
  Reject,
  /** Rejected because the text shows the other sense: contests the body for the whole text. */
  Veto,
  /** No evidence here: decided by the rest of the text. */
  Open,
}

interface Evidence {
  /** An exact, unambiguous mention of the same body elsewhere in the text, or its definition. */
  anchored: boolean;
  /** The text defines this acronym as something else ("the Information Commissioner's Office (ICO)"). */
  definedOtherwise: boolean;
  /** A word of the given cue list within the window. */
  near: (list: number) => boolean;
  /** An operation word right next to the name, or (in capitals) one of its cues in the sentence. */
  tight: (list: number) => boolean;
  /** An unambiguous mention of the parent or a sibling body (same parent) within the window. */
  sibling: () => boolean;
}

function judge(text: string, c: Candidate, h: Hit, pattern: CompactPattern, ev: Evidence): Verdict {
  const [, , , cues, notCues] = pattern;
  const ambiguous = (h.flags & PatternFlag.Ambiguous) !== 0;
  if (!h.variant && !ambiguous) return Verdict.Accept;
  if (ev.near(notCues) || ev.definedOtherwise) return Verdict.Veto;
  if (h.flags & PatternFlag.Tight) return ev.tight(cues) ? Verdict.Accept : Verdict.Reject;
  const supported = () => ev.anchored || ev.near(cues) || ev.sibling();
  if (!h.variant) return supported() ? Verdict.Accept : Verdict.Open;
  const first = text[c.start]!;
  if (first === first.toLowerCase()) {
    return ev.anchored && (!ambiguous || ev.near(cues) || ev.sibling()) ? Verdict.Accept : Verdict.Reject;
  }
  if (ambiguous) return supported() ? Verdict.Accept : Verdict.Open;
  return c.end - c.start >= TITLE_CASE_MIN || supported() ? Verdict.Accept : Verdict.Reject;
}

/** Handles and hashtags count only with their sigil: "#KFOR" is a hashtag, "KFOR" is the acronym. */
function hasSigil(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return before === 0x40 /* @ */ || before === 0x23 /* # */ || before === 0xff03; /* ＃ */
}

function hasCue(text: string, start: number, end: number, cues: readonly string[], window: number): boolean {
  const before = text.slice(Math.max(0, start - window), start).toLowerCase();
  const after = text.slice(end, end + window).toLowerCase();
  return cues.some((cue) => containsWord(before, cue) || containsWord(after, cue));
}

/** An operation word beside the name, in the same clause: "Operation Sophia", "Irini mission". */
function hasTightCue(text: string, start: number, end: number): boolean {
  const before = text
    .slice(Math.max(0, start - TIGHT_WINDOW), start)
    .toLowerCase()
    .split(CLAUSE_BREAK)
    .pop()!;
  const after = text
    .slice(end, end + TIGHT_WINDOW)
    .toLowerCase()
    .split(CLAUSE_BREAK)[0]!;
  return TIGHT_CUES.some((cue) => containsWord(before, cue) || containsWord(after, cue));
}

/** A cue's script, from its first character (cheaper than a regular expression in the hot path). */
const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const isArabic = (code: number) => code >= 0x0600 && code <= 0x06ff;
const CLITICS = new Set(ARABIC_CLITICS);

/** Whether the letters before position i, back to the word's start, are Arabic clitics (بال, لل, و). */
function afterClitics(hay: string, i: number): boolean {
  let start = i;
  while (start > 0 && WORD_CHAR.test(hay[start - 1]!) && i - start < 4) start--;
  return (start === 0 || !WORD_CHAR.test(hay[start - 1]!)) && CLITICS.has(hay.slice(start, i));
}

const CLAUSE_BREAK = /[,.;:!?()\n，。；：！？、（）،؛]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const FINAL_VOWELS = /[aeiouyëéèàòóáíúäöüаеиоуыяюэ]{1,2}$/u;

/**
 * Whole-word containment by stem, so one cue serves every language's forms: a cue of five
 * letters or more loses its final vowels and may take an ending of up to three letters
 * (kosovo → Kosova, Kosovës, Kosovu; troop → troops; soldat → Soldaten, soldati).
 */
export function containsWord(hay: string, word: string): boolean {
  // Chinese writes no spaces between words: a cue is found anywhere in the run of characters.
  const first = word.charCodeAt(0);
  if (isHan(first)) return hay.includes(word);
  const arabic = isArabic(first);
  let stem = word;
  let tail = 0;
  if (word.length >= 5) {
    stem = word.replace(FINAL_VOWELS, '');
    if (stem.length < 4) stem = word;
    tail = 3;
  }
  for (let i = hay.indexOf(stem); i !== -1; i = hay.indexOf(stem, i + 1)) {
    if (i > 0 && WORD_CHAR.test(hay[i - 1]!) && !(arabic && afterClitics(hay, i))) continue;
    let j = i + stem.length;
    const limit = j + tail;
    while (j < hay.length && j < limit && WORD_CHAR.test(hay[j]!)) j++;
    if (j >= hay.length || !WORD_CHAR.test(hay[j]!)) return true;
  }
  return false;
}

/**
 * Acronyms the text defines (Schwartz & Hearst: "long form (ACR)" or "ACR (long form)", the
 * acronym's letters found in order in the long form, the first at a word's start). A definition
 * whose long form names the same body anchors it; one that names something else ("the
 * Information Commissioner's Office (ICO)") makes that acronym mean something else in this text.
 */
function definitions(
  text: string,
  candidates: readonly Candidate[],
  urls: readonly boolean[],
  parents: readonly number[],
): { ours: Set<number>; other: Set<string> } {
  const ours = new Set<number>();
  const other = new Set<string>();
  candidates.forEach((c, i) => {
    if (urls[i] || !c.hits.some((h) => h.flags & PatternFlag.Acronym)) return;
    const acronym = text.slice(c.start, c.end);
    const long = longFormAround(text, c.start, c.end, acronym);
    if (!long) return;
    const entities = new Set(c.hits.map((h) => h.entity));
    // A long form in another language names the body through its parent ("NATO-ovoj misiji u Iraku (NMI)").
    for (const h of c.hits) if ((parents[h.entity] ?? -1) >= 0 && h.flags & PatternFlag.Ambiguous) entities.add(parents[h.entity]!);
    const named = candidates.some(
      (d) => d !== c && d.start >= long.start && d.end <= long.end && d.hits.some((h) => entities.has(h.entity)),
    );
    if (named) for (const h of c.hits) ours.add(h.entity);
    else other.add(acronym);
  });
  return { ours, other };
}

const SENTENCE_END = /[.!?;:\n。！？；]/;

/** The sentence holding a span: from the last stop before it to the first after it. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  while (a > 0 && start - a < CUE_WINDOW && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < CUE_WINDOW && !(SENTENCE_END.test(text[b]!) && (b + 1 >= text.length || /\s/.test(text[b + 1]!))))
    b++;
  return { start: a, end: b };
}

/** Characters before an acronym inside a parenthesis that still leave the long form outside it ("DPD, o "). */
const MAX_BEFORE_IN_PARENS = 24;

function longFormAround(text: string, start: number, end: number, acronym: string): { start: number; end: number } | null {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2) return null;
  let a = start - 1;
  while (a >= 0 && text[a] === ' ') a--;
  let enclosed = text[a] === '(' && /^\s*\)/.test(text.slice(end, end + 3));
  if (!enclosed) {
    // The acronym among others in the parenthesis, as texts in other languages give the English one
    // too: "delegado de protección de datos (DPD, o DPO por sus siglas en inglés)".
    const open = text.lastIndexOf('(', start);
    const inside = open >= 0 ? text.slice(open + 1, start) : '';
    if (
      open >= 0 &&
      inside.length <= MAX_BEFORE_IN_PARENS &&
      !/[()]/.test(inside) &&
      /[,;/]|\s\p{Ll}{1,4}\s*$/u.test(inside) &&
      /^[^()]{0,80}\)/.test(text.slice(end, end + 82))
    ) {
      a = open;
      enclosed = true;
    }
  }
  if (enclosed) {
    // "long form (ACR)": at most min(|A| + 5, 2|A|) words before the parenthesis, in one sentence.
    const maxWords = Math.min(letters.length + 5, letters.length * 2);
    let from = a;
    while (from > 0 && a - from < 200 && !SENTENCE_END.test(text[from - 1]!)) from--;
    const words = [...text.slice(from, a).matchAll(/\S+/g)];
    if (words.length === 0) return null;
    from += words[Math.max(0, words.length - maxWords)]!.index;
    const lf = text.slice(from, a).trimEnd();
    const at = bestLongForm(letters, lf);
    return at < 0 ? null : { start: from + at, end: from + lf.length };
  }
  const m = /^\s*\(([^()]{3,120})\)/.exec(text.slice(end, end + 125));
  if (m && /\s/.test(m[1]!.trim())) {
    const open = end + m[0].indexOf('(') + 1;
    const at = bestLongForm(letters, m[1]!);
    return at < 0 ? null : { start: open + at, end: open + m[1]!.length };
  }
  return null;
}

/** Schwartz & Hearst's alignment, from the acronym's last letter back; the long form's start or -1. */
function bestLongForm(short: string, long: string): number {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const ch = s[si]!;
    while (li >= 0 && (l[li] !== ch || (si === 0 && li > 0 && WORD_CHAR.test(l[li - 1]!)))) li--;
    if (li < 0) return -1;
    li--;
    si--;
  }
  return l.lastIndexOf(' ', li) + 1;
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
