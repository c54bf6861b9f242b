/**
 * The store listing, written to .output/listing by `npm run zip`: for each interface language the
 * name, short description (the manifest's) and long description (store/descriptions); the privacy
 * statement, the store questionnaire answers and the notes for addons.mozilla.org reviewers; and
 * for each language 1280×800 screenshots of the card on the demo page, the popup and the options,
 * light and dark, taken from the built extension in real Chromium.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LANGS, type Lang } from '../src/core/dates';
import { launchWithExtension, serveDir } from './lib/browser';
import { ICON_SVG } from './lib/icons';
import { loadDatabase, ROOT } from './lib/database';

const OUT = join(ROOT, '.output/listing');
const SIZE = { width: 1280, height: 800 };
/** The popup and the options are shown on a plain backdrop, as they sit under the toolbar. */
const BACKDROP = { light: '#dfe5ee', dark: '#101014' };

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const count = loadDatabase().entities.length;
const listing: Record<string, { name: string; short: string; long: string }> = {};
for (const lang of LANGS) {
  const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const long = readFileSync(join(ROOT, 'store/descriptions', `${lang}.txt`), 'utf8').replaceAll('{count}', String(count));
  if (/\{\w+\}/.test(long)) throw new Error(`store/descriptions/${lang}.txt: unknown placeholder ${/\{\w+\}/.exec(long)![0]}`);
  listing[lang] = { name: messages.extName!.message, short: messages.extDescription!.message, long };
  mkdirSync(join(OUT, lang), { recursive: true });
  for (const [file, text] of Object.entries(listing[lang]!)) writeFileSync(join(OUT, lang, `${file}.txt`), `${text.trim()}\n`);
}
for (const file of ['privacy.md', 'permissions.md', 'amo-reviewers.md']) copyFileSync(join(ROOT, 'store', file), join(OUT, file));

const server = await serveDir(join(ROOT, 'tests/fixtures'));
const shots: Record<string, string[]> = Object.fromEntries(LANGS.map((lang) => [lang, []]));
async function shoot(page: Page, lang: Lang, name: string) {
  const rel = `${lang}/screenshots/${name}.png`;
  mkdirSync(join(OUT, lang, 'screenshots'), { recursive: true });
  // Finished, not mid-fade: CSS transitions and animations are run to their end first.
  await page.screenshot({ path: join(OUT, rel), animations: 'disabled' });
  shots[lang]!.push(rel);
}

/** The language is chosen the way a reader would, in the options; every open page follows it. */
for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchWithExtension({ colorScheme: scheme });
  try {
    const newPage = async (url: string) => {
      const page = await browser.context.newPage();
      await page.setViewportSize(SIZE);
      await page.goto(url);
      return page;
    };
    const extension = `chrome-extension://${browser.extensionId}`;
    const options = await newPage(`${extension}/options.html`);
    for (const lang of LANGS) {
      await options.locator('#language').selectOption(lang);
      await options.waitForFunction((l) => document.documentElement.lang === l, lang);
      await options.evaluate(() => window.scrollTo(0, 0));
      await shoot(options, lang, `options-${scheme}`);

      const popup = await newPage(`${extension}/popup.html`);
      await popup.addStyleTag({
        content: `html { background: ${BACKDROP[scheme]}; min-height: 100%; } body { margin: 48px auto; border-radius: 10px; box-shadow: 0 8px 30px #0005; }`,
      });
      await popup.locator('#q').fill('Kosovo');
      await popup.locator('#results li').first().waitFor();
      await shoot(popup, lang, `popup-${scheme}`);
      await popup.close();

      const page = await newPage(`${server.origin}/demo.html`);
      await page.waitForFunction(() => (CSS.highlights.get('missionlens')?.size ?? 0) > 0, null, { timeout: 10_000 });
      // KFOR's line scrolled near the top leaves the card the whole height below it.
      await page.addStyleTag({ content: 'body { padding-bottom: 100vh; }' });
      await page.evaluate(() => window.scrollTo(0, 260));
      await page.locator('em', { hasText: 'KFOR' }).hover();
      await page.locator('missionlens-host').locator('.ml-card').waitFor({ timeout: 5_000 });
      await shoot(page, lang, `card-${scheme}`);
      await page.close();
    }
    await options.locator('#language').selectOption('auto');
  } finally {
    await browser.close();
  }
}
await server.close();

/** The Chrome Web Store's small promo tile (440×280): the icon, the name and the acronyms it explains. */
const tile = await launchWithExtension({ extension: false });
try {
  const page = await tile.context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  const icon = readFileSync(join(ROOT, ICON_SVG), 'base64');
  await page.setContent(`<body style="margin:0;height:280px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:14px;background:#f4f6fa;font-family:system-ui,sans-serif;color:#1b2a41">
    <div style="display:flex;align-items:center;gap:16px"><img src="data:image/svg+xml;base64,${icon}" width="72" height="72"><span style="font-size:38px;font-weight:700">MissionLens</span></div>
    <div style="font-size:19px;letter-spacing:.04em;color:#33496b">EULEX · KFOR · UNMIK · UNIFIL</div></body>`);
  await page.screenshot({ path: join(OUT, 'promo-tile-440x280.png') });
} finally {
  await tile.close();
}

writeFileSync(
  join(OUT, 'listing.json'),
  `${JSON.stringify({ languages: Object.fromEntries(LANGS.map((l) => [l, { ...listing[l], screenshots: shots[l] }])), promoTile: 'promo-tile-440x280.png', privacy: 'privacy.md', questionnaire: 'permissions.md', amoReviewerNotes: 'amo-reviewers.md' }, null, 2)}\n`,
);
console.log(
  `Store listing written to ${OUT}: ${LANGS.length} languages, ${Object.values(shots).flat().length} screenshots at ${SIZE.width}×${SIZE.height}.`,
);
