/**
 * Security Council resolutions as readers meet them — "resolution 1701", "UNSCR 2790",
 * "S/RES/1244 (1999)", "la résolution 2719", "Resolution 1244 des UN-Sicherheitsrates",
 * "Rezolutës 1244 të Këshillit të Sigurimit" — found by rule for any number, so every resolution
 * becomes a mention even when the data holds no record for it.
 *
 * A bare "resolution 12" is as likely a city council's or a parliament's, so it counts only with
 * the Security Council named in the reference or its sentence, a (year) in the UN's citation
 * style, or a number the data already knows; "General Assembly resolution …" never counts.
 */
import type { Entity } from './schema';

export interface ResolutionRef {
  start: number;
  end: number;
  number: number;
  year?: number;
}

const RES_WORD =
  '(?:resolutions?|résolutions?|resolutionen|sicherheitsratsresolution(?:en)?|un-resolution(?:en)?|resolución|resoluciones|risoluzion[ei]|rezolut(?:a|ës|ën|ave|at|ë)|rezolucij(?:a|e|i|u|om|ama)|резолуциј(?:а|е|и|у|ом)|резолюци(?:я|и|ю|ей))';
const COUNCIL =
  '(?:(?:the\\s+)?(?:(?:UN|U\\.N\\.|United Nations|ONU|UNO|OKB|UN-|ООН)[\\s-]*)?(?:security\\s+council|unsc|un-sc|conseil\\s+de\\s+sécurité|(?:un-)?sicherheitsrat(?:s|es)?|weltsicherheitsrat(?:s|es)?|consejo\\s+de\\s+seguridad|consiglio\\s+di\\s+sicurezza|këshill(?:i|it)\\s+(?:i|të)\\s+sigurimit|savet(?:a|u)?\\s+bezbednosti|vijeć(?:e|a|u)\\s+sigurnosti|савет(?:а|у)?\\s+безбедности|совет(?:а)?\\s+безопасности)(?:\\s+(?:UN|U\\.N\\.|OKB|ONU|ООН|УН))?)';
const CONNECT = '(?:of|of\\s+the|by\\s+the|du|de\\s+la|des|der|del|della|dello|të|i|e)';
const NUM = '(?:no\\.?\\s*|n[°º]\\s*|nr\\.?\\s*|br\\.?\\s*|№\\s*)?(\\d{1,4})(?![\\d/])(?:\\s*\\((\\d{4})\\))?';

const PATTERNS: { re: RegExp; council: boolean }[] = [
  // S/RES/1244 (1999), UNSCR 1244, UNSCR1244: always the Council's.
  { re: /S\/RES\/(\d{1,4})(?:\s*\((\d{4})\))?/gu, council: true },
  { re: /(?:#|\b)UNSCRs?\s*-?\s*(\d{1,4})(?![\d/])(?:\s*\((\d{4})\))?/gu, council: true },
  // Hashtags run the word and the number together (#Rezoluta1244, #Resolution2334); the mark starts after the sign.
  { re: new RegExp(`(?<=[#＃])${RES_WORD}(\\d{1,4})(?![\\d\\p{L}])`, 'giu'), council: false },
  // "the 1244 UN Security Council Resolution"
  { re: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,4})\\s+${COUNCIL}\\s+resolution(?![\\p{L}])`, 'giu'), council: true },
  // Council, word, number: "Security Council resolution 1701", "Rezoluciji Saveta bezbednosti UN 1244".
  { re: new RegExp(`(?<![\\p{L}])(?:${COUNCIL}\\s+${RES_WORD}|${RES_WORD}\\s+${COUNCIL})\\s+${NUM}`, 'giu'), council: true },
  // Word, number, then perhaps the Council: "résolution 2719 du Conseil de sécurité", "resolution 1701".
  { re: new RegExp(`(?<![\\p{L}])${RES_WORD}\\s+${NUM}(?:\\s+(?:${CONNECT}\\s+)?${COUNCIL}(?![\\p{L}]))?`, 'giu'), council: false },
  // 第1244(1999)号决议, القرار 1701
  { re: /第\s*(\d{1,4})\s*(?:\((\d{4})\))?\s*号决议/gu, council: true },
  { re: /(?:قرار مجلس الأمن(?:\s+رقم)?|القرار(?:\s+رقم)?)\s*(\d{1,4})(?:\s*\((\d{4})\))?/gu, council: false },
];

const COUNCIL_NEAR = new RegExp(COUNCIL, 'iu');
/**
 * Another body that adopts resolutions, named shortly before one: a city council's, a parliament's
 * or an assembly's "resolution 1244" is not the Security Council's, in any of the readers' languages.
 */
const NOT_COUNCIL = new RegExp(
  '(?:' +
    [
      'general\\s+assembly',
      'assemblée\\s+générale',
      'generalversammlung',
      'asamblea\\s+general',
      'assemblea\\s+generale',
      'asambleja\\s+e\\s+përgjithshme',
      'generaln\\p{L}*\\s+skupštin',
      'human\\s+rights\\s+council',
      'conseil\\s+des\\s+droits',
      'european\\s+parliament',
      'parlement',
      'parliament',
      'parlament',
      'congress',
      'senat',
      'board',
      'assembly',
      'assemblée',
      // Local government: city and town councils, their members and sessions.
      'city\\s+council',
      'town\\s+council',
      'county',
      'municipal',
      'council(?:lor|man|woman|members?)',
      'mayor',
      'stadtr[aä]t',
      'gemeinderat',
      'kreistag',
      'landtag',
      'bundestag',
      'stadtparlament',
      'bürgerschaft',
      'conseil\\s+(?:municipal|régional|départemental|général)',
      'ayuntamiento',
      'concej',
      'pleno',
      'cabildo',
      'diputaci',
      'consiglio\\s+(?:comunale|regionale|provinciale)',
      'giunta',
      'comune',
      'gradsk\\p{L}*\\s+(?:već|vijeć|skupštin|већ|скупштин)',
      'opštin',
      'općin',
      'skupštin',
      'odbornic',
      'odbornik',
      'градск\\p{L}*\\s+(?:већ|скупштин)',
      'општин',
      'скупштин',
      'kuvend',
      'këshill\\p{L}*\\s+(?:komunal|bashkiak)',
      'komun[aë]',
    ].join('|') +
    ')[^.]{0,40}$',
  'iu',
);
/** The first resolution was adopted in 1946; none will reach this number soon. */
const MAX_NUMBER = 3500;

/** Whether a resolution's reference at start follows another body that adopts resolutions (a city council's). */
export function otherBodysResolution(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return NOT_COUNCIL.test(before) && !COUNCIL_NEAR.test(text.slice(start, Math.min(text.length, start + 80)).split(/[.\n]/)[0]!);
}

/** Every Security Council resolution referred to in the text; `known` numbers need no further evidence. */
export function findResolutions(text: string, known: ReadonlySet<number> = new Set()): ResolutionRef[] {
  const found: ResolutionRef[] = [];
  for (const [from, to] of windows(text)) {
    const part = text.slice(from, to);
    for (const { re, council } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) {
        const number = Number(m[1]);
        if (!number || number > MAX_NUMBER) continue;
        const year = m[2] ? Number(m[2]) : undefined;
        const start = from + m.index;
        const end = start + m[0].length;
        if (!council && !COUNCIL_NEAR.test(m[0])) {
          if (otherBodysResolution(text, start)) continue;
          const sentence = sentenceAround(text, start, end);
          if (!known.has(number) && year === undefined && !COUNCIL_NEAR.test(sentence)) continue;
        }
        found.push({ start, end, number, ...(year ? { year } : {}) });
      }
    }
  }
  // The longest reference wins; a shorter one inside it is the same resolution.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ResolutionRef[] = [];
  for (const r of found) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) continue;
    out.push(r);
  }
  return out;
}

/** A word every reference holds: the patterns run only around one, not over the whole page. */
const TRIGGER = /r[eé]sol|rezol|risol|резол|s\/res|unscr|号决议|قرار/giu;
/** Reach of a reference around its word: the Council's name before it, a number and (year) after. */
const REACH = 160;

/** Stretches of text around each trigger word, merged, each starting and ending at a space. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let from = Math.max(0, m.index - REACH);
    while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    let to = Math.min(text.length, m.index + REACH);
    while (to < text.length && !/\s/.test(text[to]!)) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), start - 200, 0);
  const stops = [text.indexOf('. ', end), text.indexOf('\n', end), end + 200].filter((i) => i >= 0);
  return text.slice(from, Math.min(...stops, text.length));
}

/** The entity id a resolution's mention carries: the data's record when it has one. */
export const resolutionId = (n: number) => `unscr-${n}`;
export const resolutionNumber = (id: string): number | null => {
  const m = /^unscr-(\d{1,4})$/.exec(id);
  return m ? Number(m[1]) : null;
};

/**
 * Puts resolution references among the matcher's mentions: a reference replaces every mention
 * it overlaps ("United Nations Security Council Resolution 1701" is the resolution, not the
 * Council), so the longest reference wins over the Council's name inside it.
 */
export function withResolutions<M extends { start: number; end: number; id: string }>(
  mentions: readonly M[],
  refs: readonly ResolutionRef[],
  make: (ref: ResolutionRef) => M,
): M[] {
  if (refs.length === 0) return [...mentions];
  const kept = mentions.filter(
    (m) =>
      !refs.some((r) => m.start < r.end && r.start < m.end && !(m.start <= r.start && m.end >= r.end && m.id === resolutionId(r.number))),
  );
  const added = refs.filter((r) => !kept.some((m) => m.start <= r.start && m.end >= r.end)).map(make);
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** Numbers the data knows: resolution records and the instruments that created bodies. */
export function knownResolutions(entities: readonly Entity[]): Set<number> {
  const out = new Set<number>();
  for (const e of entities) {
    const own = resolutionNumber(e.id);
    if (own) out.add(own);
    const by = /^UNSCR\s*(\d{1,4})\b/.exec(e.authorizedBy ?? '');
    if (by) out.add(Number(by[1]));
  }
  return out;
}

export type ResolutionRelation = 'created' | 'renewed' | 'changed' | 'ended';

export interface ResolutionLink {
  id: string;
  relation: ResolutionRelation;
  date?: string;
}

interface EventLike {
  date: string;
  text: string;
  source?: { url: string; title: string };
}

const AS_A_DATE = /\b(?:after|before|since|following|until|prior\s+to)\s+(?:the\s+)?(?:security\s+council(?:'s)?\s+)?$/i;

/** What a resolution did to the bodies in the data: created them (authorizedBy) or, per their events, renewed, changed or ended them. */
export function resolutionLinks(n: number, entities: readonly Entity[]): ResolutionLink[] {
  const links: ResolutionLink[] = [];
  const cites = new RegExp(`(?:S/RES/${n}(?!\\d)|resolution\\s+${n}(?!\\d)|UNSCR\\s*${n}(?!\\d))`, 'i');
  for (const e of entities) {
    if (new RegExp(`^UNSCR\\s*${n}(?!\\d)`).test(e.authorizedBy ?? '')) links.push({ id: e.id, relation: 'created', date: e.established });
    const events = (e as Entity & { events?: EventLike[] }).events ?? [];
    for (const ev of events) {
      if (!cites.test(ev.text) && !cites.test(ev.source?.title ?? '') && !cites.test(ev.source?.url ?? '')) continue;
      // "two days after resolution 1244" dates the event, it does not say the resolution did it.
      const at = ev.text.search(cites);
      if (at >= 0 && AS_A_DATE.test(ev.text.slice(Math.max(0, at - 40), at))) continue;
      // The event that tells of the creation is the creation itself.
      if (links.some((l) => l.id === e.id && l.relation === 'created' && l.date === ev.date)) continue;
      const relation: ResolutionRelation = /\b(?:renew|extend|prolong)/i.test(ev.text)
        ? 'renewed'
        : /\b(?:end|terminat|clos|withdr|liquidat)/i.test(ev.text)
          ? 'ended'
          : 'changed';
      if (!links.some((l) => l.id === e.id && l.relation === relation && l.date === ev.date))
        links.push({ id: e.id, relation, date: ev.date });
    }
  }
  return links;
}

/** @public The resolution's own text at the UN's document system (for the card's links). */
export function resolutionUrl(n: number, year?: number): string {
  return year ? `https://docs.un.org/en/S/RES/${n}(${year})` : `https://digitallibrary.un.org/search?ln=en&p=S%2FRES%2F${n}`;
}

/** What the card says about a resolution, from the data alone. */
export interface ResolutionFacts {
  number: number;
  /** Known only when the data cites the resolution with its year ("S/RES/1244 (1999)") or holds its record. */
  year?: number;
  url: string;
  links: ResolutionLink[];
  /** False when the data holds no record: the view's entity is then only a stand-in for the card's frame. */
  recorded: boolean;
}

const readableUrl = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

/** The year the data gives a resolution, from a record, a citation "N (YYYY)" or a documents link "S/RES/N(YYYY)". */
function resolutionYear(n: number, entities: readonly Entity[]): number | undefined {
  const own = entities.find((e) => e.id === resolutionId(n));
  if (own) return Number(own.established.slice(0, 4));
  const cited = new RegExp(`(?:S/RES/|resolution\\s+|UNSCR\\s*)${n}\\s*\\((\\d{4})\\)`, 'i');
  for (const e of entities) {
    const texts = [e.authorizedBy ?? '', ...(e.events ?? []).flatMap((ev) => [ev.text, ev.source.title, readableUrl(ev.source.url)])];
    texts.push(...e.sources.flatMap((s) => [s.title, readableUrl(s.url)]));
    for (const text of texts) {
      const m = cited.exec(text);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

export function resolutionFacts(n: number, entities: readonly Entity[]): ResolutionFacts {
  const year = resolutionYear(n, entities);
  return {
    number: n,
    ...(year ? { year } : {}),
    url: resolutionUrl(n, year),
    links: resolutionLinks(n, entities),
    recorded: entities.some((e) => e.id === resolutionId(n)),
  };
}

/**
 * The frame a card needs for a resolution the data holds no record of. It carries no fact: its
 * name is the UN's own symbol, its dates are left empty, and the card shows the resolution's
 * facts instead of a record's fields (ResolutionFacts.recorded is false).
 */
export function resolutionStandIn(facts: ResolutionFacts): Entity {
  const symbol = `S/RES/${facts.number}${facts.year ? ` (${facts.year})` : ''}`;
  return {
    id: resolutionId(facts.number),
    name: symbol,
    acronym: null,
    aliases: [],
    kind: 'resolution',
    parent: 'unsc',
    status: 'active',
    established: facts.year ? String(facts.year) : '',
    ended: null,
    authorizedBy: null,
    headquarters: null,
    host: [],
    mandate: '',
    leaders: [],
    strength: [],
    budget: [],
    related: [],
    website: null,
    sources: [{ url: facts.url, title: symbol, publisher: 'United Nations' }],
    updated: '',
  };
}
