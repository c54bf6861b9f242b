/**
 * Whether the text under a mention is light on dark: the card should match the article, not only
 * the system setting (a dark news site on a light system, or the reverse).
 */

/** Below this relative luminance a background counts as dark (mid-grey is about 0.2). */
const DARK_LUMINANCE = 0.2;

function parseRgb(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (!m) return null;
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/**
 * The first opaque background from `from` up to the root; null when the page paints none (the
 * browser's canvas, which follows the system setting, shows through).
 */
export function pageTheme(from: Element | null): 'light' | 'dark' | null {
  for (let el: Element | null = from; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    const rgba = parseRgb(getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return null;
}
