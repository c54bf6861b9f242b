/**
 * The one contract between the extension's contexts. Every message is validated again where it
 * is received (see isRequest): a page can't send us these, but a stale content script from a
 * previous version can.
 */
import type { Contributor, Entity } from './core/schema';

/** A record as the card needs it: UN missions come with the assessment scale for budget shares. */
export interface EntityView {
  entity: Entity;
  assessment: Contributor[];
}

export type Request =
  /** Content script → background: the full record for one id (null if unknown). */
  | { type: 'getEntity'; id: string }
  /** Content script → background: the distinct bodies mentioned on the page, for the badge. */
  | { type: 'pageMentions'; ids: string[] };

/** Messages the popup and the background send to a tab's content script. */
export type TabRequest =
  /** Popup → page: the page's host name and the bodies it mentions, with counts. */
  | { type: 'pageSummary' }
  /** Popup → page: scroll to the next mention of a body and flash it. */
  | { type: 'reveal'; id: string }
  /** Background → page: show a body's card at the current selection (context-menu lookup). */
  | { type: 'showCard'; id: string };

export interface TabResponses {
  pageSummary: { host: string; bodies: { id: string; count: number }[] };
  reveal: boolean;
  showCard: boolean;
}

export function isTabRequest(value: unknown): value is TabRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'pageSummary') return true;
  return (v.type === 'reveal' || v.type === 'showCard') && typeof v.id === 'string' && v.id.length < 100;
}

export interface Responses {
  getEntity: EntityView | null;
  pageMentions: null;
}

export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'getEntity':
      return typeof v.id === 'string' && v.id.length < 100;
    case 'pageMentions':
      return Array.isArray(v.ids) && v.ids.length < 10_000 && v.ids.every((x) => typeof x === 'string');
    default:
      return false;
  }
}
