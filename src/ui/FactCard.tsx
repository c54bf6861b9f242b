/**
 * The fact card, shared by the page popover and the popup. Its first lines say what the body is
 * and give three key figures as they stood on the article's date; everything else is behind
 * "More". Every figure is shown with its date and links to its source; text from the data is
 * rendered as text, never as markup. Numbers and dates sit in <bdi> so no page or interface
 * direction can reorder them.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { compareDates, dateEnd, formatDate } from '../core/dates';
import { keyFigures, purposeOf, seriesOf, type KeyFigures } from '../core/key-figures';
import {
  budgetMoney,
  citation,
  countryName,
  estimatedShares,
  formatMoney,
  formatPeriod,
  formatShare,
  formatStrength,
  formatUSD,
  latestBudget,
} from '../core/format';
import type { FigureCheck } from '../core/figures';
import type { LineageStep } from '../core/timeline';
import type { ResolutionFacts as ResolutionData } from '../core/resolutions';
import type { Contributor, Entity, Leader, SourceRef, Strength } from '../core/schema';
import { ageText, datePhrase, directionOf, publisherOf } from './card-text';
import { History } from './History';
import { FigureLines } from './FigureLines';
import { LineageStrip } from './LineageStrip';
import { ResolutionFacts, resolutionTitle } from './ResolutionFacts';
import { currentLang, kindText, relationText, t } from './i18n';

export interface FactCardProps {
  entity: Entity;
  /** The UN peacekeeping assessment scale, for the estimated shares of a UN mission's budget. */
  assessment?: readonly Contributor[];
  /** Display label for another id (acronym or name); undefined hides the link. */
  labelOf: (id: string) => string | undefined;
  onNavigate?: (id: string) => void;
  onClose?: () => void;
  /** Today's date (ISO), injected so the card renders the same in tests. */
  today: string;
  /** Writes the citation to the clipboard; without it (tests) the card has no copy button. */
  copyText?: (text: string) => Promise<void>;
  /** The article's publication date (YYYY-MM-DD): the key figures are those of that day. */
  asOf?: string | null;
  /** The words the page used for the body ("FINUL"), shown above the canonical name. */
  term?: string;
  /** Pinned cards stay open when the pointer leaves or the page scrolls. */
  pinned?: boolean;
  onPin?: (pinned: boolean) => void;
  /** Present when the card shows a body reached from another one's card. */
  onBack?: () => void;
  docked?: boolean;
  onDock?: (docked: boolean) => void;
  /** Pointer down on the header: a pinned card is moved by it. */
  onGrab?: (event: PointerEvent) => void;
  /** "light" or "dark" to match the page under the card; absent follows the system. */
  theme?: 'light' | 'dark';
  /** Open "More" from the start (the popup has the room). */
  expanded?: boolean;
  /** A Security Council resolution's facts; when the data holds no record, they are all the card shows. */
  resolution?: ResolutionData;
  /** Figures the page states about this body, checked against its data. */
  figures?: readonly FigureCheck[];
  /** Predecessors and successors, oldest first, this body among them. */
  lineage?: readonly LineageStep[];
}

const Num = ({ children }: { children: ComponentChildren }) => <bdi>{children}</bdi>;

/** Link text names the publisher; the title says which document. */
function SourceLink({ source }: { source: SourceRef }) {
  return (
    <a class="ml-src" href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {publisherOf(source)}
    </a>
  );
}

const strengthText = (s: Strength) => formatStrength(s, t(`unit_${s.unit}`), currentLang());
const leaderText = (l: Leader) => `${l.name}, ${l.title}`;
/** Notes such as "acting" or "interim" go beside the name; long notes go under "More". */
const SHORT_NOTE = 40;

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The date the key figures are read at: the article's, else today — but an ended body is read at
 * its end, and one not yet created at its start, so its figures are still its own.
 */
function referenceDate(e: Entity, asOf: string | null | undefined, today: string): string {
  const ref = asOf ?? today;
  if (e.ended && compareDates(ref, dateEnd(e.ended)) > 0) return dateEnd(e.ended);
  if (compareDates(ref, e.established) < 0) return e.established;
  return ref;
}

function Age({ days, article }: { days: number; article: boolean }) {
  const text = ageText(days, article);
  return text ? <span class="ml-age"> · {text}</span> : null;
}

/** The three key figures; a row whose series the record lacks (a resolution has no budget) is left out. */
function KeyFacts({ e, k, article }: { e: Entity; k: KeyFigures; article: boolean }) {
  const lang = currentLang();
  const date = (d: string) => <Num>{formatDate(d, lang)}</Num>;
  const none = (nearest?: string) => (
    <span class="ml-none">
      {t('noFigureNear', formatDate(k.ref, lang))}
      {nearest ? ` (${t('nearestFigure', formatDate(nearest, lang))})` : ''}
    </span>
  );
  return (
    <dl class="ml-key" data-field="key">
      {e.leaders.length > 0 ? (
        <>
          <dt>{t('fieldHead')}</dt>
          <dd data-field="key-head">
            {k.head.kind === 'figure' ? (
              <>
                {leaderText(k.head.item)}
                {k.head.item.note && k.head.item.note.length <= SHORT_NOTE ? ` (${k.head.item.note})` : ''}
                <span class="ml-age"> · {datePhrase('since', k.head.item.from, lang)}</span> <SourceLink source={k.head.item.source} />
              </>
            ) : (
              <span class="ml-none">{t('noHeadOn', formatDate(k.ref, lang))}</span>
            )}
          </dd>
        </>
      ) : null}
      {e.strength.length > 0 ? (
        <>
          <dt>{t('fieldStrength')}</dt>
          <dd data-field="key-size">
            {k.size.kind === 'figure' ? (
              <>
                <Num>{strengthText(k.size.item)}</Num> · {date(k.size.item.asOf)}
                <Age days={k.size.ageDays} article={article} /> <SourceLink source={k.size.item.source} />
              </>
            ) : (
              none(k.size.nearestDate)
            )}
          </dd>
        </>
      ) : null}
      {e.budget.length > 0 ? (
        <>
          <dt>{t(k.budget.kind === 'figure' && k.budget.item.basis === 'expenditure' ? 'fieldSpent' : 'fieldBudget')}</dt>
          <dd data-field="key-budget">
            {k.budget.kind === 'figure' ? (
              <>
                <Num>{formatMoney(budgetMoney(k.budget.item), lang)}</Num> · <Num>{formatPeriod(k.budget.item.period, lang)}</Num>
                <Age days={k.budget.ageDays} article={article} /> <SourceLink source={k.budget.item.source} />
              </>
            ) : (
              none(k.budget.nearestDate)
            )}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** The line above the key figures: which date they are read at, and why. */
function ReferenceNote({ e, asOf, ref }: { e: Entity; asOf: string | null | undefined; ref: string }) {
  const lang = currentLang();
  if (asOf && compareDates(asOf, e.established) < 0) {
    return (
      <p class="ml-asof" data-field="asof">
        {t('asOfNotYet', formatDate(asOf, lang), formatDate(e.established, lang))}
      </p>
    );
  }
  if (asOf && e.ended && compareDates(asOf, dateEnd(e.ended)) > 0) {
    return (
      <p class="ml-asof" data-field="asof">
        {t('asOfEnded', formatDate(asOf, lang), formatDate(e.ended, lang))}
      </p>
    );
  }
  if (asOf)
    return (
      <p class="ml-asof" data-field="asof">
        {t('asOfArticle', formatDate(asOf, lang))}
      </p>
    );
  if (e.ended) return <p class="ml-asof">{t('atTheEnd', formatDate(e.ended, lang))}</p>;
  return <p class="ml-asof">{t('latestFigures', formatDate(ref, lang))}</p>;
}

function StrengthHistory({ e }: { e: Entity }) {
  const lang = currentLang();
  const units = [...new Set(e.strength.map((s) => s.unit))];
  return (
    <>
      {units.map((unit) => {
        const series = seriesOf(e, unit);
        const last = series[series.length - 1]!;
        const caption = t('chartCaption', t(`unit_${unit}`), formatDate(series[0]!.asOf, lang), formatDate(last.asOf, lang));
        return (
          <div key={unit} class="ml-series" data-unit={unit}>
            <Num>{strengthText(last)}</Num> ({datePhrase('asOfDate', last.asOf, lang)}){last.note ? ` — ${last.note}` : ''}{' '}
            <SourceLink source={last.source} />
            <History
              points={series.map((s) => ({ date: s.asOf, value: s.value }))}
              label={t('historyLabel', series.map((s) => `${formatDate(s.asOf, lang)}: ${strengthText(s)}`).join('; '))}
              caption={caption}
            />
          </div>
        );
      })}
    </>
  );
}

/** The rest of the record, behind "More". */
function Details({ e, assessment, labelOf, onNavigate }: Pick<FactCardProps, 'assessment' | 'labelOf' | 'onNavigate'> & { e: Entity }) {
  const lang = currentLang();
  const date = (d: string) => formatDate(d, lang);
  const budget = latestBudget(e);
  const shares = budget && e.kind === 'un-peacekeeping' ? estimatedShares(budget, assessment ?? []) : [];
  const related = e.related.filter((r) => labelOf(r.id) !== undefined);
  const leaders = [...e.leaders].sort((a, b) => compareDates(b.from, a.from));
  const events = [...(e.events ?? [])].sort((a, b) => compareDates(b.date, a.date));
  // One currency per chart: the history is drawn in the latest budget's (a body does not change currency).
  const budgetPeriods = [...e.budget]
    .filter((b) => budget && budgetMoney(b).currency === budgetMoney(budget).currency)
    .sort((a, b) => compareDates(a.period, b.period));
  return (
    <>
      <p class="ml-mandate">{e.mandate}</p>
      <dl class="ml-facts">
        <dt>{t('fieldDates')}</dt>
        <dd data-field="dates">
          <Num>{e.ended ? `${date(e.established)} – ${date(e.ended)}` : datePhrase('since', e.established, lang)}</Num>
          {e.deployed ? (
            <>
              {' '}
              · <Num>{datePhrase('deployed', e.deployed, lang)}</Num>
            </>
          ) : (
            ''
          )}
        </dd>
        {e.authorizedBy ? (
          <>
            <dt>{t('fieldCreatedBy')}</dt>
            <dd data-field="authorizedBy">{e.authorizedBy}</dd>
          </>
        ) : null}
        {e.headquarters || e.host.length > 0 ? (
          <>
            <dt>{t('fieldBasedIn')}</dt>
            <dd data-field="headquarters">{[e.headquarters, e.host.map(countryName).join(', ')].filter(Boolean).join(' · ')}</dd>
          </>
        ) : null}
        {leaders.length > 0 ? (
          <>
            <dt>{t('fieldHeads')}</dt>
            <dd data-field="head">
              <ul class="ml-leaders">
                {leaders.map((l) => (
                  <li key={`${l.name}-${l.from}`}>
                    {leaderText(l)} (
                    <Num>
                      {datePhrase('headFrom', l.from, lang)}
                      {l.to ? ` ${datePhrase('headTo', l.to, lang)}` : ''}
                    </Num>
                    ) <SourceLink source={l.source} />
                    {l.note ? (
                      <span class="ml-note" data-field="leader-note">
                        {' '}
                        — {l.note}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {e.strength.length > 0 ? (
          <>
            <dt>{t('fieldStrength')}</dt>
            <dd data-field="strength">
              <StrengthHistory e={e} />
            </dd>
          </>
        ) : null}
        {budget ? (
          <>
            <dt>{t(budget.basis === 'expenditure' ? 'fieldSpent' : 'fieldBudget')}</dt>
            <dd data-field="budget">
              <Num>{formatMoney(budgetMoney(budget), lang)}</Num> (<Num>{formatPeriod(budget.period, lang)}</Num>){' '}
              <SourceLink source={budget.source} />
              <History
                points={budgetPeriods.map((b) => ({ date: b.period.slice(0, 7), value: budgetMoney(b).amount }))}
                label={t(
                  'historyLabel',
                  budgetPeriods.map((b) => `${formatPeriod(b.period, lang)}: ${formatMoney(budgetMoney(b), lang)}`).join('; '),
                )}
                caption={t(
                  'chartCaption',
                  t(budget.amountEUR !== undefined ? 'unitEUR' : 'unitUSD'),
                  formatPeriod(budgetPeriods[0]!.period, lang),
                  formatPeriod(budgetPeriods[budgetPeriods.length - 1]!.period, lang),
                )}
              />
            </dd>
          </>
        ) : null}
        {budget && shares.length > 0 ? (
          <>
            <dt>{t('fieldPaidBy')}</dt>
            <dd data-field="shares">
              {shares.map((s) => `${countryName(s.country)} ≈ ${formatUSD(s.amountUSD, lang)} (${formatShare(s.share)})`).join(', ')} —{' '}
              {t('sharesNote', shares[0]!.period)} <SourceLink source={shares[0]!.source} />
            </dd>
          </>
        ) : null}
      </dl>
      {events.length > 0 ? (
        <section class="ml-events" aria-label={t('events')}>
          <h3>{t('events')}</h3>
          <ul>
            {events.map((ev) => (
              <li key={`${ev.date}-${ev.text}`}>
                <Num>{date(ev.date)}</Num>: {ev.text}
                {ev.note ? <span class="ml-note"> — {ev.note}</span> : null} <SourceLink source={ev.source} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {related.length > 0 ? (
        <section class="ml-related" aria-label={t('relatedLabel')}>
          <h3>{t('related')}</h3>
          <ul>
            {related.map((r) => (
              <li key={`${r.relation}-${r.id}`}>
                {relationText(r.relation)}:{' '}
                {onNavigate ? (
                  <button type="button" class="ml-link" data-related={r.id} onClick={() => onNavigate(r.id)}>
                    {labelOf(r.id)}
                  </button>
                ) : (
                  labelOf(r.id)
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="ml-sources" aria-label={t('sources')}>
        <h3>{t('sources')}</h3>
        <ul>
          {e.sources.map((s) => (
            <li key={s.url}>
              <a class="ml-src" href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>{' '}
              <span class="ml-publisher">— {publisherOf(s)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

type CopyState = { id: string; ok: boolean } | null;

export function FactCard(props: FactCardProps) {
  const {
    entity: e,
    labelOf,
    onNavigate,
    onClose,
    today,
    copyText,
    asOf,
    term,
    pinned,
    onPin,
    onBack,
    docked,
    onDock,
    onGrab,
    theme,
  } = props;
  // Both are remembered with the id they belong to, so the same component showing another body
  // (the popup reuses it) starts with "More" closed and no stale "Citation copied".
  const [copied, setCopied] = useState<CopyState>(null);
  const [moreFor, setMoreFor] = useState<string | null>(null);
  const lang = currentLang();
  const more = props.expanded || moreFor === e.id;
  const copy = copied?.id === e.id ? copied : null;
  const parent = e.parent ? labelOf(e.parent) : undefined;
  const headingId = `ml-title-${e.id}`;
  const restId = `ml-rest-${e.id}`;
  const ref = referenceDate(e, asOf, today);
  const article = Boolean(asOf) && ref === asOf;
  const hasFigures = e.leaders.length + e.strength.length + e.budget.length > 0;
  const canonical = e.acronym && e.acronym !== e.name ? `${e.name} (${e.acronym})` : e.name;
  const asWritten = term && !sameWords(term, e.name) && !sameWords(term, e.acronym ?? '') ? term : null;
  // A resolution without a record: its stand-in entity carries no facts, only the resolution's own.
  const bare = props.resolution && !props.resolution.recorded ? props.resolution : null;
  const title = bare ? resolutionTitle(bare) : canonical;

  const onCopy = () => {
    if (!copyText) return;
    const id = e.id;
    copyText(citation(e, today)).then(
      () => setCopied({ id, ok: true }),
      () => setCopied({ id, ok: false }),
    );
  };

  return (
    <div
      class="ml-card"
      role="dialog"
      aria-labelledby={headingId}
      data-entity={e.id}
      data-theme={theme}
      lang={lang}
      dir={directionOf(lang)}
    >
      <header class={`ml-head${pinned && onGrab ? ' ml-grab' : ''}`} data-part="head" onPointerDown={onGrab}>
        {onBack ? (
          <button type="button" class="ml-back" aria-label={t('cardBack')} title={t('cardBack')} onClick={onBack}>
            <span aria-hidden="true">‹</span>
          </button>
        ) : null}
        <div class="ml-titles">
          <h2 id={headingId} class="ml-name" tabIndex={-1}>
            {asWritten ?? title}
          </h2>
          {asWritten ? (
            <p class="ml-canonical" data-field="canonical">
              {title}
            </p>
          ) : null}
        </div>
        {onPin ? (
          <button
            type="button"
            class="ml-pin"
            aria-pressed={pinned ? 'true' : 'false'}
            title={pinned ? t('cardUnpinTitle') : t('cardPinTitle')}
            onClick={() => onPin(!pinned)}
          >
            {pinned ? t('cardPinned') : t('cardPin')}
          </button>
        ) : null}
        {pinned && onDock ? (
          <button
            type="button"
            class="ml-dock"
            aria-pressed={docked ? 'true' : 'false'}
            title={docked ? t('cardUndockTitle') : t('cardDockTitle')}
            onClick={() => onDock(!docked)}
          >
            {docked ? t('cardUndock') : t('cardDock')}
          </button>
        ) : null}
        {onClose ? (
          <button type="button" class="ml-close" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </header>
      <div class="ml-body" data-part="body">
        <section class="ml-glance" data-part="glance">
          <p class="ml-badges">
            <span class="ml-badge ml-kind">{kindText(e.kind)}</span>
            {bare ? null : (
              <span class={`ml-badge ml-status ml-${e.status}`}>{e.status === 'active' ? t('statusActive') : t('statusEnded')}</span>
            )}
            {parent ? (
              <span class="ml-parent">
                {t('partOf')}{' '}
                {onNavigate ? (
                  <button type="button" class="ml-link" data-related={e.parent} onClick={() => onNavigate(e.parent!)}>
                    {parent}
                  </button>
                ) : (
                  parent
                )}
              </span>
            ) : null}
          </p>
          {bare ? null : (
            <p class="ml-purpose" data-field="purpose" title={purposeOf(e.mandate)}>
              {purposeOf(e.mandate)}
            </p>
          )}
          {props.resolution ? <ResolutionFacts resolution={props.resolution} labelOf={labelOf} onNavigate={onNavigate} /> : null}
          {!bare && (hasFigures || asOf) ? <ReferenceNote e={e} asOf={asOf} ref={ref} /> : null}
          {hasFigures ? <KeyFacts e={e} k={keyFigures(e, ref)} article={article} /> : null}
          {props.figures ? <FigureLines checks={props.figures} /> : null}
          {props.lineage && props.lineage.length > 1 ? <LineageStrip steps={props.lineage} onNavigate={onNavigate} /> : null}
        </section>
        {props.expanded || bare ? null : (
          <button
            type="button"
            class="ml-more"
            aria-expanded={more ? 'true' : 'false'}
            aria-controls={more ? restId : undefined}
            onClick={() => setMoreFor(more ? null : e.id)}
          >
            {more ? t('cardLess') : t('cardMore')}
          </button>
        )}
        {more && !bare ? (
          <div id={restId} class="ml-rest" data-part="more">
            <Details e={e} assessment={props.assessment} labelOf={labelOf} onNavigate={onNavigate} />
          </div>
        ) : null}
        <p class="ml-foot">
          {bare ? null : <span>{t('checked', formatDate(e.updated, lang))}</span>}
          {copyText && !bare ? (
            <button type="button" class="ml-link ml-cite" onClick={onCopy}>
              {t('copyCitation')}
            </button>
          ) : null}
          <span class={`ml-copy-status${copy && !copy.ok ? ' ml-failed' : ''}`} role="status" data-field="copy-status">
            {copy ? (copy.ok ? t('citationCopied') : t('citationFailed')) : ''}
          </span>
          {copy && !copy.ok ? (
            <textarea class="ml-cite-text" readOnly rows={3} aria-label={t('copyCitation')} value={citation(e, today)} />
          ) : null}
        </p>
      </div>
    </div>
  );
}
