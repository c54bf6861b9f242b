import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/database';
import { KINDS, RELATIONS } from '../../src/core/schema';
import { kindText, relationText, setLanguage, t } from '../../src/ui/i18n';

const messages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = messages('en');
const fr = messages('fr');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [readFileSync(p, 'utf8')] : [];
  });
}

describe('interface strings', () => {
  it('has the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
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
    setLanguage('auto');
  });
});
