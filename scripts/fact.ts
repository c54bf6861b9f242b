/** npm run --silent fact -- ID | --list | --stats | --audit [--summary] | --stale [--as-of YYYY-MM-DD] | --spot N --seed S */
import { citationShares, collectCitations, staleBodies, weakFirstSources } from '../src/core/citations';
import { todayISO } from '../src/core/dates';
import { drawSpotCheck } from '../src/core/spot-check';
import { formatProblem } from '../src/core/schema';
import { databaseStats } from '../src/core/stats';
import { loadDatabase } from './lib/database';
import './lib/closed-pipe';

const USAGE =
  'usage: npm run --silent fact -- ID | --list | --stats | --audit [--summary] | --stale [--as-of YYYY-MM-DD] | --spot N --seed S';
const args = process.argv.slice(2);
const arg = args[0];
if (!arg) {
  console.error(USAGE);
  process.exit(2);
}
const { entities, problems } = loadDatabase();
for (const p of problems) console.error(`warning: ${formatProblem(p)}`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

if (arg === '--list') {
  for (const e of entities) {
    const { id, name, acronym, kind, parent, status } = e;
    process.stdout.write(`${JSON.stringify({ id, name, acronym, kind, parent, status })}\n`);
  }
} else if (arg === '--stats') {
  process.stdout.write(`${JSON.stringify(databaseStats(entities), null, 2)}\n`);
} else if (arg === '--audit') {
  const citations = collectCitations(entities);
  if (!args.includes('--summary')) {
    for (const c of citations) process.stdout.write(`${c.cls}\t${c.id}\t${c.path}\t${c.url}\n`);
    process.stdout.write('\n');
  }
  const print = (label: string, list: typeof citations) => {
    const { total, counts, shares } = citationShares(list);
    process.stdout.write(`${label}: ${total} citations\n`);
    for (const cls of Object.keys(counts) as (keyof typeof counts)[]) {
      process.stdout.write(`  ${cls.padEnd(14)}${String(counts[cls]).padStart(6)}  ${pct(shares[cls])}\n`);
    }
  };
  print('all citations', citations);
  print(
    'dated figures, heads and events',
    citations.filter((c) => c.dated),
  );
  const weak = weakFirstSources(entities);
  process.stdout.write(`first source not the body's own page or a primary document: ${weak.length} of ${entities.length}\n`);
  const missing = citations.filter((c) => !c.publisher).length;
  process.stdout.write(`citations without a publisher: ${missing} of ${citations.length}\n`);
} else if (arg === '--stale') {
  const i = args.indexOf('--as-of');
  const today = i >= 0 ? args[i + 1] : todayISO();
  if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error(`fact: --as-of needs a date YYYY-MM-DD\n${USAGE}`);
    process.exit(2);
  }
  const stale = staleBodies(entities, today);
  for (const s of stale) process.stdout.write(`${s.id}\t${s.field}\t${s.latest ?? 'none'}\n`);
  process.stdout.write(`${new Set(stale.map((s) => s.id)).size} active operations with a figure or head over a year old on ${today}\n`);
} else if (arg === '--spot') {
  const n = Number(args[1]);
  const i = args.indexOf('--seed');
  const seed = i >= 0 ? Number(args[i + 1]) : NaN;
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    console.error(`fact: --spot needs a count and an integer --seed\n${USAGE}`);
    process.exit(2);
  }
  drawSpotCheck(entities, n, seed).forEach((f, k) => {
    process.stdout.write(`${k + 1}\t${f.id}\t${f.path}\t${f.claim}\t${f.url}\n`);
  });
} else {
  const e = entities.find((x) => x.id === arg);
  if (!e) {
    console.error(`fact: no entity with id "${arg}" (try --list)`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(e, null, 2)}\n`);
}
