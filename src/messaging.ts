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
  /** Content script → background: the distinct bodies mentioned on the page, or that it is off there, for the badge. */
  | { type: 'pageMentions'; ids: string[]; off?: boolean }
  /** A frame's content script → background → the top frame: show or close a card there. */
  | { type: 'frameCard'; card: FrameCardRequest };

/** A card a frame asks the top frame to show (its mention's box in the frame's viewport) or close. */
export type FrameCardRequest =
  | {
      action: 'open';
      /** Names this opening, so a late "close" cannot close a card opened since. */
      token: string;
      id: string;
      term: string;
      rect: { x: number; y: number; width: number; height: number };
      frame: { href: string; width: number; height: number };
      theme: 'light' | 'dark' | null;
    }
  | { action: 'close'; token: string };

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isShortString = (v: unknown, max = 100): v is string => typeof v === 'string' && v.length < max;

export function isFrameCardRequest(value: unknown): value is FrameCardRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (!isShortString(v.token)) return false;
  if (v.action === 'close') return true;
  if (v.action !== 'open' || !isShortString(v.id) || !isShortString(v.term, 500)) return false;
  const r = v.rect as Record<string, unknown> | null;
  const f = v.frame as Record<string, unknown> | null;
  return (
    typeof r === 'object' && r !== null && isNum(r.x) && isNum(r.y) && isNum(r.width) && isNum(r.height) &&
    typeof f === 'object' && f !== null && isShortString(f.href, 10_000) && isNum(f.width) && isNum(f.height) &&
    (v.theme === 'light' || v.theme === 'dark' || v.theme === null)
  );
}

/** Messages the popup and the background send to a tab's content script. */
export type TabRequest =
  /** Popup → page: the page's host name and the bodies it mentions, with counts. */
  | { type: 'pageSummary' }
  /** Popup → page: scroll to the next mention of a body and flash it. */
  | { type: 'reveal'; id: string }
  /** Background → page: show a body's card at the current selection (context-menu lookup). */
  | { type: 'showCard'; id: string }
  /** Background → top frame: a card asked for by the frame `frameId` (see Request 'frameCard'). */
  | { type: 'frameCard'; card: FrameCardRequest; frameId: number }
  /** Background → page: a keyboard shortcut (browser command) was pressed; ignored while typing. */
  | { type: 'shortcut'; command: ShortcutCommand };

/** The browser commands of wxt.config.ts that act on the page. */
export const SHORTCUT_COMMANDS = ['toggle-site', 'show-card'] as const;
export type ShortcutCommand = (typeof SHORTCUT_COMMANDS)[number];

export interface TabResponses {
  pageSummary: { host: string; bodies: { id: string; count: number }[] };
  reveal: boolean;
  showCard: boolean;
  frameCard: boolean;
  /** false when focus was in an editable field, so the shortcut did nothing. */
  shortcut: boolean;
}

export function isTabRequest(value: unknown): value is TabRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'pageSummary') return true;
  if (v.type === 'frameCard') return isNum(v.frameId) && isFrameCardRequest(v.card);
  if (v.type === 'shortcut') return (SHORTCUT_COMMANDS as readonly unknown[]).includes(v.command);
  return (v.type === 'reveal' || v.type === 'showCard') && typeof v.id === 'string' && v.id.length < 100;
}

export interface Responses {
  getEntity: EntityView | null;
  pageMentions: null;
  frameCard: boolean;
}

export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'getEntity':
      return typeof v.id === 'string' && v.id.length < 100;
    case 'pageMentions':
      return Array.isArray(v.ids) && v.ids.length < 10_000 && v.ids.every((x) => typeof x === 'string') && (v.off === undefined || typeof v.off === 'boolean');
    case 'frameCard':
      return isFrameCardRequest(v.card);
    default:
      return false;
  }
}
