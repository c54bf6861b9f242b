/**
 * Where the card goes. Beside a mention: below or above it, whichever side has the room
 * (floating-ui's flip), slid along the edges (shift), and never taller than the space on that side
 * (size) — the card scrolls inside instead. On narrow screens it is a bottom sheet; a pinned card
 * may be docked to the side or dragged anywhere, and stays inside the window either way.
 */
import { computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';

/** Below this width a card beside the text would cover it anyway: a sheet along the bottom reads better. */
export const SHEET_MAX_WIDTH = 560;
/** The sheet leaves the top of the page in sight. */
const SHEET_HEIGHT_SHARE = 0.7;
/** Gap kept between the card and the window's edges, and between the card and the mention. */
export const EDGE = 8;
const GAP = 6;

export type Layout =
  | { mode: 'beside'; anchor: DOMRect; placement?: Placement }
  | { mode: 'sheet' }
  | { mode: 'docked' }
  | { mode: 'moved'; x: number; y: number };

export interface Placed {
  mode: Layout['mode'];
  placement?: Placement;
}

/** What must show without scrolling: the header and the glance part. */
function glanceHeight(card: HTMLElement): number {
  const head = card.querySelector<HTMLElement>('[data-part="head"]');
  const glance = card.querySelector<HTMLElement>('[data-part="glance"]');
  const more = card.querySelector<HTMLElement>('.ml-more');
  const chrome = card.offsetHeight - card.clientHeight + 24; // borders and the body's padding
  return (head?.offsetHeight ?? 0) + (glance?.offsetHeight ?? 0) + (more?.offsetHeight ?? 0) + chrome;
}

const viewportHeight = () => document.documentElement.clientHeight || innerHeight;
const viewportWidth = () => document.documentElement.clientWidth || innerWidth;

/**
 * Places `float` (the fixed wrapper) and sets the card's height limit. `keepSide` keeps the side
 * chosen before, so a card that grows ("More") does not jump over the mention.
 */
export async function place(float: HTMLElement, card: HTMLElement, layout: Layout): Promise<Placed> {
  const vw = viewportWidth();
  const vh = viewportHeight();
  float.classList.toggle('ml-sheet', layout.mode === 'sheet');
  float.classList.toggle('ml-docked', layout.mode === 'docked');
  if (layout.mode === 'sheet') {
    float.style.transform = '';
    card.style.maxHeight = `${Math.round(vh * SHEET_HEIGHT_SHARE)}px`;
    return { mode: 'sheet' };
  }
  if (layout.mode === 'docked') {
    float.style.transform = '';
    card.style.maxHeight = `${vh - 2 * EDGE}px`;
    return { mode: 'docked' };
  }
  if (layout.mode === 'moved') {
    card.style.maxHeight = `${vh - 2 * EDGE}px`;
    const x = Math.min(Math.max(EDGE, layout.x), Math.max(EDGE, vw - card.offsetWidth - EDGE));
    const y = Math.min(Math.max(EDGE, layout.y), Math.max(EDGE, vh - card.offsetHeight - EDGE));
    float.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    return { mode: 'moved' };
  }
  const rect = layout.anchor;
  // Measured at its natural height, so flip compares the card as it would be, not as last clamped.
  card.style.maxHeight = `${vh - 2 * EDGE}px`;
  const need = Math.min(glanceHeight(card), vh - 2 * EDGE);
  let available = 0;
  const { x, y, placement } = await computePosition({ getBoundingClientRect: () => rect }, float, {
    strategy: 'fixed',
    placement: layout.placement ?? 'bottom-start',
    middleware: [
      offset(GAP),
      layout.placement ? null : flip({ padding: EDGE, fallbackPlacements: ['top-start'], fallbackStrategy: 'bestFit' }),
      shift({ padding: EDGE }),
      size({
        padding: EDGE,
        apply({ availableHeight }) {
          available = availableHeight;
          card.style.maxHeight = `${Math.max(need, Math.floor(availableHeight))}px`;
        },
      }),
    ],
  });
  if (available >= need) {
    float.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    return { mode: 'beside', placement };
  }
  // Neither side holds the first lines (a short window, or zoomed in): the card covers the
  // mention rather than hide its own header, keeping to the half away from the mention's centre.
  const h = card.offsetHeight;
  const below = rect.top + rect.height / 2 < vh / 2;
  const top = below ? Math.max(EDGE, vh - EDGE - h) : EDGE;
  float.style.transform = `translate(${Math.round(x)}px, ${Math.round(top)}px)`;
  return { mode: 'beside', placement };
}

/** The layout for a card that is not docked or moved: a sheet on narrow windows, else beside the mention. */
export function layoutFor(anchor: DOMRect, placement?: Placement): Layout {
  return viewportWidth() < SHEET_MAX_WIDTH ? { mode: 'sheet' } : { mode: 'beside', anchor, placement };
}
