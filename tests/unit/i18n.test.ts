import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatabase, ROOT } from '../../scripts/lib/database';
import { KINDS, RELATIONS } from '../../src/core/schema';
import { SearchIndex } from '../../src/core/search';
import { LANGS } from '../../src/core/dates';
import { ageText } from '../../src/ui/card-text';
import { kindText, langForTag, relationText, setLanguage, t } from '../../src/ui/i18n';

const messages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = messages('en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [readFileSync(p, 'utf8')] : [];
  });
}

describe('interface strings', () => {
  // $1…$9 are our substitutions, %s the context menu's selected text.
  const placeholders = (message: string) => [...message.matchAll(/\$\d|%s/g)].map((m) => m[0]).sort();

  it('has a message file for each interface language and no other', () => {
    expect(readdirSync(join(ROOT, 'public/_locales')).sort()).toEqual([...LANGS].sort());
  });

  it.each(LANGS)('%s has every key, no other, each with the same placeholders as English', (lang) => {
    const table = messages(lang);
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(placeholders(table[key]!.message), `${lang}.${key}`).toEqual(placeholders(message));
      expect(table[key]!.message.trim(), `${lang}.${key}`).not.toBe('');
    }
    // Chrome refuses a manifest description over 132 characters.
    expect(table.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  let index: SearchIndex | undefined;
  it.each(LANGS)('%s: every example in the search box placeholder finds something', (lang) => {
    index ??= new SearchIndex(loadDatabase().entities);
    const examples = messages(lang).searchPlaceholder!.message.replace(/…$/, '').split(/,\s*/);
    for (const example of examples) expect(index.search(example, 1), `${lang}: ${example}`).not.toEqual([]);
  });

  it('defines every key the code asks for, and every kind and relation', () => {
    const used = new Set(
      [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'entrypoints'))].flatMap((s) =>
        [...s.matchAll(/\bt\('([A-Za-z_]+)'/g)].map((m) => m[1]!),
      ),
    );
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) expect(en[key], key).toBeDefined();
    for (const kind of KINDS) expect(en[`kind_${kind.replace(/-/g, '_')}`], kind).toBeDefined();
    for (const rel of RELATIONS) expect(en[`rel_${rel.replace(/-/g, '_')}`], rel).toBeDefined();
  });

  it('switches language and fills in placeholders', () => {
    setLanguage('fr');
    expect(t('siteSwitch', 'example.org')).toBe('MissionLens sur example.org');
    expect(kindText('nato-operation')).toBe("Opération de l'OTAN");
    setLanguage('en');
    expect(relationText('succeeded-by')).toBe('Succeeded by');
    setLanguage('sr');
    expect(t('searchLabel', 237)).toBe('Pretraži 237 misija i tela');
    setLanguage('auto');
  });

  it('words ages in the chosen language, Serbian in Latin script', () => {
    setLanguage('sr');
    expect(ageText(6 * 365 + 10, false)).toBe('pre 6 godina');
    setLanguage('de');
    expect(ageText(6 * 365 + 10, true)).toBe('6 Jahre vor dem Artikel');
    setLanguage('auto');
  });

  it('maps browser language tags to an interface language', () => {
    expect(['de-AT', 'es-419', 'sq', 'sr-Latn-RS', 'sr-Cyrl', 'fr-CA', 'en-GB', 'pt-BR', 'sv'].map(langForTag)).toEqual([
      'de',
      'es',
      'sq',
      'sr',
      'sr',
      'fr',
      'en',
      'en',
      'en',
    ]);
  });
});
