/**
 * English names as the press varies them, generated from each name in the data rather than
 * listed: the organization written out, abbreviated or dotted (United Nations / UN / U.N.,
 * European Union / EU), its possessive ("the EU's Rule of Law Mission"), the place left off
 * ("EU Rule of Law Mission"), "Y's X" for "X of the Y" ("the Secretary-General's Special
 * Representative"), the number first in a resolution ("the 1244 UN Security Council Resolution"),
 * and acronyms split after their organization (UN-SC, EU NAVFOR).
 */

const ORGS: readonly (readonly string[])[] = [
  ['United Nations', 'UN', 'U.N.'],
  ['European Union', 'EU'],
];
const OWNERS = /^(United Nations|UN|U\.N\.|European Union|EU|NATO|OSCE|African Union|AU)\s(.+)$/;
const PLACE_TAIL = /\s(?:in|to|for)(?:\sthe)?(?:\s\p{Lu}[\p{L}'-]*(?:\s(?:and|of|de|d'))?){1,4}$/u;
const MINOR = new Set(['of', 'the', 'for', 'in', 'to', 'and', 'on', 'a']);

const contentWords = (s: string) => s.split(/\s+/).filter((w) => !MINOR.has(w.toLowerCase())).length;

/** Every spelling of the organizations in name (each written-out, abbreviated or dotted). */
function orgForms(name: string): string[] {
  let forms = [name];
  for (const group of ORGS) {
    const re = new RegExp(`(?<![\\p{L}.])(?:${group.map((g) => g.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'u');
    forms = forms.flatMap((f) => (re.test(f) ? group.map((g) => f.replace(re, g)) : [f]));
  }
  return forms;
}

/** Variants of one English name (the name itself excluded). */
export function englishVariants(name: string): string[] {
  const out = new Set<string>();
  const bases = [name];
  const place = PLACE_TAIL.exec(name);
  if (place) {
    const short = name.slice(0, place.index);
    // What is left must still name one body: "EU Rule of Law Mission", not "UN Mission".
    if (contentWords(short.replace(OWNERS, '$2')) >= 2) bases.push(short);
  }
  const ofThe = /^(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)+) of the ((?:\S+\s){0,2}\S+)$/u.exec(name);
  if (ofThe) bases.push(`${ofThe[2]}'s ${ofThe[1]}`);
  const resolution = /^(.*\b[Rr]esolution) (\d+)$/.exec(name);
  if (resolution) bases.push(`${resolution[2]} ${resolution[1]}`);
  for (const base of bases) {
    for (const form of orgForms(base)) {
      out.add(form);
      const owner = OWNERS.exec(form);
      if (owner && !/[Rr]esolution/.test(form)) out.add(`${owner[1]}${owner[1]!.endsWith('s') ? "'" : "'s"} ${owner[2]}`);
    }
  }
  out.delete(name);
  return [...out];
}

/** UN-SC for UNSC (the rest are the initials of the name after the organization); EU NAVFOR. */
export function acronymSplits(acronym: string, name: string): string[] {
  const eu = /^EU([A-Z]{4,}(?:\s.*)?)$/.exec(acronym);
  if (eu) return [`EU ${eu[1]}`, `EU-${eu[1]}`];
  const un = /^UN([A-Z]{2,})$/.exec(acronym);
  if (un) {
    const rest = name.replace(/^(?:United Nations|UN)\s/, '');
    const initials = rest
      .split(/\s+/)
      .filter((w) => !MINOR.has(w))
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    if (initials === un[1]) return [`UN-${un[1]}`];
  }
  return [];
}

/** How a resolution's language ties it to the council that passed it ("résolution 1244 du …"). */
const LINKS: Record<string, string> = { de: 'des', fr: 'du', es: 'del', it: 'del', pt: 'do', sq: 'e' };

/**
 * A resolution named with its council in each language that has both names: "résolution 1244
 * du Conseil de sécurité", "Rezoluta 1244 e Këshilli i Sigurimit" (which inflection then reads
 * as "Rezolutës 1244 të Këshillit të Sigurimit"), and in Serbian, Croatian and Bosnian the number
 * also last, with or without "UN" ("Rezolucija Savet bezbednosti UN 1244").
 */
export function resolutionForms(
  resolution: { text: string; lang?: string },
  council: readonly { text: string; lang?: string }[],
): string[] {
  const m = /^(\p{L}+) (\d+)$/u.exec(resolution.text);
  const lang = resolution.lang;
  if (!m || !lang || lang === 'en' || lang === 'und') return [];
  const [, word, num] = m;
  const base = lang.split('-')[0]!;
  const slavic = ['sr', 'hr', 'bs'].includes(base);
  const cyrillic = /\p{Script=Cyrillic}/u.test(resolution.text);
  const out: string[] = [];
  for (const c of council) {
    const sameLang =
      c.lang === lang ||
      (slavic && ['sr', 'hr', 'bs'].includes(c.lang?.split('-')[0] ?? '') && /\p{Script=Cyrillic}/u.test(c.text) === cyrillic);
    if (!sameLang) continue;
    if (slavic) {
      const un = cyrillic ? 'УН' : 'UN';
      out.push(`${word} ${num} ${c.text}`, `${word} ${c.text} ${num}`, `${word} ${num} ${c.text} ${un}`, `${word} ${c.text} ${un} ${num}`);
    } else if (LINKS[base]) {
      out.push(`${word} ${num} ${LINKS[base]} ${c.text}`);
    }
  }
  return out;
}

/**
 * The UN's and the EU's names and their short forms inside names in other languages, and in
 * Serbian, Croatian and Bosnian the OSCE's acronym as each of them writes it (OEBS, OESS, OSCE),
 * in the genitive that follows "Misija" ("Misija OESS-a na Kosovu").
 */
const FOREIGN_ORGS: Record<string, readonly [string, string][]> = {
  fr: [
    ['des Nations unies', "de l'ONU"],
    ['des Nations Unies', "de l'ONU"],
    ["de l'Union européenne", "de l'UE"],
  ],
  es: [
    ['de las Naciones Unidas', 'de la ONU'],
    ['de las Naciones Unidas', 'de Naciones Unidas'],
    ['de la Unión Europea', 'de la UE'],
  ],
  it: [
    ['delle Nazioni Unite', "dell'ONU"],
    ["dell'Unione europea", "dell'UE"],
  ],
  de: [
    ['der Vereinten Nationen', 'der UNO'],
    ['der Europäischen Union', 'der EU'],
  ],
  sq: [
    ['të Kombeve të Bashkuara', 'të OKB-së'],
    ['e Kombeve të Bashkuara', 'e OKB-së'],
  ],
  sh: [
    ['Ujedinjenih nacija', 'UN'],
    ['Ujedinjenih nacija', 'UN-a'],
    ['Ujedinjenih naroda', 'UN'],
    ['Ujedinjenih naroda', 'UN-a'],
    ['Уједињених нација', 'УН'],
    ['OEBS ', 'OEBS-a '],
    ['OEBS ', 'OESS '],
    ['OEBS ', 'OESS-a '],
    ['OEBS ', 'OSCE-a '],
    ['OEBS-a ', 'OESS-a '],
    ['OEBS-a ', 'OSCE-a '],
  ],
};

/**
 * German compounds the organization with the noun ("UN-Mission im Südsudan" for "Mission der
 * Vereinten Nationen in Südsudan") and writes a country with or without its article ("in" / "im").
 */
function germanForms(text: string): string[] {
  const out: string[] = [];
  const owned = /^(\p{Lu}[\p{L}-]+) der (Vereinten Nationen|Europäischen Union) (.+)$/u.exec(text);
  if (owned) out.push(`${owned[2] === 'Vereinten Nationen' ? 'UN' : 'EU'}-${owned[1]} ${owned[3]}`);
  for (const form of [text, ...out]) {
    const place = /\s(in|im) (\p{Lu}[\p{L}-]*)$/u.exec(form);
    if (place) out.push(`${form.slice(0, place.index)} ${place[1] === 'in' ? 'im' : 'in'} ${place[2]}`);
  }
  return out;
}

/** A place at the end of a name in the readers' languages ("… na Kosovu", "… au Kosovo", "… në Kosovë"). */
const FOREIGN_PLACE_TAIL = /\s+(?:na|u|në|au|en|in|im|nel|nella|ne|dans\s+le|in\s+der|на|у)\s+\p{Lu}[\p{L}-]*$/u;
/** Words a name must keep without its place: fewer would name many bodies ("Misija OEBS-a"). */
const MIN_WORDS_WITHOUT_PLACE = 4;
/** The organizations' own names, which say nothing of which of their bodies a name is. */
const ORG_WORDS =
  /\b(?:Vereinten Nationen|Europäischen Union|Nations [Uu]nies|Union européenne|Naciones Unidas|Unión Europea|Nazioni Unite|Unione europea|Ujedinjenih (?:nacija|naroda)|Evropske unije|Europske unije|Kombeve të Bashkuara|Bashkimit Evropian|Уједињених нација|Европске уније)\b/gu;

/**
 * Whether a name without its place still names one body: two words of four letters or more
 * besides the organization ("Misija … za vladavinu prava") or one long compound, not "Mission der
 * Vereinten Nationen".
 */
function specificWithoutPlace(rest: string): boolean {
  if (rest.split(/\s+/).length < MIN_WORDS_WITHOUT_PLACE) return false;
  const words = rest.replace(ORG_WORDS, ' ').split(/[\s']+/);
  // A German compound says as much as two words (Übergangsverwaltungsmission).
  return words.filter((w) => [...w].length >= 4).length >= 2 || words.some((w) => [...w].length >= 18);
}

/**
 * A name in another language with the UN written short ("Vijeće sigurnosti UN", "de l'ONU"),
 * without its place as the press writes it once the place is clear ("Misija Evropske unije za
 * vladavinu prava"), and a UN organ without the UN ("Vijeće sigurnosti", "Conseil de sécurité").
 */
/**
 * Croatian and Bosnian write the Serbian names of our bodies with their own words and spelling:
 * ijekavian (veća → vijeća), sigurnost for bezbednost, -iziran- for -izovan-, and in Croatian
 * Europska, suradnja, glavni tajnik. One form with Croatian words, one with Bosnian's Evropska.
 */
const IJEKAVIAN: readonly [RegExp, string][] = [
  [/\bbezbednos/g, 'sigurnos'],
  [/\bBezbednos/g, 'Sigurnos'],
  [/\b([Vv])eć/g, '$1ijeć'],
  [/\bSavet\b/g, 'Vijeće'],
  [/\bSaveta\b/g, 'Vijeća'],
  [/\bSavetu\b/g, 'Vijeću'],
  [/izovan/g, 'iziran'],
  [/\bsaradnj/g, 'suradnj'],
  [/\bgeneralnog sekretara/g, 'glavnog tajnika'],
];

function ijekavianForms(text: string): string[] {
  let bosnian = text;
  for (const [from, to] of IJEKAVIAN) bosnian = bosnian.replace(from, to);
  const croatian = bosnian.replace(/\b([Ee])vrop/g, (_, e: string) => (e === 'E' ? 'Europ' : 'europ'));
  return [...new Set([bosnian, croatian])].filter((f) => f !== text);
}

export function foreignVariants(text: string, lang: string | undefined, organ = false): string[] {
  const base = lang?.split('-')[0] ?? '';
  const pairs = FOREIGN_ORGS[['sr', 'hr', 'bs', 'cnr'].includes(base) ? 'sh' : base] ?? [];
  // The press drops the guillemets of "Mission « état de droit » de l'Union européenne".
  const unquoted = /[«»]/.test(text) ? [text.replace(/\s*[«»]\s*/g, ' ').trim()] : [];
  const latinSerbian = base === 'sr' && !/\p{Script=Cyrillic}/u.test(text);
  const bases = [text, ...unquoted, ...(base === 'de' ? germanForms(text) : []), ...(latinSerbian ? ijekavianForms(text) : [])];
  const out = new Set<string>(bases.slice(1));
  for (const form of bases) {
    for (const [long, short] of pairs) if (form.includes(long)) out.add(form.replace(long, short));
  }
  const place = FOREIGN_PLACE_TAIL.exec(text);
  if (place) {
    const rest = text.slice(0, place.index);
    if (specificWithoutPlace(rest)) out.add(rest);
  }
  if (organ) {
    for (const [long] of pairs) {
      if (!text.endsWith(` ${long}`)) continue;
      const rest = text.slice(0, -long.length - 1);
      if (rest.split(/\s+/).length >= 2) out.add(rest);
    }
  }
  out.delete(text);
  return [...out];
}
