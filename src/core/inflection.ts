/**
 * Inflection by rule: each inflecting language is a set of endings, and a name's word matches any
 * word that is its stem plus one of its language's endings. "Rezolucija Saveta bezbednosti" then
 * also reads "Rezoluciji Saveta bezbednosti", and "Këshilli i Sigurimit" reads "Këshillit të
 * Sigurimit", without listing any form. The matcher uses the stems (see matcher.ts); this module
 * only knows the languages.
 */

/** Language groups, stored in a pattern's flags from bit INFLECT_SHIFT up. */
export const enum Inflect {
  /** Albanian: definite and case endings (Kforit, Rezolutës, Këshillit). */
  Sq = 1,
  /** Serbian, Croatian, Bosnian, Montenegrin, in Latin and Cyrillic (Kfora, Euleksom, Унмика). */
  Sh = 2,
  /** German: genitives and adjective endings (Sicherheitsrats, Vereinten). */
  De = 4,
  /** Russian (Совета Безопасности). */
  Ru = 8,
}
export const INFLECT_SHIFT = 6;
export const INFLECT_MASK = 15 << INFLECT_SHIFT;

/** A stem shorter than this does not inflect: short words would turn into other words. */
export const MIN_STEM = 4;
/** Inside a name, after its first word, the words around a stem keep it apart (Specijalizovanim većima). */
export const MIN_INNER_STEM = 3;

const SQ = [
  'a',
  'e',
  'ë',
  'i',
  'n',
  's',
  't',
  'u',
  'at',
  'ën',
  'ës',
  'et',
  'ët',
  'in',
  'it',
  'ja',
  'je',
  'në',
  'së',
  'un',
  'ut',
  've',
  'ave',
  'eve',
  'ëve',
  'sh',
  'ash',
  'ësh',
  'jes',
];
const SH_LATIN = [
  'a',
  'e',
  'i',
  'o',
  'u',
  'em',
  'ih',
  'im',
  'og',
  'oj',
  'om',
  'ov',
  'ju',
  'ama',
  'ega',
  'emu',
  'ima',
  'ome',
  'omu',
  'ova',
  'ove',
  'ovi',
  'ovima',
  'evima',
];
const DE = ['e', 'n', 's', 'em', 'en', 'er', 'es', 'ns'];
const RU = [
  'а',
  'е',
  'и',
  'о',
  'у',
  'ы',
  'ю',
  'я',
  'ам',
  'ах',
  'ей',
  'ем',
  'ие',
  'ий',
  'им',
  'их',
  'ов',
  'ое',
  'ой',
  'ом',
  'ую',
  'ые',
  'ым',
  'ых',
  'ям',
  'ях',
  'ая',
  'яя',
  'ами',
  'ими',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ями',
];

/** Serbian Latin to Cyrillic: the two scripts map letter for letter (digraphs first). */
const SR_CYRILLIC: [string, string][] = [
  ['dž', 'џ'],
  ['lj', 'љ'],
  ['nj', 'њ'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'ц'],
  ['č', 'ч'],
  ['ć', 'ћ'],
  ['d', 'д'],
  ['đ', 'ђ'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'ј'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['š', 'ш'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['z', 'з'],
  ['ž', 'ж'],
  // Letters Serbian lacks, as its press writes them in acronyms (EULEX: Еулекс).
  ['x', 'кс'],
  ['q', 'к'],
  ['w', 'в'],
  ['y', 'ј'],
];

const SR_MAP = new Map(SR_CYRILLIC);
const LETTER = /\p{L}/u;

/**
 * Serbian Cyrillic for a Latin string (case kept); undefined when a letter has no mapping. Run on
 * every Serbian word list when a page script starts, so it looks letters up in a map.
 */
export function toSerbianCyrillic(latin: string): string | undefined {
  const allUpper = latin.length > 1 && latin === latin.toUpperCase();
  let out = '';
  for (let i = 0; i < latin.length;) {
    const ch = latin[i]!;
    const lower = ch.toLowerCase();
    const lower2 = i + 1 < latin.length ? lower + latin[i + 1]!.toLowerCase() : '';
    const from = SR_MAP.has(lower2) ? lower2 : SR_MAP.has(lower) ? lower : undefined;
    if (from === undefined) {
      if (LETTER.test(ch)) return undefined;
      out += ch;
      i++;
      continue;
    }
    const to = SR_MAP.get(from)!;
    out += ch === lower ? to : allUpper ? to.toUpperCase() : to[0]!.toUpperCase() + to.slice(1);
    i += from.length;
  }
  return out;
}

const SH_CYRILLIC = SH_LATIN.map((s) => toSerbianCyrillic(s)!);

const BY_GROUP: [Inflect, readonly string[]][] = [
  [Inflect.Sq, SQ],
  [Inflect.Sh, [...SH_LATIN, ...SH_CYRILLIC]],
  [Inflect.De, DE],
  [Inflect.Ru, RU],
];

const endingCache = new Map<number, { set: ReadonlySet<string>; longest: number }>();
/** The endings of every group in mask, and the length of the longest. */
export function endingsOf(mask: number): { set: ReadonlySet<string>; longest: number } {
  let e = endingCache.get(mask);
  if (!e) {
    const set = new Set(BY_GROUP.filter(([g]) => mask & g).flatMap(([, list]) => list));
    e = { set, longest: Math.max(0, ...[...set].map((s) => s.length)) };
    endingCache.set(mask, e);
  }
  return e;
}

/** The group of a BCP 47 tag, or 0 for languages whose names do not inflect here. */
export function inflectGroup(lang: string | undefined): number {
  switch (lang?.split('-')[0]) {
    case 'sq':
      return Inflect.Sq;
    case 'sr':
    case 'hr':
    case 'bs':
    case 'cnr':
    case 'sh':
      return Inflect.Sh;
    case 'de':
      return Inflect.De;
    case 'ru':
      return Inflect.Ru;
    default:
      return 0;
  }
}

const LETTERS = /^\p{L}+$/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * The stems of one word of a name (lower case): the word itself and the word less each ending it
 * may carry ("sigurimit": sigurimit, sigurimi, sigurim), since a name's word may be written in a
 * base or an inflected form. Null when the word is matched as written: numbers, acronyms in
 * capitals inside a name ("UN" in "Savet bezbednosti UN") and short words.
 */
export function stemsOf(word: string, mask: number, minStem = MIN_STEM): string[] | null {
  if (mask === 0 || !LETTERS.test(word) || !HAS_LOWER.test(word)) return null;
  const w = word.toLowerCase();
  if (w.length < minStem) return null;
  const { set, longest } = endingsOf(mask);
  const stems = [w];
  for (let k = 1; k <= Math.min(longest, w.length - minStem); k++) {
    if (set.has(w.slice(w.length - k))) stems.push(w.slice(0, w.length - k));
  }
  return stems;
}

/** True when the folded word is the stem with nothing or one of the mask's endings after it. */
export function inflects(word: string, stem: string, mask: number): boolean {
  return word.startsWith(stem) && (word.length === stem.length || endingsOf(mask).set.has(word.slice(stem.length)));
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const scriptCache = new Map<string, readonly string[]>();

/**
 * The endings a stem can take, in its own script (the matcher links the first word of a name
 * through each: a Latin stem never takes a Cyrillic ending).
 */
export function endingsFor(stem: string, mask: number): readonly string[] {
  const cyrillic = CYRILLIC.test(stem);
  const key = `${mask}:${cyrillic}`;
  let list = scriptCache.get(key);
  if (!list) {
    list = [...endingsOf(mask).set].filter((e) => CYRILLIC.test(e) === cyrillic);
    scriptCache.set(key, list);
  }
  return list;
}

/** Albanian's linking articles change with the case of the word before them (e Këshillit, të Këshillit). */
const SQ_ARTICLES = ['i', 'e', 'të', 'së'];

/** Words that stand for one another in the mask's languages, or null. */
export function alternatesOf(word: string, mask: number): readonly string[] | null {
  return mask & Inflect.Sq && SQ_ARTICLES.includes(word.toLowerCase()) ? SQ_ARTICLES : null;
}
