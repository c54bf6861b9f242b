/**
 * The held-back sets (tests/heldout, tests/heldout2): texts written without reading the detector,
 * its rules or its development texts, labeled by the shared policy before the detector was run on
 * them. They measure the detector on text it was not tuned on, against the goals of issue 15.
 * tests/heldout2 was written after tests/heldout had been used for diagnosis, so that an honest
 * figure exists again; its README gives the first score and every miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metrics, UNSCORED_IDS, type Tally } from '../../src/core/score';
import { evaluateCorpus } from '../../scripts/lib/evaluate';
import { loadDetector } from '../../scripts/lib/matcher-node';

const ids = new Set(readdirSync(join(import.meta.dirname, '..', '..', 'data', 'entities')).map((f) => f.replace(/\.json$/, '')));

/**
 * `meetsGoals` stays false until the detector meets the goals on that set; its goal tests are
 * skipped until then. Measured when each set was written: heldout F1 0.906, precision 0.957,
 * non-English recall 0.841 (hand-back report of branch `heldout`); heldout2 F1 0.912, precision
 * 0.959, non-English recall 0.859 (tests/heldout2/README.md).
 */
const SETS = [
  { name: 'heldout', meetsGoals: false },
  { name: 'heldout2', meetsGoals: false },
] as const;

for (const set of SETS) {
  const root = join(import.meta.dirname, '..', set.name);
  const labelsFile = join(root, 'labels.json');
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as {
    docs: Record<string, { genre: string; lang: string; mentions: { start: number; end: number; text: string; id: string }[] }>;
  };

  describe(`the held-back set tests/${set.name} is consistent`, () => {
    it(`has every marked text built (npm run --silent corpus:labels -- tests/${set.name})`, () => {
      const marked = readdirSync(join(root, 'marked'))
        .filter((f) => f.endsWith('.txt'))
        .sort();
      expect(Object.keys(labels.docs).sort()).toEqual(marked);
      for (const file of marked) {
        const plain = readFileSync(join(root, 'marked', file), 'utf8').replace(/\[\[([^|\]]+)\|[a-z0-9-]+\]\]/g, '$1');
        expect(readFileSync(join(root, 'texts', file), 'utf8'), file).toBe(plain);
      }
    });

    it('labels the text at their offsets, with ids the data has and the scorer counts', () => {
      for (const [file, doc] of Object.entries(labels.docs)) {
        const text = readFileSync(join(root, 'texts', file), 'utf8');
        expect(doc.lang && doc.genre, file).toBeTruthy();
        for (const m of doc.mentions) {
          expect(text.slice(m.start, m.end), `${file} ${m.start}`).toBe(m.text);
          expect(ids.has(m.id) && !UNSCORED_IDS.has(m.id), `${file} ${m.start} ${m.id}`).toBe(true);
        }
      }
    });
  });

  describe.skipIf(!set.meetsGoals)(`detection on tests/${set.name} meets the goals of issue 15`, () => {
    const score = () => evaluateCorpus(join(root, 'texts'), labelsFile, loadDetector('data'));

    it('holds F1 ≥ 0.97 and precision ≥ 0.98 overall', () => {
      const { total, errors } = score();
      const m = metrics(total);
      expect(m.f1, errors.join('\n')).toBeGreaterThanOrEqual(0.97);
      expect(m.precision, errors.join('\n')).toBeGreaterThanOrEqual(0.98);
    });

    it('holds recall ≥ 0.95 on the non-English texts together', () => {
      const { byLang, errors } = score();
      const nonEnglish = [...byLang]
        .filter(([lang]) => lang !== 'en')
        .reduce<Tally>((t, [, s]) => ({ tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
      expect(metrics(nonEnglish).recall, errors.join('\n')).toBeGreaterThanOrEqual(0.95);
    });
  });
}
