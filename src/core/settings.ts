/**
 * User settings: schema, defaults and migrations. Pure, so the options page, the content script,
 * the background and the tests share one definition. Stored data is never trusted: anything that
 * does not fit the schema falls back to the default for that field, and the problems are reported.
 */
import type { Lang } from './dates';
import { KINDS } from './schema';

export const SETTINGS_VERSION = 2;

export type HighlightStyle = 'underline' | 'tint' | 'none';
export type Trigger = 'hover' | 'modifier' | 'click';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  highlightStyle: HighlightStyle;
  /** Kinds of bodies that are not highlighted (empty: all are). */
  hiddenKinds: string[];
  hoverDelayMs: number;
  trigger: Trigger;
  /** Hostnames where MissionLens is off. */
  blockedSites: string[];
  /** When non-empty, MissionLens runs only on these hostnames. */
  allowedSites: string[];
  language: 'auto' | Lang;
  /** Whether mentions in headings are marked (headlines are busy enough). */
  markHeadings: boolean;
  /** Mark only the first mention of each body in each section of a page. */
  firstMentionOnly: boolean;
}

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

export const HOVER_DELAY_RANGE = [0, 2000] as const;

export function isHoverDelay(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= HOVER_DELAY_RANGE[0] && v <= HOVER_DELAY_RANGE[1];
}

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
    blockedSites: typeof blocklist === 'string' ? blocklist.split(',').map((s) => s.trim()).filter(Boolean) : [],
    version: 2,
  };
}

const MIGRATIONS: Record<number, (raw: Obj) => Obj> = { 1: migrateV1 };

/** Normalizes a hostname typed by a person: "https://www.Example.org/x" → "example.org". */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/^www\./, '');
  return /^[a-z0-9.-]+$/.test(s) && s.includes('.') || s === 'localhost' || /^\d+\.\d+\.\d+\.\d+$/.test(s) ? s : null;
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
  if (version > SETTINGS_VERSION) reject(null, input, `version ${version} is newer than this MissionLens (${SETTINGS_VERSION}); known fields were kept`);
  else if (version !== SETTINGS_VERSION) reject('version', declared, `unknown settings version ${JSON.stringify(declared)}`);
  const s = defaultSettings();
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean, why: string) => {
    if (raw[key] === undefined) return;
    if (ok(raw[key])) (s as unknown as Obj)[key] = raw[key];
    else reject(key, raw[key], `${key}: ${why}; the default was kept`);
  };
  // A newer version's fields are in the copy set aside above; this version's own are named.
  if (version <= SETTINGS_VERSION) {
    for (const key of Object.keys(raw)) if (!Object.hasOwn(s, key)) reject(key, raw[key], `${key}: unknown field`);
  }
  pick('highlightStyle', (v) => v === 'underline' || v === 'tint' || v === 'none', 'must be "underline", "tint" or "none"');
  pick('trigger', (v) => v === 'hover' || v === 'modifier' || v === 'click', 'must be "hover", "modifier" or "click"');
  pick('language', (v) => v === 'auto' || v === 'en' || v === 'fr', 'must be "auto", "en" or "fr"');
  pick('markHeadings', (v) => typeof v === 'boolean', 'must be true or false');
  pick('firstMentionOnly', (v) => typeof v === 'boolean', 'must be true or false');
  pick('hoverDelayMs', isHoverDelay, `must be a whole number of milliseconds from ${HOVER_DELAY_RANGE[0]} to ${HOVER_DELAY_RANGE[1]}`);
  pick('hiddenKinds', (v) => Array.isArray(v) && v.every((k) => (KINDS as readonly string[]).includes(k as string)), `must list kinds among: ${KINDS.join(', ')}`);
  for (const key of ['blockedSites', 'allowedSites'] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      reject(key, v, `${key}: must be a list of site names; the default was kept`);
      continue;
    }
    const sites: string[] = [];
    for (const x of v as string[]) {
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
  const allowedSites = !on && settings.allowedSites.length > 0 && !enabledOn({ ...settings, blockedSites }, site)
    ? [...settings.allowedSites, site].sort()
    : settings.allowedSites;
  return { ...settings, blockedSites, allowedSites };
}
