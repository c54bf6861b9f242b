/**
 * The mention store, hit-testing and the highlight layer in a real page, and the scanner that ties
 * them together on a live DOM (text added, edited and removed after the first read).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PageCatalog } from '../../src/core/catalog';
import { buildPatternSet } from '../../src/core/patterns';
import { HighlightLayer } from '../../src/content/highlight-layer';
import { STYLE_NAMES } from '../../src/content/highlights';
import { mentionAt } from '../../src/content/hit-test';
import { isDetached, MentionStore } from '../../src/content/mention-store';
import { Scanner } from '../../src/content/scanner';

const HOST = 'missionlens-host';
const catalog = new PageCatalog(
  buildPatternSet([
    { id: 'kfor', kind: 'nato-operation', name: 'Kosovo Force', acronym: 'KFOR', aliases: [] },
    { id: 'eulex', kind: 'eu-civilian-mission', name: 'EULEX Kosovo', acronym: 'EULEX', aliases: [] },
  ]),
);

const paragraph = (text: string) => {
  const p = document.createElement('p');
  p.textContent = text;
  p.style.font = '20px monospace';
  document.body.append(p);
  return p;
};
const rangeOf = (node: Text, word: string) => {
  const r = document.createRange();
  const at = node.data.indexOf(word);
  r.setStart(node, at);
  r.setEnd(node, at + word.length);
  return r;
};
/** Resolves once the scanner has nothing left to read (its slices run in background tasks). */
const settled = (scanner: Scanner) =>
  new Promise<void>((done) => {
    let last = -1;
    const check = () => {
      const size = scanner.highlight.size;
      if (size === last && size > 0) done();
      else setTimeout(check, 200);
      last = size;
    };
    setTimeout(check, 200);
  });

afterEach(() => {
  document.body.replaceChildren();
  for (const name of Object.values(STYLE_NAMES)) if (name) CSS.highlights.delete(name);
});

describe('mention store', () => {
  it('finds the mentions at a position, ends included, and forgets deleted ones', () => {
    const text = paragraph('KFOR and EULEX').firstChild as Text;
    const store = new MentionStore();
    const kfor = store.add('kfor', rangeOf(text, 'KFOR'), [text]);
    const eulex = store.add('eulex', rangeOf(text, 'EULEX'), [text]);
    expect(store.at(text, 0)).toEqual([kfor]);
    expect(store.at(text, 4)).toEqual([kfor]);
    expect(store.at(text, 6)).toEqual([]);
    expect(store.at(text, 10)).toEqual([eulex]);
    expect(store.counts()).toEqual([
      ['kfor', 1],
      ['eulex', 1],
    ]);
    store.delete(kfor);
    expect(store.at(text, 0)).toEqual([]);
    expect(store.size).toBe(1);
  });

  it('sees a mention whose text left the page as detached (its live range collapses)', () => {
    const p = paragraph('KFOR patrols');
    const m = new MentionStore().add('kfor', rangeOf(p.firstChild as Text, 'KFOR'), [p.firstChild as Text]);
    expect(isDetached(m)).toBe(false);
    p.remove();
    expect(isDetached(m)).toBe(true);
  });
});

describe('hit-testing', () => {
  it('returns the mention under the point, and nothing beside the text', () => {
    const text = paragraph('Troops of KFOR patrol.').firstChild as Text;
    const store = new MentionStore();
    const range = rangeOf(text, 'KFOR');
    const m = store.add('kfor', range, [text]);
    const scanner = { shadowRootList: [], mentionAtPosition: (node: Node, offset: number) => store.at(node, offset) } as unknown as Scanner;
    const box = range.getBoundingClientRect();
    expect(mentionAt(box.left + 2, box.top + box.height / 2, scanner)).toBe(m);
    expect(mentionAt(box.right - 2, box.top + box.height / 2, scanner)).toBe(m);
    const before = rangeOf(text, 'Troops').getBoundingClientRect();
    expect(mentionAt(before.left + 2, before.top + before.height / 2, scanner)).toBeNull();
    expect(mentionAt(box.left, box.bottom + 40, scanner)).toBeNull();
  });
});

describe('highlight layer', () => {
  it('registers its highlight under the chosen style only, and shows new ranges at a flush', () => {
    let now = 0;
    const layer = new HighlightLayer(CSS.highlights, () => now);
    layer.setStyle('tint');
    expect(CSS.highlights.get(STYLE_NAMES.tint)).toBe(layer.highlight);
    expect(CSS.highlights.has(STYLE_NAMES.underline)).toBe(false);
    const text = paragraph('KFOR').firstChild as Text;
    const range = rangeOf(text, 'KFOR');
    layer.add(range);
    expect(layer.highlight.size).toBe(0);
    expect(layer.flushDue).toBe(false);
    now = 401;
    expect(layer.flushDue).toBe(true);
    layer.flush();
    expect(layer.highlight.has(range)).toBe(true);
    layer.setStyle('none');
    expect(CSS.highlights.has(STYLE_NAMES.tint)).toBe(false);
    layer.setStyle('tint');
    layer.delete(range);
    layer.add(range);
    expect(layer.flushDue).toBe(false);
    // The read goes on: each hand-over of a long read waits twice as long as the one before...
    layer.flush(false);
    layer.add(rangeOf(text, 'KFOR'));
    now = 401 + 401;
    expect(layer.flushDue).toBe(false);
    now = 401 + 801;
    expect(layer.flushDue).toBe(true);
    layer.flush(false);
    layer.add(rangeOf(text, 'KFOR'));
    now = 401 + 801 + 1601;
    expect(layer.flushDue).toBe(true);
    // ...and the next read starts again with the shortest wait.
    layer.flush(true);
    layer.add(rangeOf(text, 'KFOR'));
    now += 401;
    expect(layer.flushDue).toBe(true);
    layer.setStyle('none');
    layer.setStyle('underline');
    layer.detach();
    expect(CSS.highlights.has(STYLE_NAMES.underline)).toBe(false);
    expect(layer.highlight.size).toBe(0);
  });
});

describe('scanner on a live page', () => {
  it('highlights mentions, re-reads edited blocks and drops removed ones', async () => {
    paragraph('KFOR soldiers and EULEX judges.');
    const removable = paragraph('Another KFOR patrol.');
    let reported = 0;
    const scanner = new Scanner({ matcher: () => catalog.matcher, hostTag: HOST, onMentions: () => reported++ });
    scanner.scan(document.body);
    await settled(scanner);
    expect([...scanner.mentions()].map((m) => m.range.toString()).sort()).toEqual(['EULEX', 'KFOR', 'KFOR']);
    expect(CSS.highlights.get(STYLE_NAMES.underline)).toBe(scanner.highlight);
    expect(reported).toBeGreaterThan(0);

    const added = paragraph('Later, EULEX again.');
    scanner.invalidate(added);
    await expect.poll(() => scanner.highlight.size).toBe(4);

    removable.remove();
    scanner.noteRemoval();
    await expect
      .poll(() => scanner.store.counts().sort())
      .toEqual([
        ['eulex', 2],
        ['kfor', 1],
      ]);
    expect(scanner.highlight.size).toBe(3);

    scanner.stop();
    expect(CSS.highlights.has(STYLE_NAMES.underline)).toBe(false);
  });

  it('leaves out the ids the settings hide', async () => {
    paragraph('KFOR soldiers and EULEX judges.');
    const scanner = new Scanner({ matcher: () => catalog.matcher, hostTag: HOST, allow: (id) => id !== 'kfor' });
    scanner.scan(document.body);
    await settled(scanner);
    expect(scanner.store.counts()).toEqual([['eulex', 1]]);
    scanner.stop();
  });
});
