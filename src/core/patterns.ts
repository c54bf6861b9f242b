/**
 * The compact pattern list the content script receives: just enough to match, nothing to show.
 * Built from the entity records by scripts/build-data.ts and by tests alike.
 */
import { shortLabel } from './format';
import { translatedCues } from './cue-words';
import { acronymSplits, englishVariants, foreignVariants, resolutionForms } from './variants';
import { INFLECT_SHIFT, Inflect, inflectGroup, toSerbianCyrillic } from './inflection';
import type { CompiledMatcher } from './matcher';

export const enum PatternFlag {
  /** Matches only as written (acronyms, all-capital aliases). */
  CaseSensitive = 1,
  /** Also means something else: linked only when the context supports it. */
  Ambiguous = 2,
  /** A social handle or hashtag, matched without its sigil. */
  Social = 4,
  /** An acronym; other spellings of its case may be accepted by the context model. */
  Acronym = 8,
  /** A phrase that is never a mention (the AU's Peace and Security Council): it only blocks. */
  Blocker = 16,
  /** A form generated from the data by rule (Кфор from KFOR, "EU Rule of Law Mission"). */
  Generated = 32,
  // Bits 6–9 (INFLECT_SHIFT) hold the languages whose endings the pattern's words take.
  /** A name that is also a word or a given name (Atalanta, Sophia): needs evidence right beside it. */
  Tight = 1024,
  /** An inflected form that counts only in text written in its languages (Unifilu; see language.ts). */
  NeedsLanguage = 2048,
}

/** [text, entity index (-1 for blockers), flags, cue-list index or -1, not-cue-list index or -1] */
export type CompactPattern = [string, number, number, number, number];

export interface PatternSet {
  ids: string[];
  /** Kinds of the entities, parallel to ids (lets the page filter by kind without full records). */
  kinds: string[];
  /** Short display label per entity (acronym, else name), for related-body links in the card. */
  labels: string[];
  /** Parent entity index per entity (-1 when none): siblings are evidence for each other. */
  parents: number[];
  patterns: CompactPattern[];
  /** Lower-cased word lists shared between patterns (cues and not-cues). */
  cues: string[][];
  /**
   * The matcher's trie for exactly these patterns, compiled by `npm run build:data`: a page loads
   * it by array copies instead of building it (tens of ms of cold code per frame). Sets merged
   * with packs carry none and are built.
   */
  compiled?: CompiledMatcher;
}

export interface AliasSource {
  text: string;
  lang?: string;
  type?: string;
  ambiguous?: boolean;
  cues?: string[];
  notCues?: string[];
}

export interface PatternSource {
  id: string;
  kind: string;
  name: string;
  acronym: string | null;
  parent?: string | null;
  host?: string[];
  /** false: searchable in the popup but never marked in pages (generic terms like "UN peacekeeping"). */
  highlight?: boolean;
  aliases: AliasSource[];
}

/** A phrase that contains a pattern but is something else, so it must not link. */
export interface Blocker {
  text: string;
  reason: string;
}

/**
 * Cue words too common to support anything on their own: a memo's "mission statement" must not
 * vouch for NATO Mission Iraq.
 */
const WEAK_CUES = new Set([
  'mission',
  'missions',
  'operation',
  'operations',
  'force',
  'forces',
  'security',
  'council',
  'members',
  'member',
  'vote',
  'group',
  'office',
  'programme',
  'program',
  'team',
  'support',
  'train',
  'training',
  'advise',
  'international',
  'head',
  'director',
  'committee',
  'board',
  'agency',
  'report',
  'staff',
]);

const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

export function buildPatternSet(entities: readonly PatternSource[], blockers: readonly Blocker[] = []): PatternSet {
  const ids: string[] = [];
  const kinds: string[] = [];
  const labels: string[] = [];
  const patterns: CompactPattern[] = [];
  const cues: string[][] = [];
  const indexOf = new Map(entities.map((e, i) => [e.id, i]));
  const parents = entities.map((e) => (e.parent ? (indexOf.get(e.parent) ?? -1) : -1));
  const cueIndex = new Map<string, number>();
  // A cue that is itself an ambiguous alias (ICO, ICR) proves nothing: both may mean something else.
  const ambiguousTexts = new Set(entities.flatMap((e) => e.aliases.filter((a) => a.ambiguous).map((a) => a.text.toLowerCase())));
  // An alias's generated forms share its cue list: each list is normalized once.
  const interned = new Map<readonly string[], number>();
  const intern = (list: string[] | undefined): number => {
    if (!list || list.length === 0) return -1;
    const known = interned.get(list);
    if (known !== undefined) return known;
    const idx = internNew(list);
    interned.set(list, idx);
    return idx;
  };
  const internNew = (list: string[]): number => {
    const kept = list
      .map((c) => c.toLowerCase().trim())
      .filter((c) => c && !WEAK_CUES.has(c) && !ambiguousTexts.has(c))
      .flatMap(translatedCues);
    // Serbian readers meet the same places in Cyrillic (Kosovo: Косово), so each cue is also written so.
    const cyrillic = kept.map((c) => (/^[a-zčćđšž\s-]+$/.test(c) ? toSerbianCyrillic(c) : undefined));
    const norm = [...new Set([...kept, ...cyrillic.filter((c): c is string => !!c)])].sort();
    if (norm.length === 0) return -1;
    const key = norm.join('\u0000');
    let idx = cueIndex.get(key);
    if (idx === undefined) {
      idx = cues.length;
      cues.push(norm);
      cueIndex.set(key, idx);
    }
    return idx;
  };

  const variants = generatedVariants(entities);

  entities.forEach((e, index) => {
    ids.push(e.id);
    kinds.push(e.kind);
    labels.push(shortLabel(e));
    if (e.highlight === false) return;
    const seen = new Set<string>();
    // Operations named with one ambiguous word are named after words or people (Atalanta, Sophia),
    // unless the word is the acronym in title case (Unami); capitals (ATALANTA) are the same name.
    const operation = /-(?:operation|mission)$/.test(e.kind);
    const wordNames = new Set(
      e.aliases
        .filter((a) => operation && a.ambiguous && /^\p{Lu}\p{Ll}+$/u.test(a.text) && a.text.toUpperCase() !== e.acronym?.toUpperCase())
        .map((a) => a.text.toLowerCase()),
    );
    // Words against apply to the whole entity: they also veto case variants of its acronym.
    const notCues = intern(e.aliases.flatMap((a) => a.notCues ?? []));
    const add = (text: string, alias: AliasSource | undefined, extraFlags = 0) => {
      let t = text.trim();
      let flags = extraFlags;
      const type = alias?.type;
      if (type === 'handle' || type === 'hashtag' || /^[@#]/.test(t)) {
        t = t.replace(/^[@#]+/, '');
        flags |= PatternFlag.Social;
      } else if (type === 'acronym' || (HAS_UPPER.test(t) && !HAS_LOWER.test(t))) {
        flags |= PatternFlag.CaseSensitive | PatternFlag.Acronym;
      }
      if (alias?.ambiguous) flags |= PatternFlag.Ambiguous;
      if (alias?.ambiguous && wordNames.has(t.toLowerCase())) flags |= PatternFlag.Tight;
      if (!t) return;
      const key = flags & PatternFlag.CaseSensitive ? t : t.toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      patterns.push([t, index, flags, intern(alias?.cues), notCues]);
    };
    const aliasFor = (text: string | null) => (text === null ? undefined : e.aliases.find((a) => a.text === text));
    const inflect = (a: AliasSource) =>
      a.type === 'handle' || a.type === 'hashtag' || !HAS_LOWER.test(a.text) ? 0 : inflectGroup(a.lang) << INFLECT_SHIFT;
    if (e.acronym) {
      const acronymAlias: AliasSource = { ...aliasFor(e.acronym), text: e.acronym, type: 'acronym' };
      add(e.acronym, acronymAlias);
      for (const [form, flags] of pressForms(e)) {
        add(form, { ...acronymAlias, text: form }, PatternFlag.Generated | flags);
      }
    }
    add(e.name, { ...aliasFor(e.name), text: e.name, type: 'name' });
    for (const a of e.aliases) {
      add(a.text, a, inflect(a));
      // Hashtags run an acronym and its number together (#UNSCR1244).
      const tag = /^(\p{Lu}{2,})[\s-]?(\d+)$/u.exec(a.text);
      if (tag) add(`#${tag[1]}${tag[2]}`, { ...a, type: 'hashtag' }, PatternFlag.Generated);
    }
    for (const [text, base] of variants.get(index) ?? []) add(text, base, PatternFlag.Generated | inflect({ ...base, text }));
    // After the preposition ل the article loses its alif (لليونيفيل): the name without the article
    // is what the matcher finds once it has taken the clitics off.
    for (const a of e.aliases) {
      if (a.lang === 'ar' && /^ال\p{L}{3,}/u.test(a.text)) add(a.text.slice(2), { ...a, text: a.text.slice(2) }, PatternFlag.Generated);
    }
    // Serbian is written in both scripts, letter for letter: the Cyrillic of a Latin alias is generated.
    for (const a of e.aliases) {
      if (a.lang !== 'sr-Latn' && a.lang !== 'sr') continue;
      const cyrillic = toSerbianCyrillic(a.text);
      if (cyrillic) add(cyrillic, { ...a, text: cyrillic, lang: 'sr-Cyrl' }, PatternFlag.Generated | inflect(a));
    }
  });
  for (const b of blockers) patterns.push([b.text, -1, PatternFlag.Blocker, -1, -1]);
  return { ids, kinds, labels, parents, patterns, cues };
}

const isEnglish = (a: AliasSource) => (a.lang ?? 'en') === 'en' && a.type !== 'handle' && a.type !== 'hashtag';

/**
 * Variants of every entity's names (variants.ts: English variants, the UN written short in other
 * languages, resolutions with their council), each with the alias it comes from. A variant that
 * is another body's own name is dropped; one that two bodies would share is made ambiguous for
 * each, so it links only where the text supports one of them.
 */
function generatedVariants(entities: readonly PatternSource[]): Map<number, [string, AliasSource][]> {
  const own = new Map<string, Set<number>>();
  const made = new Map<string, { entity: number; base: AliasSource; text: string }[]>();
  entities.forEach((e, index) => {
    for (const a of [{ text: e.name }, ...e.aliases, ...(e.acronym ? [{ text: e.acronym }] : [])]) {
      const key = a.text.toLowerCase();
      own.set(key, (own.get(key) ?? new Set()).add(index));
    }
    if (e.highlight === false) return;
    const named: AliasSource[] = [{ text: e.name, type: 'name' }, ...e.aliases.filter(isEnglish)];
    const push = (text: string, base: AliasSource) => {
      const key = text.toLowerCase();
      const list = made.get(key) ?? [];
      if (!list.some((m) => m.entity === index)) list.push({ entity: index, base, text });
      made.set(key, list);
    };
    for (const a of named) {
      const base = { ...e.aliases.find((x) => x.text === a.text), ...a };
      if (a.type === 'acronym') for (const v of acronymSplits(a.text, e.name)) push(v, base);
      else for (const v of englishVariants(a.text)) push(v, base);
    }
    for (const a of e.aliases) {
      if (isEnglish(a) || a.type === 'acronym' || a.type === 'handle' || a.type === 'hashtag') continue;
      for (const v of foreignVariants(a.text, a.lang, e.kind === 'un-body')) push(v, { ...a, text: v });
    }
    const council = e.kind === 'resolution' && e.parent ? entities.find((p) => p.id === e.parent) : undefined;
    if (council) {
      for (const a of e.aliases) for (const v of resolutionForms(a, council.aliases)) push(v, { ...a, text: v, type: 'name' });
    }
    if (e.acronym)
      for (const v of acronymSplits(e.acronym, e.name))
        push(v, { ...e.aliases.find((x) => x.text === e.acronym), text: e.acronym, type: 'acronym' });
  });
  const out = new Map<number, [string, AliasSource][]>();
  for (const [key, list] of made) {
    const owners = own.get(key);
    if (owners && list.some((m) => !owners.has(m.entity))) continue;
    // Shared by two bodies ("EU Rule of Law Mission": EULEX and EUJUST THEMIS): ambiguous for
    // each, so it links where the text anchors one of them ("… Mission (EULEX)").
    const shared = list.length > 1;
    for (const { entity, base, text } of list)
      out.set(entity, [...(out.get(entity) ?? []), [text, shared ? { ...base, ambiguous: true } : base]]);
  }
  return out;
}

/** Hosts whose press writes our acronyms as inflecting words (Kfor, Unmika, Euleksit, Кфора). */
const BALKAN_HOSTS = new Set(['XK', 'AL', 'RS', 'BA', 'ME', 'MK', 'HR']);

/**
 * The acronym as the Albanian and Serbian/Croatian/Bosnian press write it, with the languages
 * whose endings each form takes: Kfor, Euleks (x as ks), Кфор, Еулекс, and КФОР in capitals.
 */
function pressForms(e: PatternSource): [string, number][] {
  const acronym = e.acronym;
  if (!acronym || acronym.length < 4 || HAS_LOWER.test(acronym) || !/^\p{L}+$/u.test(acronym)) return [];
  // Bodies hosted elsewhere are written the same way in this press, but their forms need the text's language.
  const gate = e.host?.some((h) => BALKAN_HOSTS.has(h)) ? 0 : PatternFlag.NeedsLanguage;
  const title = acronym[0] + acronym.slice(1).toLowerCase();
  // x is written ks, and a c said as k is written k (MINUSCA: Minuska).
  const latin = [...new Set([title, title.replace(/x/g, 'ks'), title.replace(/x/g, 'ks').replace(/c(?=[aou]|$)/g, 'k')])];
  const out: [string, number][] = latin.map((t) => [t, ((Inflect.Sq | Inflect.Sh) << INFLECT_SHIFT) | gate]);
  for (const t of latin) {
    const cyrillic = toSerbianCyrillic(t);
    if (cyrillic) out.push([cyrillic, (Inflect.Sh << INFLECT_SHIFT) | gate], [cyrillic.toUpperCase(), 0]);
  }
  return out;
}

/** Appends a second set (a user's fact packs) to the bundled one, shifting its indices. */
export function mergePatternSets(a: PatternSet, b: PatternSet): PatternSet {
  const n = a.ids.length;
  const c = a.cues.length;
  const shift = (i: number, by: number) => (i < 0 ? i : i + by);
  return {
    ids: [...a.ids, ...b.ids],
    kinds: [...a.kinds, ...b.kinds],
    labels: [...a.labels, ...b.labels],
    parents: [...a.parents, ...b.parents.map((p) => shift(p, n))],
    patterns: [
      ...a.patterns,
      ...b.patterns.map(([t, e, f, cue, not]): CompactPattern => [t, shift(e, n), f, shift(cue, c), shift(not, c)]),
    ],
    cues: [...a.cues, ...b.cues],
  };
}
