/**
 * A first-time reader in real Chromium: the welcome page after install, what the popup says about
 * each kind of tab, the toolbar badge and its tooltip, and the shortcuts as browser commands that
 * keep out of text fields.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { byId, card, openPage, runCommand, tabIdOf as tabOf, useExtension } from './harness';

const h = useExtension({
  routes: {
    '/plain.html': '<!doctype html><html lang="en"><title>Plain</title><p>Nothing about any mission here, only the weather.</p></html>',
  },
});

declare const chrome: {
  storage: { sync: { get: (k: string) => Promise<{ settings?: Record<string, unknown> }>; set: (v: object) => Promise<void> } };
  action: { getBadgeText: (d: { tabId: number }) => Promise<string>; getTitle: (d: { tabId: number }) => Promise<string> };
  commands: { getAll: () => Promise<{ name?: string; shortcut?: string }[]> };
  runtime: { reload: () => void };
  tabs: {
    query: (q: object) => Promise<{ id?: number }[]>;
    sendMessage: (id: number, message: unknown, options: object) => Promise<unknown>;
  };
};

const store = (value: unknown) => h.browser.worker!.evaluate((v) => chrome.storage.sync.set({ settings: v }), value);
const stored = () => h.browser.worker!.evaluate(() => chrome.storage.sync.get('settings').then((r) => r.settings ?? null));
const tabIdOf = (page: Page) => tabOf(h, page);
async function popupFor(tabId: number): Promise<Page> {
  const popup = await h.browser.context.newPage();
  await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
const state = (popup: Page) => popup.locator('.page').getAttribute('data-state');
const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

describe('welcome page', () => {
  it('opens after install with the pin, a live example, the shortcuts and the privacy promise', async () => {
    const welcomeUrl = `chrome-extension://${h.browser.extensionId}/welcome.html`;
    const find = () => h.browser.context.pages().find((p) => p.url() === welcomeUrl);
    await expect.poll(() => find() !== undefined, { timeout: 10_000 }).toBe(true);
    const page = find()!;
    await page.locator('#privacy li').first().waitFor();
    expect(await page.locator('h1').innerText()).toBe('Welcome to MissionLens');
    expect(await page.locator('#pin').innerText()).toMatch(/pin/i);
    expect(await page.locator('#keys kbd').allInnerTexts()).toEqual(['Alt+Shift+M', 'Alt+Shift+L']);
    expect(await page.locator('#privacy').innerText()).toMatch(/no network request/);
    expect(await fontSize(page, 'body')).toBeGreaterThanOrEqual(16);
    expect(await fontSize(page, 'h1')).toBeGreaterThan(await fontSize(page, 'h2'));

    await page.bringToFront();
    await page.hover('.mention[data-id="kfor"]');
    await expect.poll(() => page.locator('.example .ml-card').count(), { timeout: 5_000 }).toBe(1);
    expect(await page.locator('.example .ml-card').innerText()).toContain(byId.get('kfor')!.name);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.example .ml-card').count()).toBe(0);
    await page.locator('.mention[data-id="unifil"]').focus();
    expect(await page.locator('.example .ml-card').innerText()).toContain(byId.get('unifil')!.name);
  });
});

describe('popup states', () => {
  it('lists the bodies of a page, with the badge count explained in the tooltip', async () => {
    await store(null);
    const article = await openPage(h, 'kosovo.html');
    const tabId = await tabIdOf(article);
    const popup = await popupFor(tabId);
    await expect.poll(() => state(popup), { timeout: 5_000 }).toBe('list');
    const count = await popup.locator('.on-page li').count();
    expect(await popup.locator('.state').innerText()).toContain(`${count} bodies mentioned`);
    expect(await popup.locator('.on-page-card svg').count()).toBe(count);
    await expect
      .poll(() => h.browser.worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 5_000 })
      .toBe(String(count));
    const title = await h.browser.worker!.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toContain(`how many bodies this page mentions (${count})`);
    await popup.close();
    await article.close();
  });

  it('says when a page mentions nothing', async () => {
    await store(null);
    const page = await openPage(h, 'plain.html', false);
    const popup = await popupFor(await tabIdOf(page));
    await expect.poll(() => state(popup), { timeout: 5_000 }).toBe('empty');
    expect(await popup.locator('.state').innerText()).toContain('No mission or body is mentioned on this page');
    await popup.close();
    await page.close();
  });

  it('says when the site is off, turns it on from a button, and greys the badge meanwhile', async () => {
    await store({ version: 2, blockedSites: ['127.0.0.1'] });
    const article = await openPage(h, 'kosovo.html', false);
    const tabId = await tabIdOf(article);
    const popup = await popupFor(tabId);
    await expect.poll(() => state(popup), { timeout: 5_000 }).toBe('off');
    expect(await popup.locator('.state').innerText()).toBe('MissionLens is off on 127.0.0.1.');
    await expect
      .poll(() => h.browser.worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 5_000 })
      .toBe('off');
    expect(await h.browser.worker!.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toContain('off on this site');
    await popup.locator('#turn-on').click();
    await expect.poll(() => state(popup), { timeout: 5_000 }).toBe('list');
    expect((await stored())?.blockedSites).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('says when the tab is a browser page', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await popupFor(await tabIdOf(page));
    await expect.poll(() => state(popup), { timeout: 5_000 }).toBe('browser');
    expect(await popup.locator('.state').innerText()).toContain('do not let extensions read this page');
    // Search still works there.
    await popup.locator('#q').fill('KFOR');
    await expect.poll(() => popup.locator('#results li').count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('shortcuts', () => {
  it('are browser commands, listed with their keys in the popup and the options page', async () => {
    const commands = await h.browser.worker!.evaluate(() => chrome.commands.getAll());
    const named = Object.fromEntries(commands.filter((c) => c.name && !c.name.startsWith('_')).map((c) => [c.name, c.shortcut]));
    expect(named).toEqual({ 'toggle-site': 'Alt+Shift+L', 'show-card': 'Alt+Shift+M' });
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('.shortcuts kbd').allInnerTexts()).toEqual(['Alt+Shift+M', 'Alt+Shift+L']);
    const options = await h.browser.context.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('#shortcuts kbd').allInnerTexts()).toEqual(['Alt+Shift+M', 'Alt+Shift+L']);
    await popup.close();
    await options.close();
  });

  it('never act while the reader types in a field', async () => {
    await store(null);
    const article = await openPage(h, 'kosovo.html');
    const press = (command: 'show-card' | 'toggle-site') => runCommand(h, article, command);
    await article.locator('#ta').focus();
    expect(await press('show-card')).toBe(false);
    expect(await press('toggle-site')).toBe(false);
    await article.waitForTimeout(300);
    expect(await card(article).count()).toBe(0);
    expect(await stored()).toBeNull();

    await article.locator('#ta').evaluate((el) => (el as HTMLElement).blur());
    expect(await press('show-card')).toBe(true);
    await expect.poll(() => card(article).count(), { timeout: 5_000 }).toBe(1);
    await article.keyboard.press('Escape');
    expect(await press('toggle-site')).toBe(true);
    await expect.poll(async () => (await stored())?.blockedSites, { timeout: 5_000 }).toEqual(['127.0.0.1']);
    await store(null);
    await article.close();
  });
});

describe('tabs opened before install', () => {
  it('asks for a reload, and stops asking once the tab has reloaded', async () => {
    // The browser's first tab was open before the extension was installed.
    const first = h.browser.context.pages().find((p) => p.url() === 'about:blank')!;
    const popup = await popupFor(await tabIdOf(first));
    await expect.poll(() => state(popup), { timeout: 5_000 }).toBe('reload');
    expect(await popup.locator('.state').innerText()).toContain('Reload it to start');
    await popup.locator('#reload-tab').click();
    // A blank tab has nothing to read after its reload: it is no longer a tab to reload.
    await expect.poll(() => state(popup), { timeout: 10_000 }).toBe('browser');
    await popup.close();
  });
});
