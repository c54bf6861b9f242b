/**
 * `npm run screenshots` (after the build): the welcome page and each popup state, written to docs/
 * for the README. The popup is opened as a page about a given tab (`?tab=ID`), at its real width.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveDir } from './lib/browser';
import { ROOT } from './lib/database';

/** The card and the example fade in; a screenshot taken sooner catches them half-transparent. */
const SETTLE_MS = 400;
const POPUP_WIDTH = 400;

const server = await serveDir(join(ROOT, 'tests/fixtures'), {
  '/plain.html': '<!doctype html><html lang="en"><title>Plain</title><p>Nothing about any mission here, only the weather.</p></html>',
});
const browser = await launchWithExtension();
const base = `chrome-extension://${browser.extensionId}`;
const worker = browser.worker!;
type Chrome = {
  tabs: { query: (q: object) => Promise<{ id?: number }[]> };
  storage: { sync: { set: (v: object) => Promise<void> } };
};

async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0]?.id ?? -1),
  );
}

/** Shoots the popup at its width and its content's height. */
async function shootPopup(name: string, query: string, ready: (p: Page) => Promise<unknown>): Promise<void> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  await popup.goto(`${base}/popup.html${query}`);
  await ready(popup);
  await popup.waitForTimeout(SETTLE_MS);
  const height = await popup.evaluate(() => Math.min(600, document.querySelector('main')!.getBoundingClientRect().height));
  await popup.setViewportSize({ width: POPUP_WIDTH, height: Math.ceil(height) });
  await popup.screenshot({ path: join(ROOT, 'docs', `${name}.png`) });
  await popup.close();
  console.log(`docs/${name}.png`);
}
const settings = (value: unknown) =>
  worker.evaluate((v) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set({ settings: v }), value);
const inState = (state: string) => (p: Page) => p.locator(`.page[data-state="${state}"]`).waitFor({ timeout: 10_000 });

// The reload state: the browser's first tab was open before the extension was installed (the
// launch waits for the welcome tab, which opens once the extension has noted the open tabs).
const first = browser.context.pages().find((p) => p.url() === 'about:blank')!;
await shootPopup('popup-reload', `?tab=${await tabIdOf(first)}`, inState('reload'));

const welcome = await browser.context.newPage();
await welcome.setViewportSize({ width: 1000, height: 1100 });
await welcome.goto(`${base}/welcome.html`);
await welcome.locator('.mention[data-id="unifil"]').hover();
await welcome.locator('.example .ml-card').waitFor();
await welcome.waitForTimeout(SETTLE_MS);
await welcome.screenshot({ path: join(ROOT, 'docs', 'welcome.png'), fullPage: true });
console.log('docs/welcome.png');

const article = await browser.context.newPage();
await article.goto(`${server.origin}/kosovo.html`);
await article.waitForFunction(() => (CSS.highlights.get('missionlens')?.size ?? 0) > 0, null, { timeout: 10_000 });
const articleTab = await tabIdOf(article);
await shootPopup('popup-page', `?tab=${articleTab}`, inState('list'));
await shootPopup('popup-search', `?tab=${articleTab}`, async (p) => {
  await p.locator('#q').fill('Kosovo');
  await p.locator('#results li').nth(4).waitFor();
});
await shootPopup('popup-budget', `?tab=${articleTab}`, async (p) => {
  await p.locator('#q').fill('UNIFIL budget');
  await p.locator('#q').press('Enter');
  await p.locator('[data-asked]').waitFor();
});
await shootPopup('popup-nothing-matches', `?tab=${articleTab}`, async (p) => {
  await p.locator('#q').fill('nakura');
  await p.locator('#did-you-mean').waitFor();
});
await settings({ version: 2, blockedSites: ['127.0.0.1'] });
await shootPopup('popup-off', `?tab=${articleTab}`, inState('off'));
await settings(null);

const plain = await browser.context.newPage();
await plain.goto(`${server.origin}/plain.html`);
await plain.waitForTimeout(1000);
await shootPopup('popup-empty', `?tab=${await tabIdOf(plain)}`, inState('empty'));

const version = await browser.context.newPage();
await version.goto('chrome://version');
await shootPopup('popup-browser-page', `?tab=${await tabIdOf(version)}`, inState('browser'));

await browser.close();
await server.close();
