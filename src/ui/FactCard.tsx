/**
 * The fact card, shared by the page popover and the popup. Every figure is shown with its date
 * and links to its source; text from the data is rendered as text, never as markup.
 */
import { useState } from 'preact/hooks';
import { compareDates, dateEnd, formatDate } from '../core/dates';
import {
  citation, countryName, estimatedShares, formatLifespan, formatPeriod, formatShare, formatStrength, formatUSD,
  headOn, latestBudget, latestStrength,
} from '../core/format';
import type { Contributor, Entity, SourceRef, Strength } from '../core/schema';
import { History } from './History';
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
  /** The article's publication date (YYYY-MM-DD): the card adds what held on that day. */
  asOf?: string | null;
  /** Pinned cards stay open when the pointer leaves or the page scrolls. */
  pinned?: boolean;
  onPin?: (pinned: boolean) => void;
}

function SourceLink({ source, label }: { source: SourceRef; label?: string }) {
  return (
    <a class="ml-src" href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {label ?? source.title}
    </a>
  );
}

const strengthText = (s: Strength) => formatStrength(s, t(`unit_${s.unit}`), currentLang());

/** What held on the article's date, beside the latest figures. */
function AsOfLine({ e, date }: { e: Entity; date: string }) {
  const lang = currentLang();
  const when = formatDate(date, lang);
  if (compareDates(date, e.established) < 0) {
    return <p class="ml-asof" data-field="asof">{t('asOfNotYet', when, formatDate(e.established, lang))}</p>;
  }
  if (e.ended && compareDates(date, dateEnd(e.ended)) > 0) {
    return <p class="ml-asof" data-field="asof">{t('asOfEnded', when, formatDate(e.ended, lang))}</p>;
  }
  const s = latestStrength(e, date);
  const latest = latestStrength(e);
  const head = headOn(e.leaders, date);
  if (!s && !head) return null;
  const parts = [
    s ? `${strengthText(s)} (${formatDate(s.asOf, lang)})` : null,
    s && latest && latest !== s ? `${t('latest')}: ${strengthText(latest)} (${formatDate(latest.asOf, lang)})` : null,
    head ? `${t('headShort')}: ${head.name}` : null,
  ].filter(Boolean);
  return (
    <p class="ml-asof" data-field="asof">
      {t('asOfArticle', when)} {parts.join(' · ')}
    </p>
  );
}

export function FactCard(props: FactCardProps) {
  const { entity: e, assessment = [], labelOf, onNavigate, onClose, today, copyText, asOf, pinned, onPin } = props;
  const [copied, setCopied] = useState(false);
  const lang = currentLang();
  const date = (d: string) => formatDate(d, lang);
  const head = headOn(e.leaders);
  const strength = latestStrength(e);
  const budget = latestBudget(e);
  const shares = budget && e.kind === 'un-peacekeeping' ? estimatedShares(budget, assessment) : [];
  const parent = e.parent ? labelOf(e.parent) : undefined;
  const headingId = `ml-title-${e.id}`;
  const related = e.related.filter((r) => labelOf(r.id) !== undefined);
  const source = t('source');

  return (
    <div class="ml-card" role="dialog" aria-labelledby={headingId} data-entity={e.id} lang={lang}>
      <header class="ml-head">
        <h2 id={headingId} class="ml-name">
          {e.name}
          {e.acronym && e.acronym !== e.name ? <span class="ml-acronym"> ({e.acronym})</span> : null}
        </h2>
        {onPin ? (
          <button type="button" class="ml-pin" aria-pressed={pinned ? 'true' : 'false'} title={pinned ? t('cardUnpinTitle') : t('cardPinTitle')} onClick={() => onPin(!pinned)}>
            {pinned ? t('cardPinned') : t('cardPin')}
          </button>
        ) : null}
        {onClose ? (
          <button type="button" class="ml-close" aria-label={t('cardClose')} onClick={onClose}>
            ×
          </button>
        ) : null}
      </header>
      <p class="ml-badges">
        <span class="ml-badge ml-kind">{kindText(e.kind)}</span>
        <span class={`ml-badge ml-status ml-${e.status}`}>{e.status === 'active' ? t('statusActive') : t('statusEnded')}</span>
        {parent ? (
          <span class="ml-parent">
            {t('partOf')}{' '}
            {onNavigate ? (
              <button type="button" class="ml-link" onClick={() => onNavigate(e.parent!)}>
                {parent}
              </button>
            ) : (
              parent
            )}
          </span>
        ) : null}
      </p>
      {asOf ? <AsOfLine e={e} date={asOf} /> : null}
      <p class="ml-mandate">{e.mandate}</p>
      <dl class="ml-facts">
        <dt>{t('fieldDates')}</dt>
        <dd data-field="dates">
          {formatLifespan(e, lang) ?? t('since', date(e.established))}
          {e.deployed ? ` · ${t('deployed', date(e.deployed))}` : ''}
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
            <dd data-field="headquarters">
              {[e.headquarters, e.host.map(countryName).join(', ')].filter(Boolean).join(' · ')}
            </dd>
          </>
        ) : null}
        {head ? (
          <>
            <dt>{t('fieldHead')}</dt>
            <dd data-field="head">
              {head.name}, {head.title} ({t('headFrom', date(head.from))}
              {head.to ? ` ${t('headTo', date(head.to))}` : ''}) <SourceLink source={head.source} label={source} />
            </dd>
          </>
        ) : null}
        {strength ? (
          <>
            <dt>{t('fieldStrength')}</dt>
            <dd data-field="strength">
              {strengthText(strength)} ({t('asOfDate', date(strength.asOf))}) <SourceLink source={strength.source} label={source} />
              <History
                points={e.strength.filter((s) => s.unit === strength.unit).map((s) => ({ date: s.asOf, value: s.value }))}
                label={t('historyLabel', e.strength.filter((s) => s.unit === strength.unit).map((s) => `${date(s.asOf)}: ${strengthText(s)}`).join('; '))}
              />
            </dd>
          </>
        ) : null}
        {budget ? (
          <>
            <dt>{t(budget.basis === 'expenditure' ? 'fieldSpent' : 'fieldBudget')}</dt>
            <dd data-field="budget">
              {formatUSD(budget.amountUSD, lang)} ({formatPeriod(budget.period, lang)}) <SourceLink source={budget.source} label={source} />
              <History
                points={e.budget.map((b) => ({ date: b.period.slice(0, 7), value: b.amountUSD }))}
                label={t('historyLabel', e.budget.map((b) => `${formatPeriod(b.period, lang)}: ${formatUSD(b.amountUSD, lang)}`).join('; '))}
              />
            </dd>
          </>
        ) : null}
        {budget && shares.length > 0 ? (
          <>
            <dt>{t('fieldPaidBy')}</dt>
            <dd data-field="shares">
              {shares.map((s) => `${countryName(s.country)} ≈ ${formatUSD(s.amountUSD, lang)} (${formatShare(s.share)})`).join(', ')}
              {' '}— {t('sharesNote', shares[0]!.period)} <SourceLink source={shares[0]!.source} label={source} />
            </dd>
          </>
        ) : null}
      </dl>
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
              <SourceLink source={s} />
            </li>
          ))}
        </ul>
        <p class="ml-foot">
          {t('checked', date(e.updated))}
          {copyText ? (
            <button
              type="button"
              class="ml-link ml-cite"
              onClick={() => {
                void copyText(citation(e, today)).then(() => setCopied(true));
              }}
            >
              {copied ? t('citationCopied') : t('copyCitation')}
            </button>
          ) : null}
        </p>
      </section>
    </div>
  );
}
