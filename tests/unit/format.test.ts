import { describe, expect, it } from 'vitest';
import { formatDate, LANGS } from '../../src/core/dates';
import { budgetMoney, estimatedShares, formatCount, formatMoney, formatUSD, headOn, latestStrength } from '../../src/core/format';
import type { Contributor, Entity } from '../../src/core/schema';

const src = { url: 'https://example.org/scale', title: 'Scale' };
const scale: Contributor[] = [
  { country: 'US', share: 0.25, period: '2022-2024', source: src },
  { country: 'CN', share: 0.2, period: '2022-2024', source: src },
  { country: 'JP', share: 0.08, period: '2022-2024', source: src },
  { country: 'DE', share: 0.06, period: '2022-2024', source: src },
  { country: 'US', share: 0.3, period: '2025-2027', source: src },
];

describe('estimatedShares', () => {
  it('applies the scale in force when the budget period began, largest first', () => {
    const shares = estimatedShares({ amountUSD: 1_000_000_000, period: '2024-07/2025-06', source: src }, scale);
    expect(shares.map((s) => [s.country, Math.round(s.amountUSD)])).toEqual([
      ['US', 250_000_000],
      ['CN', 200_000_000],
      ['JP', 80_000_000],
    ]);
    const later = estimatedShares({ amountUSD: 100, period: '2025-07/2026-06', source: src }, scale);
    expect(later.map((s) => s.country)).toEqual(['US']);
  });

  it('returns nothing when no scale covers the period', () => {
    expect(estimatedShares({ amountUSD: 100, period: '2019-07/2020-06', source: src }, scale)).toEqual([]);
  });
});

describe('time series', () => {
  const e = {
    strength: [
      { value: 50000, unit: 'troops', asOf: '1999-09', source: src },
      { value: 10000, unit: 'troops', asOf: '2010-02', source: src },
      { value: 4500, unit: 'troops', asOf: '2025-10-03', source: src },
    ],
    leaders: [
      { title: 'Commander', name: 'A', from: '2009-09', to: '2010-09', source: src },
      { title: 'Commander', name: 'B', from: '2010-09', to: '2011-09', source: src },
      { title: 'Commander', name: 'C', from: '2025-10-03', source: src },
    ],
  } as unknown as Entity;

  it('picks the value that held on a date, or the latest', () => {
    expect(latestStrength(e)?.value).toBe(4500);
    expect(latestStrength(e, '2010-07-15')?.value).toBe(10000);
    expect(latestStrength(e, '1998-01-01')).toBeUndefined();
  });

  it('finds the head in office on a date, or now', () => {
    expect(headOn(e.leaders)?.name).toBe('C');
    expect(headOn(e.leaders, '2010-03-01')?.name).toBe('A');
  });

  it('formats money in words', () => {
    expect(formatUSD(5_380_000_000)).toBe('$5.4 billion');
    expect(formatUSD(41_298_200)).toBe('$41.3 million');
    expect(formatUSD(850_000)).toBe('$850,000');
  });
});

describe('formatting in each interface language', () => {
  it('writes dates as each language does', () => {
    expect(LANGS.map((l) => formatDate('1999-06-10', l))).toEqual([
      '10 June 1999',
      '10 juin 1999',
      '10. Juni 1999',
      '10 de junio de 1999',
      '10 qershor 1999',
      '10. juna 1999',
    ]);
    expect(LANGS.map((l) => formatDate('2008-12', l))).toEqual([
      'December 2008',
      'décembre 2008',
      'Dezember 2008',
      'diciembre de 2008',
      'dhjetor 2008',
      'decembar 2008',
    ]);
    expect(formatDate('2008-12-01', 'fr')).toBe('1er décembre 2008');
  });

  it('groups thousands and words dollar amounts as each language does', () => {
    expect(LANGS.map((l) => formatCount(4500, l))).toEqual(['4,500', '4\u202f500', '4.500', '4500', '4\u202f500', '4.500']);
    expect(formatCount(10_500, 'es')).toBe('10.500');
    expect(LANGS.map((l) => formatUSD(1_234_000_000, l))).toEqual([
      '$1.2 billion',
      '1,2 milliard de dollars',
      '1,2 Mrd. US-Dollar',
      '1,2 mil millones de dólares',
      '1,2 miliardë dollarë',
      '1,2 milijarde dolara',
    ]);
    expect(LANGS.map((l) => formatUSD(1_000_000, l))).toEqual([
      '$1 million',
      '1 million de dollars',
      '1 Mio. US-Dollar',
      '1 millón de dólares',
      '1 milion dollarë',
      '1 milion dolara',
    ]);
    expect(formatUSD(5_000_000_000, 'sr')).toBe('5 milijardi dolara');
    expect(formatUSD(850_000, 'de')).toBe('850.000 US-Dollar');
  });

  it('words euro amounts (EU missions) in each language, never converted', () => {
    expect(LANGS.map((l) => formatMoney({ amount: 165_310_000, currency: 'EUR' }, l))).toEqual([
      '€165.3 million',
      '165,3 millions d’euros',
      '165,3 Mio. Euro',
      '165,3 millones de euros',
      '165,3 milionë euro',
      '165,3 miliona evra',
    ]);
    expect(formatMoney({ amount: 850_000, currency: 'EUR' })).toBe('€850,000');
    expect(budgetMoney({ amountEUR: 34_000_000, period: '2014-06/2014-10', source: { url: 'https://x', title: 'x' } })).toEqual({
      amount: 34_000_000,
      currency: 'EUR',
    });
  });
});
