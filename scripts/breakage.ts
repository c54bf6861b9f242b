/**
 * `npm run breakage`: does the extension change anything a reader of a real page would notice?
 * Every page of ../shared/realpages is loaded in Chromium without the extension and with it
 * (every request not to the local server blocked), and what the page shows is compared: its
 * errors, its elements (by tag, our one host left out), its text and its height. A page that
 * differs is loaded again without the extension, so a page that differs from itself (clocks,
 * random ids) is told apart from one we changed.
 *
 * REALPAGES names another folder; BREAKAGE=NAME,NAME limits the pages.
 */
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension, serveDir } from './lib/browser';
import { realPages, REALPAGES_DIR } from './lib/realpages';

const SETTLE_MS = 2500;
const HOST = 'missionlens-host';
const pages = realPages(process.env.BREAKAGE?.split(','));

interface Seen {
  errors: string[];
  tags: Record<string, number>;
  text: string;
  height: number;
  hosts: number;
}

async function look(context: BrowserContext, origin: string, page: string): Promise<Seen> {
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message.split('\n')[0]}`));
  // Requests blocked here fail loudly in the console; those are the harness's, not the page's.
  p.on(
    'console',
    (m) => m.type() === 'error' && !/ERR_FAILED|ERR_BLOCKED|Failed to load resource/.test(m.text()) && errors.push(m.text().slice(0, 160)),
  );
  await p.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await p
    .goto(`${origin}/${page}`, { waitUntil: 'load', timeout: 20_000 })
    .catch((e: Error) => errors.push(`load: ${e.message.split('\n')[0]}`));
  await p.waitForTimeout(SETTLE_MS);
  const seen = await p.evaluate((host) => {
    const tags: Record<string, number> = {};
    let hosts = 0;
    for (const el of document.getElementsByTagName('*')) {
      if (el.localName === host) hosts++;
      else tags[el.localName] = (tags[el.localName] ?? 0) + 1;
    }
    return { tags, text: document.body?.innerText ?? '', height: document.documentElement.scrollHeight, hosts };
  }, HOST);
  await p.close();
  return { errors: [...new Set(errors)].sort(), ...seen };
}

/** What differs between two loads of a page, in words; empty when nothing does. */
function differences(a: Seen, b: Seen): string[] {
  const out: string[] = [];
  const newErrors = b.errors.filter((e) => !a.errors.includes(e));
  if (newErrors.length) out.push(`errors: ${newErrors.join(' | ')}`);
  const tags = new Set([...Object.keys(a.tags), ...Object.keys(b.tags)]);
  const tagDiff = [...tags].filter((t) => (a.tags[t] ?? 0) !== (b.tags[t] ?? 0)).map((t) => `${t} ${a.tags[t] ?? 0}→${b.tags[t] ?? 0}`);
  if (tagDiff.length) out.push(`elements: ${tagDiff.join(', ')}`);
  if (a.text !== b.text) out.push(`text: ${a.text.length}→${b.text.length} chars`);
  if (a.height !== b.height) out.push(`height: ${a.height}→${b.height} px`);
  return out;
}

const server = await serveDir(REALPAGES_DIR);
const plain = await launchWithExtension({ extension: false });
const ours = await launchWithExtension();
let changed = 0;
let unstable = 0;
let hostsAdded = 0;
try {
  for (const page of pages) {
    const without = await look(plain.context, server.origin, page);
    const withUs = await look(ours.context, server.origin, page);
    hostsAdded += withUs.hosts;
    let diff = differences(without, withUs);
    if (diff.length) {
      // Does the page differ from itself? Then only what it does not do on its own counts.
      const again = await look(plain.context, server.origin, page);
      const own = new Set(differences(without, again).map((d) => d.split(':')[0]));
      if (own.size) unstable++;
      diff = diff.filter((d) => !own.has(d.split(':')[0]));
    }
    if (diff.length) changed++;
    console.log(
      `${page.padEnd(48)} ${diff.length ? `CHANGED  ${diff.join('; ')}` : 'same'}${withUs.hosts ? `  (host ${withUs.hosts})` : ''}`,
    );
  }
} finally {
  await plain.close();
  await ours.close();
  await server.close();
}
console.log(
  `\n${pages.length} real pages: ${changed} changed by the extension, ${pages.length - changed} the same` +
    ` (${unstable} differ from themselves between loads; only what they do not do on their own is counted);` +
    ` our host element added on ${hostsAdded} (it appears only when a card opens).`,
);
process.exitCode = changed ? 1 : 0;
