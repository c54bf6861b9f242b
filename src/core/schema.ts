/**
 * The entity schema (field names fixed by the fact-database issue) and its validator. The
 * validator returns every problem with its path rather than stopping at the first, so one build
 * tells an editor everything that is wrong with a file.
 */
import { compareDates, isPartialDate } from './dates';

export const KINDS = [
  'organization', 'un-body', 'un-peacekeeping', 'un-political-mission', 'eu-civilian-mission',
  'eu-military-operation', 'nato-operation', 'osce-field-operation', 'au-operation',
  'regional-operation', 'international-body', 'position', 'local-institution', 'agreement',
  'resolution', 'term',
] as const;
export type Kind = (typeof KINDS)[number];

export const UNITS = ['troops', 'police', 'personnel', 'staff'] as const;
export const RELATIONS = [
  'preceded-by', 'succeeded-by', 'part-of', 'transferred-to', 'works-with', 'created-by', 'led-by', 'implements',
] as const;
export const ALIAS_TYPES = ['acronym', 'name', 'short', 'former', 'handle', 'hashtag'] as const;
/** Top-level facts a source may declare it supports. */
export const COVERABLE = ['established', 'deployed', 'ended', 'authorizedBy', 'headquarters', 'host', 'mandate', 'parent', 'status'] as const;

export interface SourceRef {
  url: string;
  title: string;
  /** Who published the page (UN News, NATO, EULEX, Reuters); the card labels the link with it. */
  publisher?: string;
}
export interface Source extends SourceRef {
  covers?: (typeof COVERABLE)[number][];
}
export interface Alias {
  text: string;
  lang: string;
  type?: (typeof ALIAS_TYPES)[number];
  ambiguous?: boolean;
  cues?: string[];
  /** Words that, near a mention, show the string means something else (Unami *language*). */
  notCues?: string[];
}
export interface Leader {
  title: string;
  name: string;
  from: string;
  to?: string;
  source: SourceRef;
  note?: string;
}
/** A milestone: mandate change, hand-over, closure, reconfiguration. */
export interface Event {
  date: string;
  text: string;
  source: SourceRef;
  note?: string;
}
export interface Strength {
  value: number;
  unit: (typeof UNITS)[number];
  asOf: string;
  source: SourceRef;
  note?: string;
}
export const BUDGET_BASES = ['appropriation', 'expenditure'] as const;
export interface Budget {
  amountUSD: number;
  period: string;
  source: SourceRef;
  note?: string;
  /**
   * What the figure is: money approved for the period (the default) or money spent over it — for
   * ended missions often the only figure published, over their whole life.
   */
  basis?: (typeof BUDGET_BASES)[number];
}
export interface Related {
  id: string;
  relation: (typeof RELATIONS)[number];
}
export interface Contributor {
  country: string;
  share: number;
  period: string;
  source: SourceRef;
}
export interface Entity {
  id: string;
  name: string;
  acronym: string | null;
  aliases: Alias[];
  kind: Kind;
  parent: string | null;
  status: 'active' | 'ended';
  established: string;
  deployed?: string;
  ended: string | null;
  authorizedBy: string | null;
  headquarters: string | null;
  host: string[];
  mandate: string;
  leaders: Leader[];
  /** Optional so records without milestones need not carry an empty list. */
  events?: Event[];
  strength: Strength[];
  budget: Budget[];
  related: Related[];
  website: string | null;
  sources: Source[];
  updated: string;
  notes?: string;
  contributors?: Contributor[];
  /** false: searchable in the popup but never marked in pages (generic or out-of-scope terms). */
  highlight?: boolean;
}

export interface Problem {
  file: string;
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_RE = /^https?:\/\/[^\s]+$/;
const PERIOD = /^\d{4}(?:-\d{2})?(?:\/\d{4}(?:-\d{2})?)?$/;
const COUNTRY = /^[A-Z]{2}$/;
const KNOWN_FIELDS = new Set([
  'id', 'name', 'acronym', 'aliases', 'kind', 'parent', 'status', 'established', 'deployed', 'ended',
  'authorizedBy', 'headquarters', 'host', 'mandate', 'leaders', 'strength', 'budget', 'related',
  'website', 'sources', 'updated', 'notes', 'contributors', 'highlight', 'events',
]);
const SOURCE_FIELDS = new Set(['url', 'title', 'publisher']);

/** Fields of the records inside the lists: a misspelt one would otherwise be dropped silently. */
const KNOWN_ITEM_FIELDS: Record<string, ReadonlySet<string>> = {
  aliases: new Set(['text', 'lang', 'type', 'ambiguous', 'cues', 'notCues']),
  leaders: new Set(['title', 'name', 'from', 'to', 'source', 'note']),
  events: new Set(['date', 'text', 'source', 'note']),
  strength: new Set(['value', 'unit', 'asOf', 'source', 'note']),
  budget: new Set(['amountUSD', 'period', 'basis', 'source', 'note']),
  related: new Set(['id', 'relation']),
  sources: new Set(['url', 'title', 'publisher', 'covers']),
};

/** Validates one record in isolation; cross-record checks are in validateDatabase. */
export function validateEntity(raw: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  const fail = (path: string, message: string) => problems.push({ file, path, message });
  if (!isObj(raw)) {
    fail('', 'the file must hold one JSON object');
    return problems;
  }
  for (const key of Object.keys(raw)) if (!KNOWN_FIELDS.has(key)) fail(key, 'unknown field');

  const str = (key: string, opts: { nullable?: boolean; optional?: boolean } = {}): string | null => {
    const v = raw[key];
    if (v === undefined && opts.optional) return null;
    if (v === null && opts.nullable) return null;
    if (typeof v !== 'string' || v.trim() === '') {
      fail(key, `must be a non-empty string${opts.nullable ? ' or null' : ''}`);
      return null;
    }
    return v;
  };
  const sourceRef = (v: unknown, path: string, topLevel = false): void => {
    if (!isObj(v)) return void fail(path, 'must be a source {url, title, publisher?}');
    if (!topLevel) for (const k of Object.keys(v)) if (!SOURCE_FIELDS.has(k)) fail(`${path}.${k}`, 'unknown field');
    if (typeof v.url !== 'string' || !URL_RE.test(v.url)) fail(`${path}.url`, 'must be an http(s) URL');
    if (typeof v.title !== 'string' || !v.title.trim()) fail(`${path}.title`, 'must be a non-empty title');
    if (v.publisher !== undefined && (typeof v.publisher !== 'string' || !v.publisher.trim())) fail(`${path}.publisher`, 'must be a non-empty name');
  };
  const date = (v: unknown, path: string): v is string => {
    if (!isPartialDate(v)) {
      fail(path, `must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got ${JSON.stringify(v)}`);
      return false;
    }
    return true;
  };
  const arr = (key: string, optional = false): unknown[] => {
    const v = raw[key];
    if (v === undefined && optional) return [];
    if (!Array.isArray(v)) {
      fail(key, 'must be an array');
      return [];
    }
    const known = KNOWN_ITEM_FIELDS[key];
    if (known) {
      v.forEach((item, i) => {
        if (isObj(item)) for (const k of Object.keys(item)) if (!known.has(k)) fail(`${key}[${i}].${k}`, 'unknown field');
      });
    }
    return v;
  };

  const id = str('id');
  if (id !== null && !ID.test(id)) fail('id', 'must be lowercase kebab-case');
  if (id !== null && file.endsWith('.json') && !file.endsWith(`${id}.json`)) fail('id', `must equal the file name (${file})`);
  str('name');
  str('acronym', { nullable: true });
  str('mandate');
  str('authorizedBy', { nullable: true });
  str('headquarters', { nullable: true });
  str('notes', { optional: true });
  if (raw.highlight !== undefined && typeof raw.highlight !== 'boolean') fail('highlight', 'must be true or false');
  if (!(KINDS as readonly string[]).includes(raw.kind as string)) fail('kind', `must be one of ${KINDS.join(', ')}`);
  if (raw.parent !== null && (typeof raw.parent !== 'string' || !ID.test(raw.parent))) fail('parent', 'must be an id or null');
  if (raw.status !== 'active' && raw.status !== 'ended') fail('status', 'must be "active" or "ended"');
  const established = date(raw.established, 'established') ? (raw.established as string) : null;
  if (raw.deployed !== undefined) date(raw.deployed, 'deployed');
  let ended: string | null = null;
  if (raw.ended !== null) {
    if (date(raw.ended, 'ended')) ended = raw.ended as string;
  }
  if (raw.status === 'ended' && raw.ended === null) fail('ended', 'an ended body needs its end date');
  if (raw.status === 'active' && raw.ended !== null) fail('ended', 'an active body has ended: null');
  if (established && ended && compareDates(ended, established) < 0) fail('ended', 'is before established');
  date(raw.updated, 'updated');
  if (raw.website !== null && (typeof raw.website !== 'string' || !URL_RE.test(raw.website))) fail('website', 'must be a URL or null');

  arr('host').forEach((h, i) => {
    if (typeof h !== 'string' || !COUNTRY.test(h)) fail(`host[${i}]`, 'must be an ISO 3166-1 alpha-2 code');
  });
  arr('aliases').forEach((a, i) => {
    const p = `aliases[${i}]`;
    if (!isObj(a)) return void fail(p, 'must be an object {text, lang}');
    if (typeof a.text !== 'string' || !a.text.trim()) fail(`${p}.text`, 'must be a non-empty string');
    if (typeof a.lang !== 'string' || !/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/.test(a.lang)) fail(`${p}.lang`, 'must be a BCP 47 tag such as en, fr, sr-Latn or und');
    if (a.type !== undefined && !(ALIAS_TYPES as readonly string[]).includes(a.type as string)) fail(`${p}.type`, `must be one of ${ALIAS_TYPES.join(', ')}`);
    if (a.ambiguous !== undefined && typeof a.ambiguous !== 'boolean') fail(`${p}.ambiguous`, 'must be a boolean');
    if (a.ambiguous === true && (!Array.isArray(a.cues) || a.cues.length === 0)) fail(`${p}.cues`, 'an ambiguous alias needs cue words');
    for (const key of ['cues', 'notCues'] as const) {
      const list = a[key];
      if (list !== undefined && (!Array.isArray(list) || list.some((c) => typeof c !== 'string' || !c.trim()))) fail(`${p}.${key}`, 'must be a list of words');
    }
  });
  arr('leaders').forEach((l, i) => {
    const p = `leaders[${i}]`;
    if (!isObj(l)) return void fail(p, 'must be an object');
    if (typeof l.title !== 'string' || !l.title.trim()) fail(`${p}.title`, 'must be a non-empty string');
    if (typeof l.name !== 'string' || !l.name.trim()) fail(`${p}.name`, 'must be a non-empty string');
    const from = date(l.from, `${p}.from`);
    if (l.to !== undefined && date(l.to, `${p}.to`) && from && compareDates(l.to as string, l.from as string) < 0) fail(`${p}.to`, 'is before from');
    sourceRef(l.source, `${p}.source`);
  });
  arr('events', true).forEach((ev, i) => {
    const p = `events[${i}]`;
    if (!isObj(ev)) return void fail(p, 'must be an object {date, text, source}');
    date(ev.date, `${p}.date`);
    if (typeof ev.text !== 'string' || !ev.text.trim()) fail(`${p}.text`, 'must be a non-empty string');
    if (ev.note !== undefined && (typeof ev.note !== 'string' || !ev.note.trim())) fail(`${p}.note`, 'must be a non-empty string');
    sourceRef(ev.source, `${p}.source`);
  });
  arr('strength').forEach((s, i) => {
    const p = `strength[${i}]`;
    if (!isObj(s)) return void fail(p, 'must be an object');
    if (typeof s.value !== 'number' || !Number.isFinite(s.value) || s.value < 0) fail(`${p}.value`, 'must be a non-negative number');
    if (!(UNITS as readonly string[]).includes(s.unit as string)) fail(`${p}.unit`, `must be one of ${UNITS.join(', ')}`);
    date(s.asOf, `${p}.asOf`);
    sourceRef(s.source, `${p}.source`);
  });
  arr('budget').forEach((b, i) => {
    const p = `budget[${i}]`;
    if (!isObj(b)) return void fail(p, 'must be an object');
    if (typeof b.amountUSD !== 'number' || !Number.isFinite(b.amountUSD) || b.amountUSD <= 0) fail(`${p}.amountUSD`, 'must be a positive number');
    if (typeof b.period !== 'string' || !PERIOD.test(b.period)) fail(`${p}.period`, 'must be YYYY or YYYY-MM/YYYY-MM');
    if (b.basis !== undefined && !(BUDGET_BASES as readonly string[]).includes(b.basis as string)) {
      fail(`${p}.basis`, `must be one of ${BUDGET_BASES.join(', ')}`);
    }
    sourceRef(b.source, `${p}.source`);
  });
  arr('related').forEach((r, i) => {
    const p = `related[${i}]`;
    if (!isObj(r)) return void fail(p, 'must be an object {id, relation}');
    if (typeof r.id !== 'string' || !ID.test(r.id)) fail(`${p}.id`, 'must be an id');
    if (!(RELATIONS as readonly string[]).includes(r.relation as string)) fail(`${p}.relation`, `must be one of ${RELATIONS.join(', ')}`);
  });
  const sources = arr('sources');
  if (sources.length === 0) fail('sources', 'needs at least one source');
  const covered = new Set<string>();
  sources.forEach((s, i) => {
    sourceRef(s, `sources[${i}]`, true);
    if (isObj(s) && s.covers !== undefined) {
      if (!Array.isArray(s.covers)) fail(`sources[${i}].covers`, 'must be a list of field names');
      else
        s.covers.forEach((c) => {
          if (!(COVERABLE as readonly string[]).includes(c as string)) fail(`sources[${i}].covers`, `unknown field ${JSON.stringify(c)}`);
          else covered.add(c as string);
        });
    }
  });
  for (const key of ['established', 'ended', 'authorizedBy'] as const) {
    if (raw[key] !== null && raw[key] !== undefined && !covered.has(key)) fail(key, 'no source covers it (add it to a source\'s "covers")');
  }
  if (raw.contributors !== undefined) {
    if (!Array.isArray(raw.contributors)) fail('contributors', 'must be an array');
    else
      raw.contributors.forEach((c, i) => {
        const p = `contributors[${i}]`;
        if (!isObj(c)) return void fail(p, 'must be an object');
        if (typeof c.country !== 'string' || !COUNTRY.test(c.country)) fail(`${p}.country`, 'must be an ISO 3166-1 alpha-2 code');
        if (typeof c.share !== 'number' || !(c.share > 0 && c.share < 1)) fail(`${p}.share`, 'must be a fraction between 0 and 1');
        if (typeof c.period !== 'string' || !c.period.trim()) fail(`${p}.period`, 'must name the period');
        sourceRef(c.source, `${p}.source`);
      });
  }
  return problems;
}

/** Cross-record rules: unique ids, links that resolve, aliases claimed once unless marked ambiguous. */
export function validateDatabase(entities: readonly Entity[], fileOf: (id: string) => string = (id) => `${id}.json`): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) problems.push({ file: fileOf(e.id), path: 'id', message: `duplicate id ${e.id}` });
    ids.add(e.id);
  }
  const claims = new Map<string, { id: string; ambiguous: boolean }[]>();
  for (const e of entities) {
    const file = fileOf(e.id);
    if (e.parent !== null && !ids.has(e.parent)) problems.push({ file, path: 'parent', message: `unknown id ${e.parent}` });
    e.related.forEach((r, i) => {
      if (!ids.has(r.id)) problems.push({ file, path: `related[${i}].id`, message: `unknown id ${r.id}` });
      if (r.id === e.id) problems.push({ file, path: `related[${i}].id`, message: 'an entity cannot relate to itself' });
    });
    const own = new Map<string, boolean>();
    const claim = (text: string, ambiguous: boolean, caseSensitive: boolean) => {
      const key = caseSensitive ? text.trim() : text.trim().toLowerCase();
      own.set(key, (own.get(key) ?? false) || ambiguous);
    };
    const isCaps = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
    const acronymAlias = e.aliases.find((a) => a.text === e.acronym);
    if (e.acronym) claim(e.acronym, acronymAlias?.ambiguous ?? false, true);
    claim(e.name, false, false);
    for (const a of e.aliases) claim(a.text.replace(/^[@#]/, ''), a.ambiguous ?? false, a.type === 'acronym' || isCaps(a.text));
    for (const [key, ambiguous] of own) {
      const list = claims.get(key) ?? [];
      list.push({ id: e.id, ambiguous });
      claims.set(key, list);
    }
  }
  for (const [key, list] of claims) {
    if (list.length > 1 && list.some((c) => !c.ambiguous)) {
      const names = list.map((c) => c.id).join(', ');
      for (const c of list.filter((x) => !x.ambiguous)) {
        problems.push({ file: fileOf(c.id), path: 'aliases', message: `"${key}" is also claimed by ${names}: mark it ambiguous with cues in each, or keep it in one` });
      }
    }
  }
  return problems;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message}`;
}
