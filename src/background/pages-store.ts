/**
 * The page state across service-worker restarts: MV3 ends an idle worker after about 30 s, and
 * the popup opened later must still list what the tab's frames reported. Session storage lives as
 * long as the browser session, never on disk.
 */
import { browser } from 'wxt/browser';
import { type PageSnapshot, PageState } from './page-state';

const KEY = 'pages';

function session() {
  return (browser.storage as { session?: typeof browser.storage.local }).session;
}

export async function restorePages(): Promise<PageState> {
  try {
    const stored = (await session()?.get(KEY))?.[KEY];
    return new PageState(typeof stored === 'object' && stored !== null ? (stored as PageSnapshot) : {});
  } catch {
    return new PageState();
  }
}

export function persistPages(pages: PageState): void {
  void session()
    ?.set({ [KEY]: pages.snapshot() })
    .catch(() => undefined);
}
