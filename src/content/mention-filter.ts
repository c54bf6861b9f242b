/**
 * Which mentions are marked, from the settings: kinds switched off, mentions in headings (off by
 * default: headlines are busy enough), and — when asked — only the first mention of each body in
 * each section, so an article does not carry "NATO" marked twenty times.
 */
import type { Settings } from '../core/settings';

export type MarkSettings = Pick<Settings, 'hiddenKinds' | 'markHeadings' | 'firstMentionOnly'>;

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** What counts as a section: the nearest of these around a mention, else the whole document. */
const SECTIONS = 'section, article, aside, li, td, [role="article"]';

/** A key that changes exactly when the filter does: a new key means reading the page again. */
export const markKey = (s: MarkSettings) => `${s.hiddenKinds.join()}|${s.markHeadings}|${s.firstMentionOnly}`;

export function mentionFilter(
  s: MarkSettings,
  kindOf: (id: string) => string | undefined,
): ((id: string, range: Range) => boolean) | undefined {
  const hidden = new Set<string>(s.hiddenKinds);
  if (hidden.size === 0 && s.markHeadings && !s.firstMentionOnly) return undefined;
  /** The mention kept for each body in each section; a re-read of the same text keeps it. */
  const first = new WeakMap<Node, Map<string, Range>>();
  return (id, range) => {
    if (hidden.size > 0 && hidden.has(kindOf(id) ?? '')) return false;
    const el = range.startContainer.parentElement;
    if (!s.markHeadings && el?.closest(HEADINGS)) return false;
    if (!s.firstMentionOnly) return true;
    const section: Node = el?.closest(SECTIONS) ?? range.startContainer.getRootNode();
    let kept = first.get(section);
    if (!kept) first.set(section, (kept = new Map()));
    const had = kept.get(id);
    const same = had && had.startContainer === range.startContainer && had.startOffset === range.startOffset;
    if (had && !same && had.startContainer.isConnected && !had.collapsed) return false;
    kept.set(id, range);
    return true;
  };
}
