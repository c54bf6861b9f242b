/**
 * Fact formatting shared by the card, the popup and the CLIs: which value holds on a date, how a
 * figure reads, what a kind is called. Pure: data in, strings and records out.
 */
import { compareDates, dateEnd, formatDate, type Lang } from './dates';
import type { Budget, Contributor, Entity, Leader, Strength } from './schema';

/** The newest entry of a dated series whose date is on or before `onOrBefore` (all when absent). */
export function latestBy<T>(items: readonly T[], dateOf: (t: T) => string, onOrBefore?: string): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    const d = dateOf(item);
    if (onOrBefore !== undefined && compareDates(d, onOrBefore) > 0) continue;
    if (best === undefined || compareDates(d, dateOf(best)) >= 0) best = item;
  }
  return best;
}

export const latestStrength = (e: Entity, onOrBefore?: string): Strength | undefined => latestBy(e.strength, (s) => s.asOf, onOrBefore);

/** A budget period's start: "2024-07/2025-06" → "2024-07". */
const periodStart = (p: string): string => p.split('/')[0]!;
export const latestBudget = (e: Entity, onOrBefore?: string): Budget | undefined =>
  latestBy(e.budget, (b) => periodStart(b.period), onOrBefore);

/** The head in office on a date (or now): started on or before it and not yet left. */
export function headOn(leaders: readonly Leader[], date?: string): Leader | undefined {
  const inOffice = leaders.filter((l) => {
    if (date === undefined) return l.to === undefined;
    return compareDates(l.from, date) <= 0 && (l.to === undefined || dateEnd(l.to) >= date);
  });
  return latestBy(inOffice, (l) => l.from) ?? (date === undefined ? latestBy(leaders, (l) => l.from) : undefined);
}

/** Thousands and decimal separators; French and Albanian group with a narrow no-break space. */
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  fr: { group: '\u202f', decimal: ',' },
  de: { group: '.', decimal: ',' },
  es: { group: '.', decimal: ',' },
  sq: { group: '\u202f', decimal: ',' },
  sr: { group: '.', decimal: ',' },
};

export function formatCount(value: number, lang: Lang = 'en'): string {
  const digits = Math.round(value).toString();
  // Spanish leaves four-digit numbers ungrouped: 4500, but 10.500.
  if (lang === 'es' && digits.length <= 4) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATORS[lang].group);
}

type Forms = [one: string, few: string, many: string];

/** A budget's amount in the currency its source gives it: UN budgets in dollars, EU budgets in euros. */
export type Currency = 'USD' | 'EUR';
export interface Money {
  amount: number;
  currency: Currency;
}

export function budgetMoney(b: Budget): Money {
  return b.amountEUR !== undefined ? { amount: b.amountEUR, currency: 'EUR' } : { amount: b.amountUSD!, currency: 'USD' };
}

/** Words for amounts: billion and million in their plural forms, and the currency after a number. */
const MONEY_WORDS: Record<Exclude<Lang, 'en'>, { billion: Forms; million: Forms } & Record<Currency, { big: string; small: string }>> = {
  fr: {
    billion: ['milliard', 'milliards', 'milliards'],
    million: ['million', 'millions', 'millions'],
    USD: { big: 'de dollars', small: '$' },
    EUR: { big: 'd’euros', small: '€' },
  },
  de: {
    billion: ['Mrd.', 'Mrd.', 'Mrd.'],
    million: ['Mio.', 'Mio.', 'Mio.'],
    USD: { big: 'US-Dollar', small: 'US-Dollar' },
    EUR: { big: 'Euro', small: 'Euro' },
  },
  es: {
    billion: ['mil millones', 'mil millones', 'mil millones'],
    million: ['millón', 'millones', 'millones'],
    USD: { big: 'de dólares', small: 'dólares' },
    EUR: { big: 'de euros', small: 'euros' },
  },
  sq: {
    billion: ['miliard', 'miliardë', 'miliardë'],
    million: ['milion', 'milionë', 'milionë'],
    USD: { big: 'dollarë', small: 'dollarë' },
    EUR: { big: 'euro', small: 'euro' },
  },
  sr: {
    billion: ['milijarda', 'milijarde', 'milijardi'],
    million: ['milion', 'miliona', 'miliona'],
    USD: { big: 'dolara', small: 'dolara' },
    EUR: { big: 'evra', small: 'evra' },
  },
};

const SIGN: Record<Currency, string> = { USD: '$', EUR: '€' };

/**
 * "$1.2 billion", "€83.6 million", "$850,000" (fr "1,2 milliard de dollars", "83,6 millions
 * d’euros"; de "41,3 Mio. US-Dollar"; es "850.000 dólares"; sq "1,2 miliardë dollarë"; sr "41,3
 * miliona evra").
 */
export function formatMoney({ amount, currency }: Money, lang: Lang = 'en'): string {
  const round = (x: number) => Math.round(x * 10) / 10;
  const dec = (x: number) => round(x).toString().replace('.', SEPARATORS[lang].decimal);
  if (lang === 'en') {
    if (amount >= 1e9) return `${SIGN[currency]}${dec(amount / 1e9)} billion`;
    if (amount >= 1e6) return `${SIGN[currency]}${dec(amount / 1e6)} million`;
    return `${SIGN[currency]}${formatCount(amount)}`;
  }
  const w = MONEY_WORDS[lang];
  const scaled = (x: number, forms: Forms) => `${dec(x)} ${forms[pluralForm(lang, round(x))]} ${w[currency].big}`;
  if (amount >= 1e9) return scaled(amount / 1e9, w.billion);
  if (amount >= 1e6) return scaled(amount / 1e6, w.million);
  return `${formatCount(amount, lang)} ${w[currency].small}`;
}

/** Dollars: what the UN's budgets and assessed shares are in. */
export const formatUSD = (amount: number, lang: Lang = 'en'): string => formatMoney({ amount, currency: 'USD' }, lang);

/**
 * Which plural form a rounded figure takes: French keeps the singular below 2; Serbian has one
 * (1, 21, 31 …), few (2–4, 22–24 … and decimals) and many; the others use the singular for 1 only.
 */
function pluralForm(lang: Lang, x: number): 0 | 1 | 2 {
  if (lang === 'fr') return x < 2 ? 0 : 2;
  if (lang !== 'sr') return x === 1 ? 0 : 2;
  if (!Number.isInteger(x)) return 1;
  const last = x % 10;
  const teen = x % 100 >= 11 && x % 100 <= 14;
  return last === 1 && !teen ? 0 : last >= 2 && last <= 4 && !teen ? 1 : 2;
}

/** "4,500 troops"; the unit word comes from the caller in the reader's language. */
export function formatStrength(s: Strength, unitWord: string = s.unit, lang: Lang = 'en'): string {
  return `${formatCount(s.value, lang)} ${unitWord}`;
}

/** "2024-07/2025-06" → "July 2024 – June 2025"; "2024" → "2024". */
export function formatPeriod(period: string, lang: Lang = 'en'): string {
  const [a, b] = period.split('/');
  return b ? `${formatDate(a!, lang)} – ${formatDate(b, lang)}` : formatDate(a!, lang);
}

/**
 * Made on first use: building it loads locale data (about 30 ms in Chromium), which a content
 * script would otherwise pay on every page it starts on, card or no card.
 */
let regionNames: Intl.DisplayNames | null | undefined;

/** The short name a body goes by in lists and links: its acronym, else its name. */
export function shortLabel(e: { acronym: string | null; name: string }): string {
  return e.acronym ?? e.name;
}

/** ISO 3166 code → English name; XK is Kosovo in ICU, and unknown codes come back as given. */
export function countryName(code: string): string {
  if (code === 'XK') return 'Kosovo';
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  return regionNames?.of(code) ?? code;
}

/** Plain-text citation for "copy citation". */
export function citation(e: Entity, today: string): string {
  const src = e.sources[0];
  const title = e.acronym ? `${e.name} (${e.acronym})` : e.name;
  return `${title}. ${src ? `${src.title}. ${src.url}. ` : ''}Compiled by MissionLens, record updated ${e.updated}; retrieved ${today}.`;
}

export interface EstimatedShare {
  country: string;
  share: number;
  amountUSD: number;
  period: string;
  source: Contributor['source'];
}

/**
 * What the largest contributors pay of one mission's budget, estimated from the assessment
 * scale in force when the budget period began (assessed shares apply to every mission alike).
 */
export function estimatedShares(budget: Budget, contributors: readonly Contributor[], top = 3): EstimatedShare[] {
  // The UN's scale divides UN budgets, which are in dollars.
  const usd = budget.amountUSD;
  if (usd === undefined) return [];
  const year = Number(budget.period.slice(0, 4));
  const applies = contributors.filter((c) => {
    const [from, to] = c.period.split(/[-–/]/).map(Number);
    return from !== undefined && year >= from && year <= (to ?? from);
  });
  return [...applies]
    .sort((a, b) => b.share - a.share)
    .slice(0, top)
    .map((c) => ({ country: c.country, share: c.share, amountUSD: usd * c.share, period: c.period, source: c.source }));
}

export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
