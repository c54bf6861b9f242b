/** Full records come from the background on demand; the content script keeps a small cache. */
import { browser } from 'wxt/browser';
import type { Entity } from '../core/schema';
import type { Request } from '../messaging';

const cache = new Map<string, Promise<Entity | null>>();

export function getEntity(id: string): Promise<Entity | null> {
  let p = cache.get(id);
  if (!p) {
    const request: Request = { type: 'getEntity', id };
    p = (browser.runtime.sendMessage(request) as Promise<Entity | null>).catch(() => {
      cache.delete(id);
      return null;
    });
    cache.set(id, p);
  }
  return p;
}

export function reportMentions(ids: string[]): void {
  const request: Request = { type: 'pageMentions', ids };
  browser.runtime.sendMessage(request).catch(() => undefined);
}
