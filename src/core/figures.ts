/**
 * Figure check: finds counts (troops, police, personnel, staff) and budgets stated next to a
 * mention — "about 3,800 KFOR troops", "10 000 casques bleus de la FINUL", "a budget of $1.2
 * billion" — and says whether the body's own series agrees on a date.
 *
 * Precision comes first: a wrong "differs" is worse than silence. So a figure is linked only to the
 * nearest mention in its sentence and only when no other body stands as close; "differs" needs a
 * data point of the same unit and the same qualifier (international, local …), not a ceiling, dated
 * within a year before the date, and a gap well beyond the figure's own rounding and hedge.
 * Anything less certain is "no-data", with the reason.
 */
import { compareDates, dateEnd, dateStart } from './dates';
import { findNumbers, type ParsedNumber } from './figure-numbers';
import { budgetMoney, type Currency } from './format';
import type { Budget, Entity, SourceRef, Strength } from './schema';

export type Quantity = 'troops' | 'police' | 'personnel' | 'staff' | 'budget';
export type Hedge = 'exact' | 'about' | 'more' | 'less' | 'up-to';
export type Verdict = 'match' | 'differs' | 'no-data';

export interface StatedFigure {
  /** Offsets of the figure (hedge and number, with its scale word) in the text. */
  start: number;
  end: number;
  text: string;
  id: string;
  quantity: Quantity;
  value: number;
  /** A range "3,500 to 4,000": the bounds; value is their middle. */
  low?: number;
  high?: number;
  step: number;
  hedge: Hedge;
  /** international, local, civilian … — compared only with data that says the same. */
  qualifier?: Qualifier;
  /** A budget's currency: compared only with the data's budgets in the same one (never converted). */
  currency?: Currency;
}

export interface FigureCheck {
  start: number;
  end: number;
  text: string;
  id: string;
  quantity: Quantity;
  stated: { value: number; low?: number; high?: number; hedge: Hedge; qualifier?: Qualifier };
  data: { value: number; unit: string; asOf: string; source: SourceRef } | null;
  verdict: Verdict;
  /** Why there is no verdict, or what the comparison was. */
  reason: string;
}

export interface MentionSpan {
  start: number;
  end: number;
  id: string;
}

type Qualifier = 'international' | 'local' | 'civilian' | 'military' | 'uniformed';

/** Unit words by quantity, in English, French, German, Spanish, Italian, Albanian and Serbian/Croatian. */
const UNITS: [Exclude<Quantity, 'budget'>, RegExp][] = [
  [
    'troops',
    /^(?:troops?|soldiers?|servicemen|service members|soldats?|militaires|soldat(?:inn)?en|truppen|soldados|tropas|militares|soldati|militari|truppe|ushtar(?:ë|ët|ëve|ë)?|trupa|vojnika|vojnici|војника|војници)(?![\p{L}])/u,
  ],
  [
    'police',
    /^(?:police officers?|policemen|police|policiers|gendarmes|polizist(?:inn)?en|polizeikräfte|policías|agentes de policía|poliziotti|agenti di polizia|polic[ëe]t?|policajaca|policajci|полицајаца|полицајци)(?![\p{L}])/u,
  ],
  [
    'staff',
    /^(?:staff(?: members)?|employees|employés|agents|mitarbeiter(?:innen)?|mitarbeitende[n]?|beschäftigte[n]?|empleados|funcionarios|dipendenti|funzionari|punonjës(?:it|ve)?|zyrtarë|zaposlenih|zaposlenika|službenika|запослених|службеника)(?![\p{L}])/u,
  ],
  [
    'personnel',
    /^(?:personnel|peacekeepers|blue helmets|casques bleus|soldats de la paix|blauhelme|blauhelmsoldaten|friedenssoldaten|cascos azules|efectivos|caschi blu|peacekeeper|paqeruajtës(?:it|ve)?|mirovnjaka|mirotvoraca|мировњака|припадника)(?![\p{L}])/u,
  ],
];

const QUALIFIERS: [Qualifier, RegExp][] = [
  [
    'international',
    /^(?:international|internationaux|internationales?|internacionales?|internazionali|ndërkombëtar[ëe]?|međunarodn(?:ih|og|i)|међународн(?:их|ог|и))(?![\p{L}])/u,
  ],
  ['local', /^(?:local|locaux|locales?|lokale[n]?|locali|vendor[ëe]?|lokaln(?:ih|og|i)|локалн(?:их|ог|и)|national|nationaux)(?![\p{L}])/u],
  ['civilian', /^(?:civilian|civils|civiles?|zivile[n]?|civili|civil[ëe]?|civiln(?:ih|og|i)|цивилн(?:их|ог|и))(?![\p{L}])/u],
  ['uniformed', /^(?:uniformed|en uniforme|uniformierte[n]?|uniformados|in uniforme|uniformisan(?:ih|i))(?![\p{L}])/u],
];

const HEDGES: [Hedge, RegExp][] = [
  [
    'about',
    /(?:about|around|some|roughly|approximately|nearly|almost|close to|an estimated|just under|just over|environ|quelque|quelques|près de|presque|rund|etwa|ungefähr|circa|ca\.|knapp|fast|unos|unas|alrededor de|cerca de|casi|aproximadamente|quasi|rreth|afro|përafërsisht|gati|oko|otprilike|skoro|gotovo|blizu|около|отприлике|скоро|готово)\s+$/iu,
  ],
  [
    'more',
    /(?:more than|over|at least|upwards of|plus de|au moins|mehr als|über|mindestens|más de|al menos|oltre|più di|almeno|mbi|më shumë se|të paktën|više od|preko|najmanje|више од|преко|најмање)\s+$/iu,
  ],
  ['less', /(?:fewer than|less than|under|below|moins de|weniger als|unter|menos de|meno di|më pak se|nën|manje od|мање од)\s+$/iu],
  ['up-to', /(?:up to|as many as|jusqu'à|jusqu’à|bis zu|hasta|fino a|deri në|do|до)\s+$/iu],
];

const RANGE_JOIN = /^\s*(?:-|–|—|to|à|bis|a|e|y|and|et|und|deri në|do|i)\s*$/iu;

/**
 * Money: the currency written before or after the amount. Only the data's currencies are listed
 * (dollars and euros); an amount in any other is not comparable, so it is not reported.
 */
const CURRENCIES: [Currency, before: RegExp, after: RegExp][] = [
  [
    'USD',
    /(?:US\$|\$|USD)\s?$/u,
    /^\s*(?:(?:de |of |d[ei] |në |u )?(?:dollars?|dólares|dollari|dollarë|dolara|долара|us-dollars?|dollar|usd))(?![\p{L}])/iu,
  ],
  ['EUR', /(?:€|EUR)\s?$/u, /^\s*(?:(?:de |of |d[ei] |në |u )?(?:d'|d’)?(?:euros?|evra|evro|евра|евро|eur)|€)(?![\p{L}])/iu],
];
const BUDGET_WORD =
  /(?:budget|appropriat|haushalt|etat|presupuesto|bilancio|buxhet|budžet|буџет|fund(?:ing|ed)|financ|kost|cost|coût|costo|costó|kushton)/iu;

const WINDOW = 90;

interface Sentence {
  start: number;
  end: number;
}

/** Sentences, loosely: a stop followed by a capital, except after short abbreviations (Mrd., U.N., ca.). */
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const STOP = /[.!?…]["»”)]?\s+(?=[\p{Lu}\p{N}"«“])|\n\s*\n|\n/gu;
  for (let m = STOP.exec(text); m; m = STOP.exec(text)) {
    const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))![0];
    if (m[0][0] === '.' && (word.replace(/\./g, '').length <= 3 || word.includes('.'))) continue;
    out.push({ start: from, end: m.index + 1 });
    from = m.index + m[0].length;
  }
  out.push({ start: from, end: text.length });
  return out;
}

/** Words after a number, skipping a mention and up to two other words ("KFOR troops", "international staff"). */
function unitAfter(
  text: string,
  at: number,
  mentions: MentionSpan[],
): { quantity: Exclude<Quantity, 'budget'>; qualifier?: Qualifier; start: number; end: number } | null {
  let pos = at;
  let qualifier: Qualifier | undefined;
  for (let words = 0; words < 4; words++) {
    const gap = /^[\s\u00a0\u202f-]*/u.exec(text.slice(pos, pos + 8))![0].length;
    pos += gap;
    const rest = text.slice(pos, pos + 40).toLowerCase();
    for (const [quantity, re] of UNITS) {
      const m = re.exec(rest);
      if (m) return { quantity, qualifier, start: pos, end: pos + m[0].length };
    }
    for (const [q, re] of QUALIFIERS) if (re.test(rest)) qualifier = q;
    const inside = mentions.find((x) => x.start === pos);
    if (inside) {
      pos = inside.end;
      // "KFOR-Soldaten", "KFOR's", "KFOR-a": the mention's own suffix before the unit word.
      pos += /^(?:'s|’s|-\p{L}{0,3}(?=\s))?/u.exec(text.slice(pos, pos + 5))![0].length;
      continue;
    }
    const word = /^[\p{L}'’]+/u.exec(text.slice(pos, pos + 30));
    if (!word) return null;
    // Articles and prepositions that stand between a figure and its unit in these languages.
    if (
      words >= 2 &&
      !/^(?:de|des|of|the|la|le|les|der|die|del|dei|della|të|e|i)$/iu.test(word[0]) &&
      !QUALIFIERS.some(([, re]) => re.test(word[0].toLowerCase()))
    )
      return null;
    pos += word[0].length;
  }
  return null;
}

function hedgeBefore(text: string, start: number): { hedge: Hedge; start: number } {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [hedge, re] of HEDGES) {
    const m = re.exec(before);
    // A hedge is a whole word: "do" in "undo 300" is not one.
    if (m && !/\p{L}/u.test(before[m.index - 1] ?? ' ')) return { hedge, start: start - (before.length - m.index) };
  }
  return { hedge: 'exact', start };
}

/** Every figure in the text that stands beside exactly one body's mention. */
export function findFigures(text: string, mentions: readonly MentionSpan[]): StatedFigure[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const numbers = findNumbers(text).filter((n) => !sorted.some((m) => n.start < m.end && m.start < n.end));
  const out: StatedFigure[] = [];
  const sents = sentences(text);
  const used = new Set<ParsedNumber>();
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    if (used.has(n)) continue;
    // A range: "3,500 to 4,000 troops", "3.500–4.000 Soldaten".
    let low: ParsedNumber | undefined;
    let last = n;
    const next = numbers[i + 1];
    if (next && RANGE_JOIN.test(text.slice(n.end, next.start)) && next.value > n.value) {
      low = n;
      last = next;
      used.add(next);
    }
    const sentence = sents.find((s) => s.start <= n.start && n.start < s.end)!;
    const { hedge, start } = low ? { hedge: 'exact' as Hedge, start: n.start } : hedgeBefore(text, n.start);
    const near = sorted.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    let quantity: Quantity | null = null;
    let qualifier: Qualifier | undefined;
    let currency: Currency | null = null;
    const unit = unitAfter(text, last.end, near);
    if (unit) {
      quantity = unit.quantity;
      qualifier = unit.qualifier;
    } else {
      currency = currencyOf(text, n.start, last.end);
      if (currency && BUDGET_WORD.test(text.slice(sentence.start, sentence.end))) quantity = 'budget';
    }
    if (!quantity) continue;
    // Counts under a hundred are ranks, days or ships as often as people; budgets under a million are not mission budgets.
    if (quantity === 'budget' ? last.value < 1e6 : last.value < 100) continue;
    // A unit word that is itself a mention ("casques bleus", "blue helmets") names no body.
    const bodies = unit ? near.filter((m) => m.end <= unit.start || m.start >= unit.end) : near;
    const id = nearestBody(text, bodies, start, unit?.end ?? last.end);
    if (!id) continue;
    const value = low ? (low.value + last.value) / 2 : last.value;
    out.push({
      start,
      end: last.end,
      text: text.slice(start, last.end),
      id,
      quantity,
      value,
      ...(low ? { low: low.value, high: last.value } : {}),
      step: last.step,
      hedge,
      ...(qualifier ? { qualifier } : {}),
      ...(currency ? { currency } : {}),
    });
  }
  return out;
}

function currencyOf(text: string, start: number, end: number): Currency | null {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 20);
  return CURRENCIES.find(([, b, a]) => b.test(before) || a.test(after))?.[0] ?? null;
}

const COORDINATED = /^\s*(?:,|and|&|et|und|y|e|i|dhe|и|or|ou|oder|o|ili|или)\s*$/iu;
const between = (text: string, a: MentionSpan, b: MentionSpan) =>
  a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);

/** The one body whose mention is nearest the figure in its sentence; none when two stand about as near. */
function nearestBody(text: string, near: MentionSpan[], start: number, end: number): string | null {
  const distance = (m: MentionSpan) => (m.end <= start ? start - m.end : m.start >= end ? m.start - end : 0);
  const ranked = near
    .map((m) => ({ id: m.id, d: distance(m) }))
    .filter((x) => x.d <= WINDOW)
    .sort((a, b) => a.d - b.d);
  if (ranked.length === 0) return null;
  const first = ranked[0]!;
  const rival = ranked.find((r) => r.id !== first.id);
  // Another body about as near ("NATO and KFOR had 4,500 troops") leaves the figure unattributed.
  if (rival && rival.d <= first.d + 8) return null;
  // "KFOR and EULEX have 4,500 staff": bodies joined by a conjunction share the figure.
  const own = near.find((m) => m.id === first.id && distance(m) === first.d)!;
  const joined = near.some((m) => m.id !== first.id && COORDINATED.test(between(text, m, own)));
  return joined ? null : first.id;
}

/** A year is long enough for a count to move on; older data says nothing about the date. */
const STALE_DAYS = 365;

const daysBetween = (a: string, b: string) => (Date.parse(dateStart(b)) - Date.parse(dateEnd(a))) / 86_400_000;

function qualifierOf(note: string | undefined): Qualifier | undefined {
  if (!note) return undefined;
  const lower = note.toLowerCase();
  if (/\binternational\b/.test(lower)) return 'international';
  if (/\b(?:local|national) staff\b/.test(lower)) return 'local';
  if (/\bcivilian\b/.test(lower)) return 'civilian';
  if (/\buniformed\b/.test(lower)) return 'uniformed';
  return undefined;
}
/** Authorized strengths and ceilings support a match but never a "differs". */
const isCeiling = (note: string | undefined) => /authori[sz]ed|ceiling|up to/i.test(note ?? '');

/** Stated personnel (peacekeepers, casques bleus) may be counted as troops in the data; never the reverse. */
const COMPATIBLE: Record<Exclude<Quantity, 'budget'>, Strength['unit'][]> = {
  troops: ['troops'],
  police: ['police'],
  staff: ['staff'],
  personnel: ['personnel', 'troops'],
};

/** How far the data may be from the stated figure and still agree: the writer's rounding and hedge. */
function tolerance(f: StatedFigure): number {
  const rounded = f.hedge !== 'exact' || f.step >= 100;
  return rounded ? Math.max(f.step, 0.1 * f.value) : Math.max(f.step / 2, 0.05 * f.value);
}

function agreement(f: StatedFigure, data: number): 'match' | 'differs' | 'unclear' {
  const tol = tolerance(f);
  const lo = f.low ?? f.value;
  const hi = f.high ?? f.value;
  switch (f.hedge) {
    case 'more':
      return data >= lo - tol / 2 ? 'match' : data < lo * 0.85 ? 'differs' : 'unclear';
    case 'less':
    case 'up-to':
      return data <= hi + tol / 2 ? 'match' : data > hi * 1.15 ? 'differs' : 'unclear';
    default: {
      if (data >= lo - tol && data <= hi + tol) return 'match';
      const gap = data < lo ? lo - data : data - hi;
      return gap > 1.5 * tol && gap > 0.15 * Math.max(data, hi) ? 'differs' : 'unclear';
    }
  }
}

interface Point {
  value: number;
  unit: string;
  asOf: string;
  source: SourceRef;
  sameUnit: boolean;
  /** May this point alone make the verdict "differs"? */
  decisive: boolean;
}

function strengthPoints(f: StatedFigure, e: Entity, date: string): Point[] {
  const units = COMPATIBLE[f.quantity as Exclude<Quantity, 'budget'>];
  const points: Point[] = [];
  for (const s of e.strength) {
    if (!units.includes(s.unit) || compareDates(s.asOf, date) > 0 || daysBetween(s.asOf, date) > STALE_DAYS) continue;
    const q = qualifierOf(s.note);
    // International staff are not compared with local staff; an unqualified side can only agree.
    if (q !== undefined && f.qualifier !== undefined && q !== f.qualifier) continue;
    const sameUnit = s.unit === f.quantity;
    points.push({
      value: s.value,
      unit: s.unit,
      asOf: s.asOf,
      source: s.source,
      sameUnit,
      decisive: sameUnit && q === f.qualifier && !isCeiling(s.note),
    });
  }
  return points;
}

/** Budgets in the stated currency whose period holds the date: "2024-07/2025-06" holds 2025-03-01. */
function budgetPoints(e: Entity, date: string, currency: Currency): Point[] {
  const holds = (b: Budget) => {
    const [from, to] = b.period.split('/') as [string, string | undefined];
    return dateStart(from) <= date && dateEnd(to ?? from) >= date;
  };
  return e.budget
    .filter((b) => holds(b) && (b.basis ?? 'appropriation') === 'appropriation' && budgetMoney(b).currency === currency)
    .map((b) => ({ value: budgetMoney(b).amount, unit: currency, asOf: b.period, source: b.source, sameUnit: true, decisive: true }));
}

/** Compares one stated figure with the body's data on `date` (YYYY-MM-DD: the article's, or today). */
export function checkFigure(f: StatedFigure, entity: Entity | undefined, date: string): FigureCheck {
  const base = {
    start: f.start,
    end: f.end,
    text: f.text,
    id: f.id,
    quantity: f.quantity,
    stated: {
      value: f.value,
      ...(f.low !== undefined ? { low: f.low, high: f.high } : {}),
      hedge: f.hedge,
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
    },
  };
  if (!entity) return { ...base, data: null, verdict: 'no-data', reason: 'unknown body' };
  const points = f.quantity === 'budget' ? budgetPoints(entity, date, f.currency ?? 'USD') : strengthPoints(f, entity, date);
  if (points.length === 0)
    return { ...base, data: null, verdict: 'no-data', reason: `no ${f.quantity} figure within a year before ${date}` };
  // Newest first: the figure that held on the date speaks first.
  points.sort((a, b) => compareDates(b.asOf.split('/')[0]!, a.asOf.split('/')[0]!));
  const judged = points.map((p) => ({ p, a: agreement(f, p.value) }));
  const show = (p: Point) => ({ value: p.value, unit: p.unit, asOf: p.asOf, source: p.source });
  const match = judged.find((j) => j.a === 'match');
  if (match) return { ...base, data: show(match.p), verdict: 'match', reason: 'within the figure’s rounding' };
  const decisive = judged.filter((j) => j.p.decisive);
  if (decisive.length > 0 && decisive.every((j) => j.a === 'differs')) {
    return { ...base, data: show(decisive[0]!.p), verdict: 'differs', reason: 'beyond the figure’s rounding' };
  }
  return { ...base, data: show(points[0]!), verdict: 'no-data', reason: 'close, or compared only with another unit or a ceiling' };
}

/** Finds and checks every figure; `lookup` gives a body's record by id. */
export function checkFigures(
  text: string,
  mentions: readonly MentionSpan[],
  lookup: (id: string) => Entity | undefined,
  date: string,
): FigureCheck[] {
  return findFigures(text, mentions).map((f) => checkFigure(f, lookup(f.id), date));
}
