/**
 * npm run --silent eval -- CORPUS_DIR LABELS_JSON [--verbose]
 * Scores the detector on a labeled corpus: precision, recall and F1 overall and per genre.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addTally, metrics, scoreDocument, type Span, type Tally } from '../src/core/score';
import { loadDetector } from './lib/matcher-node';

const [dir, labelsFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
if (!dir || !labelsFile) {
  console.error('usage: npm run --silent eval -- CORPUS_DIR LABELS_JSON [--verbose]');
  process.exit(2);
}

interface Labels {
  docs: Record<string, { genre?: string; mentions: Span[] }>;
}
let labels: Labels;
try {
  labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Labels;
  if (typeof labels.docs !== 'object' || labels.docs === null) throw new Error('no "docs" object');
} catch (err) {
  console.error(`eval: cannot read labels ${labelsFile}: ${(err as Error).message}`);
  process.exit(2);
}

const detect = loadDetector();
const zero: Tally = { tp: 0, fp: 0, fn: 0 };
let total = zero;
const byGenre = new Map<string, Tally>();
for (const [file, doc] of Object.entries(labels.docs).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const score = scoreDocument(detect(text), doc.mentions);
  total = addTally(total, score);
  const genre = doc.genre ?? 'unknown';
  byGenre.set(genre, addTally(byGenre.get(genre) ?? zero, score));
  if (verbose) {
    for (const s of score.falsePositives) console.log(`FP ${file} ${s.start}-${s.end} ${s.id} ${JSON.stringify(text.slice(s.start, s.end))}`);
    for (const s of score.falseNegatives) console.log(`FN ${file} ${s.start}-${s.end} ${s.id} ${JSON.stringify(text.slice(s.start, s.end))}`);
  }
}

const fmt = (name: string, t: Tally) => {
  const m = metrics(t);
  return `${name.padEnd(12)} precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
};
console.log(fmt('overall', total));
for (const [genre, t] of [...byGenre].sort()) console.log(fmt(genre, t));
