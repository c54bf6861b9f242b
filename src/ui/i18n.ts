/**
 * Interface strings, from the message files bundled here (the same ones the manifest uses). The
 * language is the one chosen in the options, or on "auto" the browser's; browser.i18n itself is
 * not asked for strings because it cannot switch languages at run time, and so that strings and
 * the formatting of dates and numbers always agree.
 */
import { browser } from 'wxt/browser';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import sq from '../../public/_locales/sq/messages.json';
import sr from '../../public/_locales/sr/messages.json';
import { isLang, type Lang } from '../core/dates';
import type { Kind, Relation } from '../core/schema';

/** English is the reference: a key missing from it, or misspelled in code, fails the type check. */
export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, { message: string }>;
/** A locale missing a key fails the type check here; extra or misnamed keys fail tests/unit/i18n. */
const TABLES: Record<Lang, Messages> = { en, fr, de, es, sq, sr };

/** Each language by its own name, as the language menu lists them. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  sq: 'Shqip',
  sr: 'Srpski (latinica)',
};

let chosen: 'auto' | Lang = 'auto';

export function setLanguage(language: 'auto' | Lang): void {
  chosen = language;
}

/**
 * A browser language tag → the interface language: "de-AT" → de, "sr-Latn-RS" → sr. Serbian in
 * Cyrillic gets the Latin interface too (every reader of Serbian reads both scripts), anything
 * else English. The Latin messages live in _locales/sr, not sr_Latn: Chrome (whose locale list is
 * ICU's) accepts both, but browsers in Serbian mostly run the Cyrillic "sr" interface, which an
 * sr_Latn folder would leave in English, and the Chrome Web Store lists Serbian as "sr" only.
 */
export function langForTag(tag: string): Lang {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : 'en';
}

/** The language strings are shown in (and dates and numbers are formatted for). */
export function currentLang(): Lang {
  if (chosen !== 'auto') return chosen;
  return langForTag(safeUiLanguage() ?? (typeof navigator !== 'undefined' ? navigator.language : 'en'));
}

function safeUiLanguage(): string | null {
  try {
    return browser.i18n?.getUILanguage?.() ?? null;
  } catch {
    return null;
  }
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const template = TABLES[currentLang()][key]?.message ?? TABLES.en[key].message;
  return template.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;
const underscored = <S extends string>(s: S) => s.replace(/-/g, '_') as Underscored<S>;

export const kindText = (kind: Kind) => t(`kind_${underscored(kind)}`);
/** A kind explained in a line, for the options page. */
export const kindHelpText = (kind: Kind) => t(`kindHelp_${underscored(kind)}`);
export const relationText = (relation: Relation) => t(`rel_${underscored(relation)}`);
