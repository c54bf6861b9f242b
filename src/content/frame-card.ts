/**
 * A mention inside an iframe gets its card in the top frame, where it has the whole window
 * (as 10ten Japanese Reader shows its popup): the frame sends the mention's box through the
 * background, and the top frame finds the iframe element and adds its offset.
 */
import { browser } from 'wxt/browser';
import { type FrameCardRequest, sendToBackground } from '../messaging';

export const inChildFrame = (): boolean => {
  try {
    // Only frames directly inside the top page: a deeper frame's offset is unknown to the top.
    return window !== window.top && window.parent === window.top;
  } catch {
    return false;
  }
};

/** Asks the top frame to show or close a card; false when it could not (the frame shows its own). */
export async function sendToTop(card: FrameCardRequest): Promise<boolean> {
  try {
    return (await sendToBackground('frameCard', { card })) === true;
  } catch {
    return false;
  }
}

export function frameInfo(): { href: string; width: number; height: number } {
  return { href: location.href, width: innerWidth, height: innerHeight };
}

type FrameElement = HTMLIFrameElement | HTMLFrameElement;

function sameUrl(el: FrameElement, href: string): boolean {
  try {
    return new URL(el.src, location.href).href === href;
  } catch {
    return false;
  }
}

/**
 * The iframe element a frame lives in. Firefox names it directly (runtime.getFrameId); elsewhere
 * a same-origin frame is recognised by its location, and any other by its address and size.
 */
export function findFrameElement(frameId: number, frame: { href: string; width: number; height: number }): FrameElement | null {
  const frames = [...document.querySelectorAll<FrameElement>('iframe, frame')];
  const getFrameId = (browser.runtime as { getFrameId?: (target: Element) => number }).getFrameId;
  if (typeof getFrameId === 'function') {
    const found = frames.find((el) => {
      try {
        return getFrameId(el) === frameId;
      } catch {
        return false;
      }
    });
    if (found) return found;
  }
  const byLocation = frames.filter((el) => {
    try {
      return el.contentWindow?.location.href === frame.href;
    } catch {
      return false; // cross-origin
    }
  });
  if (byLocation.length === 1) return byLocation[0]!;
  const bySize = frames.filter((el) => el.clientWidth === frame.width && el.clientHeight === frame.height);
  const byBoth = bySize.filter((el) => sameUrl(el, frame.href));
  if (byBoth.length === 1) return byBoth[0]!;
  return bySize.length === 1 ? bySize[0]! : null;
}

/** The mention's box in the top frame: the iframe's content box plus the box inside the frame. */
export function anchorInFrame(el: FrameElement, rect: { x: number; y: number; width: number; height: number }): () => DOMRect {
  return () => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const left = box.left + el.clientLeft + parseFloat(style.paddingLeft || '0');
    const top = box.top + el.clientTop + parseFloat(style.paddingTop || '0');
    return new DOMRect(left + rect.x, top + rect.y, rect.width, rect.height);
  };
}
