/**
 * What each tab's pages mention, kept per frame: every frame's content script reports its own
 * counts, and the badge and the popup's "On this page" are the union over the tab's frames. A
 * frame's report replaces its previous one, so mentions removed from a page stop counting.
 * Pure: the background feeds it from message senders and tab events, and persists its snapshot.
 */
import type { PageSummary } from '../protocol';

interface FrameReport {
  /** The frame's URL as the browser gave it (the top frame's names the site). */
  url: string;
  /** When the frame's document started (performance.timeOrigin): tells a new page from a late report of the old one. */
  since: number;
  counts: [string, number][];
  /** The reader switched MissionLens off on this frame's site (only the top frame says so). */
  off?: boolean;
}

/** tab id → frame id → report; plain data so it survives a service-worker restart in session storage. */
export type PageSnapshot = Record<string, Record<string, FrameReport>>;

export class PageState {
  private readonly tabs = new Map<number, Map<number, FrameReport>>();

  constructor(snapshot: PageSnapshot = {}) {
    for (const [tab, frames] of Object.entries(snapshot)) {
      this.tabs.set(Number(tab), new Map(Object.entries(frames).map(([frame, report]) => [Number(frame), report])));
    }
  }

  /**
   * A frame's new counts (possibly none: the top frame's report still names the site). A report
   * from a document older than the tab's top document is a late word from a page already left,
   * and is dropped; a new top document drops the frames of the page before it. Returns whether
   * anything changed.
   */
  report(tabId: number, frameId: number, url: string, since: number, counts: [string, number][], off = false): boolean {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    const top = frames.get(0);
    if (top && since < top.since) return false;
    if (frameId === 0 && top && since > top.since) {
      for (const [id, frame] of frames) if (frame.since < since) frames.delete(id);
    }
    frames.set(frameId, off ? { url, since, counts, off } : { url, since, counts });
    return true;
  }

  /** The tab navigated or closed: nothing it said before holds. */
  clearTab(tabId: number): void {
    this.tabs.delete(tabId);
  }

  summary(tabId: number): PageSummary {
    const frames = this.tabs.get(tabId) ?? new Map<number, FrameReport>();
    const bodies = new Map<string, { id: string; count: number; frames: number[] }>();
    for (const [frameId, report] of frames) {
      for (const [id, count] of report.counts) {
        const body = bodies.get(id) ?? { id, count: 0, frames: [] };
        body.count += count;
        body.frames.push(frameId);
        bodies.set(id, body);
      }
    }
    const top = frames.get(0)?.url;
    return {
      host: top ? hostOf(top) : '',
      bodies: [...bodies.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
    };
  }

  /** Distinct bodies over all the tab's frames, for the badge. */
  distinct(tabId: number): number {
    return this.summary(tabId).bodies.length;
  }

  /** Whether the tab's site is switched off, as its top frame last said (the badge shows "off"). */
  off(tabId: number): boolean {
    return this.tabs.get(tabId)?.get(0)?.off === true;
  }

  snapshot(): PageSnapshot {
    const out: PageSnapshot = {};
    for (const [tab, frames] of this.tabs) out[tab] = Object.fromEntries(frames);
    return out;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
