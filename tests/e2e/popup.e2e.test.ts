/**
 * The toolbar popup in real Chromium: readable type with the name strongest, search that answers
 * a reader's question, and cards that keep focus and step back one at a time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { byId, entities, useExtension } from './harness';

const h = useExtension();

async function popup(): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
  await page.locator('#q').waitFor();
  return page;
}
const style = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), weight: Number(s.fontWeight) };
    });
const resultIds = (page: Page) => page.locator('#results li').evaluateAll((lis) => lis.map((li) => li.id.slice(2)));

describe('popup type', () => {
  it('sets a readable size on body and makes the name the strongest line of a result', async () => {
    const page = await popup();
    expect((await style(page, 'body')).size).toBeGreaterThanOrEqual(14);
    await page.locator('#q').fill('kosovo');
    await page.locator('#results li').first().waitFor();
    const name = await style(page, '.r-name');
    const full = await style(page, '.r-full');
    const meta = await style(page, '.r-meta');
    expect(name.size).toBeGreaterThan(full.size);
    expect(full.size).toBeGreaterThan(meta.size);
    expect(meta.size).toBeGreaterThanOrEqual(12);
    expect(name.weight).toBeGreaterThanOrEqual(600);
    expect(meta.weight).toBeLessThan(name.weight);
    await page.close();
  });

  it('sets a readable size on the options page', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await page.locator('fieldset').first().waitFor();
    expect((await style(page, 'body')).size).toBeGreaterThanOrEqual(15);
    expect((await style(page, 'h1')).size).toBeGreaterThan((await style(page, 'legend')).size);
    await page.close();
  });
});

describe('popup search', () => {
  it('ranks the major bodies first for a country and never shows an internal id', async () => {
    const page = await popup();
    await page.locator('#q').fill('Kosovo');
    await expect.poll(async () => (await resultIds(page)).slice(0, 3).sort()).toEqual(['eulex', 'kfor', 'unmik']);
    const text = (await page.locator('#results').innerText()).toLowerCase();
    for (const e of entities) if (e.id.includes('-')) expect(text).not.toContain(e.id);
    await page.locator('#q').fill('Mali');
    await expect.poll(async () => (await resultIds(page))[0]).toBe('minusma');
    await page.close();
  });

  it('finds by headquarters and head, and says why', async () => {
    const page = await popup();
    await page.locator('#q').fill('Naqoura');
    await expect.poll(() => resultIds(page)).toEqual(['unifil']);
    expect(await page.locator('#results li .r-why').innerText()).toContain('Naqoura');
    await page.locator('#q').fill('kfor commander');
    await expect.poll(async () => (await resultIds(page))[0]).toBe('kfor');
    expect(await page.locator('#r-kfor .r-why').innerText()).toContain('Commander');
    await page.close();
  });

  it('opens the card with the asked line in view: "UNIFIL budget"', async () => {
    const page = await popup();
    await page.locator('#q').fill('UNIFIL budget');
    await expect.poll(() => resultIds(page)).toEqual(['unifil']);
    await page.locator('#q').press('Enter');
    const line = page.locator('.ml-card [data-asked]');
    await line.waitFor();
    expect(await line.getAttribute('data-field')).toMatch(/budget/);
    const shown = await line.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { inView: r.top >= 0 && r.bottom <= innerHeight, background: getComputedStyle(el).backgroundColor };
    });
    expect(shown.inView).toBe(true);
    // The asked line is marked, not only scrolled to.
    expect(shown.background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('offers "did you mean", a search without the unknown word, and examples when nothing matches', async () => {
    const page = await popup();
    await page.locator('#q').fill('nakura');
    await expect.poll(() => page.locator('#empty').isVisible()).toBe(true);
    await page.locator('#did-you-mean button').click();
    expect(await page.locator('#q').inputValue()).toBe('naqoura');
    await expect.poll(() => resultIds(page)).toEqual(['unifil']);

    await page.locator('#q').fill('EULEX banana');
    await page.locator('#search-without').click();
    await expect.poll(async () => (await resultIds(page))[0]).toBe('eulex');

    await page.locator('#q').fill('zzqqxx');
    expect(await page.locator('#empty .chip').count()).toBeGreaterThan(2);
    await page.locator('#empty .chip', { hasText: 'Kosovo' }).click();
    await expect.poll(async () => (await resultIds(page)).length).toBeGreaterThan(3);
    await page.close();
  });
});

describe('popup card', () => {
  it('focuses the card heading; Esc and Back step back one card at a time', async () => {
    const page = await popup();
    const unifil = byId.get('unifil')!;
    const related = unifil.related.find((r) => byId.has(r.id))!;
    await page.locator('#q').fill('UNIFIL');
    await expect.poll(async () => (await resultIds(page))[0]).toBe('unifil');
    await page.locator('#q').press('Enter');
    const focused = () =>
      page.evaluate(() =>
        document.activeElement?.matches('.ml-name')
          ? document.activeElement.closest('.ml-card')!.getAttribute('data-entity')
          : (document.activeElement?.id ?? null),
      );
    await expect.poll(focused).toBe('unifil');

    await page.locator(`.ml-card [data-related="${related.id}"]`).first().click();
    await expect.poll(focused).toBe(related.id);
    expect(await page.locator('.back').innerText()).toContain('UNIFIL');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('unifil');
    await page.locator(`.ml-card [data-related="${related.id}"]`).first().click();
    await expect.poll(focused).toBe(related.id);
    await page.locator('.back').click();
    await expect.poll(focused).toBe('unifil');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('q');
    expect(await page.locator('#q').inputValue()).toBe('UNIFIL');
    await page.close();
  });

  it('draws its icons as SVG, with no font glyph', async () => {
    const page = await popup();
    await page.locator('#q').fill('UNIFIL');
    // Enter opens the top result, so wait for the list (the catalog loads after the popup opens).
    await expect.poll(async () => (await resultIds(page))[0]).toBe('unifil');
    await page.locator('#q').press('Enter');
    await expect.poll(() => page.locator('.back svg').count()).toBe(1);
    expect(await page.locator('body').innerText()).not.toMatch(/[ⓘ←]/);
    await page.close();
  });
});
