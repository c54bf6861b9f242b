/**
 * How mentions are marked, in real Chromium: one mark on a linked mention, handles and hashtags
 * marked with their sigil, headings left alone unless asked, and "first mention per section".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useExtension } from './harness';

const PAGE = `<!doctype html><html lang="en"><title>Marks</title>
<h1 id="headline">UNMIK hands over to EULEX</h1>
<article id="one">
  <p>Troops of KFOR patrolled as <a href="https://example.org/eulex" id="link">EULEX</a> judges met. KFOR said the night was calm.</p>
  <p>Follow @UNIFIL_ for news of the #A4P agenda. KFOR again.</p>
</article>
<article id="two"><p>In another story, KFOR and UNMIK met again.</p></article>
</html>`;

const h = useExtension({ routes: { '/marks.html': PAGE } });

declare const chrome: { storage: { sync: { set: (v: object) => Promise<void> } } };
const store = (value: unknown) => h.browser.worker!.evaluate((v) => chrome.storage.sync.set({ settings: v }), value);

/** Every marked text per highlight name, with the id of the element it sits in. */
const marks = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights]
      .flatMap(([name, hl]) =>
        [...hl].map((r) => `${name}:${(r as Range).startContainer.parentElement!.closest('[id]')!.id}:${(r as Range).toString()}`),
      )
      .sort(),
  );

describe('marks', () => {
  it('mark a linked mention once, keep sigils inside the mark, and leave headings alone by default', async () => {
    await store(null);
    const page = await openPage(h, 'marks.html');
    await expect.poll(async () => (await marks(page)).length, { timeout: 5_000 }).toBe(8);
    const all = await marks(page);
    // The link keeps its own underline; the mark adds a tint, never a second underline.
    expect(all).toContain('missionlens-linked:link:EULEX');
    expect(all.filter((m) => m.endsWith(':EULEX'))).toEqual(['missionlens-linked:link:EULEX']);
    expect(all).toEqual(expect.arrayContaining(['missionlens:one:@UNIFIL_', 'missionlens:one:#A4P']));
    expect(all.filter((m) => m.includes(':headline:'))).toEqual([]);
    await page.close();
  });

  it('marks headings when asked, and only the first mention per section when asked', async () => {
    await store({ version: 2, markHeadings: true, firstMentionOnly: true });
    const page = await openPage(h, 'marks.html');
    await expect.poll(async () => (await marks(page)).filter((m) => m.includes(':headline:')).length, { timeout: 5_000 }).toBe(2);
    await page.waitForTimeout(500);
    const kfor = (await marks(page)).filter((m) => m.endsWith(':KFOR'));
    expect(kfor).toEqual(['missionlens:one:KFOR', 'missionlens:two:KFOR']);
    await store(null);
    // Back to the defaults without a reload: every KFOR again, no heading.
    await expect.poll(async () => (await marks(page)).filter((m) => m.endsWith(':KFOR')).length, { timeout: 5_000 }).toBe(4);
    expect((await marks(page)).filter((m) => m.includes(':headline:'))).toEqual([]);
    await page.close();
  });
});
