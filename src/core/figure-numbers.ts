/**
 * Numbers as the press writes them, in the languages MissionLens reads: 10,000 · 10 000 · 10.000 ·
 * 10k · 1.2 billion · 1,2 milliard · 1,2 Mrd. · ten thousand · dix mille. Pure: text in, values out.
 *
 * A separator followed by exactly three digits groups thousands in every one of these languages;
 * followed by one or two digits it is a decimal mark. "1,250" therefore reads 1250 even in German,
 * where it could be 1.25 — a figure that is then simply not compared (see figures.ts), never
 * misread as a different count.
 */

export interface ParsedNumber {
  start: number;
  end: number;
  value: number;
  /** The rounding the writer used: 10,000 → 1,000; 3,762 → 1; 1.2 billion → 100 million. */
  step: number;
}

/** Scale words after a number, lower-case; a trailing dot is allowed after abbreviations. */
const SCALES: [RegExp, number][] = [
  // Longest first: "mil millones" is a billion before "mil" is a thousand.
  [
    /^(?:billions?|bn|milliards?|mrd\.|mrd|milliarden?|mil millones|miliardi|miliardo|miliardë|miliarde|miliard|milijard[ie]|milijarda|милијард[ие]|милијарда)(?![\p{L}])/u,
    1e9,
  ],
  [
    /^(?:millions?|mn|mio\.|mio|millionen|millones|millón|milioni|milione|miliona|milionë|milion|milijuna|milijun|милиона|милион)(?![\p{L}])/u,
    1e6,
  ],
  [/^(?:thousand|k|tausend|mille|mila|mil|mijë|hiljade|hiljada|tisuće|tisuća|хиљаде|хиљада)(?![\p{L}])/u, 1e3],
];

/** Grouped thousands (one separator used throughout), or plain digits; an optional 1–2 digit decimal. */
const DIGITS = /\d{1,3}(?:([,.\u00a0\u202f\u2009 '’])\d{3}(?:\1\d{3})*)(?!\d)(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d{1,2}(?!\d))?/gu;

/** Number words that read alone or before a scale word ("ten thousand", "dix mille", "diez mil"). */
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  cinquante: 50,
  cent: 100,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  zwölf: 12,
  zwanzig: 20,
  hundert: 100,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  quince: 15,
  veinte: 20,
  cien: 100,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  dodici: 12,
  venti: 20,
  cento: 100,
  dy: 2,
  katër: 4,
  pesë: 5,
  gjashtë: 6,
  shtatë: 7,
  tetë: 8,
  nëntë: 9,
  dhjetë: 10,
  njëzet: 20,
  njëqind: 100,
  dva: 2,
  tri: 3,
  četiri: 4,
  pet: 5,
  šest: 6,
  sedam: 7,
  osam: 8,
  devet: 9,
  deset: 10,
  dvadeset: 20,
  sto: 100,
};
/** Compound number words written as one ("zehntausend", "diecimila", "dixmille" is not written). */
const COMPOUND =
  /^(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|fünfzig|hundert|dieci|venti|cento|due|tre|quattro|cinque)(tausend|mila)$/u;

const digitsValue = (raw: string): { value: number; decimals: number } => {
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/u.exec(raw)!;
  const whole = m[1]!.replace(/[^\d]/g, '');
  const frac = m[2] ?? '';
  return { value: Number(`${whole}${frac ? `.${frac}` : ''}`), decimals: frac.length };
};

/** The rounding step of an integer written out: trailing zeros, at most three of them. */
const stepOf = (n: number): number => {
  let step = 1;
  while (step < 1000 && n % (step * 10) === 0 && n !== 0) step *= 10;
  return step;
};

function readScale(text: string, at: number): { scale: number; end: number } | null {
  const rest = text.slice(at, at + 16);
  const gap = /^[\s\u00a0\u202f]?/u.exec(rest)![0].length;
  const lower = rest.slice(gap).toLowerCase();
  for (const [re, scale] of SCALES) {
    const m = re.exec(lower);
    if (m) return { scale, end: at + gap + m[0].length };
  }
  return null;
}

/** Every number in `text`, with its scale word folded in; years and the like are left to the caller. */
export function findNumbers(text: string): ParsedNumber[] {
  const out: ParsedNumber[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const start = m.index;
    const raw = m[0];
    // Part of a longer token — S/RES/1244, UNSCR1244, A4P, 2024-25 — is not a count.
    const before = text[start - 1] ?? ' ';
    if (/[\p{L}\p{N}_/]/u.test(before) || (before === '-' && /\p{L}/u.test(text[start - 2] ?? ''))) continue;
    const { value, decimals } = digitsValue(raw);
    const end = start + raw.length;
    const scale = readScale(text, end);
    if (scale) {
      const unitStep = decimals > 0 ? 10 ** -decimals : stepOf(value);
      out.push({ start, end: scale.end, value: value * scale.scale, step: unitStep * scale.scale });
      DIGITS.lastIndex = scale.end;
      continue;
    }
    if (decimals > 0) {
      out.push({ start, end, value, step: 10 ** -decimals });
      continue;
    }
    out.push({ start, end, value, step: stepOf(value) });
  }
  for (const w of numberWords(text)) if (!out.some((n) => n.start < w.end && w.start < n.end)) out.push(w);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The number words as whole words, found in one pass of the regular-expression engine: lower-casing
 * every word of a page to look it up cost more than the rest of the figure check.
 */
const NUMBER_WORD = new RegExp(
  `(?<!\\p{L})(?:${COMPOUND.source.slice(1, -1)}|${Object.keys(WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?!\\p{L})`,
  'giu',
);

/** "ten thousand", "dix mille", "zehntausend", "diez mil": one number word and an optional scale. */
function numberWords(text: string): ParsedNumber[] {
  const out: ParsedNumber[] = [];
  const WORD = NUMBER_WORD;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    const compound = COMPOUND.exec(word);
    if (compound) {
      const base = WORDS[compound[1]!] ?? 0;
      if (base) out.push({ start: m.index, end: m.index + word.length, value: base * 1000, step: 1000 });
      continue;
    }
    const base = WORDS[word];
    if (base === undefined) continue;
    const scale = readScale(text, m.index + word.length);
    // A number word alone ("two soldiers") is too small to check and too common to trust.
    if (!scale) continue;
    out.push({ start: m.index, end: scale.end, value: base * scale.scale, step: scale.scale });
    WORD.lastIndex = scale.end;
  }
  return out;
}
