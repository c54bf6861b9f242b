/**
 * Typed sending and receiving over the contract in src/protocol.ts. Kept small and our own rather
 * than @webext-core/messaging or WXT's helper: those type messages but do not validate them on
 * receipt, and the tab side here addresses single frames (the page state is kept per frame).
 */
import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { BACKGROUND, type Payload, type Protocol, type Response, TAB } from './protocol';
import type { Envelope } from './send';

export type { FrameCardRequest, PageSummary, ShortcutCommand } from './protocol';
export { SHORTCUT_COMMANDS } from './protocol';
export type { EntityView } from './core/catalog';

type Sender = Browser.runtime.MessageSender;
type Handlers<P extends Protocol> = {
  [K in keyof P]?: (payload: Payload<P, K>, sender: Sender) => Response<P, K> | Promise<Response<P, K>>;
};

/**
 * A listener for `runtime.onMessage` that answers only the messages in `handlers`: for anything
 * else it returns undefined, so other listeners (the popup, another frame) keep their chance to
 * answer — with webextension-polyfill a returned Promise claims the message. Messages that match
 * nothing in the protocol, or whose payload fails its schema, are logged and left unanswered.
 */
export function handle<P extends Protocol>(protocol: P, handlers: Handlers<P>, where: string) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    const envelope = message as Partial<Envelope> | null;
    const type = typeof envelope === 'object' && envelope !== null ? envelope.type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) {
      console.warn(`MissionLens (${where}): unknown message`, message);
      return undefined;
    }
    const handler = handlers[type as keyof P];
    if (!handler) return undefined;
    const parsed = v.safeParse(protocol[type]!.payload, envelope!.payload);
    if (!parsed.success) {
      console.warn(`MissionLens (${where}): malformed ${type}`, v.summarize(parsed.issues));
      return undefined;
    }
    return Promise.resolve(handler(parsed.output as Payload<P, keyof P>, sender));
  };
}

export { BACKGROUND, TAB };
export { sendToBackground, sendToFrame } from './send';
