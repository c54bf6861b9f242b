/**
 * A Security Council resolution on the card: what the data says it did to the bodies it holds
 * (each a link to that body's card), and where to read it. Resolutions the data holds no record
 * of get only this, so the reader still learns what the reference is.
 */
import { formatDate } from '../core/dates';
import type { ResolutionFacts as Facts } from '../core/resolutions';
import { currentLang, t } from './i18n';

export const resolutionTitle = (r: Facts) => `${t('resolutionTitle', r.number)}${r.year ? ` (${r.year})` : ''}`;

export function ResolutionFacts({
  resolution: r,
  labelOf,
  onNavigate,
}: {
  resolution: Facts;
  labelOf: (id: string) => string | undefined;
  onNavigate?: (id: string) => void;
}) {
  const lang = currentLang();
  const links = r.links.filter((l) => labelOf(l.id) !== undefined);
  return (
    <section class="ml-resolution" data-field="resolution" aria-label={resolutionTitle(r)}>
      {r.recorded ? null : <p class="ml-res-note">{t('resolutionNoRecord')}</p>}
      {links.length > 0 ? (
        <>
          <h3>{t('resolutionDid')}</h3>
          <ul class="ml-res-links">
            {links.map((l) => (
              <li key={`${l.relation}-${l.id}-${l.date ?? ''}`} data-relation={l.relation}>
                {t(`res_${l.relation}`)}:{' '}
                {onNavigate ? (
                  <button type="button" class="ml-link" data-related={l.id} onClick={() => onNavigate(l.id)}>
                    {labelOf(l.id)}
                  </button>
                ) : (
                  labelOf(l.id)
                )}
                {l.date ? (
                  <>
                    {' '}
                    (<bdi>{formatDate(l.date, lang)}</bdi>)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="ml-none" data-field="resolution-none">
          {t('resolutionNoLinks')}
        </p>
      )}
      <p>
        <a class="ml-src" data-field="resolution-text" href={r.url} target="_blank" rel="noopener noreferrer">
          {t('resolutionRead')}
        </a>
      </p>
    </section>
  );
}
