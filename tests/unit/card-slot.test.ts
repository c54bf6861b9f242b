// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { CardSlot, HOST_TAG, type Card, type CardFactory, type CardOptions, type OpenRequest } from '../../src/content/card-slot';

const options: CardOptions = {
  labelOf: () => undefined,
  load: () => Promise.resolve(null),
  onClosed: () => undefined,
  today: () => '2026-12-07',
  language: () => 'auto',
  articleDate: () => null,
};

/** A card that records what it is asked to do. */
function fakeCard(): Card & { opened: OpenRequest[] } {
  const opened: OpenRequest[] = [];
  return {
    opened,
    get isOpen() {
      return opened.length > 0;
    },
    pinned: false,
    get entityId() {
      return opened.at(-1)?.view.entity.id ?? null;
    },
    open(request) {
      opened.push(request);
      return true;
    },
    refresh: vi.fn(),
    focus: vi.fn(),
    hide: vi.fn(),
    destroy: vi.fn(),
  };
}

const request = { view: { entity: { id: 'eulex' } }, anchor: () => new DOMRect() } as unknown as OpenRequest;

describe('CardSlot', () => {
  it('holds its host element from the start, before any card script has loaded', () => {
    const slot = new CardSlot(options, () => new Promise(() => undefined));
    expect(slot.host.localName).toBe(HOST_TAG);
    expect(slot.isOpen).toBe(false);
    expect(slot.open(request)).toBe(false);
    expect(slot.entityId).toBeNull();
  });

  it('loads the card script once, however often it is asked, and hands the host to its factory', async () => {
    const card = fakeCard();
    const factory = vi.fn<CardFactory>(() => card);
    const load = vi.fn(() => Promise.resolve(factory));
    const slot = new CardSlot(options, load);
    const [a, b] = await Promise.all([slot.ready(), slot.ready()]);
    await slot.ready();
    expect(a).toBe(card);
    expect(b).toBe(card);
    expect(load).toHaveBeenCalledTimes(1);
    expect(factory).toHaveBeenCalledWith(slot.host, options);
    expect(slot.open(request)).toBe(true);
    expect(slot.entityId).toBe('eulex');
    slot.refresh('eulex');
    expect(card.refresh).toHaveBeenCalledWith('eulex');
  });

  it('tries again next time when the card script could not run, and opens nothing meanwhile', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const card = fakeCard();
    const load = vi
      .fn<() => Promise<CardFactory>>()
      .mockRejectedValueOnce(new Error('no worker'))
      .mockResolvedValue(() => card);
    const slot = new CardSlot(options, load);
    expect(await slot.ready()).toBeNull();
    expect(slot.open(request)).toBe(false);
    expect(warn).toHaveBeenCalled();
    expect(await slot.ready()).toBe(card);
    expect(load).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('removes its host on destroy, loaded or not', async () => {
    const slot = new CardSlot(options, () => Promise.resolve(() => fakeCard()));
    document.body.append(slot.host);
    slot.destroy();
    expect(slot.host.isConnected).toBe(false);
    const loaded = new CardSlot(options, () => Promise.resolve(() => fakeCard()));
    const card = await loaded.ready();
    document.body.append(loaded.host);
    loaded.destroy();
    expect(card!.destroy).toHaveBeenCalled();
    expect(loaded.host.isConnected).toBe(false);
  });
});
