// @vitest-environment happy-dom
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../src/core/schema';
import { FactCard } from '../../src/ui/FactCard';

const testa = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/db-valid/testa.json'), 'utf8')) as Entity;

function mount(entity: Entity, onNavigate = vi.fn()) {
  const el = document.createElement('div');
  render(<FactCard entity={entity} labelOf={(id) => (id === 'testorg' ? 'TO' : undefined)} onNavigate={onNavigate} today="2026-11-23" />, el);
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
  });

  it('charts a figure\'s history with a readable label', () => {
    const el = mount(testa);
    const chart = el.querySelector('[data-field="strength"] svg.ml-history')!;
    expect(chart.querySelectorAll('circle').length).toBe(2);
    expect(chart.getAttribute('aria-label')).toBe('History: January 2000: 5,000 troops; 30 June 2007: 1,200 troops');
    expect(el.querySelector('[data-field="budget"] svg')).toBeNull(); // one budget point: nothing to chart
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
});
