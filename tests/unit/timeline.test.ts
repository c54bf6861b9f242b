import { describe, expect, it } from 'vitest';
import { buildTimeline, lineage, position, yearTicks } from '../../src/core/timeline';
import { loadDatabase } from '../../scripts/lib/database';

const { entities } = loadDatabase();
const byId = new Map(entities.map((e) => [e.id, e]));
const lookup = (id: string) => byId.get(id);
const kosovo = ['unmik', 'kfor', 'omik', 'isg', 'ico', 'eulex'].map((id) => byId.get(id)!);

describe('timeline of the Kosovo bodies', () => {
  const t = buildTimeline(kosovo, '2026-12-06', '2010-07-15');
  const lane = (id: string) => t.lanes.find((l) => l.id === id)!;

  it('draws UNMIK, KFOR and OMiK from 1999, the ISG and the ICO from 2008 to 2012, EULEX from 2008', () => {
    for (const id of ['unmik', 'kfor', 'omik']) expect(lane(id).from.slice(0, 4)).toBe('1999');
    for (const id of ['isg', 'ico']) expect([lane(id).from.slice(0, 4), lane(id).to?.slice(0, 4)]).toEqual(['2008', '2012']);
    expect(lane('eulex').from.slice(0, 4)).toBe('2008');
    expect(lane('eulex').to).toBeNull();
    expect(t.lanes[0]!.from <= t.lanes[t.lanes.length - 1]!.from).toBe(true);
  });

  it('places dates on the axis and marks the article', () => {
    expect(t.marker).toBe('2010-07-15');
    expect(position(t, t.start)).toBeCloseTo(0, 2);
    expect(position(t, '2026-12-06')).toBeCloseTo(1, 2);
    const p2008 = position(t, '2008');
    expect(p2008).toBeGreaterThan(0.3);
    expect(p2008).toBeLessThan(0.4);
    expect(yearTicks(t)).toEqual(expect.arrayContaining([2000, 2010, 2020]));
  });

  it('carries the events as ticks, in date order', () => {
    const ticks = lane('unmik').ticks;
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.map((x) => x.date)).toEqual([...ticks.map((x) => x.date)].sort());
  });
});

describe('lineage', () => {
  it('follows predecessors and successors both ways, oldest first', () => {
    const withSuccessor = entities.find((e) => e.related.some((r) => r.relation === 'succeeded-by' && byId.has(r.id)))!;
    const next = withSuccessor.related.find((r) => r.relation === 'succeeded-by')!.id;
    const fromOld = lineage(withSuccessor.id, lookup, entities).map((s) => s.id);
    const fromNew = lineage(next, lookup, entities).map((s) => s.id);
    expect(fromOld).toContain(next);
    expect(fromNew).toContain(withSuccessor.id);
    expect(fromOld).toEqual(fromNew);
    expect(
      lineage(next, lookup, entities)
        .filter((s) => s.current)
        .map((s) => s.id),
    ).toEqual([next]);
  });

  it('is the body alone when the data records no line', () => {
    expect(lineage('isg', lookup, entities).map((s) => s.id)).toEqual(['isg']);
  });
});
