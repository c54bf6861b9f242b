/**
 * Stored data that failed its checks: where it was, why it was set aside, and a way to export or
 * remove each part. Opening the options page moves such parts out of their keys into the
 * set-aside list, so the next save of a setting or pack cannot overwrite them.
 */
import { useEffect, useState } from 'preact/hooks';
import { sameSetAsidePart, type SetAsidePart } from '~/src/core/stored';
import { loadSetAside, onSetAsideChanged, removeSetAside, settleStorage } from '~/src/set-aside-store';
import { t } from '~/src/ui/i18n';
import { download } from './files';
import type { Status } from './Note';
import { bundledIds } from './PackSection';

function placeText({ from, where }: SetAsidePart): string {
  if (from === 'settings') return where.field ? t('optAsideSetting', where.field) : t('optAsideSettings');
  if (from === 'packs') {
    if (where.entity) return t('optAsideEntity', where.entity, where.pack ?? '');
    return where.pack ? t('optAsidePack', where.pack) : t('optAsidePacks');
  }
  return t('optAsideRecord');
}

export function SetAsideSection({ onStatus }: { onStatus: (s: Status) => void }) {
  const [parts, setParts] = useState<SetAsidePart[]>([]);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void loadSetAside(bundledIds)
        .then((p) => live && setParts(p))
        .catch(() => undefined);
    void settleStorage(bundledIds)
      .catch((err: Error) => onStatus({ kind: 'error', text: t('optSaveFailed', err.message) }))
      .finally(refresh);
    const stop = onSetAsideChanged(refresh);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const remove = async (which: (p: SetAsidePart) => boolean) => {
    try {
      await removeSetAside(bundledIds, which);
      setParts(await loadSetAside(bundledIds));
    } catch (err) {
      onStatus({ kind: 'error', text: t('optSaveFailed', (err as Error).message) });
    }
  };

  if (parts.length === 0) return null;
  return (
    <fieldset id="set-aside">
      <legend>{t('optSetAside')}</legend>
      <p class="help">{t('optSetAsideHelp', parts.length)}</p>
      <ul>
        {parts.map((part, i) => (
          <li key={i} class="aside-part">
            <strong>{placeText(part)}</strong>
            {part.found ? ` (${t('optAsideFound', part.found)})` : null}
            <ul>
              {part.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            {/* Named with their item: a list of identical "Remove" buttons says nothing to a screen reader. */}
            <button
              type="button"
              aria-label={`${t('optAsideExport')}: ${placeText(part)}`}
              onClick={() => download('missionlens-set-aside.json', part.raw)}
            >
              {t('optAsideExport')}
            </button>{' '}
            <button
              type="button"
              aria-label={`${t('optAsideRemove')}: ${placeText(part)}`}
              onClick={() => void remove((p) => sameSetAsidePart(p, part))}
            >
              {t('optAsideRemove')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => download('missionlens-set-aside.json', parts)}>
        {t('optAsideExportAll')}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          if (confirm(t('optAsideRemoveAllConfirm', parts.length))) void remove(() => true);
        }}
      >
        {t('optAsideRemoveAll')}
      </button>
    </fieldset>
  );
}
