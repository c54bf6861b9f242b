/** The matcher and context model over the live data/ files, for the CLIs and the tests. */
import { detectMentions, type ResolutionScope } from '../../src/core/detect';
import { Matcher, type Mention } from '../../src/core/matcher';
import { buildPatternSet } from '../../src/core/patterns';
import { formatProblem } from '../../src/core/schema';
import { loadBlockers, loadDatabase } from './database';

/** `resolutions: 'data'` scores by the shared labeling policy (see detect.ts); pages and `detect` use 'all'. */
export function loadDetector(resolutions: ResolutionScope = 'all'): (text: string) => Mention[] {
  const { entities, problems } = loadDatabase();
  if (problems.length > 0) throw new Error(`data/entities is invalid:\n${problems.map(formatProblem).join('\n')}`);
  const matcher = new Matcher(buildPatternSet(entities, loadBlockers()));
  return (text) => detectMentions(text, matcher, { resolutions });
}
