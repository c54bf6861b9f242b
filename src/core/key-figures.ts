/**
 * The card's three key figures (head, size, budget) as they stood on a reference date — the
 * article's date when the page has one, else today — with how old each is on that date. A figure
 * further than STALE_DAYS from the date is not offered as if it held then.
 */
import { compareDates, dateEnd, dateStart } from './dates';
import { headOn, latestBy } from './format';
import type { Budget, Entity, Leader, Strength } from './schema';

/**
 * Strength and budget figures are published at least yearly for a running body; one more than
 * two years away from the date describes another stage of the mission (KFOR had 50,000 troops in
 * 1999 and under 5,000 ten years later).
 */
export const STALE_DAYS = 2 * 365;

export type Dated<T> =
  | { kind: 'figure'; item: T; date: string; ageDays: number }
  /** Nothing within STALE_DAYS of the date; `nearest` is the closest figure there is, if any. */
  | { kind: 'none'; nearest?: T; nearestDate?: string };

const DAY_MS = 86_400_000;

/** Whole days from a (partial) date's start to the reference date; negative when after it. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(dateStart(to)) - Date.parse(dateStart(from))) / DAY_MS);
}

/** The figure that held on `ref`: the newest on or before it, else the earliest after it, if near enough. */
export function nearestDated<T>(items: readonly T[], dateOf: (t: T) => string, ref: string): Dated<T> {
  const before = latestBy(items, dateOf, ref);
  const after = items.filter((i) => compareDates(dateOf(i), ref) > 0).sort((a, b) => compareDates(dateOf(a), dateOf(b)))[0];
  const candidates = [before, after].filter((c): c is T => c !== undefined);
  const distance = (c: T) => Math.abs(daysBetween(dateOf(c), ref));
  const best = candidates.sort((a, b) => distance(a) - distance(b))[0];
  if (best === undefined) return { kind: 'none' };
  // A "before" figure within the limit wins over a closer "after" one: it is what was known then.
  const chosen = before !== undefined && distance(before) <= STALE_DAYS ? before : best;
  if (distance(chosen) > STALE_DAYS) return { kind: 'none', nearest: best, nearestDate: dateOf(best) };
  return { kind: 'figure', item: chosen, date: dateOf(chosen), ageDays: daysBetween(dateOf(chosen), ref) };
}

export interface KeyFigures {
  ref: string;
  head: { kind: 'figure'; item: Leader; date: string; ageDays: number } | { kind: 'none' };
  size: Dated<Strength>;
  budget: Dated<Budget>;
}

const periodStart = (b: Budget) => b.period.split('/')[0]!;

/** True when the budget's period covers the date (a July–June year covers the whole year). */
function budgetCovers(b: Budget, ref: string): boolean {
  const [a, z] = b.period.split('/');
  return compareDates(a!, ref) <= 0 && dateEnd(z ?? a!) >= ref;
}

export function keyFigures(e: Entity, ref: string): KeyFigures {
  const leader = headOn(e.leaders, ref);
  const covering = e.budget.filter((b) => budgetCovers(b, ref));
  const budget: Dated<Budget> =
    covering.length > 0
      ? { kind: 'figure', item: covering[covering.length - 1]!, date: periodStart(covering[covering.length - 1]!), ageDays: 0 }
      : nearestDated(e.budget, periodStart, ref);
  return {
    ref,
    head: leader ? { kind: 'figure', item: leader, date: leader.from, ageDays: daysBetween(leader.from, ref) } : { kind: 'none' },
    size: nearestDated(e.strength, (s) => s.asOf, ref),
    budget,
  };
}

/**
 * A span of days as the largest whole unit: 800 days → 2 years; 40 → 1 month; the caller words it
 * ("2 years before the article"). Under a month counts as the same time.
 */
export function ageParts(days: number): { unit: 'year' | 'month'; value: number } | null {
  const d = Math.abs(days);
  if (d >= 365) return { unit: 'year', value: Math.floor(d / 365.25) || 1 };
  if (d >= 30) return { unit: 'month', value: Math.floor(d / 30.44) || 1 };
  return null;
}

/** The same-unit series a figure belongs to, oldest first: history never mixes troops with staff. */
export function seriesOf(e: Entity, unit: Strength['unit']): Strength[] {
  return e.strength.filter((s) => s.unit === unit).sort((a, b) => compareDates(a.asOf, b.asOf));
}

/** One sentence of the mandate, for the card's first lines (the whole mandate is under "More"). */
export function purposeOf(mandate: string): string {
  const m = /^(.+?[.;])(\s|$)/.exec(mandate);
  return m ? m[1]! : mandate;
}
