/** axe-core in real Chromium on the popup, the options page and an open card: no serious or critical violation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/database';
import { card, openPage, useExtension } from './harness';

const h = useExtension();

/** Run inside the extension's service worker, where `chrome` is the extension API. */
declare const chrome: {
  storage: {
    local: { set: (v: object) => Promise<void>; clear: () => Promise<void> };
    sync: { set: (v: object) => Promise<void> };
  };
  tabs: { query: (q: object) => Promise<{ id?: number }[]> };
};
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated rather than injected as a script tag: extension pages forbid inline scripts.
  await page.evaluate(AXE);
  const violations = (await page.evaluate(`(async () => {
    const result = await axe.run(${include ? JSON.stringify({ include: [[include]] }) : 'document'}, { resultTypes: ['violations'] });
    return result.violations;
  })()`)) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe('accessibility', () => {
  it('popup, with results and with a card open', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    await page.locator('#q').fill('kosovo');
    await expect.poll(() => page.locator('#results li').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#q').press('Enter');
    await page.locator('.ml-card').waitFor();
    await page.waitForTimeout(300); // The card fades in; mid-fade colours are not its colours.
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('popup with no match (did you mean, examples) and with the "off on this site" state', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    await page.locator('#q').fill('nakura');
    await page.locator('#did-you-mean').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    const article = await openPage(h, 'kosovo.html');
    await article.bringToFront();
    const tabId = await h.browser.worker!.evaluate(() =>
      chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0]!.id!),
    );
    await h.browser.worker!.evaluate(() => chrome.storage.sync.set({ settings: { version: 2, blockedSites: ['127.0.0.1'] } }));
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.page').getAttribute('data-state'), { timeout: 5_000 }).toBe('off');
    expect(await seriousViolations(popup)).toEqual([]);
    await h.browser.worker!.evaluate(() => chrome.storage.sync.set({ settings: null }));
    await popup.close();
    await article.close();
  });

  it('welcome page, with the example card open', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`chrome-extension://${h.browser.extensionId}/welcome.html`);
    await page.locator('#privacy li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.mention[data-id="eulex"]').focus();
    await page.locator('.example .ml-card').waitFor();
    await page.waitForTimeout(300);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('options page', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await page.locator('fieldset').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // With a message beside a control, and the pack help open.
    await page.locator('#delay').fill('99999');
    await page.locator('#delay').press('Tab');
    await page.locator('#opening-note p').waitFor();
    await page.locator('.pack-help summary').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('options page, with stored data set aside', async () => {
    const damaged = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/stored/packs-v1-damaged.json'), 'utf8')) as unknown;
    await h.browser.worker!.evaluate((packs) => chrome.storage.local.set({ packs }), damaged);
    const page = await h.browser.context.newPage();
    await page.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await page.locator('#set-aside').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    await h.browser.worker!.evaluate(() => chrome.storage.local.clear());
  });

  it('an open card on a page', async () => {
    const page = await openPage(h, 'kosovo.html');
    await page.hover('#kfor');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    await page.waitForTimeout(300);
    expect(await seriousViolations(page, 'missionlens-host')).toEqual([]);
    await page.close();
  });
});
