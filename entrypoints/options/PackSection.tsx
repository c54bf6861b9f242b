/** Fact packs: import (validated whole against the bundled database), list, remove, export. */
import { useEffect, useState } from 'preact/hooks';
import { type FactPack, parsePack } from '~/src/core/packs';
import { bundledEntities as bundled } from '~/src/bundled';
import { loadPacks, onPacksChanged, savePacks } from '~/src/packs-store';
import { t } from '~/src/ui/i18n';
import { todayISO } from '~/src/core/dates';

export const bundledIds: ReadonlySet<string> = new Set(bundled.map((e) => e.id));

export interface Status {
  kind: 'ok' | 'error';
  text: string;
  details?: string[];
}

/** Offers a JSON file for download without any request: a blob URL, clicked once. */
export function download(name: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A chosen file's JSON, or undefined after telling the reader why it could not be read. */
export async function readJsonFile(file: File, onStatus: (s: Status) => void): Promise<unknown> {
  try {
    return JSON.parse(await file.text()) as unknown;
  } catch (err) {
    onStatus({ kind: 'error', text: t('optNotJson', file.name, (err as Error).message) });
    return undefined;
  }
}

export function PackSection({ onStatus }: { onStatus: (s: Status) => void }) {
  const [packs, setPacks] = useState<FactPack[]>([]);
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
      onStatus({ kind: 'error', text: t('optSaveFailed', (err as Error).message) });
      return false;
    }
  };

  const importPack = async (file: File | undefined) => {
    if (!file) return;
    const data = await readJsonFile(file, onStatus);
    if (data === undefined) return;
    const name = file.name.replace(/\.json$/i, '');
    const { pack, problems } = parsePack(data, name, bundled, todayISO(), packs);
    if (!pack) {
      onStatus({ kind: 'error', text: t('optPackRejected', file.name), details: problems });
      return;
    }
    if (await save([...packs.filter((p) => p.name !== name), pack]))
      onStatus({ kind: 'ok', text: t('optPackImported', name, pack.entities.length) });
  };

  return (
    <fieldset>
      <legend>{t('optPacks')}</legend>
      <p class="help">{t('optPacksHelp')}</p>
      {packs.length === 0 ? (
        <p id="packs-empty">{t('optNoPacks')}</p>
      ) : (
        <ul id="packs">
          {packs.map((p) => (
            <li key={p.name}>
              <strong>{p.name}</strong> — {t('optPackEntities', p.entities.length)} ({p.importedAt}){' '}
              <button type="button" onClick={() => void save(packs.filter((x) => x !== p))}>
                {t('optPackRemove', p.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="file">
        {t('optImportPack')}
        <input
          id="import-pack"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importPack((e.target as HTMLInputElement).files?.[0])}
        />
      </label>{' '}
      {packs.length > 0 ? (
        <button type="button" onClick={() => download('missionlens-packs.json', { entities: packs.flatMap((p) => p.entities) })}>
          {t('optExportPacks')}
        </button>
      ) : null}
    </fieldset>
  );
}
