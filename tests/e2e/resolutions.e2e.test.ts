/**
 * Issue 18, resolutions: a card for any Security Council resolution, in the built extension in
 * Chromium. A resolution the data holds no record of still gets a card that says what it is and
 * links to the UN's documents; one in the data shows which bodies it created, and those links
 * lead to the bodies' cards.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/database';
import { describe, expect, it } from 'vitest';
import { card, openPage, showCardFromBackground, useExtension } from './harness';

const h = useExtension();

async function showCard(page: Page, id: string) {
  // The reader selected the reference and chose "Look up" in the context menu.
  await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('res')!));
  await showCardFromBackground(h, page, id);
  await expect.poll(() => card(page).getAttribute('data-entity'), { timeout: 5_000 }).toBe(id);
}

describe('resolution cards', () => {
  it('a resolution with no record says what it is and links to the UN documents system', async () => {
    const page = await openPage(h, 'resolutions.html');
    await showCard(page, 'unscr-2790');
    // The page's words head the card; what they are follows.
    expect(await card(page).locator('.ml-name').textContent()).toBe('resolution 2790');
    expect(await card(page).locator('[data-field="canonical"]').textContent()).toBe('Security Council resolution 2790');
    expect(await card(page).locator('[data-field="resolution-none"]').count()).toBe(1);
    const link = card(page).locator('[data-field="resolution-text"]');
    expect(await link.getAttribute('href')).toBe('https://digitallibrary.un.org/search?ln=en&p=S%2FRES%2F2790');
    expect(await link.getAttribute('target')).toBe('_blank');
    await page.close();
  });

  it('a resolution in the data shows the bodies it created, and each link opens that body', async () => {
    const page = await openPage(h, 'resolutions.html');
    await showCard(page, 'unscr-1244');
    const created = card(page).locator('[data-relation="created"]');
    expect(await created.allTextContents()).toEqual(['Created: KFOR (11 June 1999)', 'Created: UNMIK (10 June 1999)']);
    expect(await card(page).locator('[data-field="resolution-text"]').getAttribute('href')).toBe('https://docs.un.org/en/S/RES/1244(1999)');
    await card(page).screenshot({ path: join(ROOT, 'docs/resolution.png') });
    await created.last().locator('[data-related="unmik"]').click();
    await expect.poll(() => card(page).getAttribute('data-entity'), { timeout: 3_000 }).toBe('unmik');
    await page.close();
  });

  it('a resolution that created a body, without a record of its own, links to that body', async () => {
    const page = await openPage(h, 'resolutions.html');
    await showCard(page, 'unscr-1031');
    expect(await card(page).locator('[data-field="canonical"]').textContent()).toBe('Security Council resolution 1031');
    expect(await card(page).locator('[data-relation="created"]').textContent()).toBe('Created: IFOR (20 December 1995)');
    // The extension made no request of its own for any of this.
    expect(h.requests.filter((u) => !u.startsWith(h.server.origin) && !u.startsWith('chrome-extension:'))).toEqual([]);
    await page.close();
  });
});
