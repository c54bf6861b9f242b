// @vitest-environment happy-dom
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../src/core/schema';
import { FactCard, type FactCardProps } from '../../src/ui/FactCard';
import { setLanguage } from '../../src/ui/i18n';

const testa = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/db-valid/testa.json'), 'utf8')) as Entity;

function mount(entity: Entity, onNavigate = vi.fn(), props: Partial<FactCardProps> = { expanded: true }) {
  const el = document.createElement('div');
  render(
    <FactCard
      entity={entity}
      labelOf={(id) => (id === 'testorg' ? 'TO' : undefined)}
      onNavigate={onNavigate}
      today="2026-11-23"
      {...props}
    />,
    el,
  );
  return el;
}

describe('FactCard', () => {
  it('shows the name, badges, dates, instrument, head, strength and budget with dates and sources', () => {
    const el = mount(testa);
    const text = el.textContent!;
    expect(text).toContain('Test Alpha Mission in Testland');
    expect(text).toContain('(TESTA)');
    expect(text).toContain('UN peacekeeping operation');
    expect(text).toContain('Ended');
    expect(el.querySelector('[data-field="dates"]')!.textContent).toBe('10 June 1999 – June 2008');
    expect(el.querySelector('[data-field="authorizedBy"]')!.textContent).toBe('UNSCR 9999');
    expect(el.querySelector('[data-field="headquarters"]')!.textContent).toBe('Testville · Kosovo');
    expect(el.querySelector('[data-field="strength"]')!.textContent).toContain('1,200 troops (as of 30 June 2007)');
    expect(el.querySelector('[data-field="budget"]')!.textContent).toContain('$41.3 million (July 2006 – June 2007)');
    expect(el.querySelector('[data-field="head"]')!.textContent).toContain('A. Tester');
    expect([...el.querySelectorAll('.ml-sources a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/main']);
    // Source links name who published them, never a bare "source".
    expect(el.querySelector('.ml-sources .ml-publisher')!.textContent).toBe('— Example Org');
    // Without a declared publisher, the site's name stands in.
    expect(el.querySelector('[data-field="budget"] a.ml-src')!.textContent).toBe('example.org');
    // Milestones from the record's events, with their source.
    expect(el.querySelector('.ml-events li')!.textContent).toContain(
      'March 2001: The fixture mission handed its police work to a successor.',
    );
    expect([...el.querySelectorAll('a.ml-src')].map((a) => a.textContent)).not.toContain('source');
  });

  it("charts a figure's history with a readable label", () => {
    const el = mount(testa);
    const chart = el.querySelector('[data-field="strength"] svg.ml-history')!;
    expect(chart.querySelectorAll('circle').length).toBe(2);
    expect(chart.getAttribute('aria-label')).toBe('History: January 2000: 5,000 troops; 30 June 2007: 1,200 troops');
    // The line names its unit and span on screen too.
    expect(el.querySelector('[data-field="strength"] .ml-chart-caption')!.textContent).toBe('troops, January 2000 – 30 June 2007');
    expect(el.querySelector('[data-field="budget"] svg')).toBeNull(); // one budget point: nothing to chart
  });

  it("gives an EU mission's budget in euros, charting only the budgets in that currency", () => {
    const src = testa.budget[0]!.source;
    const eu = {
      ...testa,
      budget: [
        { amountUSD: 30_000_000, period: '2010', source: src },
        { amountEUR: 34_000_000, period: '2014-06/2014-10', source: src },
        { amountEUR: 165_310_000, period: '2023-06/2025-06', source: src },
      ],
    };
    const el = mount(eu);
    expect(el.querySelector('[data-field="budget"]')!.textContent).toContain('€165.3 million (June 2023 – June 2025)');
    expect(el.querySelector('[data-field="budget"] svg')!.getAttribute('aria-label')).toBe(
      'History: June 2014 – October 2014: €34 million; June 2023 – June 2025: €165.3 million',
    );
  });

  it('labels money spent as spending, and an appropriation as a budget', () => {
    const budgetLabel = (el: HTMLElement) => el.querySelector('[data-field="budget"]')!.previousElementSibling!.textContent;
    expect(budgetLabel(mount(testa))).toBe('Budget');
    const spent = { ...testa, budget: testa.budget.map((b) => ({ ...b, basis: 'expenditure' as const })) };
    expect(budgetLabel(mount(spent))).toBe('Spent');
  });

  it('renders data text as text, never as markup', () => {
    const el = mount({ ...testa, mandate: '<img src=x onerror=alert(1)>' });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.ml-mandate')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('navigates to related bodies', () => {
    const onNavigate = vi.fn();
    const el = mount(testa, onNavigate);
    (el.querySelector('[data-related="testorg"]') as HTMLButtonElement).click();
    expect(onNavigate).toHaveBeenCalledWith('testorg');
  });

  it('says at a glance what it is and the three key figures at the article\'s date, the rest behind "More"', () => {
    const el = mount(testa, vi.fn(), { asOf: '2007-08-01', term: 'MITA' });
    expect(el.querySelector('.ml-name')!.textContent).toBe('MITA');
    expect(el.querySelector('[data-field="canonical"]')!.textContent).toBe('Test Alpha Mission in Testland (TESTA)');
    expect(el.querySelector('[data-field="purpose"]')!.textContent).toBe(testa.mandate);
    expect(el.querySelector('[data-field="key-size"]')!.textContent).toContain('1,200 troops · 30 June 2007 · 1 month before the article');
    expect(el.querySelector('[data-field="key-budget"]')!.textContent).toContain('$41.3 million · July 2006 – June 2007');
    // A. Tester left in 2004: no head is claimed for 2007.
    expect(el.querySelector('[data-field="key-head"]')!.textContent).toBe('No head on record for 1 August 2007');
    expect(el.querySelector('[data-part="more"]')).toBeNull();
    const more = el.querySelector<HTMLButtonElement>('.ml-more')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    return Promise.resolve().then(() => {
      expect(more.getAttribute('aria-expanded')).toBe('true');
      expect(el.querySelector('[data-part="more"] .ml-mandate')).not.toBeNull();
    });
  });

  it('says there is no figure near a date rather than offer an old one, and says how old a figure is', () => {
    const el = mount(testa, vi.fn(), { asOf: '2004-03-01' });
    const size = el.querySelector('[data-field="key-size"]')!.textContent!;
    expect(size).toContain('No figure within two years of 1 March 2004');
    expect(size).not.toContain('5,000');
    const close = mount(testa, vi.fn(), { asOf: '2001-06-15' });
    expect(close.querySelector('[data-field="key-size"]')!.textContent).toContain(
      '5,000 troops · January 2000 · 1 year before the article',
    );
    expect(close.querySelector('[data-field="key-head"]')!.textContent).toContain('A. Tester, Head of Mission');
  });

  it('leaves out the figures a record does not have (a resolution has no head, size or budget)', () => {
    const el = mount({ ...testa, kind: 'resolution', leaders: [], strength: [], budget: [] }, vi.fn(), {});
    expect(el.querySelector('[data-field="key"]')).toBeNull();
    const some = mount({ ...testa, budget: [] }, vi.fn(), {});
    expect(some.querySelector('[data-field="key-size"]')).not.toBeNull();
    expect(some.querySelector('[data-field="key-budget"]')).toBeNull();
  });

  it('never puts figures of different units in one line or chart', () => {
    const mixed: Entity = {
      ...testa,
      strength: [...testa.strength, { value: 300, unit: 'staff', asOf: '2007-01', source: testa.strength[0]!.source }],
    };
    const el = mount(mixed);
    const series = [...el.querySelectorAll('[data-field="strength"] .ml-series')];
    expect(series.map((s) => s.getAttribute('data-unit'))).toEqual(['troops', 'staff']);
    expect(series[0]!.querySelectorAll('circle').length).toBe(2);
    expect(series[1]!.querySelector('svg')).toBeNull();
  });

  it("shows a leader's note (acting, interim) beside the name", () => {
    const leaders = [{ ...testa.leaders[0]!, to: undefined, note: 'acting' }];
    const el = mount({ ...testa, status: 'active', ended: null, leaders }, vi.fn(), { expanded: true, asOf: '2003-01-01' });
    expect(el.querySelector('[data-field="key-head"]')!.textContent).toContain('A. Tester, Head of Mission (acting)');
    expect(el.querySelector('[data-field="leader-note"]')!.textContent).toContain('acting');
  });

  it('phrases dates by their precision in French (no "au mai 2023")', () => {
    setLanguage('fr');
    try {
      const month = { ...testa, strength: [{ ...testa.strength[0]!, asOf: '2023-05' }] };
      const el = mount(month);
      const text = el.querySelector('[data-field="strength"]')!.textContent!;
      expect(text).toContain('en mai 2023');
      expect(text).not.toContain('au mai');
      expect(el.querySelector('[data-field="dates"]')!.textContent).toBe('10 juin 1999 – juin 2008');
    } finally {
      setLanguage('auto');
    }
  });

  it('reads left to right in an LTR interface whatever the page, with figures isolated', () => {
    const el = mount(testa);
    expect(el.querySelector('.ml-card')!.getAttribute('dir')).toBe('ltr');
    expect(el.querySelector('[data-field="budget"] bdi')!.textContent).toBe('$41.3 million');
  });

  // Issue 13, bug 4: the copy state belonged to the component, not to the body it was about.
  it('forgets "Citation copied" when the same card shows another body', async () => {
    const el = document.createElement('div');
    const copyText = vi.fn(() => Promise.resolve());
    const show = (entity: Entity) =>
      render(<FactCard entity={entity} labelOf={() => undefined} today="2026-11-23" copyText={copyText} />, el);
    show(testa);
    el.querySelector<HTMLButtonElement>('.ml-cite')!.click();
    await vi.waitFor(() => expect(el.querySelector('[data-field="copy-status"]')!.textContent).toBe('Citation copied'));
    show({ ...testa, id: 'testb', name: 'Test Beta' });
    expect(el.querySelector('[data-field="copy-status"]')!.textContent).toBe('');
    expect(copyText).toHaveBeenCalledWith(expect.stringContaining('Test Alpha Mission in Testland (TESTA)'));
  });

  it('says so when copying fails, and offers the citation to copy by hand', async () => {
    const el = document.createElement('div');
    render(
      <FactCard entity={testa} labelOf={() => undefined} today="2026-11-23" copyText={() => Promise.reject(new Error('no clipboard'))} />,
      el,
    );
    el.querySelector<HTMLButtonElement>('.ml-cite')!.click();
    await vi.waitFor(() => expect(el.querySelector('[data-field="copy-status"]')!.textContent).toContain('Could not copy'));
    expect(el.querySelector<HTMLTextAreaElement>('.ml-cite-text')!.value).toContain('Test Alpha Mission in Testland');
  });
});

describe('FactCard for a Security Council resolution', () => {
  const labels: Record<string, string> = { unmik: 'UNMIK', kfor: 'KFOR', unsc: 'UNSC' };
  const labelOf = (id: string) => labels[id];

  it('without a record: what it is, what it did (each body a link), and the UN documents link', async () => {
    const { resolutionFacts, resolutionStandIn } = await import('../../src/core/resolutions');
    const resolution = { ...resolutionFacts(2790, []), links: [{ id: 'unmik', relation: 'renewed' as const, date: '2031-02-01' }] };
    const onNavigate = vi.fn();
    const el = document.createElement('div');
    render(
      <FactCard
        entity={resolutionStandIn(resolution)}
        resolution={resolution}
        labelOf={labelOf}
        onNavigate={onNavigate}
        today="2026-11-23"
        asOf="2026-01-02"
      />,
      el,
    );
    expect(el.querySelector('.ml-name')!.textContent).toBe('Security Council resolution 2790');
    expect(el.querySelector('[data-relation="renewed"]')!.textContent).toBe('Renewed: UNMIK (1 February 2031)');
    expect(el.querySelector<HTMLAnchorElement>('[data-field="resolution-text"]')!.href).toBe(resolution.url);
    // A stand-in has no record: no status, no dates, no "More", no citation of a record that is not there.
    expect(el.querySelector('.ml-status, .ml-more, [data-field="asof"], .ml-cite')).toBeNull();
    el.querySelector<HTMLButtonElement>('[data-related="unmik"]')!.click();
    expect(onNavigate).toHaveBeenCalledWith('unmik');
  });

  it('with no known link it still says so, in French too', async () => {
    const { resolutionFacts, resolutionStandIn } = await import('../../src/core/resolutions');
    const resolution = { ...resolutionFacts(2719, []), year: 2023 };
    setLanguage('fr');
    try {
      const el = document.createElement('div');
      render(<FactCard entity={resolutionStandIn(resolution)} resolution={resolution} labelOf={labelOf} today="2026-11-23" />, el);
      expect(el.querySelector('.ml-name')!.textContent).toBe('Résolution 2719 du Conseil de sécurité (2023)');
      expect(el.querySelector('[data-field="resolution-none"]')).not.toBeNull();
    } finally {
      setLanguage('auto');
    }
  });

  it('a record in the data keeps its fields and shows its links as well', async () => {
    const { resolutionFacts } = await import('../../src/core/resolutions');
    const { loadDatabase } = await import('../../scripts/lib/database');
    const { entities } = loadDatabase();
    const el = document.createElement('div');
    const record = entities.find((e) => e.id === 'unscr-1244')!;
    render(<FactCard entity={record} resolution={resolutionFacts(1244, entities)} labelOf={labelOf} today="2026-11-23" />, el);
    expect(el.querySelector('.ml-name')!.textContent).toBe('United Nations Security Council Resolution 1244');
    expect([...el.querySelectorAll('[data-relation="created"]')].map((li) => li.textContent)).toEqual([
      'Created: KFOR (11 June 1999)',
      'Created: UNMIK (10 June 1999)',
    ]);
    expect(el.querySelector('.ml-more')).not.toBeNull();
  });
});

describe('FactCard: figures on the page', () => {
  const source = { url: 'https://example.org/s', title: 'Source', publisher: 'Example' };
  const check = (text: string, verdict: 'match' | 'differs' | 'no-data', data: { value: number; unit: string; asOf: string } | null) => ({
    start: 0,
    end: text.length,
    text,
    id: 'testa',
    quantity: 'troops' as const,
    stated: { value: 1, hedge: 'exact' as const },
    data: data ? { ...data, source } : null,
    verdict,
    reason: '',
  });

  it('a line per figure: its verdict, and for a differing one the data value, date and source', () => {
    const el = mount(testa, vi.fn(), {
      figures: [check('12,000', 'differs', { value: 1200, unit: 'troops', asOf: '2007-06-30' }), check('900 staff', 'no-data', null)],
    });
    const lines = [...el.querySelectorAll('[data-field="figures"] li')];
    expect(lines.map((l) => l.getAttribute('data-verdict'))).toEqual(['differs', 'no-data']);
    expect(lines[0]!.textContent).toBe('12,000 differs from the data: 1,200 troops (30 June 2007) Example');
    expect(lines[1]!.textContent).toBe('900 staff nothing in the data to compare it with');
  });

  it('in French, and no section without figures', () => {
    setLanguage('fr');
    try {
      const el = mount(testa, vi.fn(), { figures: [check('1 200', 'match', { value: 1200, unit: 'troops', asOf: '2007-06-30' })] });
      expect(el.querySelector('[data-field="figures"] li')!.textContent).toContain('concorde avec les données');
    } finally {
      setLanguage('auto');
    }
    expect(mount(testa, vi.fn(), { figures: [] }).querySelector('[data-field="figures"]')).toBeNull();
  });
});

describe('FactCard: lineage strip', () => {
  it('lists predecessors and successors oldest first, the current one marked, the others followable', async () => {
    const { Catalog } = await import('../../src/core/catalog');
    const { bundledEntities, bundledPatterns } = await import('../../src/bundled');
    const catalog = new Catalog({ patterns: bundledPatterns, entities: bundledEntities });
    const view = catalog.view('ifor')!;
    expect(view.lineage!.map((s) => s.id)).toEqual(['unprofor', 'ifor', 'sfor', 'eufor-althea']);
    expect(catalog.view('unmik')!.lineage).toBeUndefined();
    const onNavigate = vi.fn();
    const el = document.createElement('div');
    render(
      <FactCard
        entity={view.entity}
        lineage={view.lineage}
        labelOf={(id) => catalog.labelOf(id)}
        onNavigate={onNavigate}
        today="2026-11-23"
      />,
      el,
    );
    const steps = [...el.querySelectorAll('[data-field="lineage"] li')].map((li) => li.textContent);
    expect(steps).toEqual(['UNPROFOR 1992–1995', 'IFOR 1995–1996', 'SFOR 1996–2004', 'EUFOR 2004–']);
    expect(el.querySelector('[aria-current="true"]')!.textContent).toBe('IFOR');
    el.querySelector<HTMLButtonElement>('[data-field="lineage"] [data-related="sfor"]')!.click();
    expect(onNavigate).toHaveBeenCalledWith('sfor');
  });
});
