/** "On this page" → the page: scroll to a body's next mention, in document order, and flash it. */
import { FLASH_NAME } from './highlights';
import { isDetached, type PageMention } from './mention-store';

/** How long a revealed mention stays flashed. */
const FLASH_MS = 1200;

export class Revealer {
  /** The last mention shown per body, so repeated clicks walk through them. */
  private readonly shown = new Map<string, number>();

  reveal(mentions: Iterable<PageMention>, id: string): boolean {
    const list = [...mentions].filter((m) => m.id === id && !isDetached(m));
    list.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    if (list.length === 0) return false;
    const i = ((this.shown.get(id) ?? -1) + 1) % list.length;
    this.shown.set(id, i);
    const m = list[i]!;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    CSS.highlights.set(FLASH_NAME, new Highlight(m.range));
    setTimeout(() => CSS.highlights.delete(FLASH_NAME), FLASH_MS);
    return true;
  }
}
