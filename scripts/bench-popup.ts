/**
 * Popup part of `npm run bench`, in real Chromium: how soon the toolbar popup takes input, as a
 * ratio to a floor measured in the same browser in the same run — an extension whose popup is a
 * page holding nothing but an autofocused search box (what any popup pays to open) — and in ms.
 *
 * For each open: `ready` is the first moment after the search box has focus at which the main
 * thread runs a task (a keystroke is handled no sooner); `blocked` is the longest the main thread
 * then stays busy in the next second (how late a keystroke can be while the catalog loads);
 * `listed` is when "On this page" lists the bodies of a tab that mentions some.
 *
 * BENCH_POPUP_OPENS sets the opens per popup (median reported); BENCH_POPUP_BEFORE=DIR also loads
 * an earlier build (a copy of .output/chrome-mv3) into the same browser, for before/after figures.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, serveDir } from './lib/browser';
import { ROOT } from './lib/database';

const OPENS = Number(process.env.BENCH_POPUP_OPENS ?? 9);
const BEFORE = process.env.BENCH_POPUP_BEFORE;
/** How long after the box has focus the main thread is watched for long tasks. */
const WATCH_MS = 1000;

/** The floor: a popup of one autofocused search box, and a worker only so that its id is known. */
function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'missionlens-popup-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'popup floor',
    version: '1.0',
    action: { default_popup: 'popup.html' },
    background: { service_worker: 'worker.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(
    join(dir, 'popup.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><input id="q" type="search" autofocus></body></html>',
  );
  return dir;
}

/**
 * Runs before the popup's own scripts: notes when the box takes focus, then ticks through a
 * message channel (no timer clamping) to find when the main thread is free, and for how long it
 * is busy afterwards.
 */
const PROBE = `(() => {
  const r = (window.__popupBench = { focus: NaN, ready: NaN, blocked: 0, listed: NaN, done: false });
  const channel = new MessageChannel();
  let last = 0;
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (Number.isNaN(r.ready)) r.ready = now;
    else r.blocked = Math.max(r.blocked, now - last);
    last = now;
    if (Number.isNaN(r.listed) && document.querySelector('.on-page li')) r.listed = now;
    if (now - r.focus < ${WATCH_MS}) channel.port2.postMessage(0);
    else r.done = true;
  };
  document.addEventListener('focusin', (e) => {
    if (e.target.id !== 'q' || !Number.isNaN(r.focus)) return;
    r.focus = performance.now();
    channel.port2.postMessage(0);
  }, true);
})()`;

interface Open {
  focus: number;
  ready: number;
  blocked: number;
  listed: number;
}

async function openOnce(context: BrowserContext, url: string): Promise<Open> {
  const p = await context.newPage();
  await p.addInitScript(PROBE);
  await p.goto(url);
  // Polled from here: the extension's pages forbid the eval that waitForFunction would use.
  let r: (Open & { done: boolean }) | undefined;
  for (const end = Date.now() + 15_000; !r?.done && Date.now() < end; await new Promise((ok) => setTimeout(ok, 100))) {
    r = (await p.evaluate('window.__popupBench')) as Open & { done: boolean };
  }
  if (!r?.done) throw new Error(`${url}: the search box never took focus`);
  await p.close();
  return r;
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

const floorDir = writeFloorExtension();
const dirs = [EXTENSION_DIR, floorDir, ...(BEFORE ? [BEFORE] : [])];
const server = await serveDir(join(ROOT, 'tests/fixtures'));
const b = await launchWithExtension({ args: [`--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`] });
const deadline = Date.now() + 15_000;
while (b.context.serviceWorkers().length < dirs.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
const workers = b.context.serviceWorkers();
if (workers.length !== dirs.length) throw new Error(`Expected ${dirs.length} extension workers, found ${workers.length}`);
/** Which folder an extension was loaded from: its popup page names chunks by content hash. */
const idOf = async (dir: string) => {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  for (const w of workers) {
    const served = (await w.evaluate(`fetch(chrome.runtime.getURL('popup.html')).then((r) => r.text())`).catch(() => '')) as string;
    if (served === html) return new URL(w.url()).host;
  }
  throw new Error(`No loaded extension serves the popup of ${dir}`);
};
const oursId = await idOf(EXTENSION_DIR);
const floorId = await idOf(floorDir);
const beforeId = BEFORE ? await idOf(BEFORE) : undefined;
const worker = workers[0]!;

// A tab that mentions bodies, for "On this page": the popup is opened about it (?tab=ID).
const page = await b.context.newPage();
await page.goto(`${server.origin}/kosovo.html`);
await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 3));
await page.bringToFront();
const tabId = (await worker.evaluate('chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0].id)')) as number;

const runs: Record<'ours' | 'floor' | 'before', Open[]> = { ours: [], floor: [], before: [] };
for (let i = 0; i < OPENS; i++) {
  // Interleaved, so that load on the machine falls on all alike.
  runs.ours.push(await openOnce(b.context, `chrome-extension://${oursId}/popup.html?tab=${tabId}`));
  runs.floor.push(await openOnce(b.context, `chrome-extension://${floorId}/popup.html`));
  if (beforeId) runs.before.push(await openOnce(b.context, `chrome-extension://${beforeId}/popup.html?tab=${tabId}`));
}
await b.close();
await server.close();
rmSync(floorDir, { recursive: true, force: true });

const floor = median(runs.floor.map((r) => r.ready));
const line = (name: string, xs: Open[]) => {
  const ready = median(xs.map((r) => r.ready));
  return `  ${name.padEnd(8)} ready for input ${ready.toFixed(1).padStart(6)} ms = ${(ready / floor).toFixed(2)}× the floor (box focused at ${median(xs.map((r) => r.focus)).toFixed(1)} ms); then busy at most ${median(xs.map((r) => r.blocked)).toFixed(1)} ms at once${xs.some((r) => !Number.isNaN(r.listed)) ? `; "On this page" listed at ${median(xs.map((r) => r.listed)).toFixed(1)} ms` : ''}`;
};
console.log(`Popup benchmark: medians of ${OPENS} opens each, interleaved, in one browser (ms after navigation start)`);
console.log(line('floor', runs.floor));
console.log(line('ours', runs.ours) + '  (goal ≤ 60 ms)');
if (beforeId) console.log(line('before', runs.before));
