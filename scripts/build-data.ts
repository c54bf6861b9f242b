/**
 * Validates data/entities and compiles the runtime assets:
 *  - src/generated/patterns.json: what the content script needs to match (no facts), with the
 *    matcher's trie compiled, so a page loads it instead of building it;
 *  - src/generated/facts.json: the full records, for the background and the popup.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Matcher } from '../src/core/matcher';
import { buildPatternSet } from '../src/core/patterns';
import { formatProblem } from '../src/core/schema';
import { loadBlockers, loadDatabase, ROOT } from './lib/database';

const { entities, problems } = loadDatabase();
if (problems.length > 0) {
  for (const p of problems) console.error(`data/entities/${formatProblem(p)}`);
  console.error(`\n${problems.length} problem(s) in data/entities; nothing was written.`);
  process.exit(1);
}
const out = join(ROOT, 'src/generated');
mkdirSync(out, { recursive: true });
const blockers = loadBlockers();
const patterns = buildPatternSet(entities, blockers);
writeFileSync(join(out, 'patterns.json'), JSON.stringify({ ...patterns, compiled: new Matcher(patterns).compile() }));
writeFileSync(join(out, 'facts.json'), JSON.stringify(entities));
console.error(`build-data: ${entities.length} entities, ${patterns.patterns.length} patterns → src/generated/`);
