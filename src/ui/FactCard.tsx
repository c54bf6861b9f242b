/**
 * The fact card, shared by the page popover and the popup. Every figure is shown with its date
 * and links to its source; text from the data is rendered as text, never as markup.
 */
import { useState } from 'preact/hooks';
import { compareDates, dateEnd, formatDate } from '../core/dates';
import {
  citation, countryName, estimatedShares, formatLifespan, formatPeriod, formatShare, formatStrength, formatUSD,
  headOn, kindLabel, latestBudget, latestStrength,
} from '../core/format';
import type { Contributor, Entity, SourceRef } from '../core/schema';

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
  /** Writes the citation to the clipboard; the page and the popup do it differently. */
  copyText?: (text: string) => Promise<void>;
  /** The article's publication date (YYYY-MM-DD): the card adds what held on that day. */
  asOf?: string | null;
  /** Pinned cards stay open when the pointer leaves or the page scrolls. */
  pinned?: boolean;
  onPin?: (pinned: boolean) => void;
}

/** What held on the article's date, beside the latest figures. */
function AsOfLine({ e, date }: { e: Entity; date: string }) {
  const when = formatDate(date);
  if (compareDates(date, e.established) < 0) {
    return <p class="ml-asof" data-field="asof">On {when} (the article's date) this body did not exist yet: it was created {formatDate(e.established)}.</p>;
  }
  if (e.ended && compareDates(date, dateEnd(e.ended)) > 0) {
    return <p class="ml-asof" data-field="asof">By {when} (the article's date) this body had already ended ({formatDate(e.ended)}).</p>;
  }
  const s = latestStrength(e, date);
  const latest = latestStrength(e);
  const head = headOn(e.leaders, date);
  if (!s && !head) return null;
  return (
    <p class="ml-asof" data-field="asof">
      As of the article ({when}):{' '}
      {s ? `${formatStrength(s)} (${formatDate(s.asOf)})` : ''}
      {s && latest && latest !== s ? ` · latest: ${formatStrength(latest)} (${formatDate(latest.asOf)})` : ''}
      {head ? `${s ? ' · ' : ''}head: ${head.name}` : ''}
    </p>
  );
}

const RELATION_LABELS: Record<string, string> = {
  'preceded-by': 'Preceded by',
  'succeeded-by': 'Succeeded by',
  'part-of': 'Part of',
  'transferred-to': 'Handed over to',
  'works-with': 'Works with',
  'created-by': 'Created by',
  'led-by': 'Led by',
  implements: 'Implements',
};

function SourceLink({ source, label }: { source: SourceRef; label?: string }) {
  return (
    <a class="ml-src" href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {label ?? source.title}
    </a>
  );
}

export function FactCard(props: FactCardProps) {
  const { entity: e, assessment = [], labelOf, onNavigate, onClose, today, copyText, asOf, pinned, onPin } = props;
  const [copied, setCopied] = useState(false);
  const head = headOn(e.leaders);
  const strength = latestStrength(e);
  const budget = latestBudget(e);
  const shares = budget && e.kind === 'un-peacekeeping' ? estimatedShares(budget, assessment) : [];
  const parent = e.parent ? labelOf(e.parent) : undefined;
  const headingId = `ml-title-${e.id}`;
  const related = e.related.filter((r) => labelOf(r.id) !== undefined);

  return (
    <div class="ml-card" role="dialog" aria-labelledby={headingId} data-entity={e.id}>
      <header class="ml-head">
        <h2 id={headingId} class="ml-name">
          {e.name}
          {e.acronym && e.acronym !== e.name ? <span class="ml-acronym"> ({e.acronym})</span> : null}
        </h2>
        {onPin ? (
          <button type="button" class="ml-pin" aria-pressed={pinned ? 'true' : 'false'} title={pinned ? 'Unpin' : 'Pin: keep this card open'} onClick={() => onPin(!pinned)}>
            {pinned ? 'Pinned' : 'Pin'}
          </button>
        ) : null}
        {onClose ? (
          <button type="button" class="ml-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        ) : null}
      </header>
      <p class="ml-badges">
        <span class="ml-badge ml-kind">{kindLabel(e.kind)}</span>
        <span class={`ml-badge ml-status ml-${e.status}`}>{e.status === 'active' ? 'Active' : 'Ended'}</span>
        {parent ? (
          <span class="ml-parent">
            part of{' '}
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
        <dt>Dates</dt>
        <dd data-field="dates">
          {formatLifespan(e)}
          {e.deployed ? ` · deployed ${formatDate(e.deployed)}` : ''}
        </dd>
        {e.authorizedBy ? (
          <>
            <dt>Created by</dt>
            <dd data-field="authorizedBy">{e.authorizedBy}</dd>
          </>
        ) : null}
        {e.headquarters || e.host.length > 0 ? (
          <>
            <dt>Based in</dt>
            <dd data-field="headquarters">
              {[e.headquarters, e.host.map(countryName).join(', ')].filter(Boolean).join(' · ')}
            </dd>
          </>
        ) : null}
        {head ? (
          <>
            <dt>Head</dt>
            <dd data-field="head">
              {head.name}, {head.title} (from {formatDate(head.from)}
              {head.to ? ` to ${formatDate(head.to)}` : ''}) <SourceLink source={head.source} label="source" />
            </dd>
          </>
        ) : null}
        {strength ? (
          <>
            <dt>Strength</dt>
            <dd data-field="strength">
              {formatStrength(strength)} (as of {formatDate(strength.asOf)}){' '}
              <SourceLink source={strength.source} label="source" />
            </dd>
          </>
        ) : null}
        {budget ? (
          <>
            <dt>Budget</dt>
            <dd data-field="budget">
              {formatUSD(budget.amountUSD)} ({formatPeriod(budget.period)}) <SourceLink source={budget.source} label="source" />
            </dd>
          </>
        ) : null}
        {budget && shares.length > 0 ? (
          <>
            <dt>Paid by</dt>
            <dd data-field="shares">
              {shares.map((s) => `${countryName(s.country)} ≈ ${formatUSD(s.amountUSD)} (${formatShare(s.share)})`).join(', ')}
              {' '}— estimated from the {shares[0]!.period} peacekeeping scale{' '}
              <SourceLink source={shares[0]!.source} label="source" />
            </dd>
          </>
        ) : null}
      </dl>
      {related.length > 0 ? (
        <section class="ml-related" aria-label="Related bodies">
          <h3>Related</h3>
          <ul>
            {related.map((r) => (
              <li key={`${r.relation}-${r.id}`}>
                {RELATION_LABELS[r.relation] ?? r.relation}:{' '}
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
      <section class="ml-sources" aria-label="Sources">
        <h3>Sources</h3>
        <ul>
          {e.sources.map((s) => (
            <li key={s.url}>
              <SourceLink source={s} />
            </li>
          ))}
        </ul>
        <p class="ml-foot">
          Checked {formatDate(e.updated)}
          {copyText ? (
            <button
              type="button"
              class="ml-link ml-cite"
              onClick={() => {
                void copyText(citation(e, today)).then(() => setCopied(true));
              }}
            >
              {copied ? 'Citation copied' : 'Copy citation'}
            </button>
          ) : null}
        </p>
      </section>
    </div>
  );
}
