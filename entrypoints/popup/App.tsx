import { useMemo, useRef, useState } from 'preact/hooks';
import { todayISO } from '~/src/core/dates';
import { shortLabel } from '~/src/core/format';
import type { Catalog } from '~/src/core/catalog';
import type { Entity } from '~/src/core/schema';
import { buildTimeline } from '~/src/core/timeline';
import { FactCard } from '~/src/ui/FactCard';
import { kindText, t } from '~/src/ui/i18n';
import { PageSection } from './PageSection';

export function App({ catalog }: { catalog: Catalog }) {
  const { entities, byId, labelOf, search } = useMemo(
    () => ({
      entities: catalog.entities,
      byId: { get: (id: string) => catalog.get(id) },
      labelOf: (id: string) => catalog.labelOf(id),
      // The catalog builds its index on the first keystroke: the search box takes input at once.
      search: (query: string) => catalog.search(query),
    }),
    [catalog],
  );
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<Entity | null>(null);
  const view = open ? catalog.view(open.id) : null;
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const kinds = useMemo(() => [...new Set(entities.map((e) => e.kind))].sort(), [entities]);
  const results = useMemo(() => {
    const fits = (id: string) => {
      const e = byId.get(id)!;
      return (!kind || e.kind === kind) && (!status || e.status === status);
    };
    // With only a filter set, the popup lists what fits, alphabetically: browsing, not searching.
    const hits = query.trim()
      ? search(query)
      : kind || status
        ? [...entities].sort((a, b) => shortLabel(a).localeCompare(shortLabel(b))).map((e) => ({ id: e.id, score: 0, matched: e.name }))
        : [];
    return hits.filter((r) => fits(r.id)).slice(0, 50);
  }, [search, query, kind, status, byId, entities]);

  const choose = (id: string) => {
    // A resolution the data holds no record of still has a view (and so a card).
    const e = byId.get(id) ?? catalog.view(id)?.entity;
    if (e) setOpen(e);
  };
  const back = () => {
    setOpen(null);
    requestAnimationFrame(() => input.current?.focus());
  };

  if (open) {
    return (
      <main class="popup" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), back())}>
        <button type="button" class="back" onClick={back}>
          {t('back')}
        </button>
        <FactCard
          entity={open}
          assessment={view?.assessment ?? []}
          resolution={view?.resolution}
          lineage={view?.lineage}
          labelOf={labelOf}
          onNavigate={choose}
          today={todayISO()}
          copyText={(text) => navigator.clipboard.writeText(text)}
        />
      </main>
    );
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(results.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter' && results[active]) {
      e.preventDefault();
      choose(results[active]!.id);
    }
  };

  return (
    <main class="popup">
      <label class="search-label" for="q">
        <img class="brand" src="/icon/48.png" width={18} height={18} alt="" />
        {t('searchLabel', entities.length)}
      </label>
      <input
        id="q"
        ref={input}
        type="search"
        autoFocus
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        value={query}
        role="combobox"
        list={undefined}
        aria-expanded={results.length > 0}
        aria-controls="results"
        aria-activedescendant={results[active] ? `r-${results[active]!.id}` : undefined}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div class="filters">
        <select
          id="kind"
          aria-label={t('filterKind')}
          value={kind}
          onChange={(e) => {
            setKind((e.target as HTMLSelectElement).value);
            setActive(0);
          }}
        >
          <option value="">{t('filterAllKinds')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {kindText(k)}
            </option>
          ))}
        </select>
        <select
          id="status"
          aria-label={t('filterStatus')}
          value={status}
          onChange={(e) => {
            setStatus((e.target as HTMLSelectElement).value);
            setActive(0);
          }}
        >
          <option value="">{t('filterAnyStatus')}</option>
          <option value="active">{t('statusActive')}</option>
          <option value="ended">{t('statusEnded')}</option>
        </select>
      </div>
      <ul id="results" role="listbox" aria-label={t('results')}>
        {results.map((r, i) => {
          const e = byId.get(r.id)!;
          return (
            <li
              id={`r-${r.id}`}
              key={r.id}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onClick={() => choose(r.id)}
              onMouseMove={() => setActive(i)}
            >
              <span class="r-title">
                {e.acronym ? <strong>{e.acronym}</strong> : null} {e.name}
              </span>
              <span class="r-meta">
                {kindText(e.kind)} · {e.status === 'active' ? t('statusActive') : t('statusEnded')}
                {r.matched !== e.name && r.matched !== e.acronym ? ` · “${r.matched}”` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      {query && results.length === 0 ? <p class="empty">{t('nothingMatches', query)}</p> : null}
      {query || kind || status ? null : (
        <PageSection
          labelOf={labelOf}
          onOpen={choose}
          timelineOf={(ids, date) =>
            buildTimeline(
              ids.flatMap((id) => catalog.get(id) ?? []),
              todayISO(),
              date ?? undefined,
            )
          }
        />
      )}
    </main>
  );
}
