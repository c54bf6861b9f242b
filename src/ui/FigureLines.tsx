/**
 * The figures the page states about the card's body, each with what the data says: the same,
 * something else (with its value, date and source), or nothing to compare with. A "differs" is
 * only said when the figure is beyond its own rounding and hedge (src/core/figures.ts).
 */
import { formatDate } from '../core/dates';
import type { FigureCheck } from '../core/figures';
import { formatMoney, formatPeriod } from '../core/format';
import type { Strength } from '../core/schema';
import { publisherOf } from './card-text';
import { currentLang, t } from './i18n';

function dataText(data: NonNullable<FigureCheck['data']>): string {
  const lang = currentLang();
  if (data.unit === 'USD' || data.unit === 'EUR')
    return `${formatMoney({ amount: data.value, currency: data.unit }, lang)} (${formatPeriod(data.asOf, lang)})`;
  return `${new Intl.NumberFormat(lang).format(data.value)} ${t(`unit_${data.unit as Strength['unit']}`)} (${formatDate(data.asOf, lang)})`;
}

export function FigureLines({ checks }: { checks: readonly FigureCheck[] }) {
  if (checks.length === 0) return null;
  return (
    <section class="ml-figures" data-field="figures" aria-label={t('figuresOnPage')}>
      <h3>{t('figuresOnPage')}</h3>
      <ul>
        {checks.map((c) => (
          <li key={`${c.start}-${c.text}`} data-verdict={c.verdict}>
            <q>
              <bdi>{c.text}</bdi>
            </q>{' '}
            <span class={`ml-verdict ml-${c.verdict}`}>
              {c.verdict === 'match' ? t('figureMatch') : c.verdict === 'differs' ? t('figureDiffers') : t('figureNoData')}
            </span>
            {c.data && c.verdict !== 'no-data' ? (
              <>
                {' '}
                <bdi>{dataText(c.data)}</bdi>{' '}
                <a class="ml-src" href={c.data.source.url} target="_blank" rel="noopener noreferrer" title={c.data.source.title}>
                  {publisherOf(c.data.source)}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
