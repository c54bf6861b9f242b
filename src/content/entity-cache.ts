/** Full records come from the background on demand; the content script keeps a small cache. */
import { browser } from 'wxt/browser';
import type { EntityView, Request } from '../messaging';

const cache = new Map<string, Promise<EntityView | null>>();

export function getEntity(id: string): Promise<EntityView | null> {
  let p = cache.get(id);
  if (!p) {
    const request: Request = { type: 'getEntity', id };
    p = (browser.runtime.sendMessage(request) as Promise<EntityView | null>).catch(() => {
      cache.delete(id);
      return null;
    });
    cache.set(id, p);
  }
  return p;
}

export function reportMentions(ids: string[], off = false): void {
  const request: Request = { type: 'pageMentions', ids, ...(off ? { off } : {}) };
  browser.runtime.sendMessage(request).catch(() => undefined);
}
