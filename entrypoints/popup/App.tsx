import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayISO } from '~/src/core/dates';
import type { Catalog } from '~/src/core/catalog';
import { shortLabel } from '~/src/core/format';
import type { Entity } from '~/src/core/schema';
import { type Line, SearchIndex, type SearchResult } from '~/src/core/search';
import { buildTimeline } from '~/src/core/timeline';
import { FactCard } from '~/src/ui/FactCard';
import { kindText, type MessageKey, t } from '~/src/ui/i18n';
import { BackIcon } from '~/src/ui/icons';
import { Shortcuts } from '~/src/ui/Shortcuts';
import { PageSection } from './PageSection';
import { Results } from './Results';

/** Queries offered when nothing matches: one of each kind of question the search answers. */
const EXAMPLES = ['UNIFIL', 'Kosovo', 'peacekeeping budget', 'Naqoura'];

/** Where each line a query can ask about is on the card, first choice first. */
const KEY_LINE: Record<Line, string[]> = {
  budget: ['key-budget', 'budget'],
  strength: ['key-size', 'strength'],
  head: ['key-head', 'head'],
  headquarters: ['headquarters'],
};

/** One opened card; `line` is the line the query asked about, shown in view. */
interface Opened {
  entity: Entity;
  line?: Line;
}

const listWords = (key: MessageKey) =>
  t(key)
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

/** `catalog` is null while it loads: the search box already takes input, and what was typed is answered once it is here. */
export function App({ catalog }: { catalog: Catalog | null }) {
  const { entities, byId, labelOf, index } = useMemo(() => {
    const entities = catalog?.entities ?? [];
    // Built on the first keystroke, not at open: the search box must take input at once. The
    // popup's own index, since it reads kind names and line words in the reader's language.
    let built: SearchIndex | null = null;
    return {
      entities,
      byId: { get: (id: string) => catalog?.get(id) },
      labelOf: (id: string) => catalog?.labelOf(id),
      index: () =>
        (built ??= new SearchIndex(entities, {
          kindLabel: kindText,
          lineWords: {
            budget: listWords('searchWordsBudget'),
            strength: listWords('searchWordsStrength'),
            head: listWords('searchWordsHead'),
          },
        })),
    };
  }, [catalog]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  /** Cards opened one from another; Back and Esc step back one card at a time. */
  const [stack, setStack] = useState<Opened[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const main = useRef<HTMLElement>(null);
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const kinds = useMemo(() => [...new Set(entities.map((e) => e.kind))].sort(), [entities]);
  const { results, found } = useMemo(() => {
    const fits = (id: string) => {
      const e = byId.get(id)!;
      return (!kind || e.kind === kind) && (!status || e.status === status);
    };
    // With only a filter set, the popup lists what fits, alphabetically: browsing, not searching.
    const hits: SearchResult[] = !catalog
      ? []
      : query.trim()
        ? index().search(query, entities.length)
        : kind || status
          ? [...entities]
              .sort((a, b) => shortLabel(a).localeCompare(shortLabel(b)))
              .map((e) => ({ id: e.id, score: 0, matched: e.name, field: 'title' as const }))
          : [];
    return { results: hits.filter((r) => fits(r.id)).slice(0, 50), found: hits.length };
  }, [catalog, index, query, kind, status, byId, entities]);
  const explained = useMemo(() => (catalog && query.trim() && found === 0 ? index().explain(query) : null), [catalog, index, query, found]);

  // Focused as soon as it exists: `autofocus` alone waits for the next frame to be drawn.
  useLayoutEffect(() => input.current?.focus(), []);

  const top = stack[stack.length - 1];
  useEffect(() => {
    if (!top) return;
    // The card's heading takes focus, so a screen reader announces it and Esc reaches us.
    const heading = main.current?.querySelector<HTMLElement>('.ml-card .ml-name');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    if (top.line) {
      // The card's first lines hold the key figures; headquarters (and any figure the glance
      // leaves out) are further down, in the part the popup opens.
      const line = KEY_LINE[top.line]
        .map((field) => main.current?.querySelector<HTMLElement>(`.ml-card [data-field="${field}"]`))
        .find((el) => el);
      line?.setAttribute('data-asked', '');
      line?.scrollIntoView({ block: 'center' });
    }
  }, [top]);

  const open = (id: string, line?: Line) => {
    // A resolution the data holds no record of still has a view (and so a card).
    const entity = byId.get(id) ?? catalog?.view(id)?.entity;
    if (entity) setStack((s) => [...s, { entity, line }]);
  };
  const back = () => {
    setStack((s) => s.slice(0, -1));
    if (stack.length <= 1) requestAnimationFrame(() => input.current?.focus());
  };
  const search = (q: string) => {
    setQuery(q);
    setActive(0);
    input.current?.focus();
  };

  // A card is opened from the catalog's records, so with one open the catalog is here.
  if (top && catalog) {
    const view = catalog.view(top.entity.id);
    return (
      <main
        class="popup"
        ref={main}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          back();
        }}
      >
        <button type="button" class="back" onClick={back}>
          <BackIcon /> {stack.length > 1 ? t('backTo', shortLabel(stack[stack.length - 2]!.entity)) : t('back')}
        </button>
        <FactCard
          key={`${stack.length}-${top.entity.id}`}
          entity={top.entity}
          assessment={view?.assessment ?? []}
          resolution={view?.resolution}
          lineage={view?.lineage}
          labelOf={labelOf}
          onNavigate={(id) => open(id)}
          today={todayISO()}
          copyText={(text) => navigator.clipboard.writeText(text)}
          expanded
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
      open(results[active]!.id, results[active]!.line);
    }
  };

  const without =
    explained && explained.unknown.length > 0
      ? query
          .split(/\s+/)
          .filter((w) => !explained.unknown.some((u) => w.toLowerCase().includes(u)))
          .join(' ')
      : '';

  return (
    <main class="popup" ref={main}>
      <label class="search-label" for="q">
        <img class="brand" src="/icon/48.png" width={18} height={18} alt="" />
        {catalog ? t('searchLabel', entities.length) : t('searchLabelLoading')}
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
        aria-describedby="search-hint"
        aria-activedescendant={results[active] ? `r-${results[active]!.id}` : undefined}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id="search-hint" class="hint">
        {t('searchHint')}
      </p>
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
      <Results results={results} byId={byId} active={active} onOpen={open} onHover={setActive} />
      {catalog && query.trim() && results.length === 0 ? (
        <div class="empty" id="empty" role="status">
          <p>{found > 0 ? t('nothingWithFilters', query.trim()) : t('nothingMatches', query.trim())}</p>
          {explained?.didYouMean ? (
            <p id="did-you-mean">
              {t('didYouMean')}{' '}
              <button type="button" class="link" onClick={() => search(explained.didYouMean!)}>
                {explained.didYouMean}
              </button>
              ?
            </p>
          ) : null}
          {without && without !== query.trim() && index().search(without, 1).length > 0 ? (
            <p>
              <button type="button" class="link" id="search-without" onClick={() => search(without)}>
                {t('searchWithout', explained!.unknown.join(' '))}
              </button>
            </p>
          ) : null}
          <p class="examples">
            {t('tryExamples')}{' '}
            {EXAMPLES.map((q) => (
              <button key={q} type="button" class="chip" onClick={() => search(q)}>
                {q}
              </button>
            ))}
          </p>
        </div>
      ) : null}
      {query || kind || status ? null : (
        <PageSection
          labelOf={labelOf}
          onOpen={(id) => open(id)}
          timelineOf={(ids, date) =>
            buildTimeline(
              ids.flatMap((id) => catalog?.get(id) ?? []),
              todayISO(),
              date ?? undefined,
            )
          }
        />
      )}
      {query || kind || status ? null : <Shortcuts compact />}
    </main>
  );
}
