/**
 * The compact pattern list the content script receives: just enough to match, nothing to show.
 * Built from the entity records by scripts/build-data.ts and by tests alike.
 */
export const enum PatternFlag {
  /** Matches only as written (acronyms, all-capital aliases). */
  CaseSensitive = 1,
  /** Also means something else: linked only when the context supports it. */
  Ambiguous = 2,
  /** A social handle or hashtag, matched without its sigil. */
  Social = 4,
  /** An acronym; other spellings of its case may be accepted by the context model. */
  Acronym = 8,
}

/** [text, entity index, flags, cue-list index or -1] */
export type CompactPattern = [string, number, number, number];

export interface PatternSet {
  ids: string[];
  /** Kinds of the entities, parallel to ids (lets the page filter by kind without full records). */
  kinds: string[];
  /** Short display label per entity (acronym, else name), for related-body links in the card. */
  labels: string[];
  patterns: CompactPattern[];
  /** Lower-cased cue words, shared between patterns. */
  cues: string[][];
}

export interface PatternSource {
  id: string;
  kind: string;
  name: string;
  acronym: string | null;
  aliases: { text: string; type?: string; ambiguous?: boolean; cues?: string[] }[];
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

export function buildPatternSet(entities: readonly PatternSource[]): PatternSet {
  const ids: string[] = [];
  const kinds: string[] = [];
  const labels: string[] = [];
  const patterns: CompactPattern[] = [];
  const cues: string[][] = [];
  const cueIndex = new Map<string, number>();
  const internCues = (list: string[] | undefined): number => {
    if (!list || list.length === 0) return -1;
    const norm = [...new Set(list.map((c) => c.toLowerCase().trim()).filter(Boolean))].sort();
    const key = norm.join('\u0000');
    let idx = cueIndex.get(key);
    if (idx === undefined) {
      idx = cues.length;
      cues.push(norm);
      cueIndex.set(key, idx);
    }
    return idx;
  };

  entities.forEach((e, index) => {
    ids.push(e.id);
    kinds.push(e.kind);
    labels.push(e.acronym ?? e.name);
    const seen = new Set<string>();
    const add = (text: string, type: string | undefined, ambiguous: boolean, cueList?: string[]) => {
      let t = text.trim();
      let flags = 0;
      if (type === 'handle' || type === 'hashtag' || /^[@#]/.test(t)) {
        t = t.replace(/^[@#]+/, '');
        flags |= PatternFlag.Social;
      } else if (type === 'acronym' || (HAS_UPPER.test(t) && !HAS_LOWER.test(t))) {
        flags |= PatternFlag.CaseSensitive | PatternFlag.Acronym;
      }
      if (ambiguous) flags |= PatternFlag.Ambiguous;
      if (!t) return;
      const key = `${t}\u0000${flags & PatternFlag.CaseSensitive ? t : t.toLowerCase()}`;
      if (seen.has(key)) return;
      seen.add(key);
      patterns.push([t, index, flags, ambiguous ? internCues(cueList) : -1]);
    };
    const acronymAlias = e.aliases.find((a) => e.acronym !== null && a.text === e.acronym);
    if (e.acronym) {
      add(e.acronym, 'acronym', acronymAlias?.ambiguous ?? false, acronymAlias?.cues);
    }
    const nameAlias = e.aliases.find((a) => a.text === e.name);
    add(e.name, 'name', nameAlias?.ambiguous ?? false, nameAlias?.cues);
    for (const a of e.aliases) add(a.text, a.type, a.ambiguous ?? false, a.cues);
  });
  return { ids, kinds, labels, patterns, cues };
}
