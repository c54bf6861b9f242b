/**
 * npm run --silent corpus:labels [-- DIR] — writes DIR/texts/*.txt and DIR/labels.json (DIR defaults to tests/corpus)
 * from the marked texts in DIR/marked, where each labeled mention is written
 * [[text|id]]. File names say language and genre: `sr-cyrl-news-kbs.txt` is Serbian in Cyrillic, news.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// A directory argument builds another marked set the same way (tests/heldout).
const root = process.argv[2] ? resolve(process.argv[2]) : join(import.meta.dirname, '..', 'tests', 'corpus');
const GENRES = new Set(['news', 'press', 'social', 'wiki', 'distractors']);
const MARK = /\[\[([^|\]]+)\|([a-z0-9-]+)\]\]/g;

interface Doc {
  genre: string;
  lang: string;
  mentions: { start: number; end: number; text: string; id: string }[];
}

const docs: Record<string, Doc> = {};
mkdirSync(join(root, 'texts'), { recursive: true });
for (const file of readdirSync(join(root, 'marked'))
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const marked = readFileSync(join(root, 'marked', file), 'utf8');
  const parts = file.replace(/\.txt$/, '').split('-');
  const script = parts[1] === 'cyrl' || parts[1] === 'latn' ? parts.splice(1, 1)[0] : undefined;
  const lang = script ? `${parts[0]}-${script[0]!.toUpperCase()}${script.slice(1)}` : parts[0]!;
  const genre = parts[1]!;
  if (!GENRES.has(genre)) throw new Error(`${file}: unknown genre "${genre}"`);
  let text = '';
  let last = 0;
  const mentions: Doc['mentions'] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    mentions.push({ start: text.length, end: text.length + m[1]!.length, text: m[1]!, id: m[2]! });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  writeFileSync(join(root, 'texts', file), text);
  docs[file] = { genre: genre === 'distractors' ? 'distractor' : genre, lang, mentions };
}
const labels = {
  version: 1,
  policy: 'Same policy as the shared development set (../shared/corpus-labels.json); texts written for this project.',
  docs,
};
writeFileSync(join(root, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
console.log(`corpus:labels: ${Object.keys(docs).length} texts, ${Object.values(docs).reduce((n, d) => n + d.mentions.length, 0)} mentions`);
