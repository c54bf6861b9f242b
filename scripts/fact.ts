/** npm run --silent fact -- ID | --list | --stats */
import { formatProblem } from '../src/core/schema';
import { databaseStats } from '../src/core/stats';
import { loadDatabase } from './lib/database';

const arg = process.argv[2];
if (!arg) {
  console.error('usage: npm run --silent fact -- ID | --list | --stats');
  process.exit(2);
}
const { entities, problems } = loadDatabase();
for (const p of problems) console.error(`warning: ${formatProblem(p)}`);
if (arg === '--list') {
  for (const e of entities) {
    const { id, name, acronym, kind, parent, status } = e;
    process.stdout.write(`${JSON.stringify({ id, name, acronym, kind, parent, status })}\n`);
  }
} else if (arg === '--stats') {
  process.stdout.write(`${JSON.stringify(databaseStats(entities), null, 2)}\n`);
} else {
  const e = entities.find((x) => x.id === arg);
  if (!e) {
    console.error(`fact: no entity with id "${arg}" (try --list)`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(e, null, 2)}\n`);
}
