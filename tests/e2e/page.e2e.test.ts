/**
 * The content script on difficult pages: live changes, shadow roots, frames, hostile CSS, dated
 * articles, and the touch and keyboard ways to open a card.
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/dates';
import { formatStrength, latestStrength } from '../../src/core/format';
import { byId, card, highlighted, openPage, runCommand, useExtension } from './harness';

const h = useExtension();

describe('live pages', () => {
  it('highlights text added or changed later, without touching earlier highlights', async () => {
    const page = await openPage(h, 'dynamic.html');
    await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining(['EULEX']));
    await page.evaluate(() =>
      (window as unknown as { addItem: (t: string) => void }).addItem('KFOR troops reinforced the bridge in Mitrovica.'),
    );
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toEqual(expect.arrayContaining(['EULEX', 'KFOR']));
    await page.evaluate(() =>
      (window as unknown as { setTicker: (t: string) => void }).setTicker('Breaking: UNIFIL reports calm in southern Lebanon.'),
    );
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toEqual(expect.arrayContaining(['EULEX', 'KFOR', 'UNIFIL']));
    await page.evaluate(() => (window as unknown as { setTicker: (t: string) => void }).setTicker('Nothing new.'));
    await expect.poll(async () => (await highlighted(page)).filter((t) => t === 'UNIFIL').length, { timeout: 5_000 }).toBe(0);
    await page.close();
  });

  it('still reads a page whose own scripts never leave it at rest', async () => {
    const page = await openPage(h, 'busy.html');
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['UNMIK', 'KFOR']));
    await page.close();
  });

  it('finds mentions inside open shadow roots and opens their card', async () => {
    const page = await openPage(h, 'dynamic.html');
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toEqual(expect.arrayContaining(['UNMISS']));
    const box = await page.evaluate(() => {
      const p = document.getElementById('shadow-host')!.shadowRoot!.getElementById('in-shadow')!;
      const text = p.firstChild as Text;
      const start = text.data.indexOf('UNMISS');
      const r = document.createRange();
      r.setStart(text, start);
      r.setEnd(text, start + 6);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x - 30, box.y);
    await page.mouse.move(box.x, box.y, { steps: 5 });
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    expect(await card(page).innerText()).toContain(byId.get('unmiss')!.name);
    await page.close();
  });

  it('reads what the browser shows, under aria-hidden too, and skips what it hides', async () => {
    const page = await openPage(h, 'shown.html');
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toEqual(expect.arrayContaining(['UNMIK', 'UNIFIL', 'MINUSCA']));
    const marked = await highlighted(page);
    expect(marked).not.toContain('KFOR');
    expect(marked).not.toContain('EULEX');
    expect(marked).not.toContain('UNMISS');
    expect(marked).not.toContain('OSCE Mission in Kosovo');
    await page.close();
  });

  it("runs inside iframes, and opens a frame's card in the top frame at the mention", async () => {
    const page = await openPage(h, 'frames.html', false);
    const frame = page.frameLocator('#frame');
    await expect
      .poll(() => page.frames()[1]?.evaluate(() => CSS.highlights.get('missionlens')?.size ?? 0), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await frame.locator('#kfor').hover();
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    expect(await frame.locator('missionlens-host .ml-card').count()).toBe(0);
    expect(await card(page).getAttribute('data-entity')).toBe('kfor');
    // Beside the mention as the reader sees it: just below (or above) it, overlapping it sideways.
    const mention = (await frame.locator('#kfor').boundingBox())!;
    const box = (await card(page).boundingBox())!;
    const below = Math.abs(box.y - (mention.y + mention.height)) < 20;
    const above = Math.abs(box.y + box.height - mention.y) < 20;
    expect(below || above).toBe(true);
    expect(box.x).toBeLessThanOrEqual(mention.x + mention.width);
    await page.screenshot({ path: 'test-results/card-frame.png' });
    // The pointer travels from the frame's mention into the top frame's card: it stays open…
    await page.mouse.move(box.x + box.width / 2, box.y + 30, { steps: 6 });
    await page.waitForTimeout(800);
    expect(await card(page).count()).toBe(1);
    // …and leaving it for the page closes it, as any hovered card.
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(() => card(page).count(), { timeout: 3_000 }).toBe(0);
    await page.close();
  });
});

describe('frames not worth reading', () => {
  it('leaves a 1×1 frame unread, and reads an empty frame once it gets text', async () => {
    const page = await openPage(h, 'frames-small.html', false);
    const frameOf = (id: string) =>
      page
        .locator(`#${id}`)
        .elementHandle()
        .then((el) => el!.contentFrame());
    const big = (await frameOf('big'))!;
    const pixel = (await frameOf('pixel'))!;
    const empty = (await frameOf('empty'))!;
    await expect.poll(() => big.evaluate(() => CSS.highlights.get('missionlens')?.size ?? 0), { timeout: 10_000 }).toBeGreaterThan(0);
    // The same article in a pixel-sized frame: no page script ran there (it would have marked it).
    expect(await pixel.evaluate(() => CSS.highlights.has('missionlens'))).toBe(false);
    expect(await empty.evaluate(() => CSS.highlights.has('missionlens'))).toBe(false);
    await empty.evaluate(() =>
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'KFOR troops patrol near Mitrovica in Kosovo.' })),
    );
    await expect.poll(() => empty.evaluate(() => CSS.highlights.get('missionlens')?.size ?? 0), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });
});

describe('hostile pages', () => {
  it('shows a usable card despite `* { all: unset }`, huge z-indexes and transforms', async () => {
    const page = await openPage(h, 'hostile.html');
    await page.hover('#kfor');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    const box = (await card(page).boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(100);
    // The card is on top: the element at its centre belongs to our host.
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [box.x + box.width / 2, box.y + 20]);
    expect(onTop).toBe('missionlens-host');
    await page.close();
  });

  it('shows the card inside a fullscreen element, where nothing outside it is drawn', async () => {
    const page = await openPage(h, 'fullscreen.html');
    await page.click('#go');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('reader');
    await page.hover('#eulex');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    expect(await page.evaluate(() => document.querySelector('missionlens-host')?.parentElement?.id)).toBe('reader');
    const box = (await card(page).boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [box.x + box.width / 2, box.y + 20]);
    expect(onTop).toBe('missionlens-host');
    await page.close();
  });
});

describe('dated articles', () => {
  it("shows the figures that held on the article's date beside the latest", async () => {
    const page = await openPage(h, 'dated.html');
    await page.hover('#kfor');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    const kfor = byId.get('kfor')!;
    const then = latestStrength(kfor, '2010-07-15');
    const line = await card(page).locator('[data-field="asof"]').innerText();
    expect(line).toContain(formatDate('2010-07-15'));
    if (then) expect(await card(page).locator('[data-field="key-size"]').innerText()).toContain(formatStrength(then));
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);

    await page.hover('#aussom');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    expect(await card(page).locator('[data-field="asof"]').innerText()).toContain('did not exist yet');
    await page.keyboard.press('Escape');
    await page.hover('#unprofor');
    await expect.poll(() => card(page).locator('[data-field="asof"]').count(), { timeout: 5_000 }).toBe(1);
    expect(await card(page).locator('[data-field="asof"]').innerText()).toContain('had already ended');
    await page.close();
  });
});

describe('other ways in', () => {
  it('opens a card with a tap on touch screens', async () => {
    const page = await openPage(h, 'kosovo.html');
    const box = (await page.locator('#eulex').boundingBox())!;
    await page.evaluate(
      ([x, y]) => {
        const target = document.elementFromPoint(x!, y!)!;
        target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: x, clientY: y, bubbles: true }));
      },
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    expect(await card(page).innerText()).toContain(byId.get('eulex')!.name);
    await page.close();
  });

  it('opens a card from the keyboard, moves focus into it, and returns focus on Esc', async () => {
    const page = await openPage(h, 'kosovo.html');
    // Alt+Shift+M is a browser command: the background passes it to the page.
    expect(await runCommand(h, page, 'show-card')).toBe(true);
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    const focused = await page.evaluate(() => document.activeElement?.localName);
    expect(focused).toBe('missionlens-host');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.localName)).toMatch(/^(a|button)$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it('keeps a pinned card open when the pointer leaves and the page scrolls', async () => {
    const page = await openPage(h, 'kosovo.html');
    await page.evaluate(() => document.body.style.setProperty('min-height', '3000px'));
    await page.hover('#kfor');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    await card(page).locator('.ml-pin').click();
    await page.mouse.move(5, 790, { steps: 4 });
    await page.evaluate(() => window.scrollBy(0, 100));
    await page.waitForTimeout(700);
    expect(await card(page).count()).toBe(1);
    expect(await card(page).locator('.ml-pin').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });
});

describe('appearance', () => {
  it('follows dark mode (screenshot in test-results/)', async () => {
    const page = await openPage(h, 'kosovo.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.hover('#kfor');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    await page.waitForTimeout(300);
    const bg = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(28, 33, 48)');
    await page.screenshot({ path: 'test-results/card-dark.png' });
    await page.close();
  });
});
