/**
 * The Firefox build in real Firefox (Debian's firefox-esr over WebDriver BiDi): highlights, the
 * hover card, the popup's search, and no request leaving the machine from any context.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/dates';
import { serveDir, type StaticServer } from '../../scripts/lib/browser';
import { ROOT } from '../../scripts/lib/database';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import sr from '../../public/_locales/sr/messages.json';
import { byId, entities } from './harness';

/** The first card in a Firefox frame loads the page's card code; on a loaded two-core machine that took over 5 s once. */
const CARD_TIMEOUT = 15_000;

let ff: FirefoxWithExtension;
let server: StaticServer;
const pageRequests: string[] = [];

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'tests/fixtures'));
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function newPage(url: string): Promise<Page> {
  const page = await ff.browser.newPage();
  page.on('request', (r) => pageRequests.push(r.url()));
  await page.goto(url);
  return page;
}

const cardText = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('missionlens-host')?.shadowRoot?.querySelector('.ml-card') as HTMLElement | null)?.innerText ?? null,
  );

describe('Firefox', () => {
  it('highlights mentions and opens the card on hover', async () => {
    const page = await newPage(`${server.origin}/kosovo.html`);
    await page.waitForFunction(() => (CSS.highlights.get('missionlens')?.size ?? 0) > 0, { timeout: 15_000 });
    const texts = await page.evaluate(() => [...(CSS.highlights.get('missionlens') ?? [])].map((r) => (r as Range).toString()));
    expect(texts).toEqual(expect.arrayContaining(['KFOR', 'EULEX', 'UNMIK', 'UNSCR 1244', 'OSCE Mission in Kosovo']));

    await page.hover('#kfor');
    await expect.poll(() => cardText(page), { timeout: CARD_TIMEOUT }).not.toBeNull();
    const kfor = byId.get('kfor')!;
    await page.click('missionlens-host >>> .ml-more');
    const text = (await cardText(page))!;
    expect(text).toContain(kfor.name);
    expect(text).toContain(formatDate(kfor.established));
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  it('checks figures beside mentions: the contradicted one marked, each listed in the card', async () => {
    const page = await newPage(`${server.origin}/figures.html`);
    const differs = () => page.evaluate(() => [...(CSS.highlights.get('missionlens-differs') ?? [])].map((r) => (r as Range).toString()));
    await expect.poll(differs, { timeout: 15_000 }).toEqual(['12,000']);
    await page.hover('#kfor');
    await expect.poll(() => cardText(page), { timeout: CARD_TIMEOUT }).toContain('differs from the data: 4,302');
    const verdicts = await page.evaluate(() =>
      [...document.querySelector('missionlens-host')!.shadowRoot!.querySelectorAll('[data-field="figures"] li')].map((li) =>
        li.getAttribute('data-verdict'),
      ),
    );
    expect(verdicts).toEqual(['match', 'differs']);
    await page.close();
  });

  it('searches the database in the popup', async () => {
    const page = await openExtensionPage(ff.browser, 'popup.html');
    // The icon drawn at build time is in the package and loads.
    await expect.poll(() => page.$eval('img.brand', (img) => (img as HTMLImageElement).naturalWidth)).toBe(48);
    await page.type('#q', 'eulex');
    await expect.poll(() => page.$$eval('#results li', (lis) => lis.length)).toBeGreaterThan(0);
    expect(await page.$eval('#results li', (li) => (li as HTMLElement).innerText)).toContain('EULEX');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.ml-card');
    expect(await page.$eval('.ml-card', (c) => (c as HTMLElement).innerText)).toContain(byId.get('eulex')!.name);
    await page.close();
  });

  it('opens a resolution card from the page: what it created, or where to read one the data lacks', async () => {
    const page = await newPage(`${server.origin}/resolutions.html`);
    const marked = () => page.evaluate(() => [...(CSS.highlights.get('missionlens') ?? [])].map((r) => (r as Range).toString()));
    await expect.poll(marked, { timeout: 15_000 }).toEqual(expect.arrayContaining(['resolution 2790', 'Resolution 1244 (1999)']));
    const shadow = (selector: string) =>
      page.evaluate(
        (sel) =>
          [...document.querySelector('missionlens-host')!.shadowRoot!.querySelectorAll(sel)].map((e) => ({
            text: (e as HTMLElement).innerText.trim(),
            href: e.getAttribute('href'),
          })),
        selector,
      );

    await page.hover('#r1244');
    await expect.poll(() => cardText(page), { timeout: CARD_TIMEOUT }).not.toBeNull();
    expect((await shadow('[data-relation="created"]')).map((e) => e.text)).toEqual([
      'Created: KFOR (11 June 1999)',
      'Created: UNMIK (10 June 1999)',
    ]);
    expect((await shadow('[data-field="resolution-text"]'))[0]?.href).toBe('https://docs.un.org/en/S/RES/1244(1999)');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();

    await page.hover('#res');
    await expect
      .poll(() => shadow('[data-field="canonical"]'), { timeout: CARD_TIMEOUT })
      .toEqual([{ text: 'Security Council resolution 2790', href: null }]);
    expect(await shadow('[data-field="resolution-none"]')).toHaveLength(1);
    expect((await shadow('[data-field="resolution-text"]'))[0]?.href).toBe('https://digitallibrary.un.org/search?ln=en&p=S%2FRES%2F2790');
    await page.close();
  });

  it("draws the page's bodies on the popup timeline, readable as a list and usable from the keyboard", async () => {
    const article = await newPage(`${server.origin}/demo.html`);
    await article.waitForFunction(() => (CSS.highlights.get('missionlens')?.size ?? 0) > 0, { timeout: 15_000 });
    // Which tab the demo is in, asked from an extension page; the popup then speaks about it.
    const probe = await openExtensionPage(ff.browser, 'popup.html');
    const tabId = await probe.evaluate(async () => {
      const tabs = await (
        globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } } }
      ).browser.tabs.query({});
      return tabs.find((t) => t.url?.endsWith('/demo.html'))?.id ?? -1;
    });
    await probe.close();
    const popup = await openExtensionPage(ff.browser, `popup.html?tab=${tabId}`);
    await expect.poll(() => popup.$$eval('.tl-lane', (l) => l.length), { timeout: CARD_TIMEOUT }).toBeGreaterThan(5);
    const lanes = await popup.$$eval('.tl-bar', (bars) =>
      bars.map((b) => [
        (b.closest('[data-lane]') as HTMLElement).dataset.lane!,
        (b as HTMLElement).dataset.from!.slice(0, 4),
        (b as HTMLElement).dataset.to?.slice(0, 4) || null,
      ]),
    );
    expect(lanes).toEqual(
      expect.arrayContaining([
        ['unmik', '1999', null],
        ['kfor', '1999', null],
        ['omik', '1999', null],
        ['isg', '2008', '2012'],
        ['ico', '2008', '2012'],
        ['eulex', '2008', null],
      ]),
    );
    expect(await popup.$eval('[data-field="article-date"]', (e) => e.textContent)).toBe('Article date: 15 July 2010');
    expect(await popup.$$eval('.tl-marker', (m) => m.length)).toBe(1);

    await popup.click('.tl-toggle');
    expect(await popup.$eval('.tl-list > li[data-lane="unmik"] button', (b) => b.textContent)).toBe('UNMIK: 10 June 1999 – today');
    await popup.click('.tl-toggle');
    await popup.focus('[data-lane="isg"] .tl-bar');
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.$eval('.ml-card', (c) => c.getAttribute('data-entity')).catch(() => null), { timeout: CARD_TIMEOUT })
      .toBe('isg');
    await Promise.all([popup.close(), article.close()]);
  });

  it('speaks Serbian once chosen in the options: options, popup and card', async () => {
    const options = await openExtensionPage(ff.browser, 'options.html');
    await options.waitForSelector('#language');
    await options.select('#language', 'sr');
    await expect.poll(() => options.$eval('h1', (h) => (h as HTMLElement).innerText.trim())).toBe(sr.optionsTitle.message);
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('sr');

    const popup = await openExtensionPage(ff.browser, 'popup.html');
    await expect
      .poll(() => popup.$eval('.search-label', (l) => (l as HTMLElement).innerText.trim()))
      .toBe(sr.searchLabel.message.replace('$1', String(entities.length)));

    const page = await newPage(`${server.origin}/kosovo.html`);
    await page.waitForFunction(() => (CSS.highlights.get('missionlens')?.size ?? 0) > 0, { timeout: 15_000 });
    await page.hover('#kfor');
    await expect.poll(() => cardText(page), { timeout: CARD_TIMEOUT }).not.toBeNull();
    await page.click('missionlens-host >>> .ml-more');
    const text = (await cardText(page))!;
    expect(text).toContain(sr.kind_nato_operation.message);
    expect(text).toContain(formatDate(byId.get('kfor')!.established, 'sr'));

    await options.select('#language', 'auto');
    // Back in the browser's language before the next test reads any text.
    await expect.poll(() => options.$eval('h1', (h) => (h as HTMLElement).innerText.trim())).not.toBe(sr.optionsTitle.message);
    await Promise.all([options.close(), popup.close(), page.close()]);
  });

  it('sends nothing beyond the local test server and the extension itself', () => {
    expect(pageRequests.length).toBeGreaterThan(0);
    expect(pageRequests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('moz-extension://') && !u.startsWith('data:'))).toEqual(
      [],
    );
    expect(ff.outbound).toEqual([]);
  });
});
