/**
 * Turns the page's DOM changes into work for the scanner: added or edited text is re-read by
 * block, removed nodes only prune. Our own card host is never watched.
 */
import type { Scanner } from './scanner';

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class PageWatch {
  private readonly observer: MutationObserver;

  constructor(scanner: () => Scanner | null, ownHost: () => Node) {
    this.observer = new MutationObserver((records) => {
      const target = scanner();
      if (!target) return;
      const host = ownHost();
      for (const r of records) {
        if (r.target === host || host.contains(r.target)) continue;
        if (r.type === 'characterData') target.invalidate(r.target);
        else {
          for (const n of r.addedNodes) if (n !== host) target.invalidate(n);
          if (r.removedNodes.length > 0) target.noteRemoval();
        }
      }
    });
  }

  /** The document's body, or an open shadow root found by the scanner. */
  observe(root: Node): void {
    this.observer.observe(root, OPTIONS);
  }

  disconnect(): void {
    this.observer.disconnect();
  }
}
