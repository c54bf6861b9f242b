/**
 * Wording the card builds from data: date phrases whose grammar depends on how precise the date
 * is (French says "au 30 mai 2023" but "en mai 2023"), ages relative to the article, the
 * direction an interface language is written in, and the publisher a source link names.
 */
import { formatDate, intlLocale, type Lang } from '../core/dates';
import { ageParts } from '../core/key-figures';
import type { SourceRef } from '../core/schema';
import { currentLang, t } from './i18n';

type Precision = 'day' | 'month' | 'year';
const precisionOf = (date: string): Precision => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');

/** A phrase around a date, e.g. datePhrase('since', '2023-05') → "since May 2023" / "depuis mai 2023". */
export function datePhrase(key: 'since' | 'deployed' | 'headFrom' | 'headTo' | 'asOfDate', date: string, lang: Lang): string {
  const precision = precisionOf(date);
  return t(precision === 'day' ? key : `${key}_${precision}`, formatDate(date, lang));
}

/** "6 years before the article", "4 months after the article", "2 years ago"; null under a month. */
export function ageText(days: number, article: boolean): string | null {
  const parts = ageParts(days);
  if (!parts) return null;
  const span = unitSpan(parts.value, parts.unit, currentLang());
  if (article) return t(days >= 0 ? 'ageBeforeArticle' : 'ageAfterArticle', span);
  return t(days >= 0 ? 'ageAgo' : 'ageAhead', span);
}

/** "6 years", "6 ans": Intl knows every language's plural forms and unit words. */
function unitSpan(value: number, unit: 'year' | 'month', lang: Lang): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb)\b/;
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL.test(lang) ? 'rtl' : 'ltr');

/** The publisher a source declares, else its web site's name from the URL ("un.org"). */
export function publisherOf(source: SourceRef): string {
  if (source.publisher) return source.publisher;
  try {
    return new URL(source.url).hostname.replace(/^www\d?\./, '');
  } catch {
    return source.url;
  }
}
