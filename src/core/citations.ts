/**
 * Citation audit: what kind of page each source is (the body itself, a UN document, another
 * primary source, news, an encyclopedia, a mirror or copy) and which active bodies carry figures
 * that have gone stale. Pure: records and a date in, rows and shares out; `fact --audit` and
 * `fact --stale` print them.
 */
import { compareDates, dateEnd } from './dates';
import { OPERATION_KINDS, type Entity, type SourceRef } from './schema';

export const CITATION_CLASSES = ['self', 'un-document', 'other-primary', 'news', 'encyclopedia', 'mirror', 'other'] as const;
export type CitationClass = (typeof CITATION_CLASSES)[number];

/** Where in a record a citation sits, e.g. `sources[0]`, `leaders[3].source`. */
export interface Citation {
  id: string;
  path: string;
  url: string;
  publisher?: string;
  /** A dated figure or a head (leader, strength, budget, event, contributor) rather than a record-level page. */
  dated: boolean;
  cls: CitationClass;
}

const hostSuffix = (host: string, suffixes: readonly string[]) => suffixes.some((s) => host === s || host.endsWith(`.${s}`));

/** The UN's own document, news and mission sites. */
const UN_HOSTS = [
  'un.org',
  'unmissions.org',
  'unmikonline.org',
  'un.int',
  'un-ilibrary.org',
  'unvienna.org',
  'uneca.org',
  'unicnetwork.org',
  'un.org.pl',
  'unops.org',
  'unitar.org',
  'unmas.org',
  'reliefweb.int',
  'undocs.org',
  'ohchr.org',
  'un-icc.cloud',
  'unric.org',
  'refworld.org',
];
/** Accounts the UN's own information centres and publishing office keep on issuu: the UN's documents, not copies. */
const UN_ISSUU_ACCOUNT = /^\/(unpublications|unric|unric_publications|unicmoscow)\//i;
/** Governments, intergovernmental bodies and their missions that are not the UN. */
const PRIMARY_HOSTS = [
  'europa.eu',
  'eu.int',
  'osce.org',
  'nato.int',
  'au.int',
  'eac.int',
  'ecowas.int',
  'caricom.org',
  'forumsec.org',
  'legislation.gov.uk',
  'parliament.uk',
  'canada.ca',
  'admin.ch',
  'difesa.it',
  'defensie.nl',
  'forsvarsmakten.se',
  'auswaertiges-amt.de',
  'bmvg.de',
  'esteri.it',
  'diplomatie.gouv.fr',
  'franceonu.org',
  'norway.no',
  'nobelprize.org',
  'mfo.org',
  'ramsi.org',
  'amisom-au.org',
  'au-ssom.org',
  'peaceau.org',
  'amis-sudan.org',
  'eulex-kosovo.eu',
  'eucap-som.eu',
  'euforbih.org',
  'eunavfor.eu',
  'eumm.eu',
  'eubam.org',
  'eupol-afg.eu',
  'eutmmali.eu',
  'eucap-sahel-mali.eu',
  'euam-ukraine.eu',
  'euam-iraq.eu',
  'eubam-rafah.eu',
  'eupolcopps.eu',
  'eaptc.eu',
  'president-ksgov.net',
  'afghanistan-un.org',
  'armee.lu',
  'emgfa.pt',
  'dodis.ch',
];
const ENCYCLOPEDIA_HOSTS = ['wikipedia.org', 'britannica.com', 'universalis.fr', 'encyclopedia.com', 'wikinews.org', 'grokipedia.com'];
/** Wikipedia mirrors and document-copy sites seen in the data. */
const MIRROR_HOSTS = [
  'wikimili.com',
  'docslib.org',
  'issuu.com',
  'yumpu.com',
  'scribd.com',
  'paperzz.com',
  'studylib.net',
  'vdocuments.net',
  'vdocuments.us',
  'vdocument.in',
  'pdfslide.us',
  'docstoc.com',
  'readkong.com',
  'lawsdocbox.com',
  'travelsdocbox.com',
  'clateway.com',
  'piglix.com',
  'memim.com',
  'liquisearch.com',
  'kiddle.co',
  'owiki.org',
  'classicistranieri.com',
  'skal.fun',
  'absoluteastronomy.com',
  'gutenberg.us',
  'wikiwand.com',
  'eudic.net',
  'hmong.es',
  'kampuspedia.com',
  'theinfolist.com',
  'pinocchiopedia.com',
  'movatter.jp',
  'askwikinow.com',
  'ipfs.io',
  'thefullwiki.org',
  'fact-archive.com',
  'fact-index.com',
  'fr-academic.com',
  'de-academic.com',
  'en-academic.com',
  'explained.today',
  'osmarks.net',
  'svarstad.net',
  'kids.net.au',
  'worldlibrary.net',
  'historysnacks.io',
  'triviaquestions.online',
  'wordola.com',
  'knowledger.de',
  'xlx.pl',
  'hubbry.com',
  'mooflife.com',
  'profilpelajar.com',
  'iiab.me',
  'colibris-outilslibres.org',
  'denederlandsegrondwet.nl',
  'europa-nu.nl',
  'inenuitvoer.sdu.nl',
  'vlex.com',
  'dataverse.harvard.edu',
  'jakami.de',
  'studentb.eu',
  'workers.dev',
  'everything2.com',
  'ayostore.id',
  'book79.com',
  'qa.edu.vn',
  'enwikipedia.net',
  'railway.app',
  'azureedge.net',
  'euroalert.net',
  'europeansources.info',
  'rssing.com',
  'blekko.com',
  'db0nus869y26v.cloudfront.net',
  'beyondmsn.com',
  'todayshistory.org',
];
const NEWS_HOSTS = [
  'reuters.com',
  'bbc.co.uk',
  'bbc.com',
  'apnews.com',
  'aljazeera.com',
  'dw.com',
  'dw.de',
  'france24.com',
  'rferl.org',
  'evropaelire.org',
  'b92.net',
  'n1info.rs',
  'n1info.com',
  'euobserver.com',
  'politico.eu',
  'politico.com',
  'nytimes.com',
  'washingtonpost.com',
  'theguardian.com',
  'trend.az',
  'agenzianova.com',
  'zeit.de',
  'derstandard.at',
  'tagesspiegel.de',
  'balkaninsight.com',
  'kosovapress.com',
  'ecns.cn',
  'chinadaily.com.cn',
  'defenceweb.co.za',
  'voanews.com',
  'anews.com.tr',
  'haberler.com',
  'turkiyetoday.com',
  'emol.com',
  'nrc.nl',
  'ilgiornale.it',
  'europeanwesternbalkans.com',
  'novosti.rs',
  'naslovi.net',
  'jurist.org',
  'allafrica.com',
  'africanews.com',
  'thenewhumanitarian.org',
  'ibtimes.com',
  'thenationalnews.com',
  'swissinfo.ch',
  'levif.be',
  'zawya.com',
  'menafn.com',
  'capitalfm.co.ke',
  'tribune.com.pk',
  'sbs.com.au',
  'asianage.com',
  'thenews.com.pk',
  'tass.com',
  'justiceinfo.net',
  'jpost.com',
  'foxnews.com',
  'nationalpost.com',
  'timesofisrael.com',
  'stripes.com',
  'radiookapi.net',
  'sudantribune.com',
  'cyprus-mail.com',
  'euractiv.com',
  'bruxelles2.eu',
  'agenceurope.eu',
  'ansa.it',
  'ansamed.info',
  'trtworld.com',
  'naharnet.com',
  'lorientlejour.com',
  'radionz.co.nz',
  'astanatimes.com',
  'interfax.com.ua',
  'kyivindependent.com',
  'eurasiareview.com',
  'eurasia.ro',
  'infobalkans.com',
  'kosovo-online.com',
  'lajmimire.com',
  'haber232.com',
  'bayburtgundem.com',
  'newsmaxbalkans.com',
  'usmuslims.com',
  'twocircles.net',
  'globalpolicy.org',
  'courrierdesbalkans.fr',
  'blitzquotidiano.it',
  'eciks.com',
  'top-channel.tv',
  'preberi.si',
  'hirextra.hu',
  'stol.it',
  'loccidentale.it',
  'oriundi.net',
  'barcelonaradical.net',
  'frontonline.net',
  'shqiptarja.com',
  'kosovareport.blogspot.com',
  'townhall.com',
  'theeastafrican.co.ke',
  'sputnikglobe.com',
  'tt.com',
  'index.hu',
  'newarab.com',
  'libyareview.com',
  'thesun.my',
  'seneweb.com',
  'starrfmonline.com',
  'cnbcafrica.com',
  'hina.hr',
  'wam.ae',
  'devdiscourse.com',
  'shafaq.com',
  'thisisbeirut.com.lb',
  'kt.kz',
  'jns.org',
  'scoop.co.nz',
  'maghress.com',
  'yabiladi.com',
  'standard.gm',
  // The Central African Republic's national press agency (Agence Centrafrique Presse) publishes on its own domain.
  'acap.cf',
];
/** Words that mark a news outlet's host when it is not listed. */
const NEWS_WORDS =
  /news|times|press|tribune|herald|gazette|daily|journal|radio|^tv|tv\.|post\.|observer|telegraph|monitor|actu|media|reporter|chronicle|info\./;

/** The host of a URL without `www.` or a trailing dot; archived copies are judged by the page they hold. */
export function citedHost(url: string): { host: string; path: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { host: '', path: '' };
  }
  const host = u.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  const inner = /^\/[a-z0-9_]+\/\d{4,14}[a-z_]*\/(https?:\/?\/?.+)$/i.exec(u.pathname + u.search);
  if ((host === 'web.archive.org' || host === 'wayback.archive.org' || host.startsWith('webarchive.')) && inner) {
    return citedHost(inner[1]!.replace(/^(https?:)\/+/i, '$1//'));
  }
  return { host, path: u.pathname };
}

/** The class of one cited page, judged against the cited body's own site. */
export function classifyCitation(ref: Pick<SourceRef, 'url' | 'publisher'>, website: string | null = null): CitationClass {
  const { host, path } = citedHost(ref.url);
  if (!host) return 'other';
  if (/\bcopy\b/i.test(ref.publisher ?? '')) return 'mirror';
  const own = website ? citedHost(website).host : '';
  if (own && (host === own || host.endsWith(`.${own}`))) return 'self';
  if (host === 'github.com') return /^\/united-nations\//.test(path) ? 'un-document' : 'other';
  if (hostSuffix(host, UN_HOSTS)) return 'un-document';
  if (host === 'issuu.com' && UN_ISSUU_ACCOUNT.test(path)) return 'un-document';
  if (hostSuffix(host, ENCYCLOPEDIA_HOSTS)) return 'encyclopedia';
  if (hostSuffix(host, MIRROR_HOSTS) || /wiki/.test(host) || /\/wiki\//.test(path) || /^\d+\.\d+\.\d+\.\d+$/.test(host)) return 'mirror';
  if (
    hostSuffix(host, PRIMARY_HOSTS) ||
    /(^|\.)(gov|gouv|gob|go|mil|int)(\.[a-z]{2})?$/.test(host) ||
    /\.(gov|mil)\.[a-z]{2}$/.test(host) ||
    /(^|\.)gov\.[a-z]{2}$/.test(host)
  ) {
    return 'other-primary';
  }
  if (hostSuffix(host, NEWS_HOSTS) || NEWS_WORDS.test(host)) return 'news';
  return 'other';
}

/** Every citation of every record: top-level sources and the source of each dated fact. */
export function collectCitations(entities: readonly Entity[]): Citation[] {
  const out: Citation[] = [];
  for (const e of entities) {
    const add = (path: string, ref: SourceRef, dated: boolean) =>
      out.push({ id: e.id, path, url: ref.url, publisher: ref.publisher, dated, cls: classifyCitation(ref, e.website) });
    e.sources.forEach((s, i) => add(`sources[${i}]`, s, false));
    e.leaders.forEach((l, i) => add(`leaders[${i}].source`, l.source, true));
    e.strength.forEach((s, i) => add(`strength[${i}].source`, s.source, true));
    e.budget.forEach((b, i) => add(`budget[${i}].source`, b.source, true));
    (e.events ?? []).forEach((ev, i) => add(`events[${i}].source`, ev.source, true));
    (e.contributors ?? []).forEach((c, i) => add(`contributors[${i}].source`, c.source, true));
  }
  return out;
}

export interface CitationShares {
  total: number;
  counts: Record<CitationClass, number>;
  /** Fractions rounded to three places. */
  shares: Record<CitationClass, number>;
}

export function citationShares(citations: readonly Citation[]): CitationShares {
  const counts = Object.fromEntries(CITATION_CLASSES.map((c) => [c, 0])) as Record<CitationClass, number>;
  for (const c of citations) counts[c.cls] += 1;
  const total = citations.length;
  const shares = Object.fromEntries(
    CITATION_CLASSES.map((c) => [c, total === 0 ? 0 : Math.round((counts[c] / total) * 1000) / 1000]),
  ) as Record<CitationClass, number>;
  return { total, counts, shares };
}

/** Records whose first source (the one the card cites) is neither the body's own page nor a UN or other primary document. */
export function weakFirstSources(entities: readonly Entity[]): { id: string; url: string; cls: CitationClass }[] {
  const out: { id: string; url: string; cls: CitationClass }[] = [];
  for (const e of entities) {
    const first = e.sources[0];
    if (!first) continue;
    const cls = classifyCitation(first, e.website);
    if (cls !== 'self' && cls !== 'un-document' && cls !== 'other-primary') out.push({ id: e.id, url: first.url, cls });
  }
  return out;
}

export type StaleField = 'strength' | 'budget' | 'head';
export interface StaleEntry {
  id: string;
  field: StaleField;
  /** The date the latest entry speaks for, or null when the series is empty. */
  latest: string | null;
}

/** The day a year before `today` (both YYYY-MM-DD). */
function yearBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const back = new Date(Date.UTC(y - 1, m - 1, d));
  return back.toISOString().slice(0, 10);
}

/**
 * Active operations whose latest strength, budget or head is more than a year old on `today`:
 * strength by its as-of date, a budget by the end of its period, a head when nobody is recorded
 * in office and the last one left over a year ago. Empty series are listed too (latest: null).
 */
export function staleBodies(entities: readonly Entity[], today: string): StaleEntry[] {
  const cutoff = yearBefore(today);
  const out: StaleEntry[] = [];
  const latest = (dates: string[]) => dates.reduce<string | null>((a, b) => (a === null || compareDates(b, a) > 0 ? b : a), null);
  for (const e of entities) {
    if (e.status !== 'active' || !(OPERATION_KINDS as readonly string[]).includes(e.kind)) continue;
    const s = latest(e.strength.map((x) => x.asOf));
    if (s === null || dateEnd(s) < cutoff) out.push({ id: e.id, field: 'strength', latest: s });
    const b = latest(e.budget.map((x) => x.period.split('/').at(-1)!));
    if (b === null || dateEnd(b) < cutoff) out.push({ id: e.id, field: 'budget', latest: b });
    const inOffice = e.leaders.some((l) => l.to === undefined || dateEnd(l.to) >= today);
    if (!inOffice) {
      const h = latest(e.leaders.map((l) => l.to!));
      if (h === null || dateEnd(h) < cutoff) out.push({ id: e.id, field: 'head', latest: h });
    }
  }
  return out;
}
