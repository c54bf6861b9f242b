/** One pass over the page: read the text, find mentions, turn them into highlighted ranges. */
import { resolveMentions } from '../core/context';
import type { Matcher } from '../core/matcher';
import { setHighlights } from './highlights';
import { buildTextIndex, rangeFor, type TextIndex } from './text-index';

export interface PageMention {
  start: number;
  end: number;
  id: string;
  range: Range;
}

export interface PageScan {
  index: TextIndex;
  mentions: PageMention[];
  nodeSegment: Map<Text, number>;
}

export function scanPage(root: Node, matcher: Matcher, hostTag: string): PageScan {
  const index = buildTextIndex(root, hostTag);
  const mentions: PageMention[] = [];
  for (const m of resolveMentions(index.text, matcher)) {
    const range = rangeFor(index, m.start, m.end);
    if (range) mentions.push({ start: m.start, end: m.end, id: m.id, range });
  }
  setHighlights(mentions.map((m) => m.range));
  const nodeSegment = new Map<Text, number>();
  index.segments.forEach((s, i) => nodeSegment.set(s.node, i));
  return { index, mentions, nodeSegment };
}
