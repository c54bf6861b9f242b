/**
 * The first stage in every frame: whether this frame has anything to read yet. It is all that
 * most frames (ads, trackers, empty widgets) ever evaluate, so it imports nothing heavy; the page
 * script (scanner, matcher, card) is injected by the background only where it answers yes.
 */

/** Smaller than this (CSS pixels) no sentence fits: tracking pixels, hidden and collapsed frames. */
export const MIN_FRAME = { width: 80, height: 16 };
/** Text in these elements is never shown, so it never asks for the page script. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** How long DOM changes in a frame that had nothing are left to settle before it is looked at again. */
const RECHECK_MS = 400;

/** A frame that is the top document, or big enough to hold a line of text. */
export function bigEnough(win: Window): boolean {
  return win === win.top || (win.innerWidth >= MIN_FRAME.width && win.innerHeight >= MIN_FRAME.height);
}

/** Stops at the first visible character: cheap on any page, whatever its size. */
export function hasText(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (/\S/.test(n.data) && !HIDDEN.has(n.parentElement?.tagName ?? '')) return true;
  }
  return false;
}

export const worthReading = (win: Window, doc: Document): boolean => bigEnough(win) && hasText(doc);

/**
 * Calls `load` once, as soon as the frame is worth reading: now, or after it grows or gets text
 * (a widget filled in later, a frame revealed). Returns the watch's removal.
 */
export function whenWorthReading(win: Window, doc: Document, load: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(check, RECHECK_MS);
  });
  const stop = () => {
    observer.disconnect();
    win.removeEventListener('resize', check);
    clearTimeout(timer);
  };
  function check(): void {
    timer = undefined;
    if (!worthReading(win, doc)) return;
    stop();
    load();
  }
  if (worthReading(win, doc)) {
    load();
    return () => undefined;
  }
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  win.addEventListener('resize', check, { passive: true });
  return stop;
}
