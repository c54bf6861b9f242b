/**
 * The bodies of a page on one time axis, and a body's lineage — what the popup's timeline and the
 * card's lineage strip draw. Pure: records and dates in, lanes and ticks out; the views only place them.
 */
import { compareDates, dateEnd, dateStart } from './dates';
import type { Entity } from './schema';

export interface Tick {
  date: string;
  text: string;
}

export interface Lane {
  id: string;
  label: string;
  /** When it began: deployment where the data has it, else establishment. */
  from: string;
  /** When it ended; null while it goes on (drawn to today). */
  to: string | null;
  ticks: Tick[];
}

export interface Timeline {
  lanes: Lane[];
  /** The axis, as ISO dates: the earliest start to today. */
  start: string;
  end: string;
  /** The article's date, when the page states one, to be marked on the axis. */
  marker?: string;
}

const label = (e: Entity) => e.acronym ?? e.name;
type WithEvents = Entity & { events?: { date: string; text: string }[] };

/** Lanes for the bodies that have a lifespan (organizations, missions, offices), oldest first. */
export function buildTimeline(entities: readonly Entity[], today: string, marker?: string): Timeline {
  const lanes = entities
    .filter((e) => e.kind !== 'term' && e.kind !== 'position' && /^\d{4}/.test(e.established))
    .map((e): Lane => ({
      id: e.id,
      label: label(e),
      from: e.deployed && compareDates(e.deployed, e.established) < 0 ? e.deployed : e.established,
      to: e.ended,
      ticks: ((e as WithEvents).events ?? []).map((ev) => ({ date: ev.date, text: ev.text })).sort((a, b) => compareDates(a.date, b.date)),
    }))
    .sort((a, b) => compareDates(a.from, b.from) || a.label.localeCompare(b.label));
  const start = lanes.reduce((min, l) => (dateStart(l.from) < min ? dateStart(l.from) : min), marker ? dateStart(marker) : today);
  return { lanes, start, end: today, ...(marker ? { marker } : {}) };
}

/** Where a date falls on the axis, from 0 to 1; partial dates fall at their middle. */
export function position(t: Timeline, date: string): number {
  const span = Date.parse(t.end) - Date.parse(t.start);
  if (span <= 0) return 0;
  const mid = (Date.parse(dateStart(date)) + Date.parse(dateEnd(date))) / 2;
  return Math.min(1, Math.max(0, (mid - Date.parse(t.start)) / span));
}

/** Round years for the axis's labels, about `count` of them. */
export function yearTicks(t: Timeline, count = 6): number[] {
  const first = Number(t.start.slice(0, 4));
  const last = Number(t.end.slice(0, 4));
  const step = Math.max(1, [1, 2, 5, 10, 20, 25, 50].find((s) => (last - first) / s <= count) ?? 50);
  const out: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) out.push(y);
  return out;
}

export interface LineageStep {
  id: string;
  label: string;
  from: string;
  to: string | null;
  current: boolean;
}

const BEFORE = new Set(['preceded-by']);
const AFTER = new Set(['succeeded-by', 'transferred-to']);

/**
 * A body's line of predecessors and successors, oldest first, followed both ways through the
 * data's relations (and their inverses, so one side recording the link is enough).
 */
export function lineage(id: string, lookup: (id: string) => Entity | undefined, all: readonly Entity[]): LineageStep[] {
  const prev = (x: string): string[] => {
    const e = lookup(x);
    const own = (e?.related ?? []).filter((r) => BEFORE.has(r.relation)).map((r) => r.id);
    const inverse = all.filter((o) => o.related.some((r) => AFTER.has(r.relation) && r.id === x)).map((o) => o.id);
    return [...new Set([...own, ...inverse])];
  };
  const next = (x: string): string[] => {
    const e = lookup(x);
    const own = (e?.related ?? []).filter((r) => AFTER.has(r.relation)).map((r) => r.id);
    const inverse = all.filter((o) => o.related.some((r) => BEFORE.has(r.relation) && r.id === x)).map((o) => o.id);
    return [...new Set([...own, ...inverse])];
  };
  const seen = new Set([id]);
  const walk = (from: string, step: (x: string) => string[]): string[] => {
    const out: string[] = [];
    let frontier = [from];
    // Lines in the data are short; the bound keeps a cycle in hand-edited data harmless.
    for (let depth = 0; depth < 12 && frontier.length > 0; depth++) {
      const nextFrontier: string[] = [];
      for (const x of frontier) {
        for (const y of step(x)) {
          if (seen.has(y) || !lookup(y)) continue;
          seen.add(y);
          out.push(y);
          nextFrontier.push(y);
        }
      }
      frontier = nextFrontier;
    }
    return out;
  };
  const ids = [...walk(id, prev), id, ...walk(id, next)];
  return ids
    .map((x) => lookup(x)!)
    .map((e) => ({ id: e.id, label: label(e), from: e.deployed ?? e.established, to: e.ended, current: e.id === id }))
    .sort((a, b) => compareDates(a.from, b.from));
}
