/**
 * Precision/recall scoring of detections against labeled mentions. A detection is a true positive
 * when it overlaps a not-yet-matched label with the same id; detections of the generic parent
 * organizations (never labeled) are ignored.
 */
export interface Span {
  start: number;
  end: number;
  id: string;
  text?: string;
}

export const UNSCORED_IDS: ReadonlySet<string> = new Set(['un', 'eu', 'au']);

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocScore extends Tally {
  falsePositives: Span[];
  falseNegatives: Span[];
}

export function scoreDocument(detected: readonly Span[], labels: readonly Span[]): DocScore {
  const used = new Array<boolean>(labels.length).fill(false);
  const falsePositives: Span[] = [];
  let tp = 0;
  for (const d of detected) {
    if (UNSCORED_IDS.has(d.id)) continue;
    const i = labels.findIndex((l, k) => !used[k] && l.id === d.id && l.start < d.end && d.start < l.end);
    if (i >= 0) {
      used[i] = true;
      tp++;
    } else {
      falsePositives.push(d);
    }
  }
  const falseNegatives = labels.filter((_, k) => !used[k]);
  return { tp, fp: falsePositives.length, fn: falseNegatives.length, falsePositives, falseNegatives };
}

export function metrics(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addTally(a: Tally, b: Tally): Tally {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
