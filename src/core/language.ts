/**
 * Which inflecting languages a text is written in, by the evidence a reader goes by: their most
 * frequent function words. The Balkan press inflects any acronym (Unifilu, Minuske), but an
 * acronym plus an ending is also an English or Spanish word often enough that such forms of bodies
 * outside the Balkans count only in text that reads as Serbian/Croatian/Bosnian or Albanian.
 */
import { Inflect, toSerbianCyrillic } from './inflection';

const SH_LATIN = [
  'je',
  'su',
  'za',
  'od',
  'sa',
  'koji',
  'koja',
  'koje',
  'kojeg',
  'nije',
  'kao',
  'iz',
  'će',
  'što',
  'ali',
  'prema',
  'nakon',
  'tokom',
  'tijekom',
  'godine',
  'bio',
  'bila',
  'bilo',
  'biti',
  'jer',
  'samo',
  'među',
  'gdje',
  'gde',
  'kojoj',
];
const SH = new Set([...SH_LATIN, ...SH_LATIN.map((w) => toSerbianCyrillic(w)!).filter(Boolean)]);
const SQ = new Set([
  'të',
  'në',
  'për',
  'dhe',
  'është',
  'nga',
  'një',
  'që',
  'janë',
  'nuk',
  'edhe',
  'ishte',
  'kanë',
  'sipas',
  'mbi',
  'këtë',
  'pasi',
]);

/** Enough for a sentence or two; a page's first pieces say what language it is in. */
const MAX_READ = 20_000;
const MIN_HITS = 3;
/** Share of a text's words: a quoted Serbian phrase in an English article is not a Serbian text. */
const MIN_SHARE = 0.04;

const WORD = /[\p{L}\p{M}]+/gu;
/**
 * The function words themselves, as whole words: found in one pass of the regular-expression
 * engine instead of lower-casing every word of the text (that was a third of a large page's
 * reading time). Words are counted only when there are enough hits for the share to matter.
 */
const FUNCTION_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...SH, ...SQ].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])`,
  'giu',
);

/** The Inflect groups (Sh, Sq) whose function words the text uses. */
export function inflectingLanguages(text: string): number {
  const read = text.slice(0, MAX_READ);
  let sh = 0;
  let sq = 0;
  for (const m of read.matchAll(FUNCTION_WORD)) {
    const w = m[0].toLowerCase();
    if (SH.has(w)) sh++;
    else if (SQ.has(w)) sq++;
  }
  if (sh < MIN_HITS && sq < MIN_HITS) return 0;
  let words = 0;
  for (WORD.lastIndex = 0; WORD.exec(read);) words++;
  const evident = (hits: number) => hits >= MIN_HITS && hits >= words * MIN_SHARE;
  return (evident(sh) ? Inflect.Sh : 0) | (evident(sq) ? Inflect.Sq : 0);
}
