/**
 * The one catalog of bodies every context reads: the bundled records and blockers (compiled by
 * build-data into patterns.json and facts.json) plus the user's fact packs. "Bundled wins" is
 * applied here and nowhere else, and the revision changes whenever what the catalog answers
 * changes, so caches in other contexts are keyed by it rather than kept forever.
 *
 * PageCatalog is what the content script can afford (patterns, labels, kinds); Catalog adds the
 * full records, search and the context-menu lookup for the background, the popup and the options.
 */
import { detectMentions } from './detect';
import { Matcher } from './matcher';
import type { FactPack } from './packs';
import { buildPatternSet, mergePatternSets, type PatternSet } from './patterns';
import type { Contributor, Entity } from './schema';
import { resolutionFacts, resolutionNumber, resolutionStandIn, type ResolutionFacts } from './resolutions';
import { lineage, type LineageStep } from './timeline';
import { SearchIndex, type SearchResult } from './search';

/** A record as the card needs it: UN missions come with the assessment scale for budget shares. */
export interface EntityView {
  entity: Entity;
  assessment: Contributor[];
  /** For a Security Council resolution: what the data says it did, and where to read it. */
  resolution?: ResolutionFacts;
  /** Its predecessors and successors with itself, oldest first; absent when it has none. */
  lineage?: LineageStep[];
}

/** A search hit this good is taken as what the reader meant; weaker ones are not guessed at. */
const MIN_LOOKUP_SCORE = 25;

/** Pack records the bundled database does not hold: a pack can add bodies, never replace reviewed ones. */
export function packEntities(isBundled: (id: string) => boolean, packs: readonly FactPack[]): Entity[] {
  const seen = new Set<string>();
  const out: Entity[] = [];
  for (const e of packs.flatMap((p) => p.entities)) {
    if (isBundled(e.id) || seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(e);
  }
  return out;
}

/** FNV-1a over the packs' records: equal in every context that holds the same packs. */
function revisionOf(records: readonly Entity[]): number {
  if (records.length === 0) return 0;
  const text = JSON.stringify(records);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/**
 * The bundled patterns with the packs' appended. A pack's body may name a bundled parent (a
 * newsroom desk of the UN): its index is resolved against the merged list, which is what the
 * sibling rule of the context model compares.
 */
function withPackPatterns(bundled: PatternSet, records: readonly Entity[]): PatternSet {
  if (records.length === 0) return bundled;
  const merged = mergePatternSets(bundled, buildPatternSet(records));
  const indexOf = new Map(merged.ids.map((id, i) => [id, i]));
  records.forEach((e, i) => {
    if (e.parent) merged.parents[bundled.ids.length + i] = indexOf.get(e.parent) ?? -1;
  });
  return merged;
}

export class PageCatalog {
  /** 0 with no packs; otherwise a hash of the pack records in use. */
  readonly revision: number;
  readonly patterns: PatternSet;
  /** Pack records in use (bundled ones excluded). */
  readonly packRecords: readonly Entity[];
  private readonly indexOf: Map<string, number>;
  private matcherCache: Matcher | null = null;

  /** Why the packs were left out, when their patterns could not be built; null when all is well. */
  readonly packsLeftOut: string | null = null;

  constructor(bundled: PatternSet, packs: readonly FactPack[] = []) {
    const bundledIds = new Set(bundled.ids);
    let records = packEntities((id) => bundledIds.has(id), packs);
    let patterns = bundled;
    try {
      patterns = withPackPatterns(bundled, records);
    } catch (err) {
      // Stored packs were validated when read; if one still breaks the build, the bundled bodies
      // must keep working: the packs are left out, and the reason kept for the caller to report.
      records = [];
      this.packsLeftOut = err instanceof Error ? err.message : String(err);
    }
    this.packRecords = records;
    this.revision = revisionOf(records);
    this.patterns = patterns;
    this.indexOf = new Map(this.patterns.ids.map((id, i) => [id, i]));
  }

  has(id: string): boolean {
    return this.indexOf.has(id);
  }

  /** Short display label (acronym, else name). */
  labelOf(id: string): string | undefined {
    const i = this.indexOf.get(id);
    return i === undefined ? undefined : this.patterns.labels[i];
  }

  kindOf(id: string): string | undefined {
    const i = this.indexOf.get(id);
    return i === undefined ? undefined : this.patterns.kinds[i];
  }

  /** Built on first use: it is a reading slice's work, not start-up's. */
  get matcher(): Matcher {
    return (this.matcherCache ??= new Matcher(this.patterns));
  }
}

export class Catalog extends PageCatalog {
  readonly entities: readonly Entity[];
  private readonly byId: Map<string, Entity>;
  private readonly assessment: Contributor[];
  private index: SearchIndex | null = null;

  constructor(bundled: { patterns: PatternSet; entities: readonly Entity[] }, packs: readonly FactPack[] = []) {
    super(bundled.patterns, packs);
    this.entities = [...bundled.entities, ...this.packRecords];
    this.byId = new Map(this.entities.map((e) => [e.id, e]));
    this.assessment = this.byId.get('un-peacekeeping')?.contributors ?? [];
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** A record's view; any Security Council resolution has one, from what the data says of it, even without a record. */
  view(id: string): EntityView | null {
    const entity = this.byId.get(id);
    const n = resolutionNumber(id);
    if (n !== null && (!entity || entity.kind === 'resolution')) {
      const resolution = resolutionFacts(n, this.entities);
      return { entity: entity ?? resolutionStandIn(resolution), assessment: [], resolution };
    }
    if (!entity) return null;
    const line = lineage(id, (x) => this.byId.get(x), this.entities);
    return {
      entity,
      assessment: entity.kind === 'un-peacekeeping' ? this.assessment : [],
      ...(line.length > 1 ? { lineage: line } : {}),
    };
  }

  /** Built on the first query, not when a context starts. */
  search(query: string, limit = this.entities.length): SearchResult[] {
    return (this.index ??= new SearchIndex(this.entities)).search(query, limit);
  }

  /**
   * Selected text → the body it names: first as the page would mark it (blockers and packs
   * included), else the best search hit if it is good enough.
   */
  lookup(text: string): string | null {
    // Only resolutions with a record: the lookup answers with a card the catalog can fill.
    const found = detectMentions(text, this.matcher, { resolutions: 'data' })[0];
    if (found) return found.id;
    const best = this.search(text, 1)[0];
    return best && best.score >= MIN_LOOKUP_SCORE ? best.id : null;
  }
}
