/**
 * Marks mentions with the CSS Custom Highlight API: the page's DOM is never rewritten. The
 * highlight's look is in entrypoints/content/highlight.css (page-level, outside our shadow root).
 */
export const HIGHLIGHT_NAME = 'missionlens';

export function setHighlights(ranges: Range[]): boolean {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return false;
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  return true;
}

export function clearHighlights(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
}
