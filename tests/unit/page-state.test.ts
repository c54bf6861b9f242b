import { describe, expect, it } from 'vitest';
import { PageState } from '../../src/background/page-state';

const TOP = 'https://news.example.org/story';

describe('page state per tab and frame', () => {
  it('unites the frames of a tab for the badge and the page list', () => {
    const s = new PageState();
    s.report(1, 0, TOP, 100, [['kfor', 2]]);
    s.report(1, 7, 'https://embed.example.com/x', 150, [
      ['kfor', 1],
      ['eulex', 3],
    ]);
    s.report(2, 0, 'https://other.example/', 100, [['unmik', 1]]);
    expect(s.distinct(1)).toBe(2);
    expect(s.summary(1)).toEqual({
      host: 'news.example.org',
      bodies: [
        { id: 'eulex', count: 3, frames: [7] },
        { id: 'kfor', count: 3, frames: [0, 7] },
      ],
    });
  });

  it("replaces a frame's report, so removed mentions stop counting", () => {
    const s = new PageState();
    s.report(1, 0, TOP, 100, [
      ['kfor', 1],
      ['unifil', 1],
    ]);
    s.report(1, 3, TOP, 120, [['eulex', 1]]);
    s.report(1, 0, TOP, 100, [['kfor', 1]]);
    expect(s.summary(1).bodies.map((b) => b.id)).toEqual(['eulex', 'kfor']);
    s.report(1, 0, TOP, 100, []);
    expect(s.summary(1)).toEqual({ host: 'news.example.org', bodies: [{ id: 'eulex', count: 1, frames: [3] }] });
  });

  it('drops the frames of the previous page when the top frame holds a new document, and late words from it', () => {
    const s = new PageState();
    s.report(1, 0, TOP, 100, [['kfor', 1]]);
    s.report(1, 4, TOP, 110, [['eulex', 1]]);
    s.report(1, 5, TOP, 300, [['unmik', 1]]); // a frame of the next page, reporting first
    expect(s.report(1, 0, 'https://news.example.org/next', 250, [['omik', 1]])).toBe(true);
    expect(s.summary(1).bodies.map((b) => b.id)).toEqual(['omik', 'unmik']);
    expect(s.report(1, 4, TOP, 110, [['eulex', 2]])).toBe(false);
    expect(s.distinct(1)).toBe(2);
  });

  it('forgets a tab that navigates or closes, and survives a snapshot', () => {
    const s = new PageState();
    s.report(1, 0, TOP, 100, [['kfor', 1]]);
    s.report(2, 0, TOP, 100, [['eulex', 1]]);
    s.clearTab(1);
    expect(s.summary(1)).toEqual({ host: '', bodies: [] });
    const restored = new PageState(JSON.parse(JSON.stringify(s.snapshot())));
    expect(restored.summary(2)).toEqual(s.summary(2));
  });

  it("shows 'off' from the top frame alone, and the next report of the site switched on clears it", () => {
    const s = new PageState();
    s.report(1, 0, TOP, 100, [], true);
    // A frame from another site follows its own host: it cannot switch the tab off or on.
    s.report(1, 6, 'https://embed.example.com/x', 120, [['kfor', 1]], true);
    expect(s.off(1)).toBe(true);
    s.report(1, 6, 'https://embed.example.com/x', 120, [['kfor', 1]]);
    expect(s.off(1)).toBe(true);
    expect(s.distinct(1)).toBe(1);
    s.report(1, 0, TOP, 100, [['kfor', 2]]);
    expect(s.off(1)).toBe(false);
    expect(s.off(2)).toBe(false);
    const restored = new PageState(
      JSON.parse(JSON.stringify(new PageState({ 3: { 0: { url: TOP, since: 1, counts: [], off: true } } }).snapshot())),
    );
    expect(restored.off(3)).toBe(true);
  });
});
