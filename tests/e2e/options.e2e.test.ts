/**
 * The options page in real Chromium: every control saves as it changes and says, beside itself,
 * what it could not take, in plain words; kinds are explained; pack help lives in the page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/core/packs';
import { KINDS } from '../../src/core/schema';
import { entities, openOptions, useExtension } from './harness';

const h = useExtension();

declare const chrome: {
  storage: { sync: { get: (k: string) => Promise<{ settings?: Record<string, unknown> }>; set: (v: object) => Promise<void> } };
};
const store = (value: unknown) => h.browser.worker!.evaluate((v) => chrome.storage.sync.set({ settings: v }), value);
const stored = () => h.browser.worker!.evaluate(() => chrome.storage.sync.get('settings').then((r) => r.settings ?? null));

const options = () => openOptions(h);

describe('options', () => {
  it('saves a site list as it is typed and names the lines it could not take', async () => {
    await store(null);
    const page = await options();
    await page.locator('#blocked').click();
    await page.keyboard.type('news.example.org\nnot a site');
    // No blur: closing the tab now must not lose the typed site.
    await expect.poll(async () => (await stored())?.blockedSites, { timeout: 5_000 }).toEqual(['news.example.org']);
    await expect.poll(() => page.locator('#blocked-note').innerText()).toContain('“not a site”');
    expect(await page.locator('#blocked-note').innerText()).toContain('not site names');
    await page.locator('#blocked').fill('news.example.org');
    await expect.poll(() => page.locator('#blocked-note').innerText()).toContain('Saved (1 sites)');
    await store(null);
    await page.close();
  });

  it('rejects a hover delay out of range beside the field, and puts the saved value back', async () => {
    await store(null);
    const page = await options();
    await page.locator('#delay').fill('99999');
    await page.locator('#delay').press('Tab');
    await expect.poll(() => page.locator('#opening-note').innerText()).toContain('from 0 to 2000 ms; 150 ms is kept');
    expect(await page.locator('#delay').inputValue()).toBe('150');
    expect(await stored()).toBeNull();
    await page.locator('#delay').fill('300');
    await expect.poll(async () => (await stored())?.hoverDelayMs).toBe(300);
    expect(await page.locator('#opening-note').innerText()).toContain('Saved');
    await store(null);
    await page.close();
  });

  it('saves the mark choices, with the message under them', async () => {
    await store(null);
    const page = await options();
    await page.locator('#mark-headings').check();
    await page.locator('#first-mention').check();
    await expect.poll(async () => [(await stored())?.markHeadings, (await stored())?.firstMentionOnly]).toEqual([true, true]);
    expect(await page.locator('#marks-note').innerText()).toContain('Saved');
    await store(null);
    await page.close();
  });

  it('explains every kind in a short line', async () => {
    const page = await options();
    const help = await page.locator('.kind-help').allInnerTexts();
    expect(help).toHaveLength(KINDS.length);
    for (const line of help) expect(line.length).toBeGreaterThan(15);
    expect(new Set(help).size).toBe(KINDS.length);
    await page.close();
  });

  it('explains fact packs in the page and offers an example the importer accepts', async () => {
    const page = await options();
    await page.locator('.pack-help summary').click();
    expect(await page.locator('.pack-help').innerText()).toMatch(/"entities"/);
    expect(await page.locator('.pack-help').innerText()).not.toMatch(/README/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#example-pack').click()]);
    const example = JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown;
    const { pack, problems } = parsePack(example, 'example', entities, '2026-01-01');
    expect(problems).toEqual([]);
    expect(pack?.entities).toHaveLength(1);
    await page.close();
  });
});
