/** Answers the typed requests of src/messaging.ts; the full fact database lives only here and in the popup. */
import type { FactPack } from '../core/packs';
import type { Entity } from '../core/schema';
import { type EntityView, isRequest, type Responses, type TabRequest } from '../messaging';
import facts from '../generated/facts.json';
import { showBadge } from './badge';

export const entities = facts as unknown as Entity[];
const byId = new Map(entities.map((e) => [e.id, e]));
const assessment = byId.get('un-peacekeeping')?.contributors ?? [];
/** Records from the user's fact packs; bundled ids always win. */
let packById = new Map<string, Entity>();

export function setPacks(packs: readonly FactPack[]): void {
  packById = new Map(packs.flatMap((p) => p.entities).filter((e) => !byId.has(e.id)).map((e) => [e.id, e]));
}

export function viewOf(id: string): EntityView | null {
  const entity = byId.get(id) ?? packById.get(id);
  if (!entity) return null;
  return { entity, assessment: entity.kind === 'un-peacekeeping' ? assessment : [] };
}

export async function handleRequest(message: unknown, tabId: number | undefined, frameId?: number): Promise<Responses[keyof Responses] | undefined> {
  if (!isRequest(message)) return undefined;
  switch (message.type) {
    case 'getEntity':
      return viewOf(message.id);
    case 'pageMentions':
      if (tabId !== undefined) {
        const count = message.ids.filter((id) => byId.has(id) || packById.has(id)).length;
        await showBadge(tabId, count, message.off === true);
      }
      return null;
    case 'frameCard': {
      // Relayed to the top frame only; the top frame itself never asks.
      if (tabId === undefined || !frameId) return false;
      const relay: TabRequest = { type: 'frameCard', card: message.card, frameId };
      return browser.tabs.sendMessage(tabId, relay, { frameId: 0 }).then((shown) => shown === true, () => false);
    }
  }
}
