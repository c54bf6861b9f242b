/**
 * A message shown right under the control that caused it: a one-line summary in plain words,
 * with any longer list folded beneath it.
 */
import { t } from '~/src/ui/i18n';

export interface Status {
  kind: 'ok' | 'error';
  text: string;
  details?: string[];
}

export function Note({ id, status }: { id: string; status: Status | null }) {
  return (
    <div id={id} role="status" aria-live="polite" class={status ? `note ${status.kind}` : 'note'}>
      {status ? (
        <>
          <p>{status.text}</p>
          {status.details && status.details.length > 0 ? (
            <details open={status.details.length <= 3}>
              <summary>{t('optDetails', status.details.length)}</summary>
              <ul>
                {status.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
