/**
 * Figure marks in a real browser: a figure is found at once but judged only when its body's
 * record arrives, so a card already open on that body must hear of each verdict as it lands.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { EntityView } from '../../src/core/catalog';
import { bundledEntities } from '../../src/bundled';
import { DIFFERS_NAME, FigureMarks } from '../../src/content/figure-marks';
import { createTextWalker, parentClassifier, readChunk, type TextIndex } from '../../src/content/text-index';

const kfor = bundledEntities.find((e) => e.id === 'kfor')!;

function indexOf(html: string): TextIndex {
  const div = document.createElement('div');
  // Test markup written here, not page input.
  div.innerHTML = html;
  document.body.append(div);
  return readChunk(createTextWalker(div), 1_000_000, { held: null, lastBlock: null }, parentClassifier('missionlens-host'))!;
}

const mentionsOf = (index: TextIndex, word: string, id: string) =>
  [...index.text.matchAll(new RegExp(word, 'g'))].map((m) => ({ start: m.index, end: m.index + word.length, id }));

afterEach(() => document.body.replaceChildren());

describe('figure marks', () => {
  it('tells who listens when each figure is judged, and marks the one the data contradicts', async () => {
    let deliver: (view: EntityView) => void = () => undefined;
    const record = new Promise<EntityView>((resolve) => (deliver = resolve));
    const checked: string[] = [];
    const registry = new Map() as unknown as HighlightRegistry;
    const marks = new FigureMarks({ load: () => record, date: () => '2025-06-01', onChecked: (id) => checked.push(id), registry });
    marks.setShown(true);

    const index = indexOf('<p>KFOR had about 4,500 troops in Kosovo this spring.</p><p>A paper claimed KFOR had 12,000 troops.</p>');
    marks.read(index, mentionsOf(index, 'KFOR', 'kfor'));
    // Found, but not yet judged: nothing to list and nothing marked while the record is on its way.
    expect(marks.checksFor('kfor')).toEqual([]);
    expect(registry.get(DIFFERS_NAME)).toBeUndefined();

    deliver({ entity: kfor, assessment: [] });
    await expect.poll(() => checked).toEqual(['kfor', 'kfor']);
    expect(marks.checksFor('kfor').map((c) => [c.text, c.verdict])).toEqual([
      ['about 4,500', 'match'],
      ['12,000', 'differs'],
    ]);
    expect([...registry.get(DIFFERS_NAME)!].map((r) => (r as Range).toString())).toEqual(['12,000']);
  });

  it('says nothing once stopped, when a record arrives late', async () => {
    let deliver: (view: EntityView) => void = () => undefined;
    const record = new Promise<EntityView>((resolve) => (deliver = resolve));
    const checked: string[] = [];
    const marks = new FigureMarks({ load: () => record, date: () => '2025-06-01', onChecked: (id) => checked.push(id) });
    const index = indexOf('<p>KFOR had 12,000 troops.</p>');
    marks.read(index, mentionsOf(index, 'KFOR', 'kfor'));
    marks.stop();
    deliver({ entity: kfor, assessment: [] });
    await record;
    await new Promise((r) => setTimeout(r, 0));
    expect(checked).toEqual([]);
  });
});
