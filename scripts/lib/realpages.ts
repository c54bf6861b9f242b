/** The shared real pages (../shared/realpages beside the repository; REALPAGES names another folder). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './database';

export const REALPAGES_DIR = process.env.REALPAGES ?? join(ROOT, '../shared/realpages');

/** The pages' file names, sorted; `only` (names without .html) limits them. */
export function realPages(only: readonly string[] | undefined): string[] {
  return readdirSync(REALPAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .filter((f) => !only || only.includes(f.replace(/\.html$/, '')))
    .sort();
}
