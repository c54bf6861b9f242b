/** The article's own date, from metadata only, in a real document. */
import { describe, expect, it } from 'vitest';
import { readArticleDate } from '../../src/content/article-date';

const doc = (head: string, body = '') =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('article date', () => {
  it('reads Open Graph and similar meta tags', () => {
    expect(readArticleDate(doc('<meta property="article:published_time" content="2024-03-05T10:00:00Z">'))).toBe('2024-03-05');
    expect(readArticleDate(doc('<meta name="DC.date.issued" content="2019-11-30">'))).toBe('2019-11-30');
  });

  it('reads JSON-LD, inside a graph too, and survives malformed JSON-LD', () => {
    const graph = JSON.stringify({
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2021-07-14T08:00:00+02:00' }],
    });
    expect(
      readArticleDate(doc(`<script type="application/ld+json">{ not json</script><script type="application/ld+json">${graph}</script>`)),
    ).toBe('2021-07-14');
  });

  it("falls back to the article's time element, and gives null when the page states no date", () => {
    expect(readArticleDate(doc('', '<article><time datetime="2018-02-01">1 Feb</time></article>'))).toBe('2018-02-01');
    expect(readArticleDate(doc('<meta name="date" content="not a date">', '<p>No date.</p>'))).toBeNull();
  });
});
