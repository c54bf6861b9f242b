/**
 * The seams between the extension's contexts, each once a reproduced bug: a re-imported fact pack
 * reaches the card (not only the highlights), and the badge and the popup's "On this page" count
 * every frame of a tab, forgetting mentions that leave the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/database';
import { card, highlighted, openPage, useExtension } from './harness';

const h = useExtension();

/** Run inside the extension's service worker, where `chrome` is the extension API. */
declare const chrome: {
  action: { getBadgeText: (d: { tabId: number }) => Promise<string> };
  tabs: { query: (q: object) => Promise<{ id?: number }[]> };
};

/** The extension has no "tabs" permission, so the test finds the page as the active tab. */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return h.browser.worker!.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0]?.id ?? -1));
}

async function importPack(name: string, pack: unknown): Promise<void> {
  const opts = await h.browser.context.newPage();
  await opts.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await opts.locator('#import-pack').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await expect.poll(() => opts.locator('#packs-note').innerText()).toMatch(/imported/i);
  await opts.close();
}

/** Hovers a mention afresh and returns the card's text. */
async function cardTextAfterHover(page: Page, selector: string): Promise<string> {
  await page.mouse.move(0, 0);
  await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(0);
  await page.hover(selector);
  await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
  return card(page).innerText();
}

describe('fact packs reach the card', () => {
  it('shows the new text of a pack imported again with a changed mandate', async () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/packs/valid-newsroom.json'), 'utf8')) as {
      entities: { id: string; mandate: string }[];
    };
    await importPack('newsroom.json', pack);
    const page = await h.browser.context.newPage();
    await page.goto(`${h.server.origin}/pack.html`);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toContain('EXMT');
    expect(await cardTextAfterHover(page, '#exmt')).toContain(pack.entities[0]!.mandate);

    const changed = 'A changed glossary entry, imported again to test that cards follow the pack.';
    pack.entities[0]!.mandate = changed;
    await importPack('newsroom.json', pack);
    await page.bringToFront();
    await expect.poll(() => cardTextAfterHover(page, '#exmt'), { timeout: 10_000 }).toContain(changed);
    await page.close();
  });
});

describe('page state across frames', () => {
  it('counts the bodies of every frame in the badge and the popup, and forgets removed mentions', async () => {
    const page = await openPage(h, 'frames.html', false);
    const tabId = await tabIdOf(page);
    const badge = () => h.browser.worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge, { timeout: 10_000 }).not.toBe('');
    const inFrame = Number(await badge());
    expect(inFrame).toBeGreaterThan(1);

    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.on-page-reveal').count(), { timeout: 5_000 }).toBe(inFrame);
    await popup.close();

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'MONUSCO peacekeepers in the Democratic Republic of the Congo.';
      document.body.append(p);
    });
    await expect.poll(badge, { timeout: 5_000 }).toBe(String(inFrame + 1));
    await page.evaluate(() => document.getElementById('added')!.remove());
    await expect.poll(badge, { timeout: 5_000 }).toBe(String(inFrame));
    await page.close();
  });
});
