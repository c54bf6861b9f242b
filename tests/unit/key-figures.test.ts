import { describe, expect, it } from 'vitest';
import { ageParts, daysBetween, keyFigures, nearestDated, purposeOf, STALE_DAYS } from '../../src/core/key-figures';
import type { Entity } from '../../src/core/schema';

const src = { url: 'https://example.org/x', title: 'X' };
const items = [{ d: '2010-02' }, { d: '2017-02' }];

describe('key figures at a date', () => {
  it('takes the newest figure on or before the date when it is recent enough', () => {
    const r = nearestDated(items, (i) => i.d, '2017-08-01');
    expect(r).toMatchObject({ kind: 'figure', date: '2017-02' });
    if (r.kind === 'figure') expect(r.ageDays).toBe(daysBetween('2017-02', '2017-08-01'));
  });

  it('offers no figure beyond the staleness limit, but names the nearest date', () => {
    const r = nearestDated(items, (i) => i.d, '2023-05-30');
    expect(r).toEqual({ kind: 'none', nearest: items[1], nearestDate: '2017-02' });
    expect(daysBetween('2017-02', '2023-05-30')).toBeGreaterThan(STALE_DAYS);
  });

  it('uses a figure shortly after the date when none precedes it', () => {
    expect(nearestDated(items, (i) => i.d, '2009-06-01')).toMatchObject({ kind: 'figure', date: '2010-02' });
    expect(nearestDated(items, (i) => i.d, '2009-06-01').kind === 'figure' && nearestDated(items, (i) => i.d, '2009-06-01')).toMatchObject({
      ageDays: -245,
    });
  });

  it('takes the budget whose period covers the date', () => {
    const e = {
      leaders: [],
      strength: [],
      budget: [
        { amountUSD: 1, period: '2021-07/2022-06', source: src },
        { amountUSD: 2, period: '2022-07/2023-06', source: src },
      ],
    } as unknown as Entity;
    const k = keyFigures(e, '2023-05-30');
    expect(k.budget).toMatchObject({ kind: 'figure', ageDays: 0, item: { amountUSD: 2 } });
    expect(k.head).toEqual({ kind: 'none' });
  });

  it('words ages in whole years or months', () => {
    expect(ageParts(2281)).toEqual({ unit: 'year', value: 6 });
    expect(ageParts(-40)).toEqual({ unit: 'month', value: 1 });
    expect(ageParts(12)).toBeNull();
  });

  it('takes the first sentence of a mandate as its purpose', () => {
    expect(purposeOf('Keeps the peace. Also other things.')).toBe('Keeps the peace.');
    expect(purposeOf('No full stop')).toBe('No full stop');
  });
});
