/**
 * The sending side of src/messaging.ts, on its own: it needs the protocol's types only, so the
 * content script's first stage sends without carrying the schemas (valibot) that receiving needs.
 */
import { browser } from 'wxt/browser';
import type { BACKGROUND, Payload, Response, TAB } from './protocol';

/** The wire format: one envelope for every message. */
export interface Envelope {
  type: string;
  payload: unknown;
}

/** Content script or popup → background. */
export function sendToBackground<K extends keyof typeof BACKGROUND>(
  type: K,
  payload: Payload<typeof BACKGROUND, K>,
): Promise<Response<typeof BACKGROUND, K>> {
  const envelope: Envelope = { type, payload };
  return browser.runtime.sendMessage(envelope) as Promise<Response<typeof BACKGROUND, K>>;
}

/** Background or popup → one frame of a tab. */
export function sendToFrame<K extends keyof typeof TAB>(
  target: { tabId: number; frameId: number },
  type: K,
  payload: Payload<typeof TAB, K>,
): Promise<Response<typeof TAB, K>> {
  const envelope: Envelope = { type, payload };
  return browser.tabs.sendMessage(target.tabId, envelope, { frameId: target.frameId }) as Promise<Response<typeof TAB, K>>;
}
