/**
 * The built extension in real Chromium: highlights, the hover card, DOM and network hygiene, and
 * the toolbar popup's search. Expected card contents are computed from data/, not copied.
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/dates';
import {
  budgetMoney,
  countryName,
  estimatedShares,
  formatMoney,
  formatStrength,
  formatUSD,
  latestBudget,
  latestStrength,
} from '../../src/core/format';
import { byId, card, highlighted, openPage, useExtension } from './harness';

const h = useExtension();
const openFixture = (name: string) => openPage(h, name);

describe('content script', () => {
  it('highlights mentions, including one split across elements, and skips editable areas, code and URLs', async () => {
    const page = await openFixture('kosovo.html');
    const texts = await highlighted(page);
    expect(texts).toEqual(expect.arrayContaining(['KFOR', 'EULEX', 'UNMIK', 'UNSCR 1244', 'OSCE Mission in Kosovo']));
    const inside = await page.evaluate(() => {
      const skipped = ['ta', 'ce', 'code', 'p4'].map((id) => document.getElementById(id)!);
      return [...(CSS.highlights.get('missionlens') ?? [])].filter((r) => skipped.some((el) => el.contains((r as Range).startContainer)))
        .length;
    });
    expect(inside).toBe(0);
    // Whitespace between inline elements separates words: read as a space, never dropped.
    const spaced = await page.evaluate(() => {
      const p6 = document.getElementById('p6')!;
      return [...(CSS.highlights.get('missionlens') ?? [])]
        .filter((r) => p6.contains((r as Range).commonAncestorContainer))
        .map((r) => (r as Range).toString());
    });
    expect(spaced).toEqual(['Kosovo Force']);
    await page.close();
  });

  it('shows the fact card after a hover, with facts from the database', async () => {
    const page = await openFixture('kosovo.html');
    await page.hover('#kfor');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    const kfor = byId.get('kfor')!;
    await card(page).locator('.ml-more').click();
    const text = await card(page).innerText();
    expect(text).toContain(kfor.name);
    expect(text).toContain(formatDate(kfor.established));
    const s = latestStrength(kfor);
    if (s) expect(text).toContain(`${formatStrength(s)} (as of ${formatDate(s.asOf)})`);
    expect(await card(page).locator('.ml-sources a').count()).toBe(kfor.sources.length);

    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it("shows a UN mission's budget with the estimated shares of the largest contributors", async () => {
    const page = await openFixture('kosovo.html');
    await page.hover('#unifil');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    const unifil = byId.get('unifil')!;
    await card(page).locator('.ml-more').click();
    const budget = latestBudget(unifil)!;
    const shares = estimatedShares(budget, byId.get('un-peacekeeping')!.contributors ?? []);
    const text = await card(page).locator('[data-field="budget"]').innerText();
    expect(text).toContain(formatMoney(budgetMoney(budget)));
    if (shares.length > 0) {
      const paid = await card(page).locator('[data-field="shares"]').innerText();
      expect(paid).toContain(`${countryName(shares[0]!.country)} ≈ ${formatUSD(shares[0]!.amountUSD)}`);
    }
    await page.close();
  });

  it('keeps the card open while the pointer moves into it, and closes it on leaving', async () => {
    const page = await openFixture('kosovo.html');
    await page.hover('#eulex');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    await page.waitForTimeout(600);
    expect(await card(page).count()).toBe(1);
    await page.mouse.move(5, 790, { steps: 4 });
    await expect.poll(() => card(page).count(), { timeout: 3_000 }).toBe(0);
    await page.close();
  });

  it('closes the card when the page scrolls', async () => {
    const page = await openFixture('kosovo.html');
    await page.evaluate(() => document.body.style.setProperty('min-height', '3000px'));
    await page.hover('#kfor');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect.poll(() => card(page).count(), { timeout: 3_000 }).toBe(0);
    await page.close();
  });

  it('adds exactly one node to the page, the card host', async () => {
    const page = await openFixture('kosovo.html');
    await page.hover('#kfor');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    const mutations = await page.evaluate(
      () => (window as unknown as { __mutations: { added: string[]; removed: string[]; type: string }[] }).__mutations,
    );
    const added = mutations.flatMap((m) => m.added);
    expect(added).toEqual(['MISSIONLENS-HOST']);
    expect(mutations.flatMap((m) => m.removed)).toEqual([]);
    expect(mutations.filter((m) => m.type !== 'childList')).toEqual([]);
    await page.close();
  });
});

describe('popup', () => {
  it('searches the whole database with the keyboard and opens a card', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    await page.locator('#q').fill('eulex');
    await expect.poll(() => page.locator('#results li').count()).toBeGreaterThan(0);
    expect(await page.locator('#results li').first().innerText()).toContain('EULEX');
    await page.locator('#q').press('Enter');
    await expect(page.locator('.ml-card').innerText()).resolves.toContain(byId.get('eulex')!.name);
    await page.locator('.back').click();

    await page.locator('#q').fill('unmk');
    await expect.poll(async () => (await page.locator('#results li').allInnerTexts()).join('\n')).toContain('UNMIK');
    await page.locator('#q').fill('ksovo force');
    await page.locator('#q').press('ArrowDown');
    await page.locator('#q').press('ArrowUp');
    await page.locator('#q').press('Enter');
    await expect(page.locator('.ml-card').innerText()).resolves.toContain('Kosovo Force');
    await page.locator('.back').click();

    // Country search and filters: every body hosted in Kosovo, then only the ended ones.
    await page.locator('#q').fill('Kosovo');
    const hostedInKosovo = [...byId.values()].filter((e) => e.host.includes('XK'));
    await expect.poll(() => page.locator('#results li').count()).toBeGreaterThanOrEqual(Math.min(50, hostedInKosovo.length));
    await page.locator('#status').selectOption('ended');
    const ended = await page.locator('#results li .r-meta').allInnerTexts();
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.every((t) => t.includes('Ended'))).toBe(true);
    await page.close();
  });
});

describe('privacy', () => {
  it('sends no request beyond the local test server and the extension itself', () => {
    const foreign = h.requests.filter((u) => !u.startsWith(h.server.origin) && !u.startsWith('chrome-extension://'));
    expect(h.requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
