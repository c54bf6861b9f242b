/**
 * Stored parts that failed their checks, kept in storage.local under "setAside" until the reader
 * exports or removes them. Parts are moved there from their own key before that key is written
 * again, so a save never drops what it could not read.
 */
import { storage } from 'wxt/utils/storage';
import { todayISO } from './core/dates';
import { mergeSetAside, readSetAside, readStoredPacks, readStoredSettings, type SetAsidePart } from './core/stored';
import { packsItem, setAsideItem, settingsItem, versioned } from './storage-items';

/** Everything set aside: the stored list plus damage still in place in the other keys. */
export async function loadSetAside(bundledIds: ReadonlySet<string>): Promise<SetAsidePart[]> {
  const [list, settings, packs] = await Promise.all([setAsideItem().getValue(), settingsItem().getValue(), packsItem().getValue()]);
  const found = todayISO();
  return mergeSetAside(readSetAside(list), [
    ...readStoredSettings(settings, found).setAside,
    ...readStoredPacks(packs, bundledIds, found).setAside,
  ]);
}

/** The stored list with new parts added; written together with the key they came from when possible. */
export async function withSetAside(parts: readonly SetAsidePart[]): Promise<SetAsidePart[]> {
  return mergeSetAside(readSetAside(await setAsideItem().getValue()), parts);
}

/**
 * Moves damage out of the settings and packs keys into the set-aside list, writing the keys back
 * with only their valid parts. Nothing is written when nothing is damaged.
 */
export async function settleStorage(bundledIds: ReadonlySet<string>): Promise<void> {
  const found = todayISO();
  const [settingsRaw, packsRaw] = await Promise.all([settingsItem().getValue(), packsItem().getValue()]);
  const packs = readStoredPacks(packsRaw, bundledIds, found);
  if (packs.setAside.length > 0) {
    // One storage.local.set: the packs are never rewritten without their damaged parts kept.
    await storage.setItems([...versioned('setAside', await withSetAside(packs.setAside)), ...versioned('packs', packs.packs)]);
  }
  const settings = readStoredSettings(settingsRaw, found);
  if (settings.setAside.length > 0) {
    // Two areas: the copy is kept first, so a failed settings write loses nothing.
    await storage.setItems(versioned('setAside', await withSetAside(settings.setAside)));
    await storage.setItems(versioned('settings', settings.settings));
  }
}

/** Removes parts the reader chose to remove (after settling, so the list is the whole truth). */
export async function removeSetAside(bundledIds: ReadonlySet<string>, remove: (part: SetAsidePart) => boolean): Promise<void> {
  await settleStorage(bundledIds);
  const kept = readSetAside(await setAsideItem().getValue()).filter((p) => !remove(p));
  await storage.setItems(versioned('setAside', kept));
}

export function onSetAsideChanged(callback: () => void): () => void {
  const stops = [setAsideItem(), settingsItem(), packsItem()].map((item) => item.watch(callback));
  return () => stops.forEach((stop) => stop());
}
