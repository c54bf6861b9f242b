/** The protocol's receiving side and the content script's record cache, with fakes for the wire. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityView } from '../../src/core/catalog';
import { RecordCache } from '../../src/content/entity-cache';
import { BACKGROUND, handle, TAB } from '../../src/messaging';

const sender = { tab: { id: 1 }, frameId: 0 } as never;

describe('handle', () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers a valid message with its handler's result", async () => {
    const listener = handle(TAB, { reveal: ({ id }) => id === 'kfor' }, 'test');
    await expect(listener({ type: 'reveal', payload: { id: 'kfor' } }, sender)).resolves.toBe(true);
  });

  it('does not claim messages it has no handler for, nor malformed or unknown ones (and logs the latter)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listener = handle(TAB, { reveal: () => true }, 'test');
    expect(listener({ type: 'showCard', payload: { id: 'kfor' } }, sender)).toBeUndefined();
    expect(listener({ type: 'reveal', payload: { id: 42 } }, sender)).toBeUndefined();
    expect(listener({ type: 'reveal', payload: { id: 'x'.repeat(500) } }, sender)).toBeUndefined();
    expect(listener({ type: 'toString', payload: {} }, sender)).toBeUndefined();
    expect(listener('hello', sender)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it("validates the background's payloads from the same declaration", () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listener = handle(BACKGROUND, { frameMentions: () => null }, 'test');
    expect(listener({ type: 'frameMentions', payload: { since: 1, counts: [['kfor', 2]] } }, sender)).toBeInstanceOf(Promise);
    expect(listener({ type: 'frameMentions', payload: { since: 1, counts: [['kfor', 0]] } }, sender)).toBeUndefined();
    expect(listener({ type: 'frameMentions', payload: { counts: [] } }, sender)).toBeUndefined();
    // The top frame of a site switched off says so, with no counts; the flag is a boolean or absent.
    expect(listener({ type: 'frameMentions', payload: { since: 1, counts: [], off: true } }, sender)).toBeInstanceOf(Promise);
    expect(listener({ type: 'frameMentions', payload: { since: 1, counts: [], off: 'yes' } }, sender)).toBeUndefined();
  });

  it('passes on only the browser commands that act on the page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listener = handle(TAB, { shortcut: ({ command }) => command === 'show-card' }, 'test');
    await expect(listener({ type: 'shortcut', payload: { command: 'show-card' } }, sender)).resolves.toBe(true);
    await expect(listener({ type: 'shortcut', payload: { command: 'toggle-site' } }, sender)).resolves.toBe(false);
    expect(listener({ type: 'shortcut', payload: { command: '_execute_action' } }, sender)).toBeUndefined();
  });
});

describe('record cache', () => {
  const view = (mandate: string) => ({ entity: { id: 'exmt', mandate }, assessment: [] }) as unknown as EntityView;

  it('keeps answers of its revision, and asks again after the revision changes', async () => {
    let mandate = 'old';
    let revision = 5;
    const fetch = vi.fn(async () => ({ revision, view: view(mandate) }));
    const cache = new RecordCache(fetch);
    cache.setRevision(5);
    expect((await cache.get('exmt'))!.entity.mandate).toBe('old');
    expect((await cache.get('exmt'))!.entity.mandate).toBe('old');
    expect(fetch).toHaveBeenCalledTimes(1);
    mandate = 'new';
    revision = 6;
    cache.setRevision(6);
    expect((await cache.get('exmt'))!.entity.mandate).toBe('new');
  });

  it('never keeps a miss, a failure, or an answer from another revision', async () => {
    const replies = [
      Promise.resolve({ revision: 0, view: null }),
      Promise.reject(new Error('no receiver')),
      Promise.resolve({ revision: 9, view: view('from a newer catalog') }),
      Promise.resolve({ revision: 0, view: view('found') }),
    ];
    // (A bundled record, revision null, is kept in any revision: see the next test.)
    const fetch = vi.fn(() => replies.shift()!);
    const cache = new RecordCache(fetch);
    expect(await cache.get('exmt')).toBeNull();
    expect(await cache.get('exmt')).toBeNull();
    expect((await cache.get('exmt'))!.entity.mandate).toBe('from a newer catalog');
    expect((await cache.get('exmt'))!.entity.mandate).toBe('found');
    expect((await cache.get('exmt'))!.entity.mandate).toBe('found');
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it("keeps a bundled record (revision null) whatever the page's revision", async () => {
    const fetch = vi.fn(async () => ({ revision: null, view: view('bundled') }));
    const cache = new RecordCache(fetch);
    cache.setRevision(3);
    await cache.get('kfor');
    await cache.get('kfor');
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
