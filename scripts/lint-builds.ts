/**
 * `web-ext lint` (Mozilla's addons-linter, offline) over both store builds, failing on any error
 * or warning of ours. Two kinds of finding are not ours and are let through, each checked, not
 * assumed: Preact's own support for dangerouslySetInnerHTML (which our code never uses), and, in
 * the Chrome build only, Firefox's manifest requirements that Chrome's manifest deliberately lacks.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/database';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Firefox-only manifest keys (gecko id, background scripts, data_collection_permissions). */
const FIREFOX_ONLY = new Set(['BACKGROUND_SERVICE_WORKER_NOFALLBACK', 'ADDON_ID_REQUIRED', 'MISSING_DATA_COLLECTION_PERMISSIONS']);

function isPreactInnerHtml(dir: string, f: Finding): boolean {
  if (f.code !== 'UNSAFE_VAR_ASSIGNMENT' || !f.file || !f.line || f.column === undefined) return false;
  const line = readFileSync(join(dir, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
  // Preact's diff: `e.innerHTML=d.__html`, reached only through the dangerouslySetInnerHTML prop.
  const around = line.slice(Math.max(0, f.column - 40), f.column + 40);
  return /\.innerHTML=\w+\.__html\b/.test(around) && line.includes('dangerouslySetInnerHTML');
}

export function lintBuild(name: 'firefox-mv2' | 'chrome-mv3'): { ours: Finding[]; notOurs: Finding[] } {
  const dir = join(ROOT, '.output', name);
  let out: string;
  try {
    out = execFileSync(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (e) {
    // web-ext exits non-zero when it finds errors; its report is still on stdout.
    out = (e as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(out) as { errors: Finding[]; warnings: Finding[] };
  const all = [...report.errors, ...report.warnings];
  const notOurs = all.filter((f) => isPreactInnerHtml(dir, f) || (name === 'chrome-mv3' && FIREFOX_ONLY.has(f.code)));
  return { ours: all.filter((f) => !notOurs.includes(f)), notOurs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const name of ['firefox-mv2', 'chrome-mv3'] as const) {
    const { ours, notOurs } = lintBuild(name);
    console.log(
      `web-ext lint ${name}: ${ours.length} error(s) or warning(s) of ours; ${notOurs.length} not ours (${[...new Set(notOurs.map((f) => f.code))].join(', ') || 'none'})`,
    );
    for (const f of ours) console.log(`  ${f.code} ${f.file ?? ''}${f.line ? `:${f.line}` : ''} ${f.message}`);
    failed ||= ours.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
