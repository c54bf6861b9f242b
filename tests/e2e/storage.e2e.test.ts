/**
 * Damaged or old stored data in real Chromium: pages keep their bundled highlights, valid parts of
 * a damaged pack are still used, and the options page names what was set aside and why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/database';
import { card, highlighted, useExtension } from './harness';

const h = useExtension();

/** Run inside the extension's service worker, where `chrome` is the extension API. */
declare const chrome: {
  storage: Record<'local' | 'sync', { clear: () => Promise<void>; set: (v: object) => Promise<void>; get: (k: string | null) => Promise<Record<string, unknown>> }>;
};

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/stored', name), 'utf8')) as unknown;
const reset = () => h.browser.worker!.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
const put = (area: 'local' | 'sync', values: object) => h.browser.worker!.evaluate(([a, v]) => chrome.storage[a].set(v), [area, values] as const);
const everything = (area: 'local' | 'sync') => h.browser.worker!.evaluate((a) => chrome.storage[a].get(null), area);

async function openArticle(path: string) {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.server.origin}/${path}`);
  return page;
}

describe('a damaged fact pack in storage', () => {
  it('leaves the bundled highlights and the pack\'s valid entities working', async () => {
    await reset();
    await put('local', { packs: fixture('packs-v1-damaged.json') });
    const page = await openArticle('pack.html');
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['EXMT', 'KFOR']));
    await page.hover('#exmt');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    expect(await card(page).innerText()).toContain('Example Monitoring Team');
    await page.close();
  });
});
