/**
 * Mentions are marked with the CSS Custom Highlight API: the page's DOM is never rewritten. The
 * page-level look is in entrypoints/content/highlight.css; shadow trees get the same rules as an
 * adopted stylesheet, since document styles do not reach into them.
 */
export const HIGHLIGHT_NAME = 'missionlens';

const RULES = `::highlight(${HIGHLIGHT_NAME}) {
  text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: #3d7be0;
  text-decoration-thickness: 2px; text-underline-offset: 3px;
}`;

let sheet: CSSStyleSheet | null = null;

export function highlightSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
  }
  return sheet;
}
