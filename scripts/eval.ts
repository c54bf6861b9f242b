/**
 * npm run --silent eval [-- CORPUS_DIR LABELS_JSON] [--verbose]
 * Scores the detector on a labeled corpus: precision, recall and F1 overall, per language and
 * per genre. Without arguments it scores the project's own texts (tests/corpus).
 * Resolutions are scored by the shared labeling policy: one without a record in data/ is out of
 * scope ("Security Council resolution 350" is labeled as the Council), so eval counts only those.
 */
import { join } from 'node:path';
import './lib/closed-pipe';
import { metrics, type Tally } from '../src/core/score';
import { evaluateCorpus } from './lib/evaluate';
import { loadDetector } from './lib/matcher-node';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const own = join(import.meta.dirname, '..', 'tests', 'corpus');
const [dir, labelsFile] = args.length === 0 ? [join(own, 'texts'), join(own, 'labels.json')] : args;
if (!dir || !labelsFile) {
  console.error('usage: npm run --silent eval [-- CORPUS_DIR LABELS_JSON] [--verbose]');
  process.exit(2);
}

let result;
try {
  result = evaluateCorpus(dir, labelsFile, loadDetector('data'));
} catch (err) {
  console.error(`eval: ${(err as Error).message}`);
  process.exit(2);
}
if (verbose) for (const line of result.errors) console.log(line);

const fmt = (name: string, t: Tally) => {
  // A set with nothing to find (distractor texts) has only false marks to count.
  if (t.tp + t.fn === 0) return `${name.padEnd(12)} nothing to find: ${t.fp} false mark${t.fp === 1 ? '' : 's'}`;
  const m = metrics(t);
  return `${name.padEnd(12)} precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
};
console.log(fmt('overall', result.total));
const nonEnglish = [...result.byLang].filter(([lang]) => lang !== 'en').map(([, t]) => t);
if (nonEnglish.length > 0 && nonEnglish.length < result.byLang.size) {
  const sum = (k: keyof Tally) => nonEnglish.reduce((n, t) => n + t[k], 0);
  console.log(fmt('non-English', { tp: sum('tp'), fp: sum('fp'), fn: sum('fn') }));
}
console.log('by language');
for (const [lang, t] of [...result.byLang].sort()) console.log(fmt(`  ${lang}`, t));
console.log('by genre');
for (const [genre, t] of [...result.byGenre].sort()) console.log(fmt(`  ${genre}`, t));
