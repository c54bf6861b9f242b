/** npm run --silent detect -- FILE... : one JSON line per file with the mentions found in it. */
import { eachFile } from './lib/each-file';
import { loadDetector } from './lib/matcher-node';
import './lib/closed-pipe';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run --silent detect -- FILE...');
  process.exit(2);
}
const detect = loadDetector();
const ok = eachFile('detect', files, (file, text) => {
  process.stdout.write(`${JSON.stringify({ file, mentions: detect(text) })}\n`);
});
process.exit(ok ? 0 : 1);
