/**
 * The toolbar button per tab: how many bodies the page mentions, or "off" in grey where the
 * reader switched MissionLens off — with the meaning spelt out in the button's tooltip. (Until
 * the extension has icons of its own, the badge and the title carry the on/off state.)
 */
import { browser } from 'wxt/browser';

const ON_COLOR = '#1f5fbf';
const OFF_COLOR = '#6b7280';

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
  ]).catch(() => undefined); // The tab closed meanwhile.
}
