/**
 * The page's bodies on a time axis: each from its start to its end or today, its events as
 * ticks, the article's date marked. The bars are buttons (Tab, Enter) opening the body's card.
 * The same facts read as a list, which is what a screen reader is offered first: the chart's
 * ticks and axis are drawing only.
 */
import { useState } from 'preact/hooks';
import { formatDate } from '~/src/core/dates';
import { position, yearTicks, type Lane, type Timeline } from '~/src/core/timeline';
import { currentLang, t } from '~/src/ui/i18n';

interface Props {
  timeline: Timeline;
  /** How many bodies the page mentions; the timeline may draw only the most mentioned of them. */
  total: number;
  limit: number;
  /** Drawing every body, not only the most mentioned. */
  all: boolean;
  onToggleAll: () => void;
  onOpen: (id: string) => void;
}

export function PageTimeline({ timeline, total, limit, all, onToggleAll, onOpen }: Props) {
  const [asList, setAsList] = useState(false);
  const lang = currentLang();
  if (timeline.lanes.length === 0) return null;
  const at = (d: string) => `${(position(timeline, d) * 100).toFixed(2)}%`;
  const span = (l: Lane) => t('timelineSpan', l.label, formatDate(l.from, lang), l.to ? formatDate(l.to, lang) : t('timelineToday'));
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <div class="tl-head">
        <h2 id="timeline-title">{t('timeline')}</h2>
        <button type="button" class="link tl-toggle" aria-pressed={asList ? 'true' : 'false'} onClick={() => setAsList(!asList)}>
          {t('timelineAsList')}
        </button>
      </div>
      {timeline.marker ? (
        <p class="tl-article" data-field="article-date">
          {t('timelineArticle', formatDate(timeline.marker, lang))}
        </p>
      ) : null}
      {asList ? (
        <ol class="tl-list" data-view="list">
          {timeline.lanes.map((l) => (
            <li key={l.id} data-lane={l.id}>
              <button type="button" class="link" onClick={() => onOpen(l.id)}>
                {span(l)}
              </button>
              {l.ticks.length > 0 ? (
                <ul>
                  {l.ticks.map((tick) => (
                    <li key={`${tick.date}-${tick.text}`}>
                      <bdi>{formatDate(tick.date, lang)}</bdi>: {tick.text}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <div class="tl-chart" data-view="chart">
          <ol class="tl-lanes">
            {timeline.lanes.map((l) => {
              const left = position(timeline, l.from);
              const right = l.to ? position(timeline, l.to) : 1;
              return (
                <li key={l.id} class="tl-lane" data-lane={l.id}>
                  <span class="tl-label" aria-hidden="true">
                    {l.label}
                  </span>
                  <span class="tl-track">
                    <button
                      type="button"
                      class={`tl-bar${l.to ? ' tl-ended' : ''}`}
                      style={{ left: `${(left * 100).toFixed(2)}%`, width: `max(4px, ${((right - left) * 100).toFixed(2)}%)` }}
                      aria-label={span(l)}
                      title={span(l)}
                      data-from={l.from}
                      data-to={l.to ?? ''}
                      onClick={() => onOpen(l.id)}
                    />
                    {l.ticks.map((tick) => (
                      <span
                        key={`${tick.date}-${tick.text}`}
                        class="tl-tick"
                        aria-hidden="true"
                        style={{ left: at(tick.date) }}
                        title={`${formatDate(tick.date, lang)}: ${tick.text}`}
                      />
                    ))}
                  </span>
                </li>
              );
            })}
          </ol>
          <div class="tl-axis" aria-hidden="true">
            {yearTicks(timeline).map((y) => (
              <span key={y} class="tl-year" style={{ left: at(`${y}-01-01`) }}>
                {y}
              </span>
            ))}
          </div>
          {timeline.marker ? (
            <div class="tl-overlay" aria-hidden="true">
              <span class="tl-marker" style={{ left: at(timeline.marker) }} />
            </div>
          ) : null}
        </div>
      )}
      {total > limit ? (
        <button type="button" class="link tl-all" aria-expanded={all ? 'true' : 'false'} onClick={onToggleAll}>
          {all ? t('timelineFewer', limit) : t('timelineMore', limit, total)}
        </button>
      ) : null}
    </section>
  );
}
