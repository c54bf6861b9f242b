/**
 * The one node MissionLens adds to a page: a host element with a shadow root holding the card.
 * The shadow root keeps page CSS out; `all: initial !important` on :host beats page rules such
 * as `* { all: unset }` that would otherwise reach the host itself.
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import cardCss from '../ui/card.css?inline';
import { FactCard } from '../ui/FactCard';
import type { EntityView } from '../messaging';

export const HOST_TAG = 'missionlens-host';

const HOST_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;
  transform: none !important; filter: none !important; contain: none !important; }
.ml-float { position: fixed; top: 0; left: 0; max-width: calc(100vw - 16px); }
.ml-float[hidden] { display: none; }
`;

export interface CardHostOptions {
  labelOf: (id: string) => string | undefined;
  onNavigate: (id: string) => void;
  onClose: () => void;
  onPin: (pinned: boolean) => void;
  today: () => string;
  /** The article's publication date, read from the page when a card first needs it. */
  articleDate: () => string | null;
}

export class CardHost {
  readonly host: HTMLElement;
  private readonly float: HTMLDivElement;
  private anchor: DOMRect | null = null;
  private view: EntityView | null = null;
  private pinned = false;

  constructor(private readonly options: CardHostOptions) {
    this.host = document.createElement(HOST_TAG);
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = HOST_CSS + cardCss;
    this.float = document.createElement('div');
    this.float.className = 'ml-float';
    this.float.hidden = true;
    shadow.append(style, this.float);
  }

  get isOpen(): boolean {
    return !this.float.hidden;
  }

  /** True when the event happened inside the card (events from a shadow root retarget to the host). */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  show(view: EntityView, anchor: DOMRect, pinned: boolean): void {
    // Fullscreen pages hide everything outside the fullscreen element, so the host moves inside it.
    const parent = document.fullscreenElement ?? document.documentElement;
    if (this.host.parentNode !== parent) parent.appendChild(this.host);
    this.anchor = anchor;
    this.view = view;
    this.pinned = pinned;
    this.render();
    this.float.hidden = false;
    void this.position();
  }

  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    if (this.view && this.isOpen) this.render();
  }

  /** Moves keyboard focus into the card (its first control), so Tab walks through it. */
  focus(): void {
    this.float.querySelector<HTMLElement>('button, a[href]')?.focus();
  }

  private render(): void {
    const { entity, assessment } = this.view!;
    render(
      <FactCard
        entity={entity}
        assessment={assessment}
        labelOf={this.options.labelOf}
        onNavigate={this.options.onNavigate}
        onClose={this.options.onClose}
        today={this.options.today()}
        copyText={(text) => navigator.clipboard.writeText(text)}
        asOf={this.options.articleDate()}
        pinned={this.pinned}
        onPin={this.options.onPin}
      />,
      this.float,
    );
  }

  private async position(): Promise<void> {
    const rect = this.anchor;
    if (!rect) return;
    const reference = { getBoundingClientRect: () => rect };
    const { x, y } = await computePosition(reference, this.float, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    this.float.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  hide(): void {
    if (this.float.hidden) return;
    this.float.hidden = true;
    this.view = null;
    render(null, this.float);
  }

  destroy(): void {
    render(null, this.float);
    this.host.remove();
  }
}
