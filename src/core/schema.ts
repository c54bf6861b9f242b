/**
 * The entity schema (field names fixed by the fact-database issue), declared once with valibot:
 * the TypeScript types, the validator and the list of known fields all come from the declaration
 * below, so they cannot drift. Validation returns every problem with its path rather than
 * stopping at the first, so one build tells an editor everything that is wrong with a file.
 */
import * as v from 'valibot';
import { compareDates, isPartialDate } from './dates';

/** Kinds that deploy people and money, so a figure or a head can go out of date. */
export const OPERATION_KINDS = [
  'un-peacekeeping',
  'un-political-mission',
  'eu-civilian-mission',
  'eu-military-operation',
  'nato-operation',
  'osce-field-operation',
  'au-operation',
  'regional-operation',
] as const;
export const KINDS = [
  'organization',
  'un-body',
  ...OPERATION_KINDS,
  'international-body',
  'position',
  'local-institution',
  'agreement',
  'resolution',
  'term',
] as const;
/** @public The data schema's names, for code beyond this repository's current uses. */
export type Kind = (typeof KINDS)[number];
export type Relation = (typeof RELATIONS)[number];

export const UNITS = ['troops', 'police', 'personnel', 'staff'] as const;
export const RELATIONS = [
  'preceded-by',
  'succeeded-by',
  'part-of',
  'transferred-to',
  'works-with',
  'created-by',
  'led-by',
  'implements',
] as const;
export const ALIAS_TYPES = ['acronym', 'name', 'short', 'former', 'handle', 'hashtag'] as const;
/** Top-level facts a source may declare it supports. */
export const COVERABLE = [
  'established',
  'deployed',
  'ended',
  'authorizedBy',
  'headquarters',
  'host',
  'mandate',
  'parent',
  'status',
] as const;
/**
 * What a budget figure is: money approved for the period (the default) or money spent over it —
 * for ended missions often the only figure published, over their whole life.
 */
export const BUDGET_BASES = ['appropriation', 'expenditure'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_RE = /^https?:\/\/[^\s]+$/;
const PERIOD = /^\d{4}(?:-\d{2})?(?:\/\d{4}(?:-\d{2})?)?$/;
const COUNTRY = /^[A-Z]{2}$/;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/;

const oneOf = (list: readonly string[]) => `must be one of ${list.join(', ')}`;
const text = (message = 'must be a non-empty string') =>
  v.pipe(
    v.string(message),
    v.check((s) => s.trim() !== '', message),
  );
const date = v.pipe(
  v.string((i) => `must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got ${JSON.stringify(i.input)}`),
  v.check(
    (s: string) => isPartialDate(s),
    (i) => `must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got ${JSON.stringify(i.input)}`,
  ),
);
const id = (message: string) => v.pipe(v.string(message), v.regex(ID, message));
const country = v.pipe(v.string('must be an ISO 3166-1 alpha-2 code'), v.regex(COUNTRY, 'must be an ISO 3166-1 alpha-2 code'));
const url = (message: string) => v.pipe(v.string(message), v.regex(URL_RE, message));
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'must be an array');
const words = v.array(text('must be a list of words'), 'must be a list of words');

// A plain object, spread below: reading `.entries` of a schema would keep every schema in any
// bundle that imports this module for its lists (the content script does, for KINDS).
const SOURCE_REF_ENTRIES = {
  url: url('must be an http(s) URL'),
  title: text('must be a non-empty title'),
  /** Who published the page (UN News, NATO, EULEX, Reuters); the card labels the link with it. */
  publisher: v.optional(text('must be a non-empty name')),
};
const SourceRefSchema = v.strictObject(SOURCE_REF_ENTRIES, 'must be a source {url, title, publisher?}');
const SourceSchema = v.strictObject(
  {
    ...SOURCE_REF_ENTRIES,
    covers: v.optional(
      v.array(
        v.picklist(COVERABLE, (i) => `unknown field ${JSON.stringify(i.input)}`),
        'must be a list of field names',
      ),
    ),
  },
  'must be a source {url, title, publisher?}',
);
const AliasSchema = v.strictObject(
  {
    text: text(),
    lang: v.pipe(
      v.string('must be a BCP 47 tag such as en, fr, sr-Latn or und'),
      v.regex(LANG, 'must be a BCP 47 tag such as en, fr, sr-Latn or und'),
    ),
    type: v.optional(v.picklist(ALIAS_TYPES, oneOf(ALIAS_TYPES))),
    ambiguous: v.optional(v.boolean('must be a boolean')),
    cues: v.optional(words),
    /** Words that, near a mention, show the string means something else (Unami *language*). */
    notCues: v.optional(words),
  },
  'must be an object {text, lang}',
);
const LeaderSchema = v.strictObject(
  {
    title: text(),
    name: text(),
    from: date,
    to: v.optional(date),
    source: SourceRefSchema,
    /** Acting, interim, and the like. */
    note: v.optional(text()),
  },
  'must be an object',
);
/** A milestone: mandate change, hand-over, closure, reconfiguration. */
const EventSchema = v.strictObject(
  { date, text: text(), source: SourceRefSchema, note: v.optional(text()) },
  'must be an object {date, text, source}',
);
const StrengthSchema = v.strictObject(
  {
    value: v.pipe(
      v.number('must be a non-negative number'),
      v.finite('must be a non-negative number'),
      v.minValue(0, 'must be a non-negative number'),
    ),
    unit: v.picklist(UNITS, oneOf(UNITS)),
    asOf: date,
    source: SourceRefSchema,
    note: v.optional(text()),
  },
  'must be an object',
);
const amount = () =>
  v.optional(
    v.pipe(v.number('must be a positive number'), v.finite('must be a positive number'), v.gtValue(0, 'must be a positive number')),
  );
/** A budget in the currency its source states: dollars for UN budgets, euros for EU missions' (never converted). */
const BudgetSchema = v.pipe(
  v.strictObject(
    {
      amountUSD: amount(),
      amountEUR: amount(),
      period: v.pipe(v.string('must be YYYY or YYYY-MM/YYYY-MM'), v.regex(PERIOD, 'must be YYYY or YYYY-MM/YYYY-MM')),
      source: SourceRefSchema,
      note: v.optional(text()),
      basis: v.optional(v.picklist(BUDGET_BASES, oneOf(BUDGET_BASES))),
    },
    'must be an object',
  ),
  v.check((b) => (b.amountUSD === undefined) !== (b.amountEUR === undefined), 'must give one amount: amountUSD or amountEUR'),
);
const RelatedSchema = v.strictObject(
  { id: id('must be an id'), relation: v.picklist(RELATIONS, oneOf(RELATIONS)) },
  'must be an object {id, relation}',
);
const ContributorSchema = v.strictObject(
  {
    country,
    share: v.pipe(
      v.number('must be a fraction between 0 and 1'),
      v.gtValue(0, 'must be a fraction between 0 and 1'),
      v.ltValue(1, 'must be a fraction between 0 and 1'),
    ),
    period: text('must name the period'),
    source: SourceRefSchema,
  },
  'must be an object',
);

export const EntitySchema = v.strictObject(
  {
    id: id('must be lowercase kebab-case'),
    name: text(),
    acronym: v.nullable(text('must be a non-empty string or null')),
    aliases: list(AliasSchema),
    kind: v.picklist(KINDS, oneOf(KINDS)),
    parent: v.nullable(id('must be an id or null')),
    status: v.picklist(['active', 'ended'], 'must be "active" or "ended"'),
    established: date,
    deployed: v.optional(date),
    ended: v.nullable(date),
    authorizedBy: v.nullable(text('must be a non-empty string or null')),
    headquarters: v.nullable(text('must be a non-empty string or null')),
    host: list(country),
    mandate: text(),
    leaders: list(LeaderSchema),
    /** Optional so records without milestones need not carry an empty list. */
    events: v.optional(list(EventSchema)),
    strength: list(StrengthSchema),
    budget: list(BudgetSchema),
    related: list(RelatedSchema),
    website: v.nullable(url('must be a URL or null')),
    sources: v.pipe(list(SourceSchema), v.minLength(1, 'needs at least one source')),
    updated: date,
    notes: v.optional(text()),
    contributors: v.optional(list(ContributorSchema)),
    /** false: searchable in the popup but never marked in pages (generic or out-of-scope terms). */
    highlight: v.optional(v.boolean('must be true or false')),
  },
  'the file must hold one JSON object',
);

export type Entity = v.InferOutput<typeof EntitySchema>;
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
/** @public */
export type Source = v.InferOutput<typeof SourceSchema>;
/** @public */
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Leader = v.InferOutput<typeof LeaderSchema>;
/** @public */
export type Event = v.InferOutput<typeof EventSchema>;
export type Strength = v.InferOutput<typeof StrengthSchema>;
export type Budget = v.InferOutput<typeof BudgetSchema>;
/** @public */
export type Related = v.InferOutput<typeof RelatedSchema>;
export type Contributor = v.InferOutput<typeof ContributorSchema>;

export interface Problem {
  file: string;
  path: string;
  message: string;
}

/** `strength[0].asOf`, the way an editor finds it in the file. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  }
  return out;
}

/** The schema of the field at an issue's path, followed through lists and optional wrappers. */
function schemaAt(path: readonly { key: unknown }[]): v.GenericSchema | null {
  type Node = v.GenericSchema & { wrapped?: Node; item?: Node; entries?: Record<string, Node> };
  let schema = EntitySchema as unknown as Node | undefined;
  for (const { key } of path) {
    while (schema?.wrapped) schema = schema.wrapped;
    schema = schema?.item ?? schema?.entries?.[key as string];
    if (!schema) return null;
  }
  return schema ?? null;
}

/**
 * valibot names a missing key and an unknown one in its own words; an editor gets ours, and a
 * missing field gets the message its own schema gives (what the field must be).
 */
function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
  if (issue.type === 'strict_object' && issue.input === undefined && issue.path?.length) {
    const field = schemaAt(issue.path);
    const own = field ? v.safeParse(field, undefined).issues?.[0]?.message : undefined;
    return own ?? 'is required';
  }
  return issue.message;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Rules between fields. They read the raw input defensively, so they are reported even when
 * another part of the file is malformed.
 */
function crossFieldProblems(raw: Obj, file: string, fail: (path: string, message: string) => void): void {
  if (typeof raw.id === 'string' && raw.id.trim() && file.endsWith('.json') && !file.endsWith(`${raw.id}.json`)) {
    fail('id', `must equal the file name (${file})`);
  }
  if (raw.status === 'ended' && raw.ended === null) fail('ended', 'an ended body needs its end date');
  if (raw.status === 'active' && raw.ended !== null) fail('ended', 'an active body has ended: null');
  if (isPartialDate(raw.established) && isPartialDate(raw.ended) && compareDates(raw.ended, raw.established) < 0)
    fail('ended', 'is before established');
  if (Array.isArray(raw.aliases)) {
    raw.aliases.forEach((a, i) => {
      if (isObj(a) && a.ambiguous === true && (!Array.isArray(a.cues) || a.cues.length === 0))
        fail(`aliases[${i}].cues`, 'an ambiguous alias needs cue words');
    });
  }
  if (Array.isArray(raw.leaders)) {
    raw.leaders.forEach((l, i) => {
      if (isObj(l) && isPartialDate(l.from) && isPartialDate(l.to) && compareDates(l.to, l.from) < 0)
        fail(`leaders[${i}].to`, 'is before from');
    });
  }
  const covered = new Set<unknown>(
    Array.isArray(raw.sources) ? raw.sources.flatMap((s) => (isObj(s) && Array.isArray(s.covers) ? s.covers : [])) : [],
  );
  for (const key of ['established', 'ended', 'authorizedBy'] as const) {
    if (raw[key] !== null && raw[key] !== undefined && !covered.has(key)) fail(key, 'no source covers it (add it to a source\'s "covers")');
  }
}

/** Validates one record in isolation; cross-record checks are in validateDatabase. */
export function validateEntity(raw: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  const fail = (path: string, message: string) => problems.push({ file, path, message });
  const result = v.safeParse(EntitySchema, raw, { abortEarly: false });
  for (const issue of result.issues ?? []) fail(pathOf(issue), messageOf(issue));
  if (isObj(raw)) crossFieldProblems(raw, file, fail);
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
        problems.push({
          file: fileOf(c.id),
          path: 'aliases',
          message: `"${key}" is also claimed by ${names}: mark it ambiguous with cues in each, or keep it in one`,
        });
      }
    }
  }
  return problems;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message}`;
}
