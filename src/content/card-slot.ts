/**
 * The page script's side of the card. The card's interface (Preact, floating-ui, the card
 * components, their styles and the six locales) is a script of its own, which the background
 * injects into a frame when its first card starts to open, while the record is fetched: most
 * frames never open a card and never evaluate it. The slot holds the host element from the start
 * (the hover logic and the page watch know it by identity) and hands every call on once the
 * interface has loaded.
 */
import type { Lang } from '../core/dates';
import type { FigureCheck } from '../core/figures';
import type { EntityView } from '../messaging';

export const HOST_TAG = 'missionlens-host';

/** Where the card script leaves its factory, in the extension's world of this frame. */
export const CARD_UI = Symbol.for('missionlens.card-ui');

export interface CardOptions {
  labelOf: (id: string) => string | undefined;
  /** The full record for an id (related links inside the card). */
  load: (id: string) => Promise<EntityView | null>;
  /** Told after the card closed by its own controls (close button, Esc inside it). */
  onClosed: () => void;
  today: () => string;
  /** The interface language the settings chose. */
  language: () => 'auto' | Lang;
  /** The article's publication date, read from the page when a card first needs it. */
  articleDate: () => string | null;
  /** The figures found on the page about a body, checked against its data. */
  figuresFor?: (id: string) => FigureCheck[];
}

export interface OpenRequest {
  view: EntityView;
  /** Where the mention is now, in this document's viewport; asked again when the window changes. */
  anchor: () => DOMRect;
  /** The page's own words for the body. */
  term?: string;
  /** An element under the mention, whose background the card matches. */
  at?: Element | null;
  /** Asked for explicitly (context menu, keyboard): replaces even a pinned card's body. */
  explicit?: boolean;
  /** The page's theme when `at` cannot tell (a frame's mention shown in the top frame). */
  theme?: 'light' | 'dark' | null;
}

/** What the card script's interface does (src/content/card-host.tsx). */
export interface Card {
  readonly isOpen: boolean;
  readonly pinned: boolean;
  readonly entityId: string | null;
  open(request: OpenRequest): boolean;
  /** Draws the card again if it shows this body (something it lists about the body changed). */
  refresh(id: string): void;
  focus(): void;
  hide(): void;
  destroy(): void;
}

export type CardFactory = (host: HTMLElement, options: CardOptions) => Card;

export class CardSlot {
  readonly host: HTMLElement = document.createElement(HOST_TAG);
  private card: Card | null = null;
  private loading: Promise<Card | null> | null = null;

  constructor(
    private readonly options: CardOptions,
    private readonly loadUI: () => Promise<CardFactory>,
  ) {}

  /** Loads the interface once; null (and tried again next time) if the card script could not run. */
  ready(): Promise<Card | null> {
    return (this.loading ??= this.loadUI().then(
      (factory) => (this.card ??= factory(this.host, this.options)),
      (error: unknown) => {
        console.warn('MissionLens: the card could not load', error);
        this.loading = null;
        return null;
      },
    ));
  }

  get isOpen(): boolean {
    return this.card?.isOpen ?? false;
  }

  get pinned(): boolean {
    return this.card?.pinned ?? false;
  }

  /** The body shown now (tests and the frame relay read it). */
  get entityId(): string | null {
    return this.card?.entityId ?? null;
  }

  /** True when the event happened inside the card (events from a shadow root retarget to the host). */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  /** Shows a body's card (after `ready`); false when it did not open. */
  open(request: OpenRequest): boolean {
    return this.card?.open(request) ?? false;
  }

  /** No card has opened before the card script loads, so there is nothing to draw again. */
  refresh(id: string): void {
    this.card?.refresh(id);
  }

  focus(): void {
    this.card?.focus();
  }

  hide(): void {
    this.card?.hide();
  }

  destroy(): void {
    this.card?.destroy();
    this.host.remove();
  }
}
