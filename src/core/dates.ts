/** Dates in the data are ISO calendar dates, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD. */
const PARTIAL_ISO = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = PARTIAL_ISO.exec(value);
  if (!m) return false;
  if (m[3]) {
    const d = new Date(`${value}T00:00:00Z`);
    return d.toISOString().slice(0, 10) === value;
  }
  return true;
}

/** Today's date as YYYY-MM-DD (UTC). */
export function todayISO(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The first instant a partial date can denote; "2008" → 2008-01-01. */
export function dateStart(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The last day a partial date can denote; "2008" → 2008-12-31. */
export function dateEnd(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${value}-${String(last).padStart(2, '0')}`;
  }
  return value;
}

/** Orders partial dates by their start, so "2008" sorts before "2008-03". */
export function compareDates(a: string, b: string): number {
  const x = dateStart(a);
  const y = dateStart(b);
  return x < y ? -1 : x > y ? 1 : a.length - b.length;
}

/** Languages the interface speaks; formatting of dates and figures follows them. */
export const LANGS = ['en', 'fr', 'de', 'es', 'sq', 'sr'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** The tag to hand Intl for a language: plain "sr" is Cyrillic there, and the interface is Latin. */
export const intlLocale = (lang: Lang): string => (lang === 'sr' ? 'sr-Latn' : lang);

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  sq: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
  sr: ['januar', 'februar', 'mart', 'april', 'maj', 'jun', 'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar'],
};

/** Serbian names the month of a full date in the genitive: "10. juna 1999", but "jun 1999". */
const SR_GENITIVE = [
  'januara',
  'februara',
  'marta',
  'aprila',
  'maja',
  'juna',
  'jula',
  'avgusta',
  'septembra',
  'oktobra',
  'novembra',
  'decembra',
];

/**
 * "2008-12-09" → "9 December 2008" (fr "9 décembre 2008", de "9. Dezember 2008", es "9 de
 * diciembre de 2008", sq "9 dhjetor 2008", sr "9. decembra 2008"); "2008-12" → "December 2008";
 * "2008" → "2008".
 */
export function formatDate(value: string, lang: Lang = 'en'): string {
  const [y, m, d] = value.split('-');
  if (!m) return y!;
  const i = Number(m) - 1;
  const month = MONTHS[lang][i]!;
  if (!d) return lang === 'es' ? `${month} de ${y}` : `${month} ${y}`;
  const day = Number(d);
  switch (lang) {
    case 'fr':
      return `${day === 1 ? '1er' : day} ${month} ${y}`;
    case 'de':
      return `${day}. ${month} ${y}`;
    case 'es':
      return `${day} de ${month} de ${y}`;
    case 'sr':
      return `${day}. ${SR_GENITIVE[i]} ${y}`;
    default:
      return `${day} ${month} ${y}`;
  }
}
