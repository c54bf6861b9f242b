/**
 * Real-pages part of `npm run bench`: what the content script costs the pages people actually read.
 * Every page of ../shared/realpages (65 pages as their sites served them) is loaded once with the
 * built extension and once with a floor extension — a content script, in every frame, that only
 * reads the page's text once — in the same run. Every request that is not to the local server is
 * blocked. The main-thread time each content script costs is read from Chromium's CPU profiler:
 * every sample whose stack holds a frame of that script counts, so callbacks, idle slices and
 * promise continuations are all included, in every same-process frame.
 *
 * Every script of the extension counts (its origin is the marker), so code it injects later, such
 * as the card's, is paid for too.
 *
 * BENCH_REAL=NAME,NAME limits the pages; BENCH_REAL_EXTENSION=DIR measures another build than .output/chrome-mv3; BENCH_REAL_SETTLE_MS sets how long a page is watched;
 * BENCH_REAL_BEFORE=DIR also loads an earlier build (a copy of .output/chrome-mv3) in the same run,
 * for before/after figures of one change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, serveDir, type ExtensionBrowser } from './lib/browser';
import { realPages, REALPAGES_DIR } from './lib/realpages';

/** After `load`, long enough for idle-priority slices on the slowest page here to finish. */
const SETTLE_MS = Number(process.env.BENCH_REAL_SETTLE_MS ?? 2500);
const pages = realPages(process.env.BENCH_REAL?.split(','));

/** The floor: any content script must at least read the text once; this one does nothing else. */
function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'missionlens-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['floor.js'], run_at: 'document_idle', all_frames: true, match_about_blank: true }],
    }),
  );
  writeFileSync(
    join(dir, 'floor.js'),
    `(() => {
  const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const d = n.data;
    for (let i = 0; i < d.length; i++) sum = (sum + d.charCodeAt(i)) | 0;
  }
  globalThis.__floorSum = sum;
})();`,
  );
  return dir;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of samples with a frame of a script whose URL contains `marker` anywhere on the stack. */
function timeIn(profile: Profile, marker: string): number {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inScript = new Map<number, boolean>();
  const isIn = (id: number): boolean => {
    const known = inScript.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const p = parent.get(id);
    const result = node.callFrame.url.includes(marker) || (p !== undefined && isIn(p));
    inScript.set(id, result);
    return result;
  };
  let us = 0;
  // Each sample's time is the delta to the next sample.
  for (let i = 0; i < profile.samples.length; i++) {
    if (isIn(profile.samples[i]!)) us += profile.timeDeltas[i + 1] ?? 0;
  }
  return us / 1000;
}

async function measure(context: BrowserContext, origin: string, page: string, marker: string) {
  const p = await context.newPage();
  await p.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const cdp = await context.newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  let error = '';
  try {
    await p.goto(`${origin}/${page}`, { waitUntil: 'load', timeout: 20_000 });
  } catch (e) {
    error = String(e).split('\n')[0]!;
  }
  await p.waitForTimeout(SETTLE_MS);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const frames = p.frames().length;
  const marks = await p.evaluate(() => {
    let n = 0;
    for (const h of CSS.highlights.values()) n += h.size;
    return n;
  });
  await p.close();
  return { ms: timeIn(profile, marker), frames, marks, error };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

const server = await serveDir(REALPAGES_DIR);
const floorDir = writeFloorExtension();
const beforeDir = process.env.BENCH_REAL_BEFORE;
const oursDir = process.env.BENCH_REAL_EXTENSION ?? EXTENSION_DIR;
const ours: ExtensionBrowser = await launchWithExtension({ extensionDir: oursDir });
const floor: ExtensionBrowser = await launchWithExtension({ extensionDir: floorDir });
const before: ExtensionBrowser | null = beforeDir ? await launchWithExtension({ extensionDir: beforeDir }) : null;
const marker = (b: ExtensionBrowser) => `chrome-extension://${b.extensionId}/`;
const rows: { page: string; ours: number; floor: number; before: number; frames: number; marks: number }[] = [];
try {
  // One warm-up load each, so the first page does not pay the browsers' own start-up.
  await measure(ours.context, server.origin, pages[0]!, marker(ours));
  await measure(floor.context, server.origin, pages[0]!, '/floor.js');
  if (before) await measure(before.context, server.origin, pages[0]!, marker(before));
  for (const page of pages) {
    const a = await measure(ours.context, server.origin, page, marker(ours));
    const b = await measure(floor.context, server.origin, page, '/floor.js');
    const c = before ? await measure(before.context, server.origin, page, marker(before)) : null;
    rows.push({ page, ours: a.ms, floor: b.ms, before: c?.ms ?? NaN, frames: a.frames, marks: a.marks });
    console.log(
      `${page.padEnd(48)} ${a.ms.toFixed(1).padStart(7)} ms  floor ${b.ms.toFixed(1).padStart(6)} ms${c ? `  before ${c.ms.toFixed(1).padStart(6)} ms` : ''}  frames ${String(a.frames).padStart(3)}  marks ${String(a.marks).padStart(4)}${a.error ? `  (${a.error})` : ''}`,
    );
  }
} finally {
  await ours.close();
  await floor.close();
  await before?.close();
  await server.close();
  rmSync(floorDir, { recursive: true, force: true });
}

const o = rows.map((r) => r.ours);
const f = rows.map((r) => r.floor);
console.log(`\nreal pages (${rows.length}), main-thread time in the content script, from the CPU profiler (${oursDir}):`);
console.log(`  MissionLens median ${median(o).toFixed(1)} ms, p90 ${quantile(o, 0.9).toFixed(1)} ms, max ${Math.max(...o).toFixed(1)} ms`);
console.log(`  floor       median ${median(f).toFixed(1)} ms, p90 ${quantile(f, 0.9).toFixed(1)} ms, max ${Math.max(...f).toFixed(1)} ms`);
console.log(`  ratio of medians ${(median(o) / Math.max(median(f), 0.01)).toFixed(2)}× (goal ≤ 1.5×)`);
if (before) {
  const b = rows.map((r) => r.before);
  console.log(
    `  before (${beforeDir}): median ${median(b).toFixed(1)} ms, p90 ${quantile(b, 0.9).toFixed(1)} ms, max ${Math.max(...b).toFixed(1)} ms, ratio of medians ${(median(b) / Math.max(median(f), 0.01)).toFixed(2)}×`,
  );
}
