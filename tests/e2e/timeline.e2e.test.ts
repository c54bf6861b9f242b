/**
 * Issue 18, timeline and lineage, in the built extension in Chromium: the popup's "On this page"
 * draws the demo article's bodies on a time axis (UNMIK, KFOR and OMiK from 1999, the ISG and the
 * ICO 2008–2012, EULEX from 2008) with the article's date marked, reads the same as a list, and
 * opens a body's card from the keyboard; a card shows its body's lineage and follows it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/database';
import { tabIdOf, card, openPage, showCardFromBackground, useExtension } from './harness';

/** A roll-call of operations: more bodies than the timeline draws at first. KFOR is named most. */
const MANY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Operations</title></head><body><main>
<p>KFOR, KFOR and again KFOR: the NATO force in Kosovo is the subject of this list.</p>
<ul>${[
  'UNMIK',
  'EULEX',
  'UNIFIL',
  'UNMISS',
  'MINUSCA',
  'MONUSCO',
  'UNFICYP',
  'UNDOF',
  'UNTSO',
  'UNMOGIP',
  'MINURSO',
  'UNISFA',
  'EUFOR Althea',
  'ISAF',
]
  .map((b) => `<li>Observers of ${b} reported on their work.</li>`)
  .join('')}</ul></main></body></html>`;

const h = useExtension({ routes: { '/many.html': MANY } });

async function popupFor(article: Page, colorScheme: 'light' | 'dark' = 'light', lanes = 5): Promise<Page> {
  const tabId = await tabIdOf(h, article);
  const popup = await h.browser.context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tab=${tabId}`);
  await expect.poll(() => popup.locator('.tl-lane').count(), { timeout: 5_000 }).toBeGreaterThan(lanes);
  return popup;
}

const year = (d: string | null) => (d ? Number(d.slice(0, 4)) : null);

describe('the popup timeline', () => {
  it('draws the Kosovo bodies from establishment to end or today, with the article date marked', async () => {
    const article = await openPage(h, 'demo.html');
    const popup = await popupFor(article);
    const lanes = await popup.locator('.tl-bar').evaluateAll((bars) =>
      bars.map((b) => ({
        id: (b.closest('[data-lane]') as HTMLElement).dataset.lane!,
        from: (b as HTMLElement).dataset.from!,
        to: (b as HTMLElement).dataset.to || null,
        left: parseFloat((b as HTMLElement).style.left),
      })),
    );
    const lane = (id: string) => lanes.find((l) => l.id === id);
    for (const id of ['unmik', 'kfor', 'omik']) expect([id, year(lane(id)?.from ?? null), lane(id)?.to]).toEqual([id, 1999, null]);
    for (const id of ['isg', 'ico']) expect([id, year(lane(id)!.from), year(lane(id)!.to)]).toEqual([id, 2008, 2012]);
    expect([year(lane('eulex')!.from), lane('eulex')!.to]).toEqual([2008, null]);
    // Oldest first, and drawn where their dates fall.
    expect(lane('unmik')!.left).toBeLessThan(lane('eulex')!.left);
    expect(await popup.locator('[data-field="article-date"]').textContent()).toBe('Article date: 15 July 2010');
    expect(await popup.locator('.tl-marker').count()).toBe(1);
    expect(await popup.locator('[data-lane="unmik"] .tl-tick').count()).toBeGreaterThan(2);
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await popup.locator('.timeline').screenshot({ path: join(ROOT, 'docs/timeline.png') });
    await popup.close();
    await article.close();
  });

  it('reads as a list with the events, and a bar opens its card from the keyboard', async () => {
    const article = await openPage(h, 'demo.html');
    const popup = await popupFor(article, 'dark');
    await popup.locator('.tl-toggle').click();
    expect(await popup.locator('.tl-toggle').getAttribute('aria-pressed')).toBe('true');
    const unmik = popup.locator('.tl-list > li[data-lane="unmik"]');
    expect(await unmik.locator('button').textContent()).toBe('UNMIK: 10 June 1999 – today');
    expect(await unmik.locator('li').count()).toBeGreaterThan(2);
    await popup.locator('.tl-toggle').click();
    await popup.locator('[data-lane="isg"] .tl-bar').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.ml-card').getAttribute('data-entity'), { timeout: 3_000 }).toBe('isg');
    await popup.close();
    await article.close();
  });

  it('follows the interface language', async () => {
    const opts = await h.browser.context.newPage();
    await opts.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await opts.locator('#language').selectOption('fr');
    await expect.poll(() => opts.locator('h1').innerText()).toBe('Options de MissionLens');
    const article = await openPage(h, 'demo.html');
    const popup = await popupFor(article);
    await expect.poll(() => popup.locator('#timeline-title').textContent(), { timeout: 5_000 }).toBe('Chronologie');
    expect(await popup.locator('[data-field="article-date"]').textContent()).toBe("Date de l'article : 15 juillet 2010");
    await opts.locator('#language').selectOption('auto');
    await opts.close();
    await popup.close();
    await article.close();
  });
});

describe('the popup timeline on a page naming many bodies', () => {
  it('draws the twelve most mentioned first and the rest on request', async () => {
    const article = await openPage(h, 'many.html');
    const popup = await popupFor(article, 'light', 11);
    const named = await popup.locator('.on-page li').count();
    expect(named).toBe(15);
    const lanes = () => popup.locator('.tl-lane').evaluateAll((l) => l.map((e) => (e as HTMLElement).dataset.lane));
    expect(await lanes()).toHaveLength(12);
    expect(await lanes()).toContain('kfor');
    const all = popup.locator('.tl-all');
    expect(await all.textContent()).toBe('The 12 most mentioned of 15 bodies. Show all');
    await all.click();
    await expect.poll(async () => (await lanes()).length).toBe(15);
    expect(await all.getAttribute('aria-expanded')).toBe('true');
    await all.click();
    await expect.poll(async () => (await lanes()).length).toBe(12);
    await popup.close();
    await article.close();
  });
});

describe('the lineage strip', () => {
  it('shows predecessors and successors and follows them', async () => {
    const page = await openPage(h, 'kosovo.html');
    await showCardFromBackground(h, page, 'ifor');
    await expect.poll(() => card(page).getAttribute('data-entity'), { timeout: 5_000 }).toBe('ifor');
    const strip = card(page).locator('[data-field="lineage"] li');
    expect(await strip.allTextContents()).toEqual(['UNPROFOR 1992–1995', 'IFOR 1995–1996', 'SFOR 1996–2004', 'EUFOR 2004–']);
    await card(page).locator('[data-field="lineage"] [data-related="sfor"]').click();
    await expect.poll(() => card(page).getAttribute('data-entity'), { timeout: 3_000 }).toBe('sfor');
    expect(await card(page).locator('[data-field="lineage"] [aria-current="true"]').textContent()).toBe('SFOR');
    await page.close();
  });
});
