/**
 * npm run --silent figures -- FILE... [--date YYYY-MM-DD] : one JSON line per figure stated beside a
 * mention, with what the data says on the date (today when none is given). Offsets are like detect's.
 */
import { todayISO } from '../src/core/dates';
import { checkFigures } from '../src/core/figures';
import { loadDatabase } from './lib/database';
import { eachFile } from './lib/each-file';
import { loadDetector } from './lib/matcher-node';
import './lib/closed-pipe';

const args = process.argv.slice(2);
const at = args.indexOf('--date');
const date = at >= 0 ? args[at + 1] : todayISO();
const files = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
if (files.length === 0 || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error('usage: npm run --silent figures -- FILE... [--date YYYY-MM-DD]');
  process.exit(2);
}
const detect = loadDetector();
const byId = new Map(loadDatabase().entities.map((e) => [e.id, e]));
const ok = eachFile('figures', files, (file, text) => {
  for (const c of checkFigures(text, detect(text), (id) => byId.get(id), date)) {
    const { start, end, text: t, id, quantity, stated, data, verdict } = c;
    process.stdout.write(`${JSON.stringify({ file, start, end, text: t, id, quantity, stated, data, verdict })}\n`);
  }
});
process.exit(ok ? 0 : 1);
