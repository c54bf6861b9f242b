/**
 * The toolbar button per tab: how many bodies the page mentions, or "off" and the grey icon where
 * the reader switched MissionLens off — with the meaning spelt out in the button's tooltip.
 */
import { browser } from 'wxt/browser';

const ON_COLOR = '#1f5fbf';
const OFF_COLOR = '#6b7280';

/** The icon in colour and in grey (both drawn at build time, see scripts/lib/icons.ts). */
const ICON_SIZES = [16, 32, 48, 128] as const;
const iconPaths = (prefix: string) => Object.fromEntries(ICON_SIZES.map((size) => [size, `/icon/${prefix}${size}.png`]));
const ON_ICON = iconPaths('');
const OFF_ICON = iconPaths('off-');

const message = (key: string, subs?: string[]) => (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs) || key;

export async function showBadge(tabId: number, count: number, off: boolean): Promise<void> {
  // Firefox builds are MV2, where the toolbar button is browserAction.
  const action = browser.action ?? browser.browserAction;
  const text = off ? message('badgeOff') : count > 0 ? String(count) : '';
  const title = off ? message('badgeTitleOff') : count > 0 ? message('badgeTitleCount', [String(count)]) : message('badgeTitleNone');
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color: off ? OFF_COLOR : ON_COLOR }),
    action.setTitle({ tabId, title }),
    action.setIcon({ tabId, path: off ? OFF_ICON : ON_ICON }),
  ]).catch(() => undefined); // The tab closed meanwhile.
}
