/**
 * `npm start` (after the build): opens Chromium with MissionLens on the demo page. With a display
 * the window stays open until you close it; without one, it hovers a mention, waits for the card
 * and writes a screenshot.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, serveDir } from './lib/browser';
import { ROOT } from './lib/database';

/** The card fades in; a screenshot taken sooner catches it half-transparent. */
const CARD_SETTLE_MS = 400;

const headed = Boolean(process.env.DISPLAY) && process.env.CI === undefined;
const server = await serveDir(join(ROOT, 'tests/fixtures'));
const browser = await launchWithExtension({ headless: !headed });
const page = await browser.context.newPage();
await page.goto(`${server.origin}/demo.html`);
await page.waitForFunction(() => (CSS.highlights.get('missionlens')?.size ?? 0) > 0, null, { timeout: 10_000 });

if (headed) {
  console.log(`MissionLens is loaded on ${server.origin}/demo.html — hover an underlined name. Close the window to quit.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  const target = page.locator('em', { hasText: 'KFOR' });
  await target.hover();
  await page.locator('missionlens-host').locator('.ml-card').waitFor({ timeout: 5_000 });
  await page.waitForTimeout(CARD_SETTLE_MS);
  const dir = join(ROOT, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'demo.png');
  await page.screenshot({ path: file });
  const count = await page.evaluate(() => CSS.highlights.get('missionlens')?.size ?? 0);
  console.log(`No display: MissionLens highlighted ${count} mentions on the demo page and opened a card.`);
  console.log(`Screenshot written to ${file}`);
  await browser.close();
}
await server.close();
