/**
 * Page part of `npm run bench`, in real Chromium with the built extension: time from the page's
 * DOMContentLoaded to the last highlight on a generated page of at least 5 MB and 2,000 mentions,
 * as a ratio to the floor (a TreeWalker pass reading every character once, measured on the same
 * page in the same run) and to mark.js highlighting the same alias list; the longest main-thread
 * task; and the renderer's JS heap with and without the extension (the popup has its own part, bench-popup.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPatternSet } from '../src/core/patterns';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension, serveDir } from './lib/browser';
import { loadBlockers, loadDatabase, ROOT } from './lib/database';
import { generateText } from './lib/generate-text';

const PAGE_BYTES = Number(process.env.BENCH_PAGE_BYTES ?? 5.2 * 1024 * 1024);
/** mark.js is orders of magnitude slower: it gets a slice of the page, compared through the floor. */
const MARK_BYTES = Number(process.env.BENCH_MARK_BYTES ?? 100 * 1024);
/**
 * A highlight count unchanged for this long means the scan has finished: longer than the longest
 * wait between two hand-overs of highlights during one read (1.6 s, highlight-layer.ts).
 */
const SETTLED_MS = 3000;

const { entities } = loadDatabase();
const set = buildPatternSet(entities, loadBlockers());
const aliases = [...new Set(set.patterns.filter((p) => p[1] >= 0 && (p[2] & 2) === 0).map((p) => p[0]))];

function page(bytes: number, extraHead = ''): string {
  const text = generateText(aliases, bytes, 11, 330);
  const paragraphs = text.split('.\n').map((p) => `<p>${p.replace(/[<&]/g, ' ')}.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script>
document.addEventListener('DOMContentLoaded', () => performance.mark('bench:dcl'));
</script>${extraHead}</head><body>${paragraphs.join('\n')}</body></html>`;
}

const big = page(PAGE_BYTES);
const small = page(MARK_BYTES, '<script src="/mark.js"></script>');
const server = await serveDir(join(ROOT, 'tests/fixtures'), { '/big.html': big, '/small.html': small });
const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

/** A string, not a function: the TypeScript runner would wrap a function with helpers the page lacks. */
const floorScript = `(() => {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const d = n.data;
    for (let i = 0; i < d.length; i++) sum = (sum + d.charCodeAt(i)) | 0;
  }
  return { ms: performance.now() - t0, sum };
})()`;

/** BENCH_TIMELINE=1 prints every main-thread task from the content script's start to the last highlight. */
const TIMELINE = Boolean(process.env.BENCH_TIMELINE);

/** Top-level tasks of the page's main thread, from a Chromium trace, in page time (ms). */
interface Task {
  start: number;
  ms: number;
  /** The content script ran in it (compiling, a slice, a callback). */
  ours: boolean;
  /** Style, layout or paint only: the browser's rendering of a change. */
  rendering: boolean;
  /** The longest events inside, for BENCH_TIMELINE. */
  top?: string;
}

const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']);

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireIdleCallback', 'v8.callFunction']);

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; args?: { data?: { url?: string } } };

function readTrace(events: TraceEvent[], markPageTime: number): { contentStart: number; evaluateMs: number; tasks: Task[] } {
  const mark = events.find((e) => e.name === 'bench:dcl');
  // Every content script of ours: the first stage, then the page script it has injected.
  const isOurs = (e: TraceEvent) => /^chrome-extension:\/\/[a-p]{32}\/content-scripts\//.test(e.args?.data?.url ?? '');
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && isOurs(e));
  if (!mark || !evaluate) throw new Error('The trace lacks the page mark or the content script evaluation');
  const toPage = (ts: number) => (ts - mark.ts) / 1000 + markPageTime;
  const main = evaluate.tid;
  const slices = events.filter((e) => e.tid === main && e.ph === 'X' && e.dur !== undefined).sort((x, y) => x.ts - y.ts);
  const tasks: Task[] = [];
  for (const task of slices.filter((e) => e.name === 'RunTask' && e.ts >= evaluate.ts - 1)) {
    const inner = slices.filter((e) => e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e !== task);
    tasks.push({
      start: toPage(task.ts),
      ms: task.dur! / 1000,
      ours: inner.some(isOurs),
      rendering: inner.some((e) => RENDER_EVENTS.has(e.name)) && !inner.some((e) => SCRIPT_EVENTS.has(e.name)),
      top: TIMELINE
        ? inner
            .filter((e) => e.dur! >= 500)
            .map((e) => `${e.name} ${(e.dur! / 1000).toFixed(0)}`)
            .slice(0, 12)
            .join(', ')
        : undefined,
    });
  }
  return { contentStart: toPage(evaluate.ts), evaluateMs: (evaluate.dur ?? 0) / 1000, tasks };
}

/** Only what timing needs (script evaluation, the page mark): detailed tracing slows the page. */
const LIGHT_TRACE = 'devtools.timeline,blink.user_timing';
const TASK_TRACE = 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing';

/** Loads the big page under a trace and waits until the highlight count stops changing. */
async function tracedLoad(context: BrowserContext, categories: string) {
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const traced = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' } as never);
  await p.goto(`${server.origin}/big.html`);
  const result = await p.evaluate(async (settled) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    let size = 0;
    let lastChange = performance.now();
    while (performance.now() - lastChange < settled) {
      await new Promise((r) => setTimeout(r, 20));
      // Whichever style is registered (BENCH_STYLE may choose another than the default).
      let now = 0;
      for (const h of CSS.highlights.values()) now += h.size;
      if (now !== size) {
        size = now;
        lastChange = performance.now();
      }
    }
    const mark = performance.getEntriesByName('bench:dcl')[0]!;
    return {
      lastHighlight: lastChange,
      dcl: nav.domContentLoadedEventEnd,
      markTime: mark.startTime,
      size,
      chars: document.body.textContent!.length,
    };
  }, SETTLED_MS);
  await cdp.send('Tracing.end');
  await traced;
  return { page: p, cdp, result, ...readTrace(events, result.markTime) };
}

/** BENCH_STYLE=tint|none measures another highlight style than the default underline. */
const STYLE = process.env.BENCH_STYLE;

async function measureExtension() {
  const b = await launchWithExtension();
  if (STYLE) {
    // A string: see floorScript. Runs in the service worker, where `chrome` is the extension API.
    await b.worker!.evaluate(`chrome.storage.sync.set({ settings: { version: 2, highlightStyle: ${JSON.stringify(STYLE)} } })`);
  }
  // Timing under a light trace; the tasks from a second load under a detailed one.
  const timed = await tracedLoad(b.context, LIGHT_TRACE);
  const floor = (await timed.page.evaluate(floorScript)) as { ms: number };
  await timed.page.close();
  const detailed = await tracedLoad(b.context, TASK_TRACE);
  const after = detailed.tasks.filter((t) => t.start >= detailed.contentStart && t.start <= detailed.result.lastHighlight);
  const longest = (xs: Task[]) => xs.reduce((m, t) => Math.max(m, t.ms), 0);
  if (TIMELINE) {
    // Where the time between the content script's start and the last highlight goes (detailed trace).
    console.log(
      `timeline (ms after the content script's start; last highlight at ${(detailed.result.lastHighlight - detailed.contentStart).toFixed(0)}):`,
    );
    for (const t of after.filter((x) => x.ms >= 1)) {
      const who = t.ours ? 'ours' : t.rendering ? 'render' : 'other';
      console.log(
        `  ${(t.start - detailed.contentStart).toFixed(0).padStart(5)} +${t.ms.toFixed(1).padStart(5)}  ${who.padEnd(6)} ${t.top}`,
      );
    }
  }
  await detailed.cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await detailed.cdp.send('Performance.getMetrics');
  await b.close();
  return {
    ...timed.result,
    contentStart: timed.contentStart,
    evaluateMs: timed.evaluateMs,
    longestAny: longest(after),
    longestOurs: longest(after.filter((t) => t.ours)),
    longestRendering: longest(after.filter((t) => t.rendering)),
    longTasks: after.filter((t) => t.ms > 50).length,
    floor: floor.ms,
    heap: metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0,
  };
}

async function measurePlain() {
  const b = await launchWithExtension({ extension: false });
  const p = await b.context.newPage();
  const cdp = await b.context.newCDPSession(p);
  await cdp.send('Performance.enable');
  await p.goto(`${server.origin}/big.html`);
  await p.waitForTimeout(SETTLED_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const bigFloor = (await p.evaluate(floorScript)) as { ms: number };
  // The same pass from an isolated world — where every content script runs — on a fresh load:
  // there each DOM wrapper is found through a per-world table, so reading costs more.
  await p.reload();
  await p.waitForTimeout(SETTLED_MS);
  const tree = await cdp.send('Page.getFrameTree');
  const world = await cdp.send('Page.createIsolatedWorld', { frameId: tree.frameTree.frame.id, worldName: 'bench-floor' });
  const isolated = await cdp.send('Runtime.evaluate', {
    expression: floorScript,
    contextId: world.executionContextId,
    returnByValue: true,
  });
  const isolatedFloor = (isolated.result.value as { ms: number }).ms;
  // mark.js on the small page, with the floor on that same page.
  await p.route('**/mark.js', (r) => r.fulfill({ body: markJs, contentType: 'text/javascript' }));
  // A small page's cold pass varies by 2–3× from load to load: the median of three fresh loads.
  const smallFloors: number[] = [];
  for (let i = 0; i < 3; i++) {
    await p.goto(`${server.origin}/small.html`);
    smallFloors.push(((await p.evaluate(floorScript)) as { ms: number }).ms);
  }
  const floor = { ms: smallFloors.sort((a, b) => a - b)[1]! };
  const mark = (await p.evaluate(`(() => {
    const terms = ${JSON.stringify(aliases)};
    const t0 = performance.now();
    let count = 0;
    let failed = 0;
    // mark.js walks the text once per term either way; term by term, a term whose diacritics
    // regular expression overflows V8's stack is skipped (and counted) instead of ending the run.
    const marker = new Mark(document.body);
    for (const term of terms) {
      try {
        marker.mark(term, { separateWordSearch: false, accuracy: 'exactly', each: () => count++ });
      } catch {
        failed++;
      }
    }
    return { ms: performance.now() - t0, count, failed, chars: document.body.textContent.length };
  })()`)) as { ms: number; count: number; failed: number; chars: number };
  await b.close();
  return {
    heap,
    markMs: mark.ms,
    markCount: mark.count,
    markFailed: mark.failed,
    markChars: mark.chars,
    smallFloor: floor.ms,
    bigFloor: bigFloor.ms,
    isolatedFloor,
  };
}

/** Hover delay in the default settings: latency is counted from the moment it ends. */
const HOVER_DELAY_MS = 150;

/**
 * Time from the end of the hover delay to the card on screen, for records already cached, records
 * fetched from the background, and with the service worker stopped first (it wakes on the request).
 */
async function measureCard() {
  const b = await launchWithExtension();
  const p = await b.context.newPage();
  const cdp = await b.context.newCDPSession(p);
  await p.goto(`${server.origin}/kosovo.html`);
  await p.waitForFunction(() => (CSS.highlights.get('missionlens')?.size ?? 0) > 3);
  const targets = ['#kfor', '#eulex', '#unifil'];
  const results: Record<'fetched' | 'cached' | 'asleep', number[]> = { fetched: [], cached: [], asleep: [] };
  const hoverOnce = async (selector: string) => {
    await p.mouse.move(5, 5);
    await p.keyboard.press('Escape');
    await p.waitForTimeout(400);
    const box = (await p.locator(selector).boundingBox())!;
    // Rest just left of the mention (plain text there), long enough for any sweep to settle...
    await p.mouse.move(box.x - 10, box.y + box.height / 2, { steps: 3 });
    await p.waitForTimeout(400);
    // Armed in the page before the last small move: it reports when the card's element appears.
    // Not awaited as a promise: the expression ends with 0, so arming returns at once.
    await p.evaluate(`window.__cardAt = new Promise((resolve) => {
      const check = () => {
        const host = document.querySelector('missionlens-host');
        const card = host && host.shadowRoot && host.shadowRoot.querySelector('.ml-card');
        if (card && !card.parentElement.hidden) { resolve(performance.now()); return true; }
        return false;
      };
      const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
      mo.observe(document.documentElement, { childList: true, subtree: true });
      const host = document.querySelector('missionlens-host');
      if (host) mo.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true });
      window.__movedAt = performance.now();
      setTimeout(() => resolve(NaN), 3000);
    }); 0`);
    // ...then one slow step onto it: the hover delay starts with this move.
    await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const at = (await p.evaluate('window.__cardAt.then((t) => t - window.__movedAt)')) as number;
    return at - HOVER_DELAY_MS;
  };
  for (const target of targets) results.fetched.push(await hoverOnce(target));
  for (const target of targets) results.cached.push(await hoverOnce(target));
  for (const target of targets) {
    await cdp.send('ServiceWorker.enable').catch(() => undefined);
    await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
    await p.reload();
    await p.waitForFunction(() => (CSS.highlights.get('missionlens')?.size ?? 0) > 3);
    const stopped = await cdp.send('ServiceWorker.stopAllWorkers').then(
      () => true,
      () => false,
    );
    if (!stopped) console.warn('note: the service worker could not be stopped through CDP; "asleep" is then a warm figure');
    results.asleep.push(await hoverOnce(target));
  }
  await b.close();
  return results;
}

if (TIMELINE) {
  await measureExtension();
  await server.close();
  process.exit(0);
}
const cardTimes = await measureCard();
if (process.env.BENCH_CARD_ONLY) {
  console.log(cardTimes);
  process.exit(0);
}
const ext = await measureExtension();
const plain = await measurePlain();
await server.close();

const mb = (n: number) => (n / (1024 * 1024)).toFixed(2);
const scanMs = ext.lastHighlight - ext.contentStart;
// One cold pass in each browser (a pass creates the DOM wrappers it reads, so only the first is
// cold); they vary by tens of milliseconds from run to run, so the floor is their mean.
const floorMs = (ext.floor + plain.bigFloor) / 2;
const oursX = scanMs / floorMs;
const markX = plain.markMs / plain.smallFloor;
console.log(
  `Page benchmark: ${mb(ext.chars)} M characters, ${ext.size} highlighted mentions, ${aliases.length} aliases${STYLE ? `, highlight style ${STYLE}` : ''}`,
);
console.log(
  `  floor (TreeWalker reading every character, cold)  ${floorMs.toFixed(1)} ms  (mean of ${ext.floor.toFixed(1)} and ${plain.bigFloor.toFixed(1)} ms)`,
);
console.log(
  `  MissionLens: content script start → last highlight  ${scanMs.toFixed(0)} ms  = ${oursX.toFixed(1)}× the floor  (goal ≤ 1.5×)`,
);
console.log(
  `  the same floor pass run from an isolated world, as content scripts are: ${plain.isolatedFloor.toFixed(1)} ms = ${(plain.isolatedFloor / plain.bigFloor).toFixed(1)}× the page's own pass; MissionLens = ${(scanMs / plain.isolatedFloor).toFixed(1)}× it`,
);
console.log(
  `  (the browser started the content script ${(ext.contentStart - ext.dcl).toFixed(0)} ms after DOMContentLoaded, at document_idle; DOMContentLoaded → last highlight ${(ext.lastHighlight - ext.dcl).toFixed(0)} ms)`,
);
console.log(`  content script start-up task (parse, compile, run; paid on every page): ${ext.evaluateMs.toFixed(1)} ms`);
console.log(
  `  mark.js on a ${mb(plain.markChars)} M-character slice: ${plain.markMs.toFixed(0)} ms (${plain.markCount} marks${plain.markFailed ? `; ${plain.markFailed} terms skipped: their regular expression overflowed the stack` : ''}) = ${markX.toFixed(0)}× that slice's floor (${plain.smallFloor.toFixed(2)} ms)`,
);
console.log(`  MissionLens vs mark.js, each against its own floor: ${(markX / oursX).toFixed(0)}× faster  (goal ≥ 300×)`);
console.log(
  `  main-thread tasks from content script start to last highlight (trace): longest ${ext.longestAny.toFixed(0)} ms, ${ext.longTasks} over 50 ms  (goal: none over 50 ms)`,
);
console.log(
  `    longest task running the content script ${ext.longestOurs.toFixed(0)} ms; longest rendering-only task (the browser repainting after a highlight update) ${ext.longestRendering.toFixed(0)} ms`,
);
console.log(
  `  renderer JS heap with the extension ${mb(ext.heap)} MB, without ${mb(plain.heap)} MB: content script ≈ ${mb(Math.max(0, ext.heap - plain.heap))} MB  (goal < 3 MB)`,
);
const worst = (xs: number[]) => (xs.some(Number.isNaN) ? 'no card within 3 s in one of the trials' : `${Math.max(...xs).toFixed(0)} ms`);
console.log(
  `  card after the ${HOVER_DELAY_MS} ms hover delay ends (worst of 3; includes up to one frame of pointer handling): cached record ${worst(cardTimes.cached)}, fetched from the background ${worst(cardTimes.fetched)}  (goal ≤ 50 ms); service worker stopped first ${worst(cardTimes.asleep)}  (goal ≤ 150 ms)`,
);
