/** The matcher and context model over the live data/ files, for the CLIs and the tests. */
import { resolveMentions } from '../../src/core/context';
import { Matcher, type Mention } from '../../src/core/matcher';
import { buildPatternSet } from '../../src/core/patterns';
import { formatProblem } from '../../src/core/schema';
import { loadBlockers, loadDatabase } from './database';

export function loadDetector(): (text: string) => Mention[] {
  const { entities, problems } = loadDatabase();
  if (problems.length > 0) throw new Error(`data/entities is invalid:\n${problems.map(formatProblem).join('\n')}`);
  const matcher = new Matcher(buildPatternSet(entities, loadBlockers()));
  return (text) => resolveMentions(text, matcher);
}
