/**
 * Spot checks: a reproducible random draw of facts, each with the citation it rests on, for a
 * reader to check against that page. The same seed and database give the same draw, so a check
 * written down in data/README.md can be repeated. Pure: records and a seed in, facts out.
 */
import { budgetMoney, formatMoney } from './format';
import { seededRandom } from './random';
import type { Entity, SourceRef } from './schema';

export interface SpotFact {
  id: string;
  /** Where the fact sits, e.g. `leaders[2]`, `budget[0]`, `established`. */
  path: string;
  /** The fact in one line, as a reader checks it. */
  claim: string;
  url: string;
  publisher?: string;
}

/** The record-level source that covers a field, else the first source (the one the card cites). */
function coveringSource(e: Entity, field: string): SourceRef | undefined {
  return e.sources.find((s) => s.covers?.includes(field as never)) ?? e.sources[0];
}

/** Every checkable fact of every record: heads, strength, budgets, events and the dated record fields. */
export function checkableFacts(entities: readonly Entity[]): SpotFact[] {
  const out: SpotFact[] = [];
  const push = (e: Entity, path: string, claim: string, src: SourceRef | undefined) => {
    if (src) out.push({ id: e.id, path, claim, url: src.url, publisher: src.publisher });
  };
  for (const e of entities) {
    for (const field of ['established', 'ended', 'authorizedBy'] as const) {
      const v = e[field];
      if (v) push(e, field, `${field}: ${v}`, coveringSource(e, field));
    }
    e.leaders.forEach((l, i) => push(e, `leaders[${i}]`, `${l.title}: ${l.name}, ${l.from} – ${l.to ?? 'in office'}`, l.source));
    e.strength.forEach((s, i) => push(e, `strength[${i}]`, `${s.value} ${s.unit} as of ${s.asOf}`, s.source));
    e.budget.forEach((b, i) =>
      push(e, `budget[${i}]`, `${formatMoney(budgetMoney(b))} ${b.basis ?? 'appropriation'} for ${b.period}`, b.source),
    );
    (e.events ?? []).forEach((ev, i) => push(e, `events[${i}]`, `${ev.date}: ${ev.text}`, ev.source));
  }
  return out;
}

/** `n` distinct facts drawn without replacement (a partial Fisher–Yates shuffle driven by the seed). */
export function drawSpotCheck(entities: readonly Entity[], n: number, seed: number): SpotFact[] {
  const facts = checkableFacts(entities);
  const rand = seededRandom(seed);
  const k = Math.max(0, Math.min(n, facts.length));
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (facts.length - i));
    [facts[i], facts[j]] = [facts[j]!, facts[i]!];
  }
  return facts.slice(0, k);
}
