/**
 * Full records come from the background on demand; the content script keeps the ones it has
 * shown, keyed by the catalog revision they came from, so a re-imported pack is never answered
 * from a stale copy.
 */
import type { EntityView } from '../core/catalog';
import { sendToBackground } from '../messaging';

/** Cards for more bodies than this on one page are rare; the bound keeps a long session small. */
const MAX_RECORDS = 64;

type Ask = (id: string) => Promise<{ revision: number | null; view: EntityView | null }>;

export class RecordCache {
  private revision = 0;
  private readonly records = new Map<string, Promise<EntityView | null>>();

  constructor(private readonly ask: Ask) {}

  /** The page's catalog changed (a pack imported, changed or removed): cached records may be stale. */
  setRevision(revision: number): void {
    if (revision === this.revision) return;
    this.revision = revision;
    this.records.clear();
  }

  get(id: string): Promise<EntityView | null> {
    const hit = this.records.get(id);
    if (hit) return hit;
    const revision = this.revision;
    const forget = () => {
      if (this.records.get(id) === answer) this.records.delete(id);
    };
    const answer: Promise<EntityView | null> = this.ask(id).then(
      (reply) => {
        // A miss is never kept (the background may not have read the packs yet), nor an answer
        // from a catalog other than the page's.
        if (!reply?.view || (reply.revision !== null && reply.revision !== revision)) forget();
        return reply?.view ?? null;
      },
      () => {
        forget();
        return null;
      },
    );
    this.records.set(id, answer);
    if (this.records.size > MAX_RECORDS) this.records.delete(this.records.keys().next().value!);
    return answer;
  }
}

export const records = new RecordCache((id) => sendToBackground('getEntity', { id }));

export function getEntity(id: string): Promise<EntityView | null> {
  return records.get(id);
}
