/** Shared set-up for the real-browser tests: one Chromium with the built extension per file. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, serveDir, type ExtensionBrowser, type StaticServer } from '../../scripts/lib/browser';
import { loadDatabase, ROOT } from '../../scripts/lib/database';

export const { entities } = loadDatabase();
export const byId = new Map(entities.map((e) => [e.id, e]));

export interface Harness {
  browser: ExtensionBrowser;
  server: StaticServer;
  requests: string[];
}

/** Starts the browser and a fixture server for the calling test file; `routes` serve generated pages. */
export function useExtension(options: { colorScheme?: 'light' | 'dark'; routes?: Record<string, string>; args?: string[] } = {}): Harness {
  const h = { requests: [] as string[] } as Harness;
  beforeAll(async () => {
    h.server = await serveDir(join(ROOT, 'tests/fixtures'), options.routes);
    h.browser = await launchWithExtension({ colorScheme: options.colorScheme, args: options.args });
    h.browser.context.on('request', (r) => h.requests.push(r.url()));
  });
  afterAll(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  return h;
}

export async function openPage(h: Harness, path: string, waitForHighlights = true): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.server.origin}/${path}`);
  if (waitForHighlights) {
    await page.waitForFunction(() => (CSS.highlights.get('missionlens')?.size ?? 0) > 0, null, { timeout: 10_000 });
  }
  return page;
}

export const highlighted = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('missionlens') ?? [])].map((r) => (r as Range).toString()));

export const card = (page: Page) => page.locator('missionlens-host').locator('.ml-card');

/** The extension API inside the service worker, for the few calls the tests make there. */
type WorkerChrome = {
  tabs: {
    query: (q: object) => Promise<{ id?: number }[]>;
    sendMessage: (id: number, message: unknown, options: object) => Promise<unknown>;
  };
};

/** The tab id of a page: the extension has no "tabs" permission, so the page is found as the active tab. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  return h.browser.worker!.evaluate(() =>
    (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then((t) => t[0]?.id ?? -1),
  );
}

/**
 * What the background sends a page when a browser command's keys are pressed. Browser commands
 * are caught by the browser's own window, which synthetic key presses never reach.
 */
export async function runCommand(h: Harness, page: Page, command: 'show-card' | 'toggle-site'): Promise<unknown> {
  const tabId = await tabIdOf(h, page);
  return h.browser.worker!.evaluate(
    ([id, c]) =>
      (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.sendMessage(
        id as number,
        { type: 'shortcut', payload: { command: c } },
        { frameId: 0 },
      ),
    [tabId, command] as const,
  );
}

/** The options page, once its first section is drawn. */
export async function openOptions(h: Harness): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await page.locator('fieldset').first().waitFor();
  return page;
}

/** The context menu's path: the background asks the page's top frame to show a body's card. */
export async function showCardFromBackground(h: Harness, page: Page, id: string): Promise<void> {
  const tabId = await tabIdOf(h, page);
  await h.browser.worker!.evaluate(
    ([tab, body]) =>
      (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.sendMessage(
        tab as number,
        { type: 'showCard', payload: { id: body } },
        { frameId: 0 },
      ),
    [tabId, id] as const,
  );
}
