/** npm run --silent detect -- FILE... : one JSON line per file with the mentions found in it. */
import { readFileSync } from 'node:fs';
import { loadDetector } from './lib/matcher-node';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run --silent detect -- FILE...');
  process.exit(2);
}
const detect = loadDetector();
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`detect: cannot read ${file}: ${(err as Error).message}`);
    failed = true;
    continue;
  }
  process.stdout.write(`${JSON.stringify({ file, mentions: detect(text) })}\n`);
}
process.exit(failed ? 1 : 0);
