/**
 * Settings and browser integration in real Chromium: changes apply to open tabs without a reload,
 * the popup's page list and site switch, the context-menu lookup path, and an import that fails
 * cleanly without losing what was stored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/database';
import { byId, card, highlighted, openOptions, openPage, useExtension } from './harness';

const h = useExtension();

/** Run inside the extension's service worker, where `chrome` is the extension API. */
declare const chrome: {
  storage: { sync: { get: (k: string) => Promise<{ settings?: unknown }>; set: (v: object) => Promise<void> } };
  action: { getBadgeText: (d: { tabId: number }) => Promise<string> };
  tabs: {
    query: (q: object) => Promise<{ id?: number }[]>;
    sendMessage: (id: number, message: unknown, options: object) => Promise<unknown>;
  };
};

const stored = () =>
  h.browser.worker!.evaluate(() => chrome.storage.sync.get('settings').then((r) => (r.settings ?? null) as Record<string, unknown> | null));
const store = (value: unknown) => h.browser.worker!.evaluate((v) => chrome.storage.sync.set({ settings: v }), value);
/** The extension has no "tabs" permission, so the test finds the page as the active tab. */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return h.browser.worker!.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0]?.id ?? -1));
}
const registered = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()]);

const options = () => openOptions(h);

describe('settings apply to open tabs', () => {
  it('switches the highlight style and hides kinds without a reload', async () => {
    await store(null);
    const article = await openPage(h, 'kosovo.html');
    const opts = await options();
    await opts.locator('input[name="style"][value="tint"]').check();
    await expect.poll(() => registered(article)).toEqual(['missionlens-tint']);
    await opts.locator('input[name="style"][value="underline"]').check();
    await expect.poll(() => registered(article)).toEqual(['missionlens']);

    await opts.locator('input[name="kind"][value="nato-operation"]').uncheck();
    // The page is read again with the new filter: wait for the new reading, not just for KFOR to go.
    await expect
      .poll(
        async () => {
          const h = await highlighted(article);
          return h.includes('EULEX') && !h.includes('KFOR');
        },
        { timeout: 5_000 },
      )
      .toBe(true);
    await opts.locator('input[name="kind"][value="nato-operation"]').check();
    await expect.poll(async () => (await highlighted(article)).includes('KFOR'), { timeout: 5_000 }).toBe(true);
    await article.close();
    await opts.close();
  });

  it("lists the page's bodies in the popup, reveals them, and switches the site off and on", async () => {
    await store(null);
    const article = await openPage(h, 'kosovo.html');
    const tabId = await tabIdOf(article);
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.on-page-reveal').count(), { timeout: 5_000 }).toBeGreaterThan(2);
    const listed = await popup.locator('.on-page-reveal').allInnerTexts();
    expect(listed.join(' ')).toContain('KFOR');

    await popup.locator('.on-page-reveal[data-id="unifil"]').click();
    await expect.poll(() => registered(article)).toContain('missionlens-flash');

    // Clicked, not unchecked: the switch gives way to the "off" state and its button.
    await popup.locator('.site-switch input').click();
    await expect.poll(() => registered(article), { timeout: 5_000 }).toEqual([]);
    expect((await stored())?.blockedSites).toEqual(['127.0.0.1']);
    // Off, the popup says so and offers the way back on.
    await expect.poll(() => popup.locator('.page').getAttribute('data-state')).toBe('off');
    await popup.locator('#turn-on').click();
    await expect.poll(async () => (await highlighted(article)).length, { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.page').getAttribute('data-state'), { timeout: 5_000 }).toBe('list');
    await popup.close();
    await article.close();
  });
});

/**
 * Reading starts before the settings arrive; this records, in every frame from the page's first
 * script on, each highlight name and highlighted text, so highlights painted before the settings
 * were applied would be caught (a change undone within one frame is never painted, nor seen here).
 */
async function openWatched(path: string): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { seen: Set<string> }).seen = seen;
    const look = () => {
      for (const [name, hl] of CSS.highlights) for (const r of hl) seen.add(`${name}:${(r as Range).toString()}`);
      requestAnimationFrame(look);
    };
    look();
  });
  await page.goto(`${h.server.origin}/${path}`);
  return page;
}
const seenOn = (page: Page) => page.evaluate(() => [...(window as unknown as { seen: Set<string> }).seen]);

describe('settings read at start-up', () => {
  it('shows no highlight in any frame, no card and a grey "off" badge on a site switched off before the page loads', async () => {
    await store({ version: 2, blockedSites: ['127.0.0.1'] });
    const article = await openWatched('kosovo.html');
    const box = (await article.locator('#kfor').boundingBox())!;
    await article.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    await article.waitForTimeout(1_500);
    expect(await seenOn(article)).toEqual([]);
    expect(await card(article).count()).toBe(0);
    const tabId = await tabIdOf(article);
    const badge = () => h.browser.worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge, { timeout: 5_000 }).toBe('off');
    // The same page with the site on: the watcher and the badge do see the mentions (so they can fail).
    await store(null);
    await expect.poll(async () => (await seenOn(article)).length, { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(badge, { timeout: 5_000 }).not.toBe('');
    await article.close();
  });

  it('never shows, in any frame, a kind hidden before the page loads', async () => {
    await store({ version: 2, hiddenKinds: ['nato-operation'] });
    const article = await openWatched('kosovo.html');
    await expect.poll(async () => (await seenOn(article)).some((s) => s.includes('EULEX')), { timeout: 5_000 }).toBe(true);
    await article.waitForTimeout(500);
    expect((await seenOn(article)).filter((s) => s.includes('KFOR'))).toEqual([]);
    await store(null);
    await article.close();
  });
});

describe('context-menu lookup', () => {
  it('shows the card for the selected text when the background asks the page', async () => {
    await store(null);
    const article = await openPage(h, 'kosovo.html');
    const tabId = await tabIdOf(article);
    await article.evaluate(() => {
      const el = document.getElementById('p3')!.querySelector('i')!;
      const r = document.createRange();
      r.selectNodeContents(el);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    // What the menu's click handler does after resolving the selection to an id.
    await h.browser.worker!.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'showCard', payload: { id: 'omik' } }, { frameId: 0 }),
      tabId,
    );
    await expect.poll(() => card(article).count(), { timeout: 5_000 }).toBe(1);
    expect(await card(article).innerText()).toContain(byId.get('omik')!.name);
    await article.close();
  });
});

describe('import', () => {
  it('rejects a broken file with a message naming the problem, and keeps what was stored', async () => {
    await store(null);
    const opts = await options();
    await opts.locator('input[name="style"][value="tint"]').check();
    await expect.poll(async () => (await stored())?.highlightStyle).toBe('tint');
    const before = await stored();

    await opts
      .locator('#import')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"highlightStyle": ') });
    const note = opts.locator('#backup-note');
    await expect.poll(() => note.innerText()).toMatch(/broken\.json is not a settings or pack file.*Nothing was changed/s);
    // The picker forgets a rejected file, so its name does not linger there.
    expect(await opts.locator('#import').inputValue()).toBe('');
    await opts.locator('#import').setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 2, "hoverDelayMs": "fast", "highlightStyle": "blink"}'),
    });
    await expect.poll(() => note.innerText()).toMatch(/wrong\.json was not imported, because 2 of its settings/);
    // In the page's own words: the labels of the controls, never the stored field names.
    const message = await note.innerText();
    expect(message).toContain('Hover delay');
    expect(message).toContain('Highlighting');
    expect(message).not.toMatch(/hoverDelayMs|highlightStyle/);
    expect(await stored()).toEqual(before);

    await opts
      .locator('#import')
      .setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2, "hoverDelayMs": 300}') });
    await expect.poll(async () => (await stored())?.hoverDelayMs).toBe(300);
    await expect.poll(() => note.innerText()).toMatch(/Imported good\.json\. Changed: .*Hover delay/);
    await opts.close();
  });
});

describe('fact packs', () => {
  it('imports a pack that pages then highlight, and rejects a broken one without losing it', async () => {
    await store(null);
    const opts = await options();
    const pack = readFileSync(join(ROOT, 'tests/fixtures/packs/valid-newsroom.json'));
    await opts.locator('#import-pack').setInputFiles({ name: 'newsroom.json', mimeType: 'application/json', buffer: pack });
    await expect.poll(() => opts.locator('#packs li').count()).toBe(1);

    const page = await h.browser.context.newPage();
    await page.goto(`${h.server.origin}/pack.html`);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['EXMT', 'KFOR']));
    await page.hover('#exmt');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    expect(await card(page).innerText()).toContain('Example Monitoring Team');

    const broken = readFileSync(join(ROOT, 'tests/fixtures/packs/invalid-duplicate-id.json'));
    await opts.locator('#import-pack').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: broken });
    await expect
      .poll(() => opts.locator('#packs-note').innerText())
      .toMatch(/broken\.json was not imported[\s\S]*kfor: the id is already used/);
    expect(await opts.locator('#import-pack').inputValue()).toBe('');
    expect(await opts.locator('#packs li').count()).toBe(1);
    await page.close();
    await opts.close();
  });
});
