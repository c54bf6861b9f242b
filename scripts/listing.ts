/**
 * The store listing, written to .output/listing by `npm run zip`: for each interface language the
 * name, short description (the manifest's) and long description (store/descriptions); the privacy
 * statement, the store questionnaire answers and the notes for addons.mozilla.org reviewers; and
 * 1280×800 screenshots of the card on the demo page, the popup and the options, light and dark,
 * taken from the built extension in real Chromium.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LANGS } from '../src/core/dates';
import { launchWithExtension, serveDir } from './lib/browser';
import { loadDatabase, ROOT } from './lib/database';

const OUT = join(ROOT, '.output/listing');
const SIZE = { width: 1280, height: 800 };
/** The popup and the options are shown on a plain backdrop, as they sit under the toolbar. */
const BACKDROP = { light: '#dfe5ee', dark: '#101014' };

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'screenshots'), { recursive: true });

const count = loadDatabase().entities.length;
const listing: Record<string, { name: string; short: string; long: string }> = {};
for (const lang of LANGS) {
  const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const long = readFileSync(join(ROOT, 'store/descriptions', `${lang}.txt`), 'utf8').replaceAll('{count}', String(count));
  if (/\{\w+\}/.test(long)) throw new Error(`store/descriptions/${lang}.txt: unknown placeholder ${/\{\w+\}/.exec(long)![0]}`);
  listing[lang] = { name: messages.extName!.message, short: messages.extDescription!.message, long };
  mkdirSync(join(OUT, lang), { recursive: true });
  for (const [file, text] of Object.entries(listing[lang]!)) writeFileSync(join(OUT, lang, `${file}.txt`), `${text.trim()}\n`);
}
for (const file of ['privacy.md', 'permissions.md', 'amo-reviewers.md']) copyFileSync(join(ROOT, 'store', file), join(OUT, file));

const server = await serveDir(join(ROOT, 'tests/fixtures'));
const shots: string[] = [];
async function shoot(page: Page, name: string) {
  const file = join(OUT, 'screenshots', `${name}.png`);
  // Finished, not mid-fade: CSS transitions and animations are run to their end first.
  await page.screenshot({ path: file, animations: 'disabled' });
  shots.push(`screenshots/${name}.png`);
}

for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchWithExtension({ colorScheme: scheme });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize(SIZE);
    await page.goto(`${server.origin}/demo.html`);
    await page.waitForFunction(() => (CSS.highlights.get('missionlens')?.size ?? 0) > 0, null, { timeout: 10_000 });
    await page.locator('em', { hasText: 'KFOR' }).hover();
    await page.locator('missionlens-host').locator('.ml-card').waitFor({ timeout: 5_000 });
    await shoot(page, `card-${scheme}`);

    const backdrop = `html { background: ${BACKDROP[scheme]}; min-height: 100%; }`;
    const popup = await browser.context.newPage();
    await popup.setViewportSize(SIZE);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.addStyleTag({ content: `${backdrop} body { margin: 48px auto; border-radius: 10px; box-shadow: 0 8px 30px #0005; }` });
    await popup.locator('#q').fill('Kosovo');
    await popup.locator('#results li').first().waitFor();
    await shoot(popup, `popup-${scheme}`);

    const options = await browser.context.newPage();
    await options.setViewportSize(SIZE);
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#language').waitFor();
    await shoot(options, `options-${scheme}`);
  } finally {
    await browser.close();
  }
}
await server.close();

writeFileSync(
  join(OUT, 'listing.json'),
  `${JSON.stringify({ languages: listing, screenshots: shots, privacy: 'privacy.md', questionnaire: 'permissions.md', amoReviewerNotes: 'amo-reviewers.md' }, null, 2)}\n`,
);
console.log(`Store listing written to ${OUT}: ${LANGS.length} languages, ${shots.length} screenshots at ${SIZE.width}×${SIZE.height}.`);
