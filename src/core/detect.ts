/**
 * The detector in one place: the matcher's mentions as the context model resolves them, with
 * Security Council resolutions found by rule (resolutions.ts) laid over them. The content script,
 * the CLIs and the evaluation all call this, so a page and a score never disagree.
 */
import { resolveMentions } from './context';
import type { Matcher, Mention } from './matcher';
import type { PatternSet } from './patterns';
import { findResolutions, otherBodysResolution, resolutionId, resolutionNumber, withResolutions } from './resolutions';

/**
 * Which resolutions become mentions: 'all' (every one the text refers to, the product's rule), or
 * 'data' (only those with a record in the data: the shared labeling policy counts any other
 * resolution as out of scope, so eval scores by it).
 */
export type ResolutionScope = 'all' | 'data';

export interface DetectOptions {
  /** Entities anchored earlier on the same page (see resolveMentions). */
  anchors?: Set<number>;
  resolutions?: ResolutionScope;
}

interface ResolutionData {
  /** Numbers with a record: they count without the Council named nearby. */
  known: Set<number>;
  /** Records marked `highlight: false`: their references are never marked (nor the Council inside them). */
  hidden: Set<number>;
  /** Entity indices that are resolutions. */
  entities: Set<number>;
  /** Their ids: made once per set, not for every piece of a page (there are hundreds). */
  ids: Set<string>;
}

const bySet = new WeakMap<PatternSet, ResolutionData>();

function resolutionData(set: PatternSet): ResolutionData {
  let data = bySet.get(set);
  if (data) return data;
  const withPatterns = new Set(set.patterns.map((p) => p[1]));
  data = { known: new Set(), hidden: new Set(), entities: new Set(), ids: new Set() };
  set.ids.forEach((id, index) => {
    const n = resolutionNumber(id);
    if (n === null) return;
    data!.known.add(n);
    data!.entities.add(index);
    data!.ids.add(id);
    // A record without patterns is one the data keeps out of pages (highlight: false).
    if (!withPatterns.has(index)) data!.hidden.add(n);
  });
  bySet.set(set, data);
  return data;
}

export function detectMentions(text: string, matcher: Matcher, options: DetectOptions = {}): Mention[] {
  const set = matcher.set;
  const data = resolutionData(set);
  // The data's own resolution names obey the same veto as the rule: a city council's "resolution 1244" is not ours.
  const mentions = resolveMentions(text, matcher, options.anchors).filter(
    (m) => !data.ids.has(m.id) || !otherBodysResolution(text, m.start),
  );
  const scope = options.resolutions ?? 'all';
  const refs = findResolutions(text, data.known).filter((r) => scope === 'all' || data.known.has(r.number));
  if (refs.length === 0) return mentions;
  const merged = withResolutions(mentions, refs, (r) => ({
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    id: resolutionId(r.number),
  }));
  return merged.filter((m) => {
    const n = resolutionNumber(m.id);
    return n === null || !data.hidden.has(n);
  });
}
