/**
 * Mentions are marked with the CSS Custom Highlight API: the page's DOM is never rewritten. The
 * page-level look is in entrypoints/content/highlight.css; shadow trees get the same rules as an
 * adopted stylesheet, since document styles do not reach into them.
 */
export const HIGHLIGHT_NAME = 'missionlens';
export const FLASH_NAME = 'missionlens-flash';

/** The registry name for each style; "none" registers nothing, so nothing is drawn. */
export const STYLE_NAMES = { underline: HIGHLIGHT_NAME, tint: 'missionlens-tint', none: null } as const;
/**
 * Mentions that are whole links already carry the link's underline: a second one would double
 * it, so they get a light tint instead (and the same tint as the rest in the tint style).
 */
export const LINKED_NAMES = { underline: 'missionlens-linked', tint: 'missionlens-tint-linked', none: null } as const;

export const HIGHLIGHT_RULES = `::highlight(${HIGHLIGHT_NAME}) {
  text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: #3d7be0;
  text-decoration-thickness: 2px; text-underline-offset: 3px;
}
::highlight(missionlens-tint) { background-color: rgba(61, 123, 224, 0.22); }
::highlight(missionlens-linked) { background-color: rgba(61, 123, 224, 0.14); }
::highlight(missionlens-tint-linked) { background-color: rgba(61, 123, 224, 0.22); }
::highlight(missionlens-differs) { text-decoration-line: underline; text-decoration-style: wavy;
  text-decoration-color: #b35c00; text-decoration-thickness: 1px; text-underline-offset: 3px; }
::highlight(${FLASH_NAME}) { background-color: rgba(255, 196, 0, 0.4); }`;

let sheet: CSSStyleSheet | null = null;

export function highlightSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_RULES);
  }
  return sheet;
}
