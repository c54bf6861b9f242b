/**
 * Issue 18, figure check: in the built extension in Chromium, figures stated beside a mention are
 * checked against the body's data at the article's date. The card lists each with its verdict,
 * and a figure the data contradicts gets the second, quieter highlight, registered under its own
 * name and styled by the manifest's content CSS (the page's DOM is untouched).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/database';
import { card, openPage, useExtension } from './harness';

const h = useExtension();

const differs = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('missionlens-differs') ?? [])].map((r) => (r as Range).toString()));

describe('figure check', () => {
  it('marks the figure the data contradicts, and only that one, without touching the DOM', async () => {
    const page = await openPage(h, 'figures.html');
    const before = await page.evaluate(() => document.body.innerHTML);
    await expect.poll(() => differs(page), { timeout: 5_000 }).toEqual(['12,000']);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });

  it('the card lists each figure about its body with its verdict, the data value, date and source', async () => {
    const page = await openPage(h, 'figures.html');
    await expect.poll(() => differs(page), { timeout: 5_000 }).toEqual(['12,000']);
    await page.hover('#kfor');
    await expect.poll(() => card(page).getAttribute('data-entity'), { timeout: 5_000 }).toBe('kfor');
    const lines = card(page).locator('[data-field="figures"] li');
    expect(await lines.count()).toBe(2);
    expect(await lines.nth(0).getAttribute('data-verdict')).toBe('match');
    expect(await lines.nth(0).textContent()).toContain('about 4,500');
    expect(await lines.nth(1).getAttribute('data-verdict')).toBe('differs');
    const second = (await lines.nth(1).textContent())!;
    expect(second).toContain('12,000');
    expect(second).toContain('differs from the data: 4,302 troops (October 2024)');
    expect(await lines.nth(1).locator('a.ml-src').getAttribute('href')).toMatch(/^https:\/\//);
    // The README's picture: the page with its wavy mark and the card's figure lines.
    const box = (await card(page).boundingBox())!;
    await page.screenshot({
      path: join(ROOT, 'docs/figures.png'),
      clip: { x: 0, y: 0, width: 1200, height: Math.min(800, box.y + box.height + 16) },
    });
    await page.close();
  });

  it('the second highlight is styled by the manifest content CSS', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8')) as {
      content_scripts: { css?: string[] }[];
    };
    const css = manifest.content_scripts.flatMap((c) => c.css ?? []).map((f) => readFileSync(join(ROOT, '.output/chrome-mv3', f), 'utf8'));
    expect(css.join('\n')).toMatch(/::highlight\(missionlens-differs\)\s*\{[^}]*wavy/);
  });
});
