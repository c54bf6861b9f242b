/** Scores a detector on a labeled corpus; shared by the eval CLI and the corpus test. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addTally, scoreDocument, type Span, type Tally } from '../../src/core/score';

interface Labels {
  docs: Record<string, { genre?: string; lang?: string; mentions: Span[] }>;
}

export interface CorpusScore {
  total: Tally;
  byLang: Map<string, Tally>;
  byGenre: Map<string, Tally>;
  /** One line per false positive and false negative, for --verbose. */
  errors: string[];
}

/** A document's language: its label, else the `-xx-` in a shared-set name (dev-foreign-de-…), else English. */
function langOf(file: string, lang: string | undefined): string {
  return lang ?? /-(fr|de|es|it|pt|sq|sr|hr|bs|ru|ar|zh)-/.exec(file)?.[1] ?? 'en';
}

export function evaluateCorpus(dir: string, labelsFile: string, detect: (text: string) => Span[]): CorpusScore {
  let labels: Labels;
  try {
    labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Labels;
    if (typeof labels.docs !== 'object' || labels.docs === null) throw new Error('no "docs" object');
  } catch (err) {
    throw new Error(`cannot read labels ${labelsFile}: ${(err as Error).message}`, { cause: err });
  }
  const zero: Tally = { tp: 0, fp: 0, fn: 0 };
  const out: CorpusScore = { total: zero, byLang: new Map(), byGenre: new Map(), errors: [] };
  const add = (map: Map<string, Tally>, key: string, t: Tally) => map.set(key, addTally(map.get(key) ?? zero, t));
  for (const [file, doc] of Object.entries(labels.docs).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const score = scoreDocument(detect(text), doc.mentions);
    out.total = addTally(out.total, score);
    add(out.byGenre, doc.genre ?? 'unknown', score);
    add(out.byLang, langOf(file, doc.lang), score);
    for (const s of score.falsePositives)
      out.errors.push(`FP ${file} ${s.start}-${s.end} ${s.id} ${JSON.stringify(text.slice(s.start, s.end))}`);
    for (const s of score.falseNegatives)
      out.errors.push(`FN ${file} ${s.start}-${s.end} ${s.id} ${JSON.stringify(text.slice(s.start, s.end))}`);
  }
  return out;
}
