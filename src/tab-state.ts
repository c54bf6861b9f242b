/**
 * Tabs whose page was open before MissionLens was installed or updated: they have no (live)
 * content script until reloaded. The background writes the list at install or update time and
 * drops a tab when it navigates; the popup reads it to say "reload this tab" instead of
 * mistaking the tab for a browser page. Session storage: the list means nothing after a restart.
 */
import { browser } from 'wxt/browser';

const KEY = 'staleTabs';

type Session = { get: (key: string) => Promise<Record<string, unknown>>; set: (items: Record<string, unknown>) => Promise<void> };
const session = (): Session | undefined => (browser.storage as unknown as { session?: Session }).session;

export async function staleTabs(): Promise<number[]> {
  try {
    const value = (await session()?.get(KEY))?.[KEY];
    return Array.isArray(value) ? value.filter((x): x is number => Number.isInteger(x)) : [];
  } catch {
    return [];
  }
}

export async function setStaleTabs(ids: number[]): Promise<void> {
  await session()
    ?.set({ [KEY]: ids })
    .catch(() => undefined);
}

export async function forgetStaleTab(id: number): Promise<void> {
  const ids = await staleTabs();
  if (ids.includes(id)) await setStaleTabs(ids.filter((x) => x !== id));
}
