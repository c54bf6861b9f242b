/**
 * A body's predecessors and successors as a strip, oldest first: each step a link to its card,
 * the body shown marked as current. An ordered list, so a screen reader hears the order and
 * the count; links are buttons, reached with Tab.
 */
import type { LineageStep } from '../core/timeline';
import { t } from './i18n';

const years = (s: LineageStep) => `${s.from.slice(0, 4)}–${s.to ? s.to.slice(0, 4) : ''}`;

export function LineageStrip({ steps, onNavigate }: { steps: readonly LineageStep[]; onNavigate?: (id: string) => void }) {
  return (
    <nav class="ml-lineage" data-field="lineage" aria-label={t('lineage')}>
      <ol>
        {steps.map((s) => (
          <li key={s.id} data-step={s.id}>
            {s.current || !onNavigate ? (
              <span class={s.current ? 'ml-step ml-current' : 'ml-step'} aria-current={s.current ? 'true' : undefined}>
                {s.label}
              </span>
            ) : (
              <button type="button" class="ml-link ml-step" data-related={s.id} onClick={() => onNavigate(s.id)}>
                {s.label}
              </button>
            )}{' '}
            <bdi class="ml-age">{years(s)}</bdi>
          </li>
        ))}
      </ol>
    </nav>
  );
}
