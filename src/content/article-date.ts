/**
 * The publication date a page states about itself, so the card can show the facts that held when
 * the article was written. Reads metadata only; returns YYYY-MM-DD or null.
 */
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

export function readArticleDate(doc: Document): string | null {
  const meta = doc.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="DC.date.issued"]',
  );
  const fromMeta = day(meta?.content);
  if (fromMeta) return fromMeta;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const found = fromJsonLd(script.textContent ?? '');
    if (found) return found;
  }
  const time = doc.querySelector<HTMLTimeElement>('article time[datetime], header time[datetime], time[itemprop="datePublished"]');
  return day(time?.dateTime);
}

function day(value: string | null | undefined): string | null {
  const m = value ? ISO_DAY.exec(value.trim()) : null;
  return m && !Number.isNaN(Date.parse(m[1]!)) ? m[1]! : null;
}

/** Pages' JSON-LD is often malformed; a parse error just means no date from it. */
function fromJsonLd(source: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return null;
  }
  const queue: unknown[] = [data];
  for (let guard = 0; queue.length > 0 && guard < 200; guard++) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const rec = item as Record<string, unknown>;
      const found = typeof rec.datePublished === 'string' ? day(rec.datePublished) : null;
      if (found) return found;
      if (rec['@graph']) queue.push(rec['@graph']);
    }
  }
  return null;
}
