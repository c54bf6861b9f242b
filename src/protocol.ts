/**
 * The one contract between the extension's contexts: each message's payload is a valibot schema
 * (validated where it is received: a page cannot send us these, but a stale content script from
 * a previous version can) and its response a type. `handle` and `send` in src/messaging.ts are
 * typed from this map, so a message, its check and its answer are declared in one place.
 */
import * as v from 'valibot';
import type { EntityView } from './core/catalog';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** No page mentions more distinct bodies than the catalog holds; this bounds a rogue payload. */
const MAX_BODIES = 5_000;

export interface PageSummary {
  /** The top frame's host name, for the site switch ("" when no frame of the tab has reported). */
  host: string;
  /** Distinct bodies over all frames, most mentioned first; `frames` says where to reveal them. */
  bodies: { id: string; count: number; frames: number[] }[];
}

const Finite = v.pipe(v.number(), v.finite());
/**
 * A card a frame asks the top frame to show (its mention's box in the frame's viewport) or close;
 * `token` names one opening, so a late "close" cannot close a card opened since.
 */
const FrameCard = v.variant('action', [
  v.object({
    action: v.literal('open'),
    token: v.pipe(v.string(), v.maxLength(100)),
    id: Id,
    term: v.pipe(v.string(), v.maxLength(500)),
    rect: v.object({ x: Finite, y: Finite, width: Finite, height: Finite }),
    frame: v.object({ href: v.pipe(v.string(), v.maxLength(10_000)), width: Finite, height: Finite }),
    theme: v.nullable(v.picklist(['light', 'dark'])),
  }),
  v.object({ action: v.literal('close'), token: v.pipe(v.string(), v.maxLength(100)) }),
]);
export type FrameCardRequest = v.InferOutput<typeof FrameCard>;

/** The browser commands of wxt.config.ts that act on the page. */
export const SHORTCUT_COMMANDS = ['toggle-site', 'show-card'] as const;
export type ShortcutCommand = (typeof SHORTCUT_COMMANDS)[number];

/** A payload schema and, as a type only, the answer. */
interface Message<P extends v.GenericSchema, R> {
  payload: P;
  response?: R;
}
const message =
  <R>() =>
  <P extends v.GenericSchema>(payload: P): Message<P, R> => ({ payload });

/** Messages the background answers. */
export const BACKGROUND = {
  /**
   * Content → background: run one of our scripts in the sending frame — the page script when the
   * first stage finds text to read, the card script when the frame's first card opens. True once
   * it ran.
   */
  inject: message<boolean>()(v.object({ script: v.picklist(['page', 'card']) })),
  /**
   * Content → background: the full record for one id, and the catalog revision it comes from
   * (null for a bundled record, the same in every revision).
   */
  getEntity: message<{ revision: number | null; view: EntityView | null }>()(v.object({ id: Id })),
  /**
   * Content → background: how often each body is mentioned in the sending frame, replacing what
   * that frame said before (an empty list when it has none left, or is going away).
   */
  frameMentions: message<null>()(
    v.object({
      since: v.number(),
      counts: v.pipe(v.array(v.tuple([Id, v.pipe(v.number(), v.integer(), v.minValue(1))])), v.maxLength(MAX_BODIES)),
      /** MissionLens is off on this frame's site (the badge shows a grey "off"); counts are then empty. */
      off: v.optional(v.boolean()),
    }),
  ),
  /** A frame's content script → background → the top frame: show or close a card there. */
  frameCard: message<boolean>()(v.object({ card: FrameCard })),
  /** Popup → background: the bodies a tab mentions, over all its frames. */
  pageSummary: message<PageSummary>()(v.object({ tabId: v.pipe(v.number(), v.integer()) })),
};

/** Messages a tab's content script (one per frame) answers. */
export const TAB = {
  /** Popup → frame: scroll to the next mention of a body and flash it. */
  reveal: message<boolean>()(v.object({ id: Id })),
  /** Background → frame: show a body's card at the current selection (context-menu lookup). */
  showCard: message<boolean>()(v.object({ id: Id })),
  /** Popup → top frame: the article's own date (YYYY-MM-DD), marked on the popup's timeline; null when it states none. */
  articleDate: message<string | null>()(v.object({})),
  /** Background → top frame: a card asked for by the frame `frameId` (see BACKGROUND.frameCard). */
  frameCard: message<boolean>()(v.object({ card: FrameCard, frameId: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
  /**
   * Background → top frame: a keyboard shortcut (browser command) was pressed; false when focus
   * was in an editable field, so the shortcut did nothing.
   */
  shortcut: message<boolean>()(v.object({ command: v.picklist(SHORTCUT_COMMANDS) })),
};

export type Protocol = Record<string, Message<v.GenericSchema, unknown>>;
export type Payload<P extends Protocol, K extends keyof P> = v.InferOutput<P[K]['payload']>;
export type Response<P extends Protocol, K extends keyof P> = Exclude<P[K]['response'], undefined>;
