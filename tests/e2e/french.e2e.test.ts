/** The interface languages: the options switch the language, and the popup and cards follow (French in full). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/database';
import { LANGS } from '../../src/core/dates';
import { card, openPage, useExtension } from './harness';

const h = useExtension();

describe('French', () => {
  it('shows the options, the popup and the card in French once chosen', async () => {
    const opts = await h.browser.context.newPage();
    await opts.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await opts.locator('#language').selectOption('fr');
    await expect.poll(() => opts.locator('h1').innerText()).toBe('Options de MissionLens');

    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('.search-label').innerText()).toMatch(/^Rechercher parmi \d+ missions et organes$/);
    await popup.locator('#q').fill('eulex');
    await popup.locator('#q').press('Enter');
    const popupCard = await popup.locator('.ml-card').innerText();
    expect(popupCard).toMatch(/Mission civile PSDC de l'UE[\s\S]*Sources/i);

    const page = await openPage(h, 'kosovo.html');
    await page.hover('#kfor');
    await expect.poll(() => card(page).count(), { timeout: 5_000 }).toBe(1);
    await card(page).locator('.ml-more').click();
    const text = await card(page).innerText();
    expect(text).not.toMatch(/\bau (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/);
    expect(text).toContain("Opération de l'OTAN");
    expect(text).toMatch(/depuis le 1?\d* ?juin 1999/);

    await opts.locator('#language').selectOption('en');
    await opts.close();
    await popup.close();
    await page.close();
  });

  it('offers every interface language, each by its own name, and the options follow the choice', async () => {
    const opts = await h.browser.context.newPage();
    await opts.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    const offered = await opts.locator('#language option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(['auto', ...LANGS]);
    for (const lang of LANGS) {
      await opts.locator('#language').selectOption(lang);
      const title = (
        JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>
      ).optionsTitle!.message;
      await expect.poll(() => opts.locator('h1').innerText()).toBe(title);
      expect(await opts.evaluate(() => document.documentElement.lang)).toBe(lang);
    }
    await opts.locator('#language').selectOption('auto');
    await opts.close();
  });
});
