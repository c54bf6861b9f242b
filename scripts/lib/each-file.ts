/** The CLIs' shared file loop: each readable file's text to `fn`; unreadable ones reported and counted. */
import { readFileSync } from 'node:fs';

/** Returns false when any file could not be read, so the CLI can exit with 1. */
export function eachFile(tool: string, files: readonly string[], fn: (file: string, text: string) => void): boolean {
  let ok = true;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      console.error(`${tool}: cannot read ${file}: ${(err as Error).message}`);
      ok = false;
      continue;
    }
    fn(file, text);
  }
  return ok;
}
