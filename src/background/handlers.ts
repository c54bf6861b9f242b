/** Answers the messages of src/protocol.ts; the full fact database lives only here and in the popup. */
import type { Catalog } from '../core/catalog';
import { BACKGROUND, handle, sendToFrame } from '../messaging';
import type { PageState } from './page-state';

export interface BackgroundDeps {
  /** The bundled catalog alone, ready as soon as the worker starts. */
  bundled: Catalog;
  /** The catalog with the user's packs, once they have been read. */
  catalog: () => Promise<Catalog>;
  /** The page state, once restored after a service-worker restart. */
  pages: () => Promise<PageState>;
  /** A tab's page state changed: update its badge and keep a snapshot. */
  pagesChanged: (tabId: number) => void;
  /** Runs one of the injected content scripts in one frame. */
  inject: (target: { tabId: number; frameId: number }, script: 'page' | 'card') => Promise<void>;
}

export function backgroundListener(deps: BackgroundDeps) {
  return handle(
    BACKGROUND,
    {
      inject: async ({ script }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return false;
        await deps.inject({ tabId, frameId: sender.frameId ?? 0 }, script);
        return true;
      },
      getEntity: async ({ id }) => {
        // Bundled records win over packs, so a woken worker answers them without reading the packs.
        const bundled = deps.bundled.view(id);
        if (bundled) return { revision: null, view: bundled };
        const catalog = await deps.catalog();
        return { revision: catalog.revision, view: catalog.view(id) };
      },
      frameMentions: async ({ counts, since, off }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return null;
        const pages = await deps.pages();
        if (pages.report(tabId, sender.frameId ?? 0, sender.url ?? '', since, counts, off)) deps.pagesChanged(tabId);
        return null;
      },
      pageSummary: async ({ tabId }) => (await deps.pages()).summary(tabId),
      // A frame's card shown by the top frame; the top frame itself never asks.
      frameCard: ({ card }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined || !sender.frameId) return false;
        return sendToFrame({ tabId, frameId: 0 }, 'frameCard', { card, frameId: sender.frameId }).then(
          (shown) => shown === true,
          () => false,
        );
      },
    },
    'background',
  );
}
