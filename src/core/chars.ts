/**
 * Character classes shared by the matcher and the pattern compiler. Both must tokenize
 * identically, so the rules live in one place.
 */
export const enum CharClass {
  Unknown = 0,
  Word = 1,
  Space = 2,
  /** Soft hyphens and zero-width characters: invisible, so they never split a word. */
  Ignorable = 3,
  /** A token of one character: marks, and the ideographs and kana of Chinese and Japanese. */
  Punct = 4,
}

const table = new Uint8Array(65536);
const wordRe = /[\p{L}\p{N}\p{M}_]/u;
const spaceRe = /\s/u;
const unspacedRe = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

for (let c = 0; c < 128; c++) table[c] = classify(c);

function classify(code: number): CharClass {
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) {
    return CharClass.Ignorable;
  }
  const ch = String.fromCharCode(code);
  // Chinese and Japanese write no spaces between words: each ideograph or kana is a token of its
  // own, so a name is found wherever it stands in a sentence (联合国安理会周二…).
  if (unspacedRe.test(ch)) return CharClass.Punct;
  if (wordRe.test(ch)) return CharClass.Word;
  if (spaceRe.test(ch)) return CharClass.Space;
  return CharClass.Punct;
}

/** Classes of non-ASCII characters are computed on first sight: most pages use few of them. */
export function charClass(code: number): CharClass {
  const c = table[code]!;
  if (c !== CharClass.Unknown) return c;
  const computed = classify(code);
  table[code] = computed;
  return computed;
}

/** Lower-cases one UTF-16 unit; ASCII takes the fast path. */
export function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return foldNonAscii(code);
}

const foldCache = new Map<number, number>();
function foldNonAscii(code: number): number {
  let f = foldCache.get(code);
  if (f === undefined) {
    f = foldPunct(code);
    if (f === code) {
      const lower = String.fromCharCode(code).toLowerCase();
      f = lower.length === 1 ? lower.charCodeAt(0) : code;
    }
    foldCache.set(code, f);
  }
  return f;
}

/** Typographic variants that readers treat as the same mark. */
function foldPunct(code: number): number {
  switch (code) {
    case 0x2018:
    case 0x2019:
    case 0x02bc:
    case 0x2032:
      return 0x27; // ’ ‘ ʼ ′ → '
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
      return 0x2d; // hyphens, en dash → -
    case 0x201c:
    case 0x201d:
    case 0x00ab:
    case 0x00bb:
      return 0x22; // curly and angle quotes → "
    default:
      return code;
  }
}

/**
 * Arabic proclitics as written onto a word: a conjunction (و ف), a preposition (ب ك ل), the
 * article (ال, or لل after ل), in that order — واليونيفيل, لليونيفيل, بكوسوفو.
 */
export const ARABIC_CLITICS: readonly string[] = [
  'و',
  'ف',
  'ب',
  'ك',
  'ل',
  'وب',
  'وك',
  'ول',
  'فب',
  'فك',
  'فل',
  'ال',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ولل',
  'فلل',
  'وبال',
  'فبال',
  'وكال',
];
