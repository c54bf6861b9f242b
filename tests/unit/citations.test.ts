import { describe, expect, it } from 'vitest';
import { citationShares, citedHost, classifyCitation, collectCitations, staleBodies, weakFirstSources } from '../../src/core/citations';
import type { Entity } from '../../src/core/schema';

const ref = (url: string, publisher?: string) => ({ url, title: 't', ...(publisher ? { publisher } : {}) });

/** A minimal active operation; tests override what they exercise. */
function op(patch: Partial<Entity> = {}): Entity {
  return {
    id: 'testop',
    name: 'Test Operation',
    acronym: null,
    aliases: [],
    kind: 'un-peacekeeping',
    parent: null,
    status: 'active',
    established: '2000',
    ended: null,
    authorizedBy: null,
    headquarters: null,
    host: [],
    mandate: 'A fixture operation used by the citation tests.',
    leaders: [],
    strength: [],
    budget: [],
    related: [],
    website: 'https://testop.unmissions.org',
    sources: [ref('https://testop.unmissions.org/mandate')],
    updated: '2026-12-01',
    ...patch,
  };
}

describe('classifyCitation', () => {
  it.each([
    ['https://unmik.unmissions.org/mandate', 'https://unmik.unmissions.org', 'self'],
    ['https://www.eulex-kosovo.eu/?page=2,11,1152', 'https://www.eulex-kosovo.eu', 'self'],
    ['https://press.un.org/en/1999/19990610.SC6686.html', null, 'un-document'],
    ['https://news.un.org/en/story/2008/06/263992', null, 'un-document'],
    ['https://github.com/united-nations/mandates/blob/x/data/a.json', null, 'un-document'],
    ['https://github.com/someone/else', null, 'other'],
    ['https://www.nato.int/docu/update/2001/0402/e0406b.htm', null, 'other-primary'],
    ['https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32008E0124', null, 'other-primary'],
    ['https://2009-2017.state.gov/p/eur/ci/kv/c27789.htm', null, 'other-primary'],
    ['http://www.mofa.go.jp/mofaj/gaiko/jp_un/pko_yosan.html', null, 'other-primary'],
    ['http://news.bbc.co.uk/2/hi/europe/7455171.stm', null, 'news'],
    ['https://www.reuters.com/world/x', null, 'news'],
    // ACAP, the Central African national press agency, on its own domain (not a copy site).
    ['https://acap.cf/Bientot-le-transfert_a1313.html', null, 'news'],
    ['https://www.acap.cf/POLITIQUE_r1.html', null, 'news'],
    ['https://en.wikipedia.org/wiki/KFOR', null, 'encyclopedia'],
    ['https://en.wikipedia.org./wiki/International_Steering_Group_for_Kosovo', null, 'encyclopedia'],
    ['https://wikimili.com/en/Special_Representative', null, 'mirror'],
    ['https://docslib.org/doc/4697084/kosovo-force', null, 'mirror'],
    ['https://de.zxc.wiki/wiki/Kosovo_Force', null, 'mirror'],
    ['https://example.net/wiki/Kosovo_Force', null, 'mirror'],
    ['http://206.189.44.186/en/UNMIK', null, 'mirror'],
    ['https://www.globalsecurity.org/military/ops/kfor.htm', null, 'other'],
    ['https://issuu.com/unpublications/docs/yun_2009/82', null, 'un-document'],
    ['https://issuu.com/someone/docs/yun_2009', null, 'mirror'],
    ['http://www.refworld.org/docid/3b00f16137.html', null, 'un-document'],
    ['https://archive.uneca.org/fr/oria/pages/ceeac', null, 'un-document'],
  ])('%s → %s', (url, website, expected) => {
    expect(classifyCitation(ref(url), website)).toBe(expected);
  });

  it('judges an archived page by the page it holds', () => {
    const url = 'https://webarchive.library.unt.edu/web/20130218105321/http:/www.jfcnaples.nato.int/operations_kfor.aspx';
    expect(citedHost(url).host).toBe('jfcnaples.nato.int');
    expect(classifyCitation(ref(url), 'https://jfcnaples.nato.int/kfor')).toBe('self');
    expect(classifyCitation(ref('https://web.archive.org/web/2010/https://www.bbc.co.uk/news/x'))).toBe('news');
  });

  it('trusts a publisher that says the page is a copy', () => {
    expect(classifyCitation(ref('https://archive.example.org/a', 'Reuters (blog copy)'))).toBe('mirror');
    expect(classifyCitation(ref('https://archive.example.org/a', 'Reuters'))).toBe('other');
  });

  it('does not throw on a malformed URL', () => {
    expect(classifyCitation(ref('not a url'))).toBe('other');
  });
});

describe('audit', () => {
  it('collects every citation with its place and counts shares', () => {
    const e = op({
      leaders: [{ title: 'Head', name: 'A', from: '2020', source: ref('https://wikimili.com/a') }],
      events: [{ date: '2001', text: 'Something happened.', source: ref('https://news.un.org/x') }],
    });
    const cites = collectCitations([e]);
    expect(cites.map((c) => `${c.path}:${c.cls}:${c.dated}`)).toEqual([
      'sources[0]:self:false',
      'leaders[0].source:mirror:true',
      'events[0].source:un-document:true',
    ]);
    const { total, counts, shares } = citationShares(cites);
    expect(total).toBe(3);
    expect(counts.mirror).toBe(1);
    expect(shares.mirror).toBe(0.333);
    expect(citationShares([]).shares.self).toBe(0);
  });

  it('lists records whose first source is weak', () => {
    const good = op();
    const weak = op({ id: 'weak', sources: [ref('https://wikimili.com/x'), ref('https://testop.unmissions.org')] });
    expect(weakFirstSources([good, weak])).toEqual([{ id: 'weak', url: 'https://wikimili.com/x', cls: 'mirror' }]);
  });
});

describe('staleBodies', () => {
  const fresh = op({
    leaders: [{ title: 'Head', name: 'A', from: '2024-05', source: ref('https://x.org') }],
    strength: [{ value: 10, unit: 'troops', asOf: '2026-02-28', source: ref('https://x.org') }],
    budget: [{ amountUSD: 1e6, period: '2025-07/2026-06', source: ref('https://x.org') }],
  });

  it('passes an operation whose figures are within a year', () => {
    expect(staleBodies([fresh], '2026-12-01')).toEqual([]);
  });

  it('flags old strength, an expired budget, a departed head and empty series', () => {
    const old = op({
      id: 'old',
      leaders: [{ title: 'Head', name: 'A', from: '2019', to: '2024-03', source: ref('https://x.org') }],
      strength: [{ value: 10, unit: 'troops', asOf: '2023', source: ref('https://x.org') }],
    });
    expect(staleBodies([old], '2026-12-01')).toEqual([
      { id: 'old', field: 'strength', latest: '2023' },
      { id: 'old', field: 'budget', latest: null },
      { id: 'old', field: 'head', latest: '2024-03' },
    ]);
  });

  it('uses the end of a partial date and leaves ended bodies and non-operations alone', () => {
    // "2025-12" still speaks for 31 December 2025, within a year of 2026-12-01.
    const partial = op({ ...fresh, strength: [{ value: 1, unit: 'staff', asOf: '2025-12', source: ref('https://x.org') }] });
    expect(staleBodies([partial], '2026-12-01')).toEqual([]);
    expect(staleBodies([op({ status: 'ended', ended: '2010' }), op({ kind: 'resolution' })], '2026-12-01')).toEqual([]);
  });
});
