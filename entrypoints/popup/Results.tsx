/** The result list: a body's short name strongest, its full name beneath, then kind, status and why it matched. */
import type { Entity } from '~/src/core/schema';
import type { SearchResult } from '~/src/core/search';
import { kindText, t } from '~/src/ui/i18n';

interface Props {
  results: readonly SearchResult[];
  byId: { get: (id: string) => Entity | undefined };
  active: number;
  onOpen: (id: string, line?: SearchResult['line']) => void;
  onHover: (index: number) => void;
}

/** Why a result is listed, in the reader's words; nothing when its name says it already. */
function why(r: SearchResult, e: Entity): string {
  switch (r.field) {
    case 'country':
      return t('whyCountry', r.matched);
    case 'headquarters':
      return t('whyHeadquarters', r.matched);
    case 'head':
      return t('whyHead', r.matched);
    case 'line':
      return r.line === 'budget' ? t('whyBudget') : r.line === 'strength' ? t('whyStrength') : r.line === 'head' ? t('whyHeadLine') : '';
    case 'title':
      return r.matched !== e.name && r.matched !== e.acronym ? `“${r.matched}”` : '';
    default:
      return '';
  }
}

export function Results({ results, byId, active, onOpen, onHover }: Props) {
  return (
    <ul id="results" role="listbox" aria-label={t('results')}>
      {results.map((r, i) => {
        const e = byId.get(r.id)!;
        const reason = why(r, e);
        return (
          <li
            id={`r-${r.id}`}
            key={r.id}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : ''}
            onClick={() => onOpen(r.id, r.line)}
            onMouseMove={() => onHover(i)}
          >
            <span class="r-name">{e.acronym ?? e.name}</span>
            {e.acronym ? <span class="r-full">{e.name}</span> : null}
            <span class="r-meta">
              {kindText(e.kind)} · {e.status === 'active' ? t('statusActive') : t('statusEnded')}
              {reason ? <span class="r-why"> · {reason}</span> : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
