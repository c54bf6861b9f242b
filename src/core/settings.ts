/**
 * User settings: schema, defaults and migrations. Pure, so the options page, the content script,
 * the background and the tests share one definition. Stored data is never trusted: anything that
 * does not fit the schema falls back to the default for that field, and the problems are reported.
 */
import { LANGS, type Lang } from './dates';
import * as v from 'valibot';
import { KINDS } from './schema';

export const SETTINGS_VERSION = 2;

const HIGHLIGHT_STYLES = ['underline', 'tint', 'none'] as const;
const TRIGGERS = ['hover', 'modifier', 'click'] as const;
const LANGUAGES = ['auto', ...LANGS] as const satisfies readonly ('auto' | Lang)[];
export const HOVER_DELAY_RANGE = [0, 2000] as const;

const quoted = (list: readonly string[]) =>
  `must be ${list
    .slice(0, -1)
    .map((x) => `"${x}"`)
    .join(', ')} or "${list.at(-1)}"`;

/**
 * One schema per field: a stored value that fails its field's schema falls back to that field's
 * default alone, and the Settings type is inferred from the same declaration.
 */
const FIELDS = {
  version: v.literal(SETTINGS_VERSION),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES, quoted(HIGHLIGHT_STYLES)),
  /** Kinds of bodies that are not highlighted (empty: all are). */
  hiddenKinds: v.array(v.picklist(KINDS), `must list kinds among: ${KINDS.join(', ')}`),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_RANGE[0]), v.maxValue(HOVER_DELAY_RANGE[1])),
  trigger: v.picklist(TRIGGERS, quoted(TRIGGERS)),
  /** Hostnames where MissionLens is off. */
  blockedSites: v.array(v.string()),
  /** When non-empty, MissionLens runs only on these hostnames. */
  allowedSites: v.array(v.string()),
  language: v.picklist(LANGUAGES, quoted(LANGUAGES)),
  /** Whether mentions in headings are marked (headlines are busy enough). */
  markHeadings: v.boolean('must be true or false'),
  /** Mark only the first mention of each body in each section of a page. */
  firstMentionOnly: v.boolean('must be true or false'),
};
export type Settings = { -readonly [K in keyof typeof FIELDS]: v.InferOutput<(typeof FIELDS)[K]> };
export type HighlightStyle = Settings['highlightStyle'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  highlightStyle: 'underline',
  hiddenKinds: [],
  hoverDelayMs: 150,
  trigger: 'hover',
  blockedSites: [],
  allowedSites: [],
  language: 'auto',
  markHeadings: false,
  firstMentionOnly: false,
});

/** A fresh, mutable copy of the defaults (the frozen object's lists must not be shared). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, hiddenKinds: [], blockedSites: [], allowedSites: [] };
}

export function isHoverDelay(value: unknown): value is number {
  return v.is(FIELDS.hoverDelayMs, value);
}

const HOVER_DELAY_WHY = `must be a whole number of milliseconds from ${HOVER_DELAY_RANGE[0]} to ${HOVER_DELAY_RANGE[1]}`;

export interface SettingsResult {
  settings: Settings;
  /** What was wrong with the input, field by field; empty when it was valid. */
  problems: string[];
  /** The values that were not used, with the field they came from (null: the whole input). */
  rejected: { field: string | null; raw: unknown; problem: string }[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version 1 kept one flag per style and a comma-separated block list. */
function migrateV1(raw: Obj): Obj {
  const { underline, blocklist, ...rest } = raw;
  return {
    ...rest,
    highlightStyle: underline === false ? 'tint' : 'underline',
    blockedSites:
      typeof blocklist === 'string'
        ? blocklist
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    version: 2,
  };
}

const MIGRATIONS: Record<number, (raw: Obj) => Obj> = { 1: migrateV1 };

/** Normalizes a hostname typed by a person: "https://www.Example.org/x" → "example.org". */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
  return (/^[a-z0-9.-]+$/.test(s) && s.includes('.')) || s === 'localhost' || /^\d+\.\d+\.\d+\.\d+$/.test(s) ? s : null;
}

/**
 * Brings stored settings of an earlier version up to this one; anything else is returned as it
 * is. Total, so WXT's migration runner can apply it to whatever storage holds.
 */
export function migrateSettings(input: unknown): unknown {
  if (!isObj(input)) return input;
  let raw: Obj = input;
  let version = typeof raw.version === 'number' ? raw.version : 1;
  while (version < SETTINGS_VERSION && MIGRATIONS[version]) raw = MIGRATIONS[version++]!(raw);
  return raw;
}

/** Reads stored or imported settings of any version; never throws. */
export function parseSettings(input: unknown): SettingsResult {
  const problems: string[] = [];
  const rejected: SettingsResult['rejected'] = [];
  const reject = (field: string | null, value: unknown, problem: string) => {
    problems.push(problem);
    rejected.push({ field, raw: value, problem });
  };
  if (input === undefined || input === null) return { settings: defaultSettings(), problems, rejected };
  if (!isObj(input)) {
    reject(null, input, 'settings must be a JSON object');
    return { settings: defaultSettings(), problems, rejected };
  }
  const declared = input.version;
  const raw = migrateSettings(input) as Obj;
  const version = typeof raw.version === 'number' ? raw.version : 1;
  if (version > SETTINGS_VERSION)
    reject(null, input, `version ${version} is newer than this MissionLens (${SETTINGS_VERSION}); known fields were kept`);
  else if (version !== SETTINGS_VERSION) reject('version', declared, `unknown settings version ${JSON.stringify(declared)}`);
  const s = defaultSettings();
  // A newer version's fields are in the copy set aside above; this version's own are named.
  if (version <= SETTINGS_VERSION) {
    for (const key of Object.keys(raw)) if (!Object.hasOwn(s, key)) reject(key, raw[key], `${key}: unknown field`);
  }
  for (const key of ['highlightStyle', 'trigger', 'language', 'markHeadings', 'firstMentionOnly', 'hoverDelayMs', 'hiddenKinds'] as const) {
    if (raw[key] === undefined) continue;
    const result = v.safeParse(FIELDS[key], raw[key]);
    if (result.success) (s as Obj)[key] = result.output;
    else reject(key, raw[key], `${key}: ${key === 'hoverDelayMs' ? HOVER_DELAY_WHY : result.issues[0].message}; the default was kept`);
  }
  for (const key of ['blockedSites', 'allowedSites'] as const) {
    const list = raw[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) {
      reject(key, list, `${key}: must be a list of site names; the default was kept`);
      continue;
    }
    const sites: string[] = [];
    for (const x of list as string[]) {
      const n = normalizeSite(x);
      if (n) sites.push(n);
      else reject(key, x, `${key}: "${x}" is not a site name and was left out`);
    }
    s[key] = [...new Set(sites)].sort();
  }
  return { settings: s, problems, rejected };
}

/** Whether MissionLens runs on a page of this hostname (subdomains follow their site). */
export function enabledOn(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  const matches = (site: string) => host === site || host.endsWith(`.${site}`);
  if (settings.blockedSites.some(matches)) return false;
  return settings.allowedSites.length === 0 || settings.allowedSites.some(matches);
}

/** Turns a site off, or back on, leaving the rest of the settings alone. */
export function toggleSite(settings: Settings, hostname: string): Settings {
  const site = normalizeSite(hostname);
  if (!site) return settings;
  const on = enabledOn(settings, site);
  const blockedSites = on
    ? [...new Set([...settings.blockedSites, site])].sort()
    : settings.blockedSites.filter((s) => !(site === s || site.endsWith(`.${s}`)));
  const allowedSites =
    !on && settings.allowedSites.length > 0 && !enabledOn({ ...settings, blockedSites }, site)
      ? [...settings.allowedSites, site].sort()
      : settings.allowedSites;
  return { ...settings, blockedSites, allowedSites };
}
