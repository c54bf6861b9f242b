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
  storage: Record<
    'local' | 'sync',
    { clear: () => Promise<void>; set: (v: object) => Promise<void>; get: (k: string | null) => Promise<Record<string, unknown>> }
  >;
};

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/stored', name), 'utf8')) as unknown;
const reset = () => h.browser.worker!.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
const put = (area: 'local' | 'sync', values: object) =>
  h.browser.worker!.evaluate(([a, v]) => chrome.storage[a].set(v), [area, values] as const);
const everything = (area: 'local' | 'sync') => h.browser.worker!.evaluate((a) => chrome.storage[a].get(null), area);

async function options() {
  const page = await h.browser.context.newPage();
  await page.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await page.locator('fieldset').first().waitFor();
  return page;
}

async function openArticle(path: string) {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.server.origin}/${path}`);
  return page;
}

describe('a damaged fact pack in storage', () => {
  it("leaves the bundled highlights and the pack's valid entities working", async () => {
    await reset();
    await put('local', { packs: fixture('packs-v1-damaged.json') });
    const page = await openArticle('pack.html');
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['EXMT', 'KFOR']));
    await page.hover('#exmt');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    expect(await card(page).innerText()).toContain('Example Monitoring Team');
    await page.close();

    // The popup searches the bundled bodies and the pack's valid entry.
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    await popup.locator('#q').fill('example monitoring');
    await expect.poll(() => popup.locator('#results li').first().innerText(), { timeout: 5_000 }).toContain('Example Monitoring Team');
    await popup.locator('#q').fill('KFOR');
    await expect.poll(() => popup.locator('#results li').first().innerText(), { timeout: 5_000 }).toContain('KFOR');
    await popup.close();
  });
});

describe('the options page', () => {
  it('names what was set aside and why, keeps it through saves, and exports and removes it', async () => {
    await reset();
    await put('local', { packs: fixture('packs-v1-damaged.json') });
    await put('sync', { settings: { version: 2, hoverDelayMs: 'fast', trigger: 'click' } });
    const opts = await options();
    const section = opts.locator('#set-aside');
    await expect.poll(() => section.locator('.aside-part').count(), { timeout: 5_000 }).toBe(5);
    const text = await section.innerText();
    expect(text).toMatch(/Entry “exdesk” of pack “newsroom”[\s\S]*aliases: must be an array/);
    expect(text).toContain('Entry “exbare” of pack “newsroom”');
    expect(text).toMatch(/Setting “hoverDelayMs”[\s\S]*must be a whole number/);
    // The page still shows the valid pack and the valid setting.
    await expect.poll(() => opts.locator('#packs li').count()).toBe(1);
    expect(await opts.locator('input[name="trigger"][value="click"]').isChecked()).toBe(true);

    // Opening the page moved the damage out of the keys; saving again loses none of it.
    await opts.locator('input[name="style"][value="tint"]').check();
    await expect.poll(async () => ((await everything('sync')).settings as { highlightStyle?: string }).highlightStyle).toBe('tint');
    const local = await everything('local');
    expect((local.setAside as unknown[]).length).toBe(5);
    expect((local.packs as { entities: unknown[] }[])[0]!.entities).toHaveLength(1);

    const [download] = await Promise.all([
      opts.waitForEvent('download'),
      section.locator('.aside-part').first().getByRole('button', { name: 'Export' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { id?: string; aliases?: unknown };
    expect(exported).toMatchObject({ id: 'exdesk', aliases: null });

    await section.locator('.aside-part').first().getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => section.locator('.aside-part').count()).toBe(4);
    expect(((await everything('local')).setAside as unknown[]).length).toBe(4);
    opts.once('dialog', (d) => void d.accept());
    await section.getByRole('button', { name: 'Remove all' }).click();
    await expect.poll(() => section.count()).toBe(0);
    expect(await everything('local')).toEqual({
      packs: [expect.objectContaining({ name: 'newsroom' })],
      packs$: { v: 1 },
      setAside: [],
      setAside$: { v: 1 },
    });
    expect((await everything('sync')).settings$).toEqual({ v: 2 });
    await opts.close();
  });

  it('says when the browser refuses a save, and keeps the previous settings', async () => {
    await reset();
    await put('sync', { settings: { version: 2, blockedSites: ['example.org'] } });
    const opts = await options();
    const blocked = opts.locator('#blocked');
    await expect.poll(() => blocked.inputValue()).toBe('example.org');
    // storage.sync holds at most 8 KB per key: 600 sites are far more.
    const many = Array.from({ length: 600 }, (_, i) => `site-${i}.example.org`).join('\n');
    await blocked.fill(many);
    await blocked.blur();
    // The message stands beside the list it is about.
    await expect
      .poll(() => opts.locator('#blocked-note').innerText(), { timeout: 5_000 })
      .toMatch(/Not saved: the browser refused the change \(.*quota.*\)\. The previous state is kept\./i);
    expect(await blocked.inputValue()).toBe('example.org');
    expect(((await everything('sync')).settings as { blockedSites: string[] }).blockedSites).toEqual(['example.org']);
    await opts.close();
  });
});

describe('older stored formats', () => {
  it('pages read version 1 settings as their version 2 meaning', async () => {
    await reset();
    // Version 1: a style flag and a comma-separated block list (127.0.0.1 is the fixture server).
    await put('sync', { settings: { underline: false, blocklist: 'example.org' } });
    const page = await openArticle('kosovo.html');
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()]), { timeout: 10_000 }).toEqual(['missionlens-tint']);
    await put('sync', { settings: { underline: true, blocklist: 'example.org, 127.0.0.1' } });
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()]), { timeout: 5_000 }).toEqual([]);
    await page.close();
  });
});

describe('a pack too large for storage.local', () => {
  it('is refused by the browser with a message, and the packs stay as they were', async () => {
    await reset();
    await put('local', { packs: fixture('packs-v1.json') });
    const opts = await options();
    await expect.poll(() => opts.locator('#packs li').count()).toBe(1);
    // storage.local holds 10 MB: 1,500 valid entries of 8 kB each are more.
    const [template] = (fixture('packs-v1.json') as { entities: Record<string, unknown>[] }[])[0]!.entities;
    const entities = Array.from({ length: 1500 }, (_, i) => ({
      ...template,
      id: `exbig-${i}`,
      name: `Example Large Entry ${i}`,
      acronym: null,
      related: [],
      mandate: 'A glossary entry long enough to fill the browser storage quota. '.repeat(125),
    }));
    const file = Buffer.from(JSON.stringify({ entities }));
    await opts.locator('#import-pack').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: file });
    await expect
      .poll(() => opts.locator('#packs-note').innerText(), { timeout: 30_000 })
      .toMatch(/Not saved: the browser refused the change \(.*quota.*\)/i);
    expect(await opts.locator('#packs li').count()).toBe(1);
    expect((await everything('local')).packs).toEqual(fixture('packs-v1.json'));
    await opts.close();
  });
});
