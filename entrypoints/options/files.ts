/** Reading and offering JSON files, without any request: the file picker in, a blob URL out. */
import { t } from '~/src/ui/i18n';
import type { Status } from './Note';

/** Offers a JSON file for download: a blob URL, clicked once. */
export function download(name: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A chosen file's JSON, or undefined after saying, in plain words, why it could not be read. */
export async function readJsonFile(file: File, onStatus: (s: Status) => void): Promise<unknown> {
  try {
    return JSON.parse(await file.text()) as unknown;
  } catch (err) {
    onStatus({ kind: 'error', text: t('optNotJson', file.name), details: [(err as Error).message] });
    return undefined;
  }
}

/** The picker forgets a file once it has been read, so a rejected name never lingers there. */
export function takeFile(input: HTMLInputElement): File | undefined {
  const file = input.files?.[0];
  input.value = '';
  return file;
}
