/** The interface in French: the options switch the language, and the popup and cards follow. */
import { describe, expect, it } from 'vitest';
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
});
