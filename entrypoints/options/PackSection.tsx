/** Fact packs: import (validated whole against the bundled database), list, remove, export, and how to write one. */
import { useEffect, useState } from 'preact/hooks';
import { todayISO } from '~/src/core/dates';
import { type FactPack, MAX_PACK_ENTITIES, parsePack } from '~/src/core/packs';
import { bundledEntities as bundled } from '~/src/bundled';
import { loadPacks, onPacksChanged, savePacks } from '~/src/packs-store';
import { t } from '~/src/ui/i18n';
import { examplePack } from './example-pack';
import { download, readJsonFile, takeFile } from './files';
import { Note, type Status } from './Note';

export const bundledIds: ReadonlySet<string> = new Set(bundled.map((e) => e.id));

export function PackSection() {
  const [packs, setPacks] = useState<FactPack[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    void loadPacks(bundledIds).then((r) => setPacks(r.packs));
    return onPacksChanged(bundledIds, (r) => setPacks(r.packs));
  }, []);

  /** The list shown is what storage holds: on a refused write it stays as it was. */
  const save = async (next: FactPack[]): Promise<boolean> => {
    try {
      await savePacks(next, bundledIds);
      setPacks(next);
      return true;
    } catch (err) {
      setStatus({ kind: 'error', text: t('optSaveFailed', (err as Error).message) });
      return false;
    }
  };

  const importPack = async (file: File | undefined) => {
    if (!file) return;
    const data = await readJsonFile(file, setStatus);
    if (data === undefined) return;
    const name = file.name.replace(/\.json$/i, '');
    const { pack, problems } = parsePack(data, name, bundled, todayISO(), packs);
    if (!pack) {
      setStatus({ kind: 'error', text: t('optPackRejected', file.name, problems.length), details: problems });
      return;
    }
    if (await save([...packs.filter((p) => p.name !== name), pack]))
      setStatus({ kind: 'ok', text: t('optPackImported', name, pack.entities.length) });
  };

  return (
    <fieldset id="packs-section">
      <legend>{t('optPacks')}</legend>
      <p class="help">{t('optPacksHelp')}</p>
      {packs.length === 0 ? (
        <p id="packs-empty">{t('optNoPacks')}</p>
      ) : (
        <ul id="packs">
          {packs.map((p) => (
            <li key={p.name}>
              <strong>{p.name}</strong> — {t('optPackEntities', p.entities.length)} ({p.importedAt}){' '}
              <button
                type="button"
                onClick={async () => {
                  if (await save(packs.filter((x) => x !== p))) setStatus({ kind: 'ok', text: t('optPackRemoved', p.name) });
                }}
              >
                {t('optPackRemove', p.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <label class="file">
          {t('optImportPack')}
          <input
            id="import-pack"
            type="file"
            accept="application/json,.json"
            onChange={(e) => void importPack(takeFile(e.target as HTMLInputElement))}
          />
        </label>
        {packs.length > 0 ? (
          <button type="button" onClick={() => download('missionlens-packs.json', { entities: packs.flatMap((p) => p.entities) })}>
            {t('optExportPacks')}
          </button>
        ) : null}
      </div>
      <Note id="packs-note" status={status} />
      <details class="pack-help">
        <summary>{t('optPackHowTitle')}</summary>
        <p>{t('optPackHow1')}</p>
        <p>{t('optPackHow2')}</p>
        <p>{t('optPackHow3', MAX_PACK_ENTITIES)}</p>
        <button type="button" id="example-pack" onClick={() => download('missionlens-example-pack.json', examplePack(todayISO()))}>
          {t('optPackExample')}
        </button>
      </details>
    </fieldset>
  );
}
