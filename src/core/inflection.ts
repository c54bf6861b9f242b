/**
 * Inflected forms that readers write as one word with a name: German genitives
 * (UN-Sicherheitsrats) and Albanian definite endings (Euleksi, Euleksit). Generated at build time
 * so the matcher stays a plain exact-token matcher.
 */
const SUFFIXES: Record<string, readonly string[]> = {
  de: ['s', 'es'],
  sq: ['i', 'it', 'in', 'a', 'ës', 'së', 'u', 'ut', 'un', 'në'],
};

/** Only words this long inflect here; short tokens would turn into other words. */
const MIN_STEM = 4;

export function inflections(text: string, lang: string | undefined): string[] {
  const suffixes = lang ? SUFFIXES[lang.split('-')[0]!] : undefined;
  if (!suffixes) return [];
  const m = /(\p{L}+)$/u.exec(text);
  if (!m || m[1]!.length < MIN_STEM) return [];
  return suffixes.map((s) => text + s);
}
