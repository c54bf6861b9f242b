/**
 * A list of sites that saves as the reader types (a typed site is not lost when the tab closes)
 * and says, beside the box, which lines it could not take.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { normalizeSite } from '~/src/core/settings';
import { t } from '~/src/ui/i18n';
import { Note, type Status } from './Note';

/** Long enough to let a word be typed, short enough that closing the tab at once loses nothing. */
const SAVE_AFTER_MS = 300;

export function parseSiteList(text: string): { sites: string[]; rejected: string[] } {
  const sites: string[] = [];
  const rejected: string[] = [];
  for (const line of text.split(/[\n,]+/)) {
    if (!line.trim()) continue;
    const site = normalizeSite(line);
    if (site) sites.push(site);
    else rejected.push(line.trim());
  }
  return { sites: [...new Set(sites)].sort(), rejected };
}

interface Props {
  id: string;
  label: string;
  help: string;
  rows: number;
  sites: readonly string[];
  onSave: (sites: string[]) => Promise<void>;
}

export function SiteList({ id, label, help, rows, sites, onSave }: Props) {
  const [text, setText] = useState(sites.join('\n'));
  const [status, setStatus] = useState<Status | null>(null);
  const timer = useRef(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const restored = useRef<string | null>(null);
  // A change from elsewhere (the popup's switch, another tab) shows here unless the reader is typing.
  useEffect(() => {
    if (document.activeElement !== box.current) setText(sites.join('\n'));
  }, [sites.join('\n')]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = async (value: string) => {
    const { sites: next, rejected } = parseSiteList(value);
    // The text put back after a refused save is what is stored: nothing to save again.
    if (value === restored.current) return;
    restored.current = null;
    try {
      await onSave(next);
    } catch (err) {
      // Refused by storage (sync quotas): the box shows what is really stored, and why.
      restored.current = sites.join('\n');
      setText(restored.current);
      setStatus({ kind: 'error', text: t('optSaveFailed', (err as Error).message) });
      return;
    }
    setStatus(
      rejected.length > 0
        ? { kind: 'error', text: t('optSitesRejected', rejected.map((r) => `“${r}”`).join(', ')) }
        : { kind: 'ok', text: next.length > 0 ? t('optSitesSaved', next.length) : t('optSitesEmpty') },
    );
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
      <textarea
        id={id}
        ref={box}
        rows={rows}
        value={text}
        spellcheck={false}
        aria-describedby={`${id}-help ${id}-note`}
        onInput={(e) => {
          const value = (e.target as HTMLTextAreaElement).value;
          setText(value);
          clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void save(value), SAVE_AFTER_MS);
        }}
        onBlur={() => {
          clearTimeout(timer.current);
          void save(text);
        }}
      />
      <Note id={`${id}-note`} status={status} />
    </div>
  );
}
