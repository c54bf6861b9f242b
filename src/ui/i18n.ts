/**
 * Interface strings. With the language setting on "auto" they come from browser.i18n (the
 * browser's language); an explicit choice reads the same message files bundled here, since
 * browser.i18n cannot switch languages at run time.
 */
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import type { Lang } from '../core/dates';
type Messages = Record<string, { message: string }>;
const TABLES: Record<Lang, Messages> = { en, fr };

let chosen: 'auto' | Lang = 'auto';

export function setLanguage(language: 'auto' | Lang): void {
  chosen = language;
}

/** The language strings are shown in (and dates and numbers are formatted for). */
export function currentLang(): Lang {
  if (chosen !== 'auto') return chosen;
  const ui = safeUiLanguage() ?? (typeof navigator !== 'undefined' ? navigator.language : 'en');
  return ui.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function safeUiLanguage(): string | null {
  try {
    return browser.i18n?.getUILanguage?.() ?? null;
  } catch {
    return null;
  }
}

function fromBrowser(key: string, subs: string[]): string {
  try {
    return (browser.i18n?.getMessage as ((k: string, s?: string[]) => string) | undefined)?.(key, subs) ?? '';
  } catch {
    return '';
  }
}

export function t(key: string, ...subs: (string | number)[]): string {
  const args = subs.map(String);
  if (chosen === 'auto') {
    const message = fromBrowser(key, args);
    if (message) return message;
  }
  const template = TABLES[currentLang()][key]?.message ?? TABLES.en[key]?.message ?? key;
  return template.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
}

export const kindText = (kind: string) => t(`kind_${kind.replace(/-/g, '_')}`);
export const relationText = (relation: string) => t(`rel_${relation.replace(/-/g, '_')}`);
